// Renders the email templates in templates/ with the agency's name, logo and brand color.
// {{name}} is HTML-escaped in HTML bodies; {{{name}}} inserts pre-rendered markup.

import { inviteHtml, inviteSubject, inviteText } from "../../templates/invite";
import { buttonHtml, layoutHtml, logoCellHtml } from "../../templates/layout";
import { passwordChangedHtml, passwordChangedSubject, passwordChangedText } from "../../templates/password-changed";
import { reminderHtml, reminderSubject, reminderText } from "../../templates/reminder";
import { resetHtml, resetSubject, resetText } from "../../templates/reset";
import { brandPalette } from "../ui/brand";

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch,
  );
}

type Vars = Record<string, string>;

/** One pass over the template, so values that happen to contain {{…}} are never re-read. */
export function fill(template: string, vars: Vars, mode: "html" | "text"): string {
  return template.replace(
    /\{\{\{(\w+)\}\}\}|\{\{(\w+)\}\}/g,
    (_, rawKey: string | undefined, key: string | undefined) =>
      rawKey !== undefined
        ? (vars[rawKey] ?? "")
        : mode === "html"
          ? escapeHtml(vars[key ?? ""] ?? "")
          : (vars[key ?? ""] ?? ""),
  );
}

export interface Branding {
  agencyName: string;
  brandColor: string;
  /** Absolute, or relative to the app's base URL. */
  logoUrl: string | null;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export type PortalEmailKind = "invite" | "reset" | "reminder" | "password_changed";

const TEMPLATES: Record<PortalEmailKind, { subject: string; html: string; text: string; button: string }> = {
  invite: { subject: inviteSubject, html: inviteHtml, text: inviteText, button: "Set your password" },
  reset: { subject: resetSubject, html: resetHtml, text: resetText, button: "Choose a new password" },
  reminder: { subject: reminderSubject, html: reminderHtml, text: reminderText, button: "Set your password" },
  password_changed: {
    subject: passwordChangedSubject,
    html: passwordChangedHtml,
    text: passwordChangedText,
    button: "Sign in",
  },
};

export function absoluteUrl(baseUrl: string, url: string): string {
  return /^https?:\/\//i.test(url) ? url : `${baseUrl}${url.startsWith("/") ? "" : "/"}${url}`;
}

export function renderPortalEmail(
  kind: PortalEmailKind,
  input: { branding: Branding; baseUrl: string; url: string; firstName: string; advisorName?: string },
): RenderedEmail {
  const t = TEMPLATES[kind];
  // The header and button carry text: the brand's fill and the text colour that reads on it (ui/brand.ts).
  const palette = brandPalette(input.branding.brandColor);
  const advisorName = input.advisorName ?? input.branding.agencyName;
  const vars: Vars = {
    agencyName: input.branding.agencyName,
    brandColor: palette.fill,
    brandInk: palette.onFill,
    firstName: input.firstName,
    advisorName,
    advisorFirstName: advisorName.split(" ")[0] ?? advisorName,
    url: input.url,
    label: t.button,
  };
  const subject = fill(t.subject, vars, "text").replace(/[\r\n]+/g, " ");
  const logoCell = input.branding.logoUrl
    ? fill(logoCellHtml, { ...vars, logoUrl: absoluteUrl(input.baseUrl, input.branding.logoUrl) }, "html")
    : "";
  const content = fill(t.html, { ...vars, button: fill(buttonHtml, vars, "html") }, "html");
  const html = fill(layoutHtml, { ...vars, subject, logoCell, content }, "html");
  return { subject, html, text: fill(t.text, vars, "text") };
}
