// The agency reads every page starts from, shared by the dashboard and the portal: a floor
// below the features so none of them has to import another for it.
import { eq, type SQLWrapper, sql } from "drizzle-orm";
import { aliased, type Db, jsonObject } from "./client";
import { agencies } from "./schema";

/**
 * What the dashboard's frame shows: name, colours, logo, whether a portal slug is set, and the time
 * zone; and the portal language, which a contact's "Agency default" means.
 */
export const shellColumns = {
  id: agencies.id,
  name: agencies.name,
  brandColor: agencies.brandColor,
  logoUrl: agencies.logoUrl,
  portalSlug: agencies.portalSlug,
  timeZone: agencies.timeZone,
  portalLanguage: agencies.portalLanguage,
};

export const agencyShell = (db: Db, agencyId: string) =>
  db.select(shellColumns).from(agencies).where(eq(agencies.id, agencyId));

/** The same frame as one JSON object, for statements that answer a whole page as JSON (null: no such agency). */
export const agencyShellJson = (agencyId: SQLWrapper | string) =>
  sql`(select ${jsonObject(shellColumns)} from ${agencies} where ${agencies.id} = ${agencyId})`;

/**
 * Where travelers reach the agency when no advisor sent the email (Reply-To of forgot-password
 * links, reminders and the password-changed notice): its first advisor, who set the agency up.
 */
// "agencies"."id" spelled out: Drizzle writes a column of the only table in a select unqualified,
// which inside this subquery would mean advisors.id.
export const agencyContactEmail = sql<string | null>`(select "email" from "advisors"
  where "advisors"."agency_id" = "agencies"."id" order by "advisors"."created_at", "advisors"."id" limit 1)`;

export const portalAgencyColumns = {
  agencyId: aliased(agencies.id, "agency_id"),
  agencyName: agencies.name,
  slug: agencies.portalSlug,
  logoUrl: agencies.logoUrl,
  brandColor: agencies.brandColor,
  timeZone: agencies.timeZone,
  portalLanguage: agencies.portalLanguage,
  contactEmail: agencyContactEmail,
};
export type PortalAgency = {
  agencyId: string;
  agencyName: string;
  slug: string | null;
  logoUrl: string | null;
  brandColor: string;
  timeZone: string | null;
  /** What travelers read the portal in unless their contact says otherwise (SPEC §14). */
  portalLanguage: string;
  contactEmail: string | null;
};

/** The same agency as one JSON object, for statements that answer a whole page as JSON (null: no portal at that slug). */
export const portalAgencyJson = (slug: SQLWrapper | string) =>
  sql`(select ${jsonObject({
    ...portalAgencyColumns,
    // In JSON a key names the field, so the id needs no alias (it is one for D1 batches' rows).
    agencyId: agencies.id,
  } satisfies Record<keyof PortalAgency, SQLWrapper>)} from ${agencies} where ${agencies.portalSlug} = ${slug})`;

/** The agency behind a portal URL, for its branding. */
export const agencyBySlug = (db: Db, slug: string) =>
  db.select(portalAgencyColumns).from(agencies).where(eq(agencies.portalSlug, slug));
