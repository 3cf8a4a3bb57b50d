// Agency settings: Branding and Client portal, and the advisor's own Gmail card (its actions live in gmail/routes).
import { type Context, Hono } from "hono";
import * as z from "zod";
import { gmailCardProps } from "../gmail/views";
import { formRefused } from "../http/errors";
import { validForm } from "../lib/forms";
import type { AppEnv } from "../types";
import { setFlash, takeFlash } from "../ui/feedback";
import { isSlugTaken, loadSettingsPage, updateBranding, updatePortalSettings } from "./queries";
import { type BrandingErrors, SettingsPage } from "./views";

export const SLUG_RULE = "The portal slug must be 3 to 40 characters: lowercase letters, digits and hyphens.";

export const brandingForm = z.object({
  name: z
    .string()
    .trim()
    .min(2, { error: "Enter your agency's name (2 to 80 characters)." })
    .max(80, { error: "Enter your agency's name (2 to 80 characters)." }),
  portalSlug: z
    .string()
    .trim()
    .transform((s) => (s === "" ? null : s))
    .pipe(
      z
        .string()
        .regex(/^[a-z0-9-]{3,40}$/, { error: SLUG_RULE })
        .nullable(),
    ),
  logoUrl: z
    .string()
    .trim()
    .transform((s) => (s === "" ? null : s))
    .pipe(
      z
        .string()
        .max(500, { error: "The logo URL is too long." })
        .regex(/^(https:\/\/[^\s"'<>]+|\/[^\s"'<>]*)$/, {
          error: "The logo URL must start with https:// (or / for an image on this site).",
        })
        .nullable(),
    ),
  brandColor: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: "Pick a brand color written like #1f6f78." })
    .transform((s) => s.toLowerCase()),
});

const portalForm = z.object({ autoInviteOnFirstShare: z.string() });

/** The Settings page; with `branding`, the Branding form comes back with what was typed and why it was refused. */
async function renderSettings(
  c: Context<AppEnv>,
  branding?: { errors: BrandingErrors; values: Record<string, string> },
) {
  const { agency, gmail } = await loadSettingsPage(c.var.db, c.var.advisor.agencyId, c.var.advisor.id);
  return c.html(
    <SettingsPage
      agency={agency}
      gmail={gmailCardProps(c.var.config, gmail)}
      advisorName={c.var.advisor.name}
      flash={branding ? undefined : takeFlash(c)}
      brandingErrors={branding?.errors}
      brandingValues={branding?.values}
    />,
    branding ? 422 : 200,
  );
}

export const settingsRoutes = new Hono<AppEnv>()
  .get("/", (c) => renderSettings(c))
  .post(
    "/branding",
    validForm(brandingForm, (c: Context<AppEnv>, invalid) => renderSettings(c, invalid)),
    async (c) => {
      const agencyId = c.var.advisor.agencyId;
      const values = c.req.valid("form");
      if (values.portalSlug && (await isSlugTaken(c.var.db, agencyId, values.portalSlug))) {
        const typed = { ...values, portalSlug: values.portalSlug, logoUrl: values.logoUrl ?? "" };
        return renderSettings(c, {
          errors: { portalSlug: "That portal slug is taken by another agency. Try another." },
          values: typed,
        });
      }
      await updateBranding(c.var.db, agencyId, values);
      setFlash(c, "Branding saved.");
      return c.redirect("/settings", 303);
    },
  )
  .post("/portal", validForm(portalForm, formRefused), async (c) => {
    const on = c.req.valid("form").autoInviteOnFirstShare === "on";
    await updatePortalSettings(c.var.db, c.var.advisor.agencyId, { autoInviteOnFirstShare: on });
    setFlash(
      c,
      on
        ? "Portal invites will go out on the first share of a trip's invoice or proposal."
        : "Auto-invite on first share is off.",
    );
    return c.redirect("/settings", 303);
  });
