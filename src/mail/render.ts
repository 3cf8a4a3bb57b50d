// Renders the portal emails in templates/ with the agency's name, logo and brand color, in the
// traveler's language (SPEC §6, §14): each template says which words (messages/email/) go where;
// this file works out the facts they're written from, and fills the frame.
// {{name}} is HTML-escaped in HTML bodies; {{{name}}} inserts markup built here.

import { freshLink } from "../../templates/fresh-link";
import { invite } from "../../templates/invite";
import {
  buttonHtml,
  type EmailFacts,
  fallbackHtml,
  frameWords,
  layoutHtml,
  logoCellHtml,
  type PortalEmailTemplate,
} from "../../templates/layout";
import { passwordChanged } from "../../templates/password-changed";
import { reminder } from "../../templates/reminder";
import { reset } from "../../templates/reset";
import { signInCode } from "../../templates/sign-in-code";
import { formatClock, formatExpiry, renderContext } from "../i18n/format";
import { htmlLang, type Locale } from "../i18n/locales";
import { escapeHtml } from "../lib/html";
import { logoDisplaySize } from "../lib/logo";
import { brandPalette } from "../ui/brand";

export { escapeHtml };

type Vars = Record<string, string>;

// "E-Mail", "e-mail": a short word before a hyphen left alone at a line's end ("Falls Sie diese E-")
// reads as a typo, so the word stays whole. Longer compounds may still break at their hyphen.
const SHORT_HYPHENATED = /(?<![\p{L}\p{N}@./-])(\p{L}{1,2}(?:-\p{L}+)+)(?![\p{L}\p{N}@/-]|\.[\p{L}\p{N}])/gu;

/** Body text for the HTML: escaped, with short hyphenated words kept on one line. */
export function proseHtml(text: string): string {
  return escapeHtml(text).replace(SHORT_HYPHENATED, '<span style="white-space:nowrap;">$1</span>');
}

const ESCAPE = { html: escapeHtml, prose: proseHtml, text: (value: string) => value };

/**
 * One pass over the template, so values that happen to contain {{…}} are never re-read. {{name}}
 * is escaped for the mode ("prose" is HTML body text; see proseHtml); {{{name}}} goes in as it is.
 */
export function fill(template: string, vars: Vars, mode: keyof typeof ESCAPE): string {
  return template.replace(
    /\{\{\{(\w+)\}\}\}|\{\{(\w+)\}\}/g,
    (_, rawKey: string | undefined, key: string | undefined) =>
      rawKey !== undefined ? (vars[rawKey] ?? "") : ESCAPE[mode](vars[key ?? ""] ?? ""),
  );
}

export interface Branding {
  agencyName: string;
  brandColor: string;
  /** An uploaded logo's path (/brand/…), made absolute on the app's base URL; or absolute already. */
  logoUrl: string | null;
  /** The agency's IANA zone, for the link's expiry (UTC when not chosen). */
  timeZone?: string | null;
  /** Where a traveler reaches the agency (Reply-To of mail nobody clicked; security notices name it). */
  contactEmail?: string | null;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export type PortalEmailKind = "invite" | "reset" | "reminder" | "password_changed" | "fresh_link" | "sign_in_code";

const TEMPLATES: Record<PortalEmailKind, PortalEmailTemplate> = {
  invite,
  reset,
  reminder,
  password_changed: passwordChanged,
  fresh_link: freshLink,
  sign_in_code: signInCode,
};

export function absoluteUrl(baseUrl: string, url: string): string {
  return /^https?:\/\//i.test(url) ? url : `${baseUrl}${url.startsWith("/") ? "" : "/"}${url}`;
}

export function renderPortalEmail(
  kind: PortalEmailKind,
  input: {
    /** The traveler's language: the email's words, `lang` and date formats (SPEC §14). */
    locale: Locale;
    branding: Branding;
    baseUrl: string;
    url: string;
    firstName: string;
    advisorName?: string;
    /** When the link stops working (claim links); the email says it as a date and time. */
    expiresAt?: Date;
    /** A sign-in code and when it stops working (sign_in_code only). */
    code?: { code: string; expiresAt: Date };
  },
): RenderedEmail {
  const template = TEMPLATES[kind];
  const { branding } = input;
  // Dates and times in the traveler's language, on the agency's clock (an unknown zone says UTC).
  const rc = renderContext(input.locale, branding.timeZone);
  const advisorName = input.advisorName ?? branding.agencyName;
  const facts: EmailFacts = {
    rc,
    agencyName: branding.agencyName,
    firstName: input.firstName,
    advisorName,
    advisorFirstName: advisorName.split(" ")[0] ?? advisorName,
    contactEmail: branding.contactEmail ?? null,
    expiry: input.expiresAt ? formatExpiry(rc, input.expiresAt) : null,
    code: input.code?.code ?? "",
    codeExpiry: input.code ? formatClock(rc, input.code.expiresAt) : "",
  };
  // The button carries text. Dark text on a light brand fill turns light when a client darkens
  // the email on its own while the fill stays (Gmail's apps, Outlook): white text on the brand's
  // text shade (the colour itself unless it is too light for AA on white) reads in every client.
  const brand = brandPalette(branding.brandColor);
  const vars: Vars = {
    agencyName: facts.agencyName,
    code: facts.code,
    ...frameWords(facts),
    ...template.words(facts),
    url: input.url,
    lang: htmlLang(input.locale),
    brandStripe: brand.brand,
    brandColor: brand.text,
    brandInk: "#ffffff",
  };
  const subject = (vars.subject ?? "").replace(/[\r\n]+/g, " ");
  const logo = branding.logoUrl ? logoDisplaySize(branding.logoUrl, 40, 160) : null;
  const logoCell =
    branding.logoUrl && logo
      ? fill(
          logoCellHtml,
          {
            logoUrl: absoluteUrl(input.baseUrl, branding.logoUrl),
            logoWidth: String(logo.width),
            logoHeight: String(logo.height),
          },
          "html",
        )
      : "";
  const content = fill(
    template.html,
    { ...vars, button: fill(buttonHtml, vars, "html"), fallback: fill(fallbackHtml, vars, "html") },
    "prose",
  );
  const footer = proseHtml(vars.footer ?? "");
  const html = fill(layoutHtml, { ...vars, subject, logoCell, content, footer }, "html");
  return { subject, html, text: fill(template.text, vars, "text") };
}
