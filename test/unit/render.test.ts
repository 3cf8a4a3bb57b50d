// Portal emails (SPEC §6): the agency's name, logo and brand color, HTML and plain text,
// one claim link, "works once, expires in 7 days", and every interpolated value escaped.
import { describe, expect, it } from "vitest";
import { type Branding, renderPortalEmail } from "../../src/mail/render";

const URL_ = "https://portal.test/portal/pride-travelers/claim/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE";
const HOSTILE_AGENCY = `Pride <script>alert("x")</script> & 'Friends'`;
const HOSTILE_FIRST = `Ana<img src=x onerror="alert('y')">&`;

const branding = (overrides: Partial<Branding> = {}): Branding => ({
  agencyName: "Pride Travelers",
  brandColor: "#9d2463",
  logoUrl: "/img/pride-travelers.svg",
  ...overrides,
});

function render(
  kind: "invite" | "reset" = "invite",
  overrides: Partial<Branding> = {},
  firstName = "Ana",
  advisorName = "Pat Rivera",
) {
  return renderPortalEmail(kind, {
    branding: branding(overrides),
    baseUrl: "https://portal.test",
    url: URL_,
    firstName,
    advisorName,
  });
}

/** Every href/src in the HTML and every URL in the text. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
const urlsIn = (text: string) => [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((m) => m[0]);

describe("renderPortalEmail: escaping", () => {
  it("escapes <script>, quotes and ampersands of the agency name and first name in the HTML body", () => {
    const { html } = render("invite", { agencyName: HOSTILE_AGENCY }, HOSTILE_FIRST);

    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain(`onerror="`);
    expect(html).toContain("Pride &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Friends&#39;");
    expect(html).toContain("Ana&lt;img src=x onerror=&quot;alert(&#39;y&#39;)&quot;&gt;&amp;");
    // The <title> carries the subject, escaped too.
    expect(html).toMatch(
      /<title>Pat at Pride &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &#39;Friends&#39; invited you to your trip portal<\/title>/,
    );
  });

  it("keeps the agency name and first name verbatim in the plain-text body", () => {
    const { text } = render("invite", { agencyName: HOSTILE_AGENCY }, HOSTILE_FIRST);

    expect(text).toContain(`Your trip portal is ready, ${HOSTILE_FIRST}`);
    expect(text).toContain(`Pat Rivera at ${HOSTILE_AGENCY} has set up a private portal`);
    expect(text).toContain(`— ${HOSTILE_AGENCY}`);
    expect(text).not.toContain("&lt;");
    expect(text).not.toContain("&amp;");
    expect(text).not.toContain("&#39;");
  });

  it("escapes the agency name in the logo's alt text", () => {
    const { html } = render("invite", { agencyName: HOSTILE_AGENCY });
    expect(html).toMatch(
      /<img src="https:\/\/portal\.test\/img\/pride-travelers\.svg"[^>]* alt="Pride &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &#39;Friends&#39;"/,
    );
  });

  it("writes a subject without newlines, even when the agency name carries some", () => {
    const { subject } = render("invite", { agencyName: "Pride\r\nBcc: spy@evil.example\nTravelers" });
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toBe("Pat at Pride Bcc: spy@evil.example Travelers invited you to your trip portal");
    const reset = render("reset", { agencyName: "Pride\r\nTravelers" }).subject;
    expect(reset).not.toMatch(/[\r\n]/);
    expect(reset).toBe("Choose a new password for your Pride Travelers trip portal");
  });

  it("leaves the subject as plain text, not HTML entities", () => {
    expect(render("invite", { agencyName: "Sun & Sea 'Trips'" }).subject).toBe(
      "Pat at Sun & Sea 'Trips' invited you to your trip portal",
    );
  });
});

describe("renderPortalEmail: branding", () => {
  it("paints the header and the button in the agency's brand color", () => {
    const { html } = render("invite", { brandColor: "#9d2463" });
    expect(html.match(/background:#9d2463/g)?.length).toBe(2);
    expect(html).not.toContain("#1f6f78");
  });

  it("falls back to the default color when the stored color is not #rrggbb, so nothing can break out of the style attribute", () => {
    const { html } = render("invite", { brandColor: `red;background:url("javascript:alert(1)")` });
    expect(html).not.toContain("javascript:");
    expect(html.match(/background:#1f6f78/g)?.length).toBe(2);
  });

  it("makes a site-relative logo URL absolute on the configured base URL", () => {
    const { html } = render("invite", { logoUrl: "/img/pride-travelers.svg" });
    expect(html).toMatch(/<img src="https:\/\/portal\.test\/img\/pride-travelers\.svg"/);
  });

  it("keeps an absolute https logo URL as it is", () => {
    const { html } = render("invite", { logoUrl: "https://cdn.example.com/logo.png" });
    expect(html).toMatch(/<img src="https:\/\/cdn\.example\.com\/logo\.png"/);
  });

  it("shows no logo image when the agency has none", () => {
    const { html } = render("invite", { logoUrl: null });
    expect(html).not.toContain("<img");
    expect(html).toContain("Pride Travelers");
  });
});

describe("renderPortalEmail: content", () => {
  it("invites with one link to the claim page, in HTML and text, that works once and expires in 7 days", () => {
    const { subject, html, text } = render("invite");

    expect(subject).toBe("Pat at Pride Travelers invited you to your trip portal");
    expect(hrefs(html)).toEqual([URL_]);
    expect(html).toContain(">Set your password</a>");
    expect(new Set(urlsIn(text))).toEqual(new Set([URL_]));
    expect(html).toContain("This link works once and expires in 7 days.");
    expect(text).toContain("This link works once and expires in 7 days.");
    expect(text).toContain("Your trip portal is ready, Ana");
    expect(text).toContain("Pat Rivera at Pride Travelers");
  });

  it("sends the password reset with one link that works once and expires in 7 days", () => {
    const { html, text } = render("reset");
    expect(hrefs(html)).toEqual([URL_]);
    expect(html).toContain(">Choose a new password</a>");
    expect(new Set(urlsIn(text))).toEqual(new Set([URL_]));
    expect(html).toContain("This link works once and expires in 7 days.");
    expect(text).toContain("This link works once and expires in 7 days.");
  });
});
