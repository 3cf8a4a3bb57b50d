// Reads and writes behind the client portal. The claim page's look-up is one D1 round trip.
import { and, asc, desc, eq, gt, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { aliased, type Db } from "../db/client";
import { agencies, contacts, portalAccounts, portalEvents, portalLogins, portalTokens, tripDocuments, tripTravelers, trips } from "../db/schema";
import { newId } from "../lib/ids";

export const portalAgencyColumns = { agencyId: aliased(agencies.id, "agency_id"), agencyName: agencies.name, slug: agencies.portalSlug, logoUrl: agencies.logoUrl, brandColor: agencies.brandColor };
export type PortalAgency = { agencyId: string; agencyName: string; slug: string | null; logoUrl: string | null; brandColor: string };

const agencyBySlug = (db: Db, slug: string) => db.select(portalAgencyColumns).from(agencies).where(eq(agencies.portalSlug, slug));

export async function findPortalAgency(db: Db, slug: string): Promise<PortalAgency | null> {
  return (await agencyBySlug(db, slug))[0] ?? null;
}

/**
 * The claim page's one round trip: the agency by slug (for branding, even when the link is
 * dead) and the token, valid only if unused, unexpired and of this agency.
 */
export async function lookupClaim(db: Db, slug: string, tokenHash: string, now: Date) {
  const [agencyRows, tokenRows] = await db.batch([
    agencyBySlug(db, slug),
    db
      .select({ purpose: portalTokens.purpose, accountId: portalTokens.accountId, email: portalAccounts.email, firstName: contacts.firstName })
      .from(portalTokens)
      .innerJoin(portalAccounts, eq(portalAccounts.id, portalTokens.accountId))
      .innerJoin(agencies, eq(agencies.id, portalTokens.agencyId))
      .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
      .where(
        and(
          eq(portalTokens.tokenHash, tokenHash),
          eq(agencies.portalSlug, slug),
          isNull(portalTokens.consumedAt),
          isNull(portalTokens.voidedAt),
          gt(portalTokens.expiresAt, now),
          sql`${portalAccounts.status} <> 'disabled'`,
        ),
      ),
  ]);
  return { agency: agencyRows[0] ?? null, claim: tokenRows[0] ?? null };
}

/**
 * Consumes a token in one conditional update: of two concurrent claims exactly one gets a
 * row back. Returns what was consumed, or null when the link is no longer valid.
 */
export async function consumeClaimToken(db: Db, slug: string, tokenHash: string, now: Date) {
  const rows = await db
    .update(portalTokens)
    .set({ consumedAt: now })
    .where(
      and(
        eq(portalTokens.tokenHash, tokenHash),
        isNull(portalTokens.consumedAt),
        isNull(portalTokens.voidedAt),
        gt(portalTokens.expiresAt, now),
        sql`${portalTokens.accountId} in (select a.id from ${portalAccounts} a join ${agencies} g on g.id = a.agency_id where g.portal_slug = ${slug} and a.status <> 'disabled')`,
      ),
    )
    .returning({ accountId: portalTokens.accountId, agencyId: portalTokens.agencyId, purpose: portalTokens.purpose });
  return rows[0] ?? null;
}

export interface LoginRecord {
  agencyId: string;
  accountId: string;
  outcome: "success" | "wrong_password" | "disabled" | "rate_limited" | "claimed";
  ip: string | null;
  country: string | null;
  city: string | null;
  userAgent: string | null;
}

export const loginInsert = (db: Db, r: LoginRecord, at: Date) => db.insert(portalLogins).values({ id: newId("plg"), at, ...r, userAgent: r.userAgent?.slice(0, 400) ?? null });

/**
 * Sets the password and activates the account after a successful claim. An advisor may have
 * disabled the account between the consume and this write: then nothing changes and the
 * caller answers that the link is no longer valid.
 */
export async function activateAfterClaim(db: Db, claimed: { accountId: string; agencyId: string; purpose: "invite" | "reset" }, passwordHash: string, login: Omit<LoginRecord, "agencyId" | "accountId" | "outcome">, now: Date): Promise<boolean> {
  const activated = await db
    .update(portalAccounts)
    .set({ status: "active", passwordHash, activatedAt: sql`coalesce(${portalAccounts.activatedAt}, ${now.getTime()})` })
    .where(and(eq(portalAccounts.id, claimed.accountId), eq(portalAccounts.agencyId, claimed.agencyId), ne(portalAccounts.status, "disabled")))
    .returning({ id: portalAccounts.id });
  if (activated.length === 0) return false;
  await db.batch([
    db.insert(portalEvents).values({ id: newId("pev"), agencyId: claimed.agencyId, accountId: claimed.accountId, at: now, kind: "claimed", actorLabel: "Client", detail: claimed.purpose === "reset" ? "New password set from a reset link" : null }),
    loginInsert(db, { ...login, agencyId: claimed.agencyId, accountId: claimed.accountId, outcome: claimed.purpose === "invite" ? "claimed" : "success" }, now),
  ]);
  return true;
}

export async function findAccountForSignIn(db: Db, slug: string, email: string) {
  const rows = await db
    .select({ accountId: aliased(portalAccounts.id, "account_id"), agencyId: portalAccounts.agencyId, status: portalAccounts.status, passwordHash: portalAccounts.passwordHash, contactId: portalAccounts.contactId, firstName: contacts.firstName })
    .from(portalAccounts)
    .innerJoin(agencies, eq(agencies.id, portalAccounts.agencyId))
    .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
    .where(and(eq(agencies.portalSlug, slug), eq(portalAccounts.email, email.trim().toLowerCase())))
    .limit(1);
  return rows[0] ?? null;
}

/**
 * The portal home in one round trip. The account row is read with the condition that it is
 * still active: a disabled client gets nothing back here even if KV has not caught up.
 */
export async function loadPortalHome(db: Db, slug: string, accountId: string) {
  const [agencyRows, accountRows, tripRows, docRows] = await db.batch([
    agencyBySlug(db, slug),
    db
      .select({ accountId: aliased(portalAccounts.id, "account_id"), firstName: contacts.firstName, lastName: contacts.lastName, email: portalAccounts.email })
      .from(portalAccounts)
      .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
      .innerJoin(agencies, eq(agencies.id, portalAccounts.agencyId))
      .where(and(eq(portalAccounts.id, accountId), eq(portalAccounts.status, "active"), eq(agencies.portalSlug, slug), isNull(contacts.archivedAt))),
    db
      .select({ id: aliased(trips.id, "trip_id"), title: trips.title, destination: trips.destination, startsOn: trips.startsOn, endsOn: trips.endsOn })
      .from(trips)
      .innerJoin(tripTravelers, eq(tripTravelers.tripId, trips.id))
      .innerJoin(portalAccounts, and(eq(portalAccounts.contactId, tripTravelers.contactId), eq(portalAccounts.agencyId, trips.agencyId)))
      .where(and(eq(portalAccounts.id, accountId), eq(portalAccounts.status, "active")))
      .orderBy(asc(trips.startsOn)),
    db
      .select({ id: aliased(tripDocuments.id, "document_id"), tripId: tripDocuments.tripId, kind: tripDocuments.kind, title: tripDocuments.title, amountCents: tripDocuments.amountCents, currency: tripDocuments.currency, firstSharedAt: tripDocuments.firstSharedAt })
      .from(tripDocuments)
      .innerJoin(tripTravelers, eq(tripTravelers.tripId, tripDocuments.tripId))
      .innerJoin(portalAccounts, and(eq(portalAccounts.contactId, tripTravelers.contactId), eq(portalAccounts.agencyId, tripDocuments.agencyId)))
      .where(and(eq(portalAccounts.id, accountId), eq(portalAccounts.status, "active"), isNotNull(tripDocuments.firstSharedAt)))
      .orderBy(desc(tripDocuments.firstSharedAt)),
  ]);
  const agency = agencyRows[0];
  const account = accountRows[0];
  if (!agency || !account) return null;
  return { agency, account, trips: tripRows, documents: docRows };
}

/** Accounts that can get a fresh link by email (forgot password, "Email me a fresh link"). */
export async function findAccountForFreshLink(db: Db, slug: string, email: string) {
  const rows = await db
    .select({ contactId: portalAccounts.contactId, agencyId: portalAccounts.agencyId, status: portalAccounts.status })
    .from(portalAccounts)
    .innerJoin(agencies, eq(agencies.id, portalAccounts.agencyId))
    .where(and(eq(agencies.portalSlug, slug), eq(portalAccounts.email, email.trim().toLowerCase())))
    .limit(1);
  return rows[0] ?? null;
}
