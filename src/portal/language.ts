// Which language a portal page speaks (SPEC §14), from the request: the pure rules are in
// i18n/locales.ts; this file reads the request for them and owns the cookie that remembers a
// signed-out visitor's pick. Nothing is kept between requests.
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { type RenderContext, renderContext } from "../i18n/format";
import { asLocale, type Locale, travelerLocale, visitorLocale } from "../i18n/locales";

const LANGUAGE_COOKIE = "portal_lang";
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
  if (asked) {
    setCookie(c, LANGUAGE_COOKIE, asked, {
      path: "/portal",
      secure: true,
      httpOnly: true,
      sameSite: "Lax",
      maxAge: ONE_YEAR_S,
    });
  }
  const locale = visitorLocale({
    query: asked,
    cookie: getCookie(c, LANGUAGE_COOKIE),
    agencyLanguage: agency.portalLanguage,
  });
  return renderContext(locale, agency.timeZone);
}

/** A page for a known traveler (claim, signed in): the contact's language, else the agency's. */
export function travelerContext(contactLanguage: string | null, agency: LanguageAgency): RenderContext {
  return renderContext(travelerLocale(contactLanguage, agency.portalLanguage), agency.timeZone);
}
