// Portal emails (SPEC §6): the agency's name, logo and brand color, HTML and plain text,
// one claim link, "works once, expires in 7 days", and every interpolated value escaped.
import { describe, expect, it } from "vitest";
import { type Branding, type PortalEmailKind, proseHtml, renderPortalEmail } from "../../src/mail/render";

const LOGO = `/brand/${"ab".repeat(32)}-96x96.png`;
const URL_ = "https://portal.test/portal/pride-travelers/claim/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE";
const HOSTILE_AGENCY = `Pride <script>alert("x")</script> & 'Friends'`;
const HOSTILE_FIRST = `Ana<img src=x onerror="alert('y')">&`;

const branding = (overrides: Partial<Branding> = {}): Branding => ({
  agencyName: "Pride Travelers",
  brandColor: "#9d2463",
  logoUrl: LOGO,
  ...overrides,
});

function render(
  kind: PortalEmailKind = "invite",
  overrides: Partial<Branding> = {},
  firstName = "Ana",
  advisorName = "Pat Rivera",
) {
  return renderPortalEmail(kind, {
    locale: "en",
    branding: branding(overrides),
    baseUrl: "https://portal.test",
    url: URL_,
    firstName,
    advisorName,
    expiresAt: new Date("2026-12-13T19:30:00Z"),
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

  it("gives the logo an empty alt text, since the agency's name stands beside it", () => {
    const { html } = render("invite", { agencyName: HOSTILE_AGENCY });
    expect(html).toMatch(
      /<img src="https:\/\/portal\.test\/brand\/[0-9a-f]{64}-96x96\.png" width="40" height="40" alt=""/,
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
  it("paints the header's stripe and the button in the agency's brand color", () => {
    const { html } = render("invite", { brandColor: "#9d2463" });
    expect(html.match(/background-color:#9d2463/g)?.length).toBe(2);
    expect(html).not.toContain("#1f6f78");
  });

  it("falls back to the default color when the stored color is not #rrggbb, so nothing can break out of the style attribute", () => {
    const { html } = render("invite", { brandColor: `red;background:url("javascript:alert(1)")` });
    expect(html).not.toContain("javascript:");
    expect(html.match(/background-color:#1f6f78/g)?.length).toBe(2);
  });

  it("makes the uploaded logo's path absolute on the configured base URL, never the request's host", () => {
    const { html } = render("invite", { logoUrl: LOGO });
    expect(html).toContain(`<img src="https://portal.test${LOGO}"`);
  });

  it("sizes a wide logo 40 px tall at most and 160 px wide at most, keeping its proportions", () => {
    const wide = `/brand/${"cd".repeat(32)}-600x150.png`;
    expect(render("invite", { logoUrl: wide }).html).toContain('width="160" height="40" alt=""');
    const tall = `/brand/${"cd".repeat(32)}-240x120.jpg`;
    expect(render("invite", { logoUrl: tall }).html).toContain('width="80" height="40" alt=""');
  });

  it("shows no logo image when the agency has none", () => {
    const { html } = render("invite", { logoUrl: null });
    expect(html).not.toContain("<img");
    expect(html).toContain("Pride Travelers");
  });
});

describe("renderPortalEmail: content", () => {
  const EXPIRY = "This link works once and expires in 7 days, on Sunday, December 13, 2026 at 7:30 PM (UTC).";

  it("invites with one link to the claim page, in HTML and text, that works once and expires on a date", () => {
    const { subject, html, text } = render("invite");

    expect(subject).toBe("Pat at Pride Travelers invited you to your trip portal");
    expect(hrefs(html)).toEqual([URL_]);
    expect(html).toContain(">Set your password</a>");
    expect(new Set(urlsIn(text))).toEqual(new Set([URL_]));
    expect(html).toContain(EXPIRY);
    expect(text).toContain(EXPIRY);
    expect(text).toContain("Your trip portal is ready, Ana");
    expect(text).toContain("Pat Rivera at Pride Travelers");
  });

  it("sends the password reset with one link that works once and expires on a date", () => {
    const { html, text } = render("reset");
    expect(hrefs(html)).toEqual([URL_]);
    expect(html).toContain(">Choose a new password</a>");
    expect(new Set(urlsIn(text))).toEqual(new Set([URL_]));
    expect(html).toContain(EXPIRY);
    expect(text).toContain(EXPIRY);
  });

  it("says the expiry as the agency's clock reads it, naming its zone", () => {
    const { text, html } = render("invite", { timeZone: "America/Los_Angeles" });
    const words = "expires in 7 days, on Sunday, December 13, 2026 at 11:30 AM (Pacific Time).";
    expect(text).toContain(words);
    expect(html).toContain(words);
  });

  it("says the expiry in UTC when the agency's zone is unknown to the runtime", () => {
    const { text } = render("invite", { timeZone: "Nowhere/Else" });
    expect(text).toContain("expires in 7 days, on Sunday, December 13, 2026 at 7:30 PM (UTC).");
  });

  it("opens with a hidden preheader that says what the email is for", () => {
    const { html } = render("invite", { timeZone: "Europe/Lisbon" });
    expect(html).toMatch(
      /<body[^>]*>\n<div style="display:none;[^"]*mso-hide:all;">Set a password once to see your trips, itineraries, invoices and proposals\. The link expires on Sunday, December 13, 2026 at 7:30 PM \(Western European Time\)\.<\/div>/,
    );
  });

  it("breaks only the fallback address anywhere, never the prose around it", () => {
    for (const kind of ["invite", "reset", "reminder", "fresh_link"] as const) {
      const { html } = render(kind);
      expect(html.match(/word-break:break-all/g)).toHaveLength(1);
      expect(html).toContain(`<span style="word-break:break-all;">${URL_}</span>`);
    }
  });

  it("answers a client's own request for a fresh link in its own words", () => {
    const { subject, text } = render("fresh_link");
    expect(subject).toBe("Your link to the Pride Travelers trip portal");
    expect(text).toContain("You asked for a new link to your Pride Travelers trip portal.");
    expect(text).not.toContain("Pat");
  });

  it("tells the traveler how to reach the agency when their password changed", () => {
    const withAddress = render("password_changed", { contactEmail: "pat@pridetravelers.example" });
    expect(withAddress.text).toContain(
      "If this wasn't you, contact Pride Travelers right away: reply to this email or write to pat@pridetravelers.example.",
    );
    expect(withAddress.html).toContain("or write to pat@pridetravelers.example");
    expect(render("password_changed").text).toContain("contact Pride Travelers right away: reply to this email.");
  });
});

describe("proseHtml", () => {
  it('keeps a short hyphenated word on one line, so no line ends on a lone "E-"', () => {
    expect(proseHtml("Falls Sie diese E-Mail nicht erwartet haben")).toBe(
      'Falls Sie diese <span style="white-space:nowrap;">E-Mail</span> nicht erwartet haben',
    );
    expect(proseHtml("Répondez à cet e-mail.")).toBe('Répondez à cet <span style="white-space:nowrap;">e-mail</span>.');
  });

  it("leaves addresses, links and longer compounds alone, and escapes as escapeHtml does", () => {
    const plain = "Write to pat@pride-travelers.example, open https://x.test/a-b, or Connectez-vous";
    expect(proseHtml(plain)).toBe(plain);
    expect(proseHtml(`Sun <b>&" 'Sea'`)).toBe("Sun &lt;b&gt;&amp;&quot; &#39;Sea&#39;");
  });
});

describe("renderPortalEmail: the sign-in code", () => {
  const codeEmail = (overrides: Partial<Branding> = {}) =>
    renderPortalEmail("sign_in_code", {
      locale: "en",
      branding: branding({ timeZone: "Europe/Lisbon", contactEmail: "pat@pridetravelers.example", ...overrides }),
      baseUrl: "https://portal.test",
      url: "https://portal.test/portal/pride-travelers/login/code",
      firstName: "Ana",
      code: { code: "048213", expiresAt: new Date("2026-12-06T19:40:00Z") },
    });

  it("puts the code in the subject and large in the body, with its expiry as a time in the agency's zone", () => {
    const { subject, html, text } = codeEmail();
    expect(subject).toBe("048213 is your sign-in code for Pride Travelers");
    expect(html).toMatch(/<p style="[^"]*font-size:34px[^"]*">048213<\/p>/);
    expect(text).toContain("    048213\n");
    expect(text).toContain("It works once and expires in 10 minutes, at 7:40 PM (Western European Time).");
    expect(text).toContain("If you didn't ask for this, ignore this email.");
    expect(text).toContain("reply to this email or write to pat@pridetravelers.example.");
  });

  it("links to the code page, never to a claim link, and escapes the agency's name", () => {
    const { html, text } = codeEmail({ agencyName: HOSTILE_AGENCY });
    expect(hrefs(html)).toEqual(["https://portal.test/portal/pride-travelers/login/code"]);
    expect(urlsIn(text)).toEqual(["https://portal.test/portal/pride-travelers/login/code"]);
    expect(html).not.toContain("<script>");
  });
});
