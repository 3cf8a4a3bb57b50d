// Reads behind the client portal: the agency behind a portal URL, the account an email signs
// in to, and the portal home. Each page is one D1 round trip. An account is reached only
// through its contact's current email: after an advisor corrects the email, the old address
// finds nothing (docs/decisions/005-email-change-cuts-off-old-address.md).
import { and, asc, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { agencyBySlug, type PortalAgency } from "../db/agencies";
import { aliased, type Db } from "../db/client";
import { agencies, contacts, portalAccounts, tripDocuments, trips, tripTravelers } from "../db/schema";

export async function findPortalAgency(db: Db, slug: string): Promise<PortalAgency | null> {
  return (await agencyBySlug(db, slug))[0] ?? null;
}

/** The account this email signs in to on this portal: matched on the contact's email as it is now. */
function accountByEmail(slug: string, email: string) {
  return and(
    eq(agencies.portalSlug, slug),
    eq(portalAccounts.email, email.trim().toLowerCase()),
    eq(portalAccounts.email, sql`lower(trim(${contacts.email}))`),
  );
}

export async function findAccountForSignIn(db: Db, slug: string, email: string) {
  const rows = await db
    .select({
      accountId: aliased(portalAccounts.id, "account_id"),
      agencyId: portalAccounts.agencyId,
      status: portalAccounts.status,
      passwordHash: portalAccounts.passwordHash,
      contactId: portalAccounts.contactId,
      firstName: contacts.firstName,
    })
    .from(portalAccounts)
    .innerJoin(agencies, eq(agencies.id, portalAccounts.agencyId))
    .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
    .where(accountByEmail(slug, email))
    .limit(1);
  return rows[0] ?? null;
}

/** Accounts that can get a fresh link by email (forgot password, "Email me a fresh link"). */
export async function findAccountForFreshLink(db: Db, slug: string, email: string) {
  const rows = await db
    .select({ contactId: portalAccounts.contactId, agencyId: portalAccounts.agencyId, status: portalAccounts.status })
    .from(portalAccounts)
    .innerJoin(agencies, eq(agencies.id, portalAccounts.agencyId))
    .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
    .where(accountByEmail(slug, email))
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
      .select({
        accountId: aliased(portalAccounts.id, "account_id"),
        firstName: contacts.firstName,
        lastName: contacts.lastName,
        email: portalAccounts.email,
      })
      .from(portalAccounts)
      .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
      .innerJoin(agencies, eq(agencies.id, portalAccounts.agencyId))
      .where(
        and(
          eq(portalAccounts.id, accountId),
          eq(portalAccounts.status, "active"),
          eq(agencies.portalSlug, slug),
          isNull(contacts.archivedAt),
        ),
      ),
    db
      .select({
        id: aliased(trips.id, "trip_id"),
        title: trips.title,
        destination: trips.destination,
        startsOn: trips.startsOn,
        endsOn: trips.endsOn,
      })
      .from(trips)
      .innerJoin(tripTravelers, eq(tripTravelers.tripId, trips.id))
      .innerJoin(
        portalAccounts,
        and(eq(portalAccounts.contactId, tripTravelers.contactId), eq(portalAccounts.agencyId, trips.agencyId)),
      )
      .where(and(eq(portalAccounts.id, accountId), eq(portalAccounts.status, "active")))
      .orderBy(asc(trips.startsOn)),
    db
      .select({
        id: aliased(tripDocuments.id, "document_id"),
        tripId: tripDocuments.tripId,
        kind: tripDocuments.kind,
        title: tripDocuments.title,
        amountCents: tripDocuments.amountCents,
        currency: tripDocuments.currency,
        firstSharedAt: tripDocuments.firstSharedAt,
      })
      .from(tripDocuments)
      .innerJoin(tripTravelers, eq(tripTravelers.tripId, tripDocuments.tripId))
      .innerJoin(
        portalAccounts,
        and(eq(portalAccounts.contactId, tripTravelers.contactId), eq(portalAccounts.agencyId, tripDocuments.agencyId)),
      )
      .where(
        and(
          eq(portalAccounts.id, accountId),
          eq(portalAccounts.status, "active"),
          isNotNull(tripDocuments.firstSharedAt),
        ),
      )
      .orderBy(desc(tripDocuments.firstSharedAt)),
  ]);
  const agency = agencyRows[0];
  const account = accountRows[0];
  if (!agency || !account) return null;
  return { agency, account, trips: tripRows, documents: docRows };
}
