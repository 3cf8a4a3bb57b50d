// Sharing a trip's invoice or proposal: the first share records first_shared_at (sharing
// again changes nothing) and makes the document visible on the travelers' portal home.
import { and, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { agencies, tripDocuments } from "../db/schema";

export type ShareResult =
  | { ok: false; notFound: true }
  | { ok: true; alreadyShared: true; document: typeof tripDocuments.$inferSelect }
  | {
      ok: true;
      alreadyShared: false;
      document: typeof tripDocuments.$inferSelect;
      firstOnTrip: boolean;
      autoInvite: boolean;
      agencyName: string;
    };

/**
 * One transaction: count the trip's already-shared documents, then stamp this one if it was
 * never shared. Two concurrent first shares cannot both see "first on trip".
 */
export async function shareDocument(
  db: Db,
  agencyId: string,
  tripId: string,
  documentId: string,
  sharedBy: string,
  now: Date,
): Promise<ShareResult> {
  const [sharedRows, updated, current, agencyRows] = await db.batch([
    db
      .select({ n: sql<number>`count(*)` })
      .from(tripDocuments)
      .where(
        and(
          eq(tripDocuments.tripId, tripId),
          eq(tripDocuments.agencyId, agencyId),
          isNotNull(tripDocuments.firstSharedAt),
          ne(tripDocuments.id, documentId),
        ),
      ),
    db
      .update(tripDocuments)
      .set({ firstSharedAt: now, firstSharedBy: sharedBy })
      .where(
        and(
          eq(tripDocuments.id, documentId),
          eq(tripDocuments.tripId, tripId),
          eq(tripDocuments.agencyId, agencyId),
          isNull(tripDocuments.firstSharedAt),
        ),
      )
      .returning(),
    db
      .select()
      .from(tripDocuments)
      .where(
        and(eq(tripDocuments.id, documentId), eq(tripDocuments.tripId, tripId), eq(tripDocuments.agencyId, agencyId)),
      ),
    db
      .select({ autoInvite: agencies.autoInviteOnFirstShare, name: agencies.name })
      .from(agencies)
      .where(eq(agencies.id, agencyId)),
  ]);
  const document = current[0];
  if (!document) return { ok: false, notFound: true };
  if (updated.length === 0) return { ok: true, alreadyShared: true, document };
  return {
    ok: true,
    alreadyShared: false,
    document: updated[0] ?? document,
    firstOnTrip: (sharedRows[0]?.n ?? 0) === 0,
    autoInvite: !!agencyRows[0]?.autoInvite,
    agencyName: agencyRows[0]?.name ?? "",
  };
}
