// Portal emails in the traveler's language (SPEC §14): every word of every email comes from
// messages/email/{locale}.json, each catalog has the English one's keys and placeholders, dates
// and times are said the language's way, and user data is escaped whatever the language.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatClock, formatExpiry, renderContext } from "../../src/i18n/format";
import { LOCALES, type Locale } from "../../src/i18n/locales";
import { type Branding, type PortalEmailKind, renderPortalEmail } from "../../src/mail/render";

const KINDS: PortalEmailKind[] = ["invite", "reset", "reminder", "password_changed", "fresh_link", "sign_in_code"];
const LINK_KINDS: PortalEmailKind[] = ["invite", "reset", "reminder", "fresh_link"];
const TRANSLATED = LOCALES.filter((l) => l !== "en");
const LINK_EXPIRES = new Date("2026-12-13T19:30:00Z");
const CODE_EXPIRES = new Date("2026-12-06T19:40:00Z");
const ZONE = "Europe/Madrid";
const URL_ = "https://portal.test/portal/pride-travelers/claim/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE";

type Catalog = Record<string, string>;
const catalog = (locale: Locale): Catalog =>
  JSON.parse(readFileSync(join(__dirname, "..", "..", "messages", "email", `${locale}.json`), "utf8"));
const english = catalog("en");
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const branding = (overrides: Partial<Branding> = {}): Branding => ({
  agencyName: "Pride Travelers",
  brandColor: "#9d2463",
  logoUrl: null,
  timeZone: ZONE,
  contactEmail: "pat@pridetravelers.example",
  ...overrides,
});

function render(kind: PortalEmailKind, locale: Locale, overrides: Partial<Branding> = {}, firstName = "Ana") {
  return renderPortalEmail(kind, {
    locale,
    branding: branding(overrides),
    baseUrl: "https://portal.test",
    url: URL_,
    firstName,
    advisorName: "Pat Rivera",
    expiresAt: LINK_EXPIRES,
    code: { code: "048213", expiresAt: CODE_EXPIRES },
  });
}

/** What a reader sees of the HTML: no head styles, comments or tags; entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

/** The words left when names, addresses and the product's name are taken out. */
function wordsOutsideNames(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\S+@\S+/g, " ")
    .replace(/Pride Travelers|Pat Rivera|\bPat\b|\bAna\b|\bTrips\b/g, " ");
}

/** Every run of 3+ words in an English message, between its placeholders. */
const ENGLISH_PHRASES = Object.entries(english)
  .filter(([key]) => key !== "$schema")
  .flatMap(([, text]) => text.split(/\{\w+\}/))
  .map((piece) => piece.trim())
  .filter((piece) => piece.split(/\s+/).length >= 3);

// Words no sentence of these four languages needs (names and addresses aside). "link", "code",
// "portal", "Button", "Browser" and "ignore" are left out: German, French or Portuguese use them.
const ENGLISH_WORDS =
  /(?<!\p{L})(the|your|you|this|with|here|expires|password|questions|reply|please|works|sent)(?!\p{L})/iu;

const MONTH: Record<Locale, string> = {
  en: "December",
  es: "diciembre",
  fr: "décembre",
  de: "Dezember",
  pt: "dezembro",
};
const SUNDAY: Record<Locale, string> = { en: "Sunday", es: "domingo", fr: "dimanche", de: "Sonntag", pt: "domingo" };

describe("the email catalogs", () => {
  it.each(TRANSLATED)("gives %s exactly the English keys, each with the same placeholders and some words", (locale) => {
    const translated = catalog(locale);
    expect(Object.keys(translated)).toEqual(Object.keys(english));
    for (const [key, text] of Object.entries(english)) {
      expect(placeholders(translated[key] ?? ""), `${locale} ${key}`).toEqual(placeholders(text));
      expect((translated[key] ?? "").trim(), `${locale} ${key}`).not.toBe("");
    }
  });
});

describe.each(TRANSLATED)("portal emails in %s", (locale) => {
  it.each(KINDS)("writes %s with the language's lang and no English left in subject, HTML or text", (kind) => {
    const { subject, html, text } = render(kind, locale);
    const expected = locale === "pt" ? "pt-BR" : locale;
    expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${expected}" `));

    for (const [part, words] of Object.entries({ subject, html: visibleText(html), text })) {
      for (const phrase of ENGLISH_PHRASES) expect(words, `${part} says "${phrase}"`).not.toContain(phrase);
      expect(wordsOutsideNames(words), part).not.toMatch(ENGLISH_WORDS);
      expect(words, part).not.toMatch(/\{|\}|undefined|null/);
    }
    expect(subject).not.toBe(render(kind, "en").subject);
  });

  it.each(LINK_KINDS)("says when the %s link expires in the language's words, on the agency's clock", (kind) => {
    const { html, text } = render(kind, locale);
    const expiry = formatExpiry(renderContext(locale, ZONE), LINK_EXPIRES);
    expect(expiry).toContain(MONTH[locale]);
    expect(expiry).toContain(SUNDAY[locale]);
    expect(expiry).toContain("20:30");
    expect(text).toContain(expiry);
    expect(visibleText(html)).toContain(expiry);
  });

  it("says when the sign-in code expires as the language tells the time", () => {
    const { text } = render("sign_in_code", locale);
    const clock = formatClock(renderContext(locale, ZONE), CODE_EXPIRES);
    expect(clock).toMatch(/^20:40 \(/);
    expect(text).toContain(clock);
  });

  it.each(KINDS)("escapes the agency's and traveler's names in the %s HTML, and keeps them raw in its text", (kind) => {
    const agencyName = `Sun <b>&" Sea`;
    const firstName = `<i>'Ana`;
    const { subject, html, text } = render(kind, locale, { agencyName }, firstName);
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<i>");
    expect(html).toContain("Sun &lt;b&gt;&amp;&quot; Sea");
    expect(text).toContain(agencyName);
    expect(text).not.toMatch(/&(lt|gt|amp|quot|#39);/);
    expect(subject).toContain(agencyName);
    expect(html).toContain("&lt;i&gt;&#39;Ana");
    expect(text).toContain(firstName);
  });
});
