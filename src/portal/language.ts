// Which language a portal page speaks (SPEC §14), from the request: the pure rules are in
// i18n/locales.ts; this file reads the request for them and owns the cookie that remembers a
// signed-out visitor's pick. Nothing is kept between requests.
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { type RenderContext, renderContext } from "../i18n/format";
import { asLocale, LANGUAGE_COOKIE, type Locale, travelerLocale, visitorLocale } from "../i18n/locales";

const ONE_YEAR_S = 365 * 24 * 60 * 60;

/** The agency facts a page's language depends on. */
export interface LanguageAgency {
  portalLanguage: string | null;
  timeZone: string | null;
}

/** The language just asked for with `?lang=`, if it is one of the five. */
export function askedLocale(c: Context): Locale | null {
  return asLocale(c.req.query("lang"));
}

/**
 * A page before we know who is reading (sign-in, forgot, code): `?lang=` (remembered in a cookie
 * for the next page), else the cookie, else the agency's portal language.
 */
export function visitorContext(c: Context, agency: LanguageAgency): RenderContext {
  const asked = askedLocale(c);
  if (asked) remember(c, asked);
  const locale = visitorLocale({
    query: asked,
    cookie: getCookie(c, LANGUAGE_COOKIE),
    agencyLanguage: agency.portalLanguage,
  });
  return renderContext(locale, agency.timeZone);
}

/**
 * A page for a known traveler (claim, signed in): the contact's language, else the agency's. This
 * browser remembers it too, so the signed-out pages that follow (sign-in after a reset, after
 * signing out) keep speaking it.
 */
export function travelerContext(c: Context, contactLanguage: string | null, agency: LanguageAgency): RenderContext {
  const locale = travelerLocale(contactLanguage, agency.portalLanguage);
  if (getCookie(c, LANGUAGE_COOKIE) !== locale) remember(c, locale);
  return renderContext(locale, agency.timeZone);
}

function remember(c: Context, locale: Locale) {
  setCookie(c, LANGUAGE_COOKIE, locale, {
    path: "/portal",
    secure: true,
    httpOnly: true,
    sameSite: "Lax",
    maxAge: ONE_YEAR_S,
  });
}
