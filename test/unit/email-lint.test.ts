// Every portal email in every language (SPEC §14), linted against caniemail's data
// (@jsx-email/doiuse-email) for the clients travelers read in (SPEC §6): Gmail, Outlook and Apple Mail. No errors, except those in ALLOWED,
// each of which says why it is harmless. doiuse can't see some failures caniemail documents (an
// SVG image, max-width outside Outlook's fixed-width wrapper, a text cell without its font), so
// `structuralProblems` checks those, and the mutations below prove both halves can fail.
import { doIUseEmail } from "@jsx-email/doiuse-email";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/i18n/locales";
import { type Branding, type PortalEmailKind, renderPortalEmail } from "../../src/mail/render";

const KINDS: PortalEmailKind[] = ["invite", "reset", "reminder", "password_changed", "fresh_link", "sign_in_code"];
const CLIENTS = ["gmail.*", "outlook.*", "apple-mail.*"];
const LOGO = `/brand/${"ab".repeat(32)}-96x96.png`;

const BRANDINGS: Record<string, Branding> = {
  "a dark brand colour with a logo": {
    agencyName: "Pride Travelers",
    brandColor: "#1d3557",
    logoUrl: LOGO,
    timeZone: "Europe/Lisbon",
    contactEmail: "pat@pridetravelers.example",
  },
  "a light brand colour, a long agency name and no logo": {
    agencyName: "The Grand Transcontinental Expeditions & Wanderlust Travel Company of Northern Portugal",
    brandColor: "#f5c400",
    logoUrl: null,
    timeZone: "America/Los_Angeles",
    contactEmail: null,
  },
};

/** What doiuse reports that does no harm here, and why. Matched against its messages. */
const ALLOWED: { pattern: RegExp; why: string }[] = [
  {
    pattern: /^`@media` is not supported by `(gmail\.mobile-webmail|outlook\.windows|outlook\.windows-mail)`$/,
    why: "The only @media rule is the dark palette, a progressive enhancement: these clients darken (or not) on their own, and the header and button stay readable either way.",
  },
  {
    pattern: /^`display:none` is not supported by `gmail\.mobile-webmail`$/,
    why: "The preheader is 1px text; in Gmail's mobile web client it may show as a tiny line above the card. Every app and desktop client hides it.",
  },
  {
    pattern: /^`<body> element` is not supported by `outlook\.(macos|ios|android)`$/,
    why: "These clients drop <body>'s styles: the page colour is repeated on the outer table and every text cell names its font.",
  },
  {
    pattern: /^`role attribute` is not supported by `outlook\.windows-mail`$/,
    why: 'role="presentation" is for screen readers in clients that keep it; ignoring it changes nothing visible.',
  },
  {
    pattern: /^`border-radius` is not supported by `outlook\.(windows|windows-mail)`$/,
    why: "Outlook on Windows draws the card, the stripe and the button with square corners; nothing else changes.",
  },
  {
    pattern: /^`white-space` is not supported by `outlook\.(windows|windows-mail)`$/,
    why: 'Only short hyphenated words ("E-Mail", "e-mail") have white-space:nowrap, so a line never ends on "E-"; Outlook on Windows may still break there, as it would without it.',
  },
  {
    pattern: /^`word-break` is not supported by `outlook\.windows-mail`$/,
    why: "Only the fallback address has word-break; Windows Mail wraps it at its slashes instead, and the button above carries the link.",
  },
];

function lintErrors(html: string): string[] {
  return CLIENTS.flatMap((client) => {
    const result = doIUseEmail(html, { emailClients: [client] }) as { errors?: string[] };
    return (result.errors ?? []).filter((e) => !ALLOWED.some((a) => a.pattern.test(e)));
  });
}

/** What caniemail documents but doiuse doesn't check. */
function structuralProblems(html: string): string[] {
  const problems: string[] = [];
  if (/<svg|\.svg["?#]|image\/svg/i.test(html)) problems.push("an SVG image (Gmail and Outlook drop SVG)");
  // max-width only on the card, which Outlook's conditional 600 px table holds for Outlook on Windows.
  const maxWidths = [...html.matchAll(/<(\w+)[^>]*max-width:[^>]*>/g)];
  if (maxWidths.length !== 1 || !/^<table[^>]*class="card"/.test(maxWidths[0]?.[0] ?? ""))
    problems.push("max-width outside the card table (Outlook on Windows ignores it)");
  if (!/<!--\[if mso\]><table role="presentation" width="600"/.test(html))
    problems.push("no fixed-width wrapper for Outlook on Windows");
  for (const [, attrs, inner] of html.matchAll(/<td([^>]*)>([^<]*)</g)) {
    const text = (inner ?? "").replace(/&\w+;/g, "").trim();
    if (text && !/font-family:/.test(attrs ?? "")) problems.push(`a text cell without its font: ${text}`);
  }
  for (const [tag] of html.matchAll(/<(p|h1|a)\b[^>]*>/g)) {
    if (!/font-family:/.test(tag)) problems.push(`text without its font: ${tag}`);
  }
  for (const [, tag, inner] of html.matchAll(/<(\w+)[^>]*word-break:\s*break-all[^>]*>([^<]*)</g)) {
    if (tag !== "span" || !/^https:\/\/\S+$/.test(inner ?? "")) problems.push("word-break: break-all on prose");
  }
  for (const [img] of html.matchAll(/<img\b[^>]*>/g)) {
    if (!/ alt=""/.test(img) || !/ width="\d+"/.test(img) || !/ height="\d+"/.test(img))
      problems.push(`an image without alt="", width and height: ${img}`);
  }
  if (!/<meta name="color-scheme" content="light dark">/.test(html)) problems.push("no color-scheme meta");
  if (!/@media \(prefers-color-scheme:dark\)/.test(html)) problems.push("no dark-mode rules");
  if (!/<td[^>]*mso-padding-alt:[^>]*>\s*<a /.test(html)) problems.push("a button whose padding Outlook drops");
  return problems;
}

function render(kind: PortalEmailKind, branding: Branding, locale: Locale = "en") {
  return renderPortalEmail(kind, {
    locale,
    branding,
    baseUrl: "https://portal.test",
    url: "https://portal.test/portal/pride-travelers/claim/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE",
    firstName: "Ana",
    advisorName: "Pat Rivera",
    expiresAt: new Date("2026-12-13T19:30:00Z"),
    code: { code: "048213", expiresAt: new Date("2026-12-06T19:40:00Z") },
  });
}

describe("portal emails against caniemail (Gmail, Outlook, Apple Mail)", () => {
  for (const locale of LOCALES) {
    for (const [label, branding] of Object.entries(BRANDINGS)) {
      for (const kind of KINDS) {
        it(`${kind} in ${locale} with ${label}: no errors beyond the allowlist, nothing structural`, () => {
          const { html } = render(kind, branding, locale);
          expect(lintErrors(html)).toEqual([]);
          expect(structuralProblems(html)).toEqual([]);
        });
      }
    }
  }

  it("fails an email whose logo is an SVG", () => {
    const { html } = render("invite", { ...BRANDINGS["a dark brand colour with a logo"]!, logoUrl: "/img/logo.svg" });
    expect(structuralProblems(html)).toContain("an SVG image (Gmail and Outlook drop SVG)");
  });

  it("fails an email with max-width on a div", () => {
    const { html } = render("invite", BRANDINGS["a dark brand colour with a logo"]!);
    const mutated = html.replace("<body", '<body><div style="max-width:600px">x</div');
    expect(structuralProblems(mutated)).toContain("max-width outside the card table (Outlook on Windows ignores it)");
  });

  it("fails an email that uses what a client doesn't support, beyond the allowlist", () => {
    const { html } = render("invite", BRANDINGS["a dark brand colour with a logo"]!);
    const mutated = html.replace("<body", '<body><a href="https://x.test" target="_blank">x</a');
    expect(lintErrors(mutated)).toContain("`target attribute` is not supported by `gmail.desktop-webmail`");
  });
});
