// The advisor's Gmail connection in D1: the Google account's email, the refresh token sealed
// as JWE (never the token itself) and whether Google still accepts it.
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { advisors, agencies } from "../db/schema";

export type GmailStatus = "connected" | "needs_reconnect";

/** What Settings shows; null when the advisor never connected or disconnected. */
export interface GmailConnectionSummary {
  email: string;
  status: GmailStatus;
}

/** What sending needs: the sender's name parts and the sealed token. */
export interface GmailSender {
  advisorId: string;
  advisorName: string;
  agencyName: string;
  gmailEmail: string;
  sealedRefreshToken: string;
}

/** A select for db.batch, so Settings loads it in the same round trip as the agency. */
export function selectGmailConnection(db: Db, agencyId: string, advisorId: string) {
  return db
    .select({ email: advisors.gmailEmail, status: advisors.gmailStatus })
    .from(advisors)
    .where(and(eq(advisors.id, advisorId), eq(advisors.agencyId, agencyId)));
}

export function toConnectionSummary(
  rows: { email: string | null; status: GmailStatus | null }[],
): GmailConnectionSummary | null {
  const row = rows[0];
  return row?.email && row.status ? { email: row.email, status: row.status } : null;
}

export async function loadGmailConnection(
  db: Db,
  agencyId: string,
  advisorId: string,
): Promise<GmailConnectionSummary | null> {
  return toConnectionSummary(await selectGmailConnection(db, agencyId, advisorId));
}

/** The advisor's Gmail sender if the connection is usable; null if never connected or needing a reconnect. */
export async function loadConnectedGmailSender(
  db: Db,
  agencyId: string,
  advisorId: string,
): Promise<GmailSender | null> {
  const rows = await db
    .select({
      advisorName: advisors.name,
      agencyName: agencies.name,
      gmailEmail: advisors.gmailEmail,
      sealedRefreshToken: advisors.gmailRefreshTokenSealed,
      status: advisors.gmailStatus,
    })
    .from(advisors)
    .innerJoin(agencies, eq(agencies.id, advisors.agencyId))
    .where(and(eq(advisors.id, advisorId), eq(advisors.agencyId, agencyId)));
  const row = rows[0];
  if (row?.status !== "connected" || !row.gmailEmail || !row.sealedRefreshToken) return null;
  return {
    advisorId,
    advisorName: row.advisorName,
    agencyName: row.agencyName,
    gmailEmail: row.gmailEmail,
    sealedRefreshToken: row.sealedRefreshToken,
  };
}

export async function loadSealedRefreshToken(db: Db, agencyId: string, advisorId: string): Promise<string | null> {
  const rows = await db
    .select({ sealed: advisors.gmailRefreshTokenSealed })
    .from(advisors)
    .where(and(eq(advisors.id, advisorId), eq(advisors.agencyId, agencyId)));
  return rows[0]?.sealed ?? null;
}

export async function saveGmailConnection(
  db: Db,
  agencyId: string,
  advisorId: string,
  values: { email: string; sealedRefreshToken: string },
) {
  await db
    .update(advisors)
    .set({ gmailEmail: values.email, gmailRefreshTokenSealed: values.sealedRefreshToken, gmailStatus: "connected" })
    .where(and(eq(advisors.id, advisorId), eq(advisors.agencyId, agencyId)));
}

/**
 * Google no longer accepts the token. Guarded by the token that failed, so a reconnect that
 * landed meanwhile is not marked broken by a send that started before it.
 */
export async function markGmailNeedsReconnect(db: Db, agencyId: string, advisorId: string, sealedRefreshToken: string) {
  await db
    .update(advisors)
    .set({ gmailStatus: "needs_reconnect" })
    .where(
      and(
        eq(advisors.id, advisorId),
        eq(advisors.agencyId, agencyId),
        eq(advisors.gmailRefreshTokenSealed, sealedRefreshToken),
      ),
    );
}

export async function deleteGmailConnection(db: Db, agencyId: string, advisorId: string) {
  await db
    .update(advisors)
    .set({ gmailEmail: null, gmailRefreshTokenSealed: null, gmailStatus: null })
    .where(and(eq(advisors.id, advisorId), eq(advisors.agencyId, agencyId)));
}
