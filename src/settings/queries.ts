// Agency settings reads and writes, scoped to the advisor's agency.
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "../db/client";
import { agencies } from "../db/schema";
import { selectGmailConnection, toConnectionSummary } from "../gmail/queries";

/** The agency and the advisor's Gmail connection in one D1 round trip. */
export async function loadSettingsPage(db: Db, agencyId: string, advisorId: string) {
  const [agencyRows, gmailRows] = await db.batch([
    db.select().from(agencies).where(eq(agencies.id, agencyId)),
    selectGmailConnection(db, agencyId, advisorId),
  ]);
  const agency = agencyRows[0];
  if (!agency) throw new Error(`Agency ${agencyId} of a signed-in advisor is missing`);
  return { agency, gmail: toConnectionSummary(gmailRows) };
}

export async function isSlugTaken(db: Db, agencyId: string, slug: string): Promise<boolean> {
  const rows = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.portalSlug, slug), ne(agencies.id, agencyId)))
    .limit(1);
  return rows.length > 0;
}

export async function updateBranding(
  db: Db,
  agencyId: string,
  values: { name: string; portalSlug: string | null; logoUrl: string | null; brandColor: string },
) {
  await db.update(agencies).set(values).where(eq(agencies.id, agencyId));
}

export async function updatePortalSettings(db: Db, agencyId: string, values: { autoInviteOnFirstShare: boolean }) {
  await db.update(agencies).set(values).where(eq(agencies.id, agencyId));
}
