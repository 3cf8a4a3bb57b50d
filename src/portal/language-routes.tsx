// A signed-in traveler picks another language (SPEC §14): saved on their contact, so the portal
// and every email after it speak it, and they go back to the page they were on. Signed-out
// pages need no route: their language links are plain `?lang=` links (portal/language.ts).
import { Hono } from "hono";
import * as z from "zod/mini";
import { errorPage } from "../http/errors";
import { LOCALES } from "../i18n/locales";
import { validForm } from "../lib/forms";
import type { AppEnv } from "../types";
import { saveTravelerLanguage } from "./queries";
import { signedInClient } from "./routes";

const languageForm = z.object({
  lang: z.enum(LOCALES, { error: "Choose one of the languages offered." }),
  back: z.optional(z.string().check(z.maxLength(512))),
});

/** Back to a page of this portal only; anything else (another site, another portal) lands on its home. */
function backWithin(slug: string, back: string | undefined): string {
  const home = `/portal/${slug}`;
  if (!back || !(back === home || back.startsWith(`${home}/`) || back.startsWith(`${home}?`))) return home;
  return /[\\\r\n]|\/\//.test(back) ? home : back;
}

export const languageRoutes = new Hono<AppEnv>().post(
  "/:slug/language",
  validForm(languageForm, (c, invalid) => errorPage(c, 422, `${invalid.first} Nothing was changed.`)),
  async (c) => {
    const slug = c.req.param("slug");
    const client = await signedInClient(c, slug);
    if (!client.ok) return client.response;
    const { lang, back } = c.req.valid("form");
    await saveTravelerLanguage(c.get("db"), {
      agencyId: client.session.agencyId,
      accountId: client.session.accountId,
      locale: lang,
    });
    return c.redirect(backWithin(slug, back), 303);
  },
);
