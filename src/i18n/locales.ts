// The five languages a traveler can read the portal and its emails in (SPEC §14), and how one is
// chosen. Pure: no request, no database, no module state.

export const LOCALES = ["en", "es", "fr", "de", "pt"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie that remembers a browser's portal language (portal/language.ts writes it; the portal's 404 reads it too). */
export const LANGUAGE_COOKIE = "portal_lang";

/** Each language by its own name, as a traveler looking for it would read it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  es: "Español",
  fr: "Français",
  de: "Deutsch",
  pt: "Português",
};

/** Each language as the advisor dashboard (in English) names it. */
export const LOCALE_NAMES_IN_ENGLISH: Record<Locale, string> = {
  en: "English",
  es: "Spanish",
  fr: "French",
  de: "German",
  pt: "Portuguese",
};

/** The tag Intl and `<html lang>` get: Portuguese as Brazil writes it, the others as written. */
export const LOCALE_TAGS: Record<Locale, string> = {
  en: "en-US",
  es: "es-ES",
  fr: "fr-FR",
  de: "de-DE",
  pt: "pt-BR",
};

/** `<html lang>` and an email's `lang`: Portuguese as Brazil writes it, the others by language alone. */
export function htmlLang(locale: Locale): string {
  return locale === "pt" ? "pt-BR" : locale;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A stored or asked-for language, or null when it is none of the five. */
export function asLocale(value: unknown): Locale | null {
  return isLocale(value) ? value : null;
}

/**
 * The language of an email, or of a page for a known traveler (claim, signed in): the contact's,
 * else the agency's portal language.
 */
export function travelerLocale(contactLanguage: unknown, agencyLanguage: unknown): Locale {
  return asLocale(contactLanguage) ?? asLocale(agencyLanguage) ?? DEFAULT_LOCALE;
}

/**
 * The language of a page before we know who is reading (sign-in, forgot, code): the one just
 * picked with `?lang=`, else the one remembered in the cookie, else the agency's.
 */
export function visitorLocale(r: { query: unknown; cookie: unknown; agencyLanguage: unknown }): Locale {
  return asLocale(r.query) ?? asLocale(r.cookie) ?? asLocale(r.agencyLanguage) ?? DEFAULT_LOCALE;
}
