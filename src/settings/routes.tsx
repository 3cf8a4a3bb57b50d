// Agency settings: Branding and Client portal, and the advisor's own Gmail card (its actions live in gmail/routes).

import { type Context, Hono } from "hono";
import * as z from "zod/mini";
import { hasLogo, storeLogo } from "../brand/store";
import { gmailCardProps } from "../gmail/views";
import { formRefused } from "../http/errors";
import { isKnownTimeZone } from "../i18n/format";
import { isLocale, LOCALE_NAMES_IN_ENGLISH, LOCALES, type Locale } from "../i18n/locales";
import { validForm } from "../lib/forms";
import { LOGO_MESSAGES, MAX_LOGO_BYTES, readLogoImage } from "../lib/logo";
import type { AppEnv } from "../types";
import { setFlash, takeFlash } from "../ui/feedback";
import { SlugChangeConfirmPage } from "./branding";
import { loadSettingsPage, loadSlugFacts, saveBranding, updatePortalSettings } from "./queries";
import { decideSlugChange } from "./slug-change";
import { type BrandingErrors, SettingsPage } from "./views";

const LOGO_PATH_OR_EMPTY = /^(\/brand\/[0-9a-f]{64}-\d{1,5}x\d{1,5}\.(png|jpg))?$/;

export const SLUG_RULE = "The portal slug must be 3 to 40 characters: lowercase letters, digits and hyphens.";
const SLUG_RACE =
  "That portal slug was taken a moment ago, or someone changed it while you were saving. Nothing was saved: check it and save again.";

const emptyAsNull = z.transform((s: string) => (s === "" ? null : s));

export const brandingForm = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(2, { error: "Enter your agency's name (2 to 80 characters)." }),
      z.maxLength(80, { error: "Enter your agency's name (2 to 80 characters)." }),
    ),
  portalSlug: z.pipe(
    z.pipe(z.string().check(z.trim()), emptyAsNull),
    z.nullable(z.string().check(z.regex(/^[a-z0-9-]{3,40}$/, { error: SLUG_RULE }))),
  ),
  // A logo uploaded with a slug change that asked first: the path it was stored under (checked again).
  pendingLogo: z
    .string()
    .check(z.regex(LOGO_PATH_OR_EMPTY, { error: "That logo upload is out of date. Choose the file again." })),
  removeLogo: z.enum(["on", ""], { error: "Tick the box or leave it empty." }),
  brandColor: z.pipe(
    z.string().check(z.trim(), z.regex(/^#[0-9a-fA-F]{6}$/, { error: "Pick a brand color written like #1f6f78." })),
    z.transform((s: string) => s.toLowerCase()),
  ),
  // Empty keeps the stored zone (a form from before the field existed, or no choice made).
  timeZone: z.pipe(
    z.string().check(
      z.trim(),
      z.refine((s) => s === "" || isKnownTimeZone(s), {
        error: "Pick your time zone from the list, like Europe/Lisbon.",
      }),
    ),
    emptyAsNull,
  ),
  // The confirmation step of a slug change: the slug it was asked about, and what becomes of it.
  confirmedFrom: z.string().check(
    z.trim(),
    z.regex(/^([a-z0-9-]{3,40})?$/, {
      error: "That confirmation is out of date. Check the portal slug and save again.",
    }),
  ),
  oldSlug: z.enum(["", "redirect", "release"], { error: "Choose what happens to the old address." }),
});

// Checkboxes: "on" when ticked, absent (read as "") when not.
const checkbox = z.pipe(
  z.enum(["on", ""], { error: "Tick the box or leave it empty." }),
  z.transform((v: "on" | "") => v === "on"),
);
const portalForm = z.object({
  autoInviteOnFirstShare: checkbox,
  remindBeforeExpiry: checkbox,
  // Empty or absent (a form from before languages): the agency's language stays as it is.
  portalLanguage: z.pipe(
    z.enum(["", ...LOCALES], { error: "Choose one of the five portal languages." }),
    z.transform((s: "" | Locale): Locale | undefined => (isLocale(s) ? s : undefined)),
  ),
});

/** The Settings page; with `branding`, the Branding form comes back with what was typed and why it was refused. */
async function renderSettings(
  c: Context<AppEnv>,
  branding?: { errors: BrandingErrors; values: Record<string, string> },
) {
  const { agency, gmail, oldSlugs } = await loadSettingsPage(
    c.get("db"),
    c.get("advisor").agencyId,
    c.get("advisor").id,
  );
  return c.html(
    <SettingsPage
      agency={agency}
      oldSlugs={oldSlugs}
      portalBaseUrl={c.get("config").APP_BASE_URL}
      gmail={gmailCardProps(c.get("config"), gmail)}
      advisorName={c.get("advisor").name}
      flash={branding ? undefined : takeFlash(c)}
      brandingErrors={branding?.errors}
      brandingValues={branding?.values}
    />,
    branding ? 422 : 200,
  );
}

/** The logo file of the Branding form: none chosen, refused (why), or stored in R2 (its path). */
async function uploadedLogo(c: Context<AppEnv>): Promise<{ ok: true; path?: string } | { ok: false; message: string }> {
  const file = (await c.req.parseBody()).logo;
  if (!(file instanceof File) || file.size === 0) return { ok: true };
  if (file.size > MAX_LOGO_BYTES) return { ok: false, message: LOGO_MESSAGES.tooLarge(file.size) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const checked = readLogoImage(bytes);
  if (!checked.ok) return checked;
  return { ok: true, path: await storeLogo(c.env.BRAND_ASSETS, bytes, checked.image) };
}

export const settingsRoutes = new Hono<AppEnv>()
  .get("/", (c) => renderSettings(c))
  .post(
    "/branding",
    validForm(brandingForm, (c: Context<AppEnv>, invalid) => renderSettings(c, invalid)),
    async (c) => {
      const agencyId = c.get("advisor").agencyId;
      const { confirmedFrom, oldSlug, pendingLogo, removeLogo, ...fields } = c.req.valid("form");
      const typedFields = () => ({
        ...fields,
        portalSlug: fields.portalSlug ?? "",
        timeZone: fields.timeZone ?? "",
        pendingLogo,
        removeLogo,
      });
      // The file is checked before anything is stored or saved: a refused logo changes nothing.
      const upload = await uploadedLogo(c);
      if (!upload.ok) return renderSettings(c, { errors: { logo: upload.message }, values: typedFields() });
      // A file chosen now wins; then "Remove the logo"; then a file stored before a slug question.
      const logo =
        upload.path ??
        (removeLogo === "on"
          ? null
          : pendingLogo && (await hasLogo(c.env.BRAND_ASSETS, pendingLogo))
            ? pendingLogo
            : undefined);
      const values = { ...fields, ...(logo === undefined ? {} : { logoUrl: logo }) };
      const now = new Date();
      const { agency, facts } = await loadSlugFacts(c.get("db"), agencyId, values.portalSlug, now);
      const confirmation =
        oldSlug && confirmedFrom ? { from: confirmedFrom, keepOldRedirecting: oldSlug === "redirect" } : null;
      const decision = decideSlugChange(facts, values.portalSlug, confirmation);
      const typed = () => ({
        name: values.name,
        portalSlug: values.portalSlug ?? "",
        brandColor: values.brandColor,
        timeZone: values.timeZone ?? "",
        // The confirmation page can't carry the file again: it carries where the file was stored.
        pendingLogo: upload.path ?? pendingLogo,
        removeLogo,
      });
      if (!decision.ok && decision.reason === "confirm") {
        return c.html(
          <SlugChangeConfirmPage
            agency={agency}
            advisorName={c.get("advisor").name}
            from={decision.from}
            to={decision.to}
            facts={facts}
            values={typed()}
          />,
        );
      }
      if (!decision.ok) return renderSettings(c, { errors: { portalSlug: decision.message }, values: typed() });
      const saved = await saveBranding(
        c.get("db"),
        agencyId,
        values,
        {
          from: facts.current,
          keepOldRedirecting: decision.keepOldRedirecting,
        },
        now,
      ).catch((err: unknown) => {
        // Two agencies taking the same free slug at once: the unique index refuses the second.
        if (String(err).includes("UNIQUE")) return false;
        throw err;
      });
      if (!saved)
        return renderSettings(c, {
          errors: { portalSlug: SLUG_RACE },
          values: typed(),
        });
      setFlash(
        c,
        !decision.changed || !facts.current || !decision.slug
          ? "Branding saved."
          : decision.keepOldRedirecting
            ? `Branding saved. Your portal is now at /portal/${decision.slug}; the old address /portal/${facts.current} forwards there.`
            : `Branding saved. Your portal is now at /portal/${decision.slug}; the old address /portal/${facts.current} no longer works.`,
      );
      return c.redirect("/settings", 303);
    },
  )
  .post("/portal", validForm(portalForm, formRefused), async (c) => {
    const settings = c.req.valid("form");
    await updatePortalSettings(c.get("db"), c.get("advisor").agencyId, settings);
    setFlash(
      c,
      [
        settings.autoInviteOnFirstShare
          ? "Portal invites will go out on the first share of a trip's invoice or proposal."
          : "Auto-invite on first share is off.",
        settings.remindBeforeExpiry
          ? "Travelers who haven't claimed their invite get one reminder about a day before it expires."
          : "Expiry reminders are off.",
        settings.portalLanguage
          ? `Travelers read the portal and its emails in ${LOCALE_NAMES_IN_ENGLISH[settings.portalLanguage]} unless their contact info says otherwise.`
          : "",
      ]
        .filter(Boolean)
        .join(" "),
    );
    return c.redirect("/settings", 303);
  });
