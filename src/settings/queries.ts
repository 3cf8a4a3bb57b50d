// Agency settings reads and writes, scoped to the advisor's agency.

import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { agencyShell } from "../db/agencies";
import type { Db } from "../db/client";
import { agencies, portalAccounts, portalSlugRedirects, portalTokens } from "../db/schema";
import { selectGmailConnection, toConnectionSummary } from "../gmail/queries";
import type { Locale } from "../i18n/locales";
import { liveLink } from "../portal-access";
import type { SlugFacts } from "./slug-change";

/** The agency and the advisor's Gmail connection in one D1 round trip. */
export async function loadSettingsPage(db: Db, agencyId: string, advisorId: string) {
  const [agencyRows, gmailRows, redirectRows] = await db.batch([
    db.select().from(agencies).where(eq(agencies.id, agencyId)),
    selectGmailConnection(db, agencyId, advisorId),
    db
      .select({ slug: portalSlugRedirects.slug })
      .from(portalSlugRedirects)
      .where(eq(portalSlugRedirects.agencyId, agencyId))
      .orderBy(portalSlugRedirects.createdAt),
  ]);
  const agency = agencyRows[0];
  if (!agency) throw new Error(`Agency ${agencyId} of a signed-in advisor is missing`);
  return { agency, gmail: toConnectionSummary(gmailRows), oldSlugs: redirectRows.map((r) => r.slug) };
}

/** What the slug rules need (settings/slug-change.ts) and the page frame's agency, in one round trip. */
export async function loadSlugFacts(db: Db, agencyId: string, requested: string | null, now: Date) {
  const slug = requested ?? "";
  const [agencyRows, agencyHolders, redirectHolders, accountRows, linkRows] = await db.batch([
    agencyShell(db, agencyId),
    db
      .select({ id: agencies.id })
      .from(agencies)
      .where(and(eq(agencies.portalSlug, slug), ne(agencies.id, agencyId)))
      .limit(1),
    db
      .select({ id: portalSlugRedirects.agencyId })
      .from(portalSlugRedirects)
      .where(and(eq(portalSlugRedirects.slug, slug), ne(portalSlugRedirects.agencyId, agencyId))),
    db
      .select({
        all: sql<number>`count(*)`,
        live: sql<number>`coalesce(sum(${inArray(portalAccounts.status, ["active", "pending"])}), 0)`,
      })
      .from(portalAccounts)
      .where(eq(portalAccounts.agencyId, agencyId)),
    db
      .select({ n: sql<number>`count(*)` })
      .from(portalTokens)
      .where(and(eq(portalTokens.agencyId, agencyId), liveLink(now))),
  ]);
  const agency = agencyRows[0];
  if (!agency) throw new Error(`Agency ${agencyId} of a signed-in advisor is missing`);
  const facts: SlugFacts = {
    current: agency.portalSlug,
    takenByOther: agencyHolders.length > 0 || redirectHolders.length > 0,
    accounts: accountRows[0]?.all ?? 0,
    liveAccounts: accountRows[0]?.live ?? 0,
    liveLinks: linkRows[0]?.n ?? 0,
  };
  return { agency, facts };
}

export interface BrandingValues {
  name: string;
  portalSlug: string | null;
  /** An uploaded logo's path, null to remove it; absent keeps the stored one. */
  logoUrl?: string | null;
  brandColor: string;
  /** null keeps the stored zone. */
  timeZone: string | null;
}

/**
 * Saves Branding in one batch, only if the slug is still the one the rules were decided on and no
 * other agency's redirect holds the new one (false otherwise: nothing changed). Taking back one of
 * the agency's own old slugs ends its redirect; `keepOldRedirecting` keeps the old slug answering.
 */
export async function saveBranding(
  db: Db,
  agencyId: string,
  values: BrandingValues,
  slugChange: { from: string | null; keepOldRedirecting: boolean },
  now: Date,
): Promise<boolean> {
  const { timeZone, ...rest } = values;
  const slug = values.portalSlug;
  const holdsNewSlug = and(eq(agencies.id, agencyId), slug === null ? sql`0` : eq(agencies.portalSlug, slug));
  const update = db
    .update(agencies)
    .set({ ...rest, ...(timeZone ? { timeZone } : {}) })
    .where(
      and(
        eq(agencies.id, agencyId),
        sql`${agencies.portalSlug} is ${slugChange.from}`,
        slug === null
          ? undefined
          : sql`not exists (select 1 from ${portalSlugRedirects} where ${portalSlugRedirects.slug} = ${slug} and ${portalSlugRedirects.agencyId} <> ${agencyId})`,
      ),
    )
    .returning({ id: agencies.id });
  // Taking back an old slug of its own: that slug stops being a redirect.
  const takeBack = db
    .delete(portalSlugRedirects)
    .where(
      and(
        eq(portalSlugRedirects.slug, slug ?? ""),
        eq(portalSlugRedirects.agencyId, agencyId),
        sql`exists (select 1 from ${agencies} where ${holdsNewSlug})`,
      ),
    );
  const from = slugChange.from;
  if (!slugChange.keepOldRedirecting || from === null || from === slug) {
    const [updated] = await db.batch([update, takeBack]);
    return updated.length > 0;
  }
  const keepOld = db
    .insert(portalSlugRedirects)
    .select(
      db
        .select({
          slug: sql<string>`${from}`.as("slug"),
          agencyId: agencies.id,
          createdAt: sql<Date>`${now.getTime()}`.as("created_at"),
        })
        .from(agencies)
        .where(holdsNewSlug),
    )
    .onConflictDoNothing();
  const [updated] = await db.batch([update, takeBack, keepOld]);
  return updated.length > 0;
}

export async function updatePortalSettings(
  db: Db,
  agencyId: string,
  values: { autoInviteOnFirstShare: boolean; remindBeforeExpiry: boolean; portalLanguage?: Locale },
) {
  await db.update(agencies).set(values).where(eq(agencies.id, agencyId));
}
