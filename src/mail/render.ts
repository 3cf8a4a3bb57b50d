// Renders the email templates in templates/ with the agency's name, logo and brand color.
// {{name}} is HTML-escaped in HTML bodies; {{{name}}} inserts markup built here.

import { freshLinkHtml, freshLinkPreheader, freshLinkSubject, freshLinkText } from "../../templates/fresh-link";
import { inviteHtml, invitePreheader, inviteSubject, inviteText } from "../../templates/invite";
import { buttonHtml, fallbackHtml, layoutHtml, logoCellHtml } from "../../templates/layout";
import {
  passwordChangedHtml,
  passwordChangedPreheader,
  passwordChangedSubject,
  passwordChangedText,
} from "../../templates/password-changed";
import { reminderHtml, reminderPreheader, reminderSubject, reminderText } from "../../templates/reminder";
import { resetHtml, resetPreheader, resetSubject, resetText } from "../../templates/reset";
import { signInCodeHtml, signInCodePreheader, signInCodeSubject, signInCodeText } from "../../templates/sign-in-code";
import { logoDisplaySize } from "../lib/logo";
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

interface Template {
  subject: string;
  preheader: string;
  html: string;
  text: string;
  button: string;
}

const TEMPLATES: Record<PortalEmailKind, Template> = {
  invite: {
    subject: inviteSubject,
    preheader: invitePreheader,
    html: inviteHtml,
    text: inviteText,
    button: "Set your password",
  },
  reset: {
    subject: resetSubject,
    preheader: resetPreheader,
    html: resetHtml,
    text: resetText,
    button: "Choose a new password",
  },
  reminder: {
    subject: reminderSubject,
    preheader: reminderPreheader,
    html: reminderHtml,
    text: reminderText,
    button: "Set your password",
  },
  password_changed: {
    subject: passwordChangedSubject,
    preheader: passwordChangedPreheader,
    html: passwordChangedHtml,
    text: passwordChangedText,
    button: "Sign in",
  },
  fresh_link: {
    subject: freshLinkSubject,
    preheader: freshLinkPreheader,
    html: freshLinkHtml,
    text: freshLinkText,
    button: "Choose your password",
  },
  sign_in_code: {
    subject: signInCodeSubject,
    preheader: signInCodePreheader,
    html: signInCodeHtml,
    text: signInCodeText,
    button: "Enter your code",
  },
};

export function absoluteUrl(baseUrl: string, url: string): string {
  return /^https?:\/\//i.test(url) ? url : `${baseUrl}${url.startsWith("/") ? "" : "/"}${url}`;
}

/** "Sunday, December 13, 2026 at 7:30 PM (Lisbon time)", as the agency's clock reads it. */
export function expiryWords(at: Date, zone: string | null | undefined): string {
  const say = (timeZone: string) =>
    `${new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "full", timeStyle: "short" }).format(at)} (${
      timeZone === "UTC" ? "UTC" : `${timeZone.split("/").pop()?.replaceAll("_", " ")} time`
    })`;
  try {
    return say(zone || "UTC");
  } catch {
    // A zone this runtime doesn't know (zones are checked when saved): say it in UTC.
    return say("UTC");
  }
}

/** "7:40 PM (Lisbon time)": a time later today, as the agency's clock reads it (sign-in codes). */
export function clockWords(at: Date, zone: string | null | undefined): string {
  const say = (timeZone: string) =>
    `${new Intl.DateTimeFormat("en-US", { timeZone, timeStyle: "short" }).format(at)} (${
      timeZone === "UTC" ? "UTC" : `${timeZone.split("/").pop()?.replaceAll("_", " ")} time`
    })`;
  try {
    return say(zone || "UTC");
  } catch {
    return say("UTC");
  }
}

export function renderPortalEmail(
  kind: PortalEmailKind,
  input: {
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
  const t = TEMPLATES[kind];
  const { branding } = input;
  // The button carries text. Dark text on a light brand fill turns light when a client darkens
  // the email on its own while the fill stays (Gmail's apps, Outlook): white text on the brand's
  // text shade (the colour itself unless it is too light for AA on white) reads in every client.
  const brand = brandPalette(branding.brandColor);
  const palette = { fill: brand.text, onFill: "#ffffff" };
  const advisorName = input.advisorName ?? branding.agencyName;
  const expires = input.expiresAt ? expiryWords(input.expiresAt, branding.timeZone) : null;
  const contact = branding.contactEmail ?? null;
  const vars: Vars = {
    agencyName: branding.agencyName,
    brandStripe: brand.brand,
    brandColor: palette.fill,
    brandInk: palette.onFill,
    firstName: input.firstName,
    advisorName,
    advisorFirstName: advisorName.split(" ")[0] ?? advisorName,
    url: input.url,
    label: t.button,
    expiry: `This link works once and expires in 7 days${expires ? `, on ${expires}` : ""}.`,
    expiresOn: expires ? `on ${expires}` : "in 7 days",
    reachAgency: contact ? `reply to this email or write to ${contact}.` : "reply to this email.",
    code: input.code?.code ?? "",
    codeExpiry: input.code ? clockWords(input.code.expiresAt, branding.timeZone) : "",
  };
  const subject = fill(t.subject, vars, "text").replace(/[\r\n]+/g, " ");
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
    t.html,
    { ...vars, button: fill(buttonHtml, vars, "html"), fallback: fill(fallbackHtml, vars, "html") },
    "html",
  );
  const footer = `Sent by ${escapeHtml(branding.agencyName)} through Trips. Questions? Reply to this email${
    contact ? ` or write to ${escapeHtml(contact)}` : ""
  }. If you weren't expecting this email, you can ignore it.`;
  const preheader = fill(t.preheader, vars, "text");
  const html = fill(layoutHtml, { ...vars, subject, preheader, logoCell, content, footer }, "html");
  return { subject, html, text: fill(t.text, vars, "text") };
}
