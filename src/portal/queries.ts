// Reads behind the client portal: the agency behind a portal URL, the account an email signs
// in to, and the portal home. Each page is one D1 round trip. An account is reached only
// through its contact's current email: after an advisor corrects the email, the old address
// finds nothing (docs/decisions/005-email-change-cuts-off-old-address.md).
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { agencyBySlug, type PortalAgency } from "../db/agencies";
import { aliased, type Db } from "../db/client";
import {
  advisors,
  agencies,
  contacts,
  portalAccounts,
  portalSlugRedirects,
  tripDocuments,
  trips,
  tripTravelers,
} from "../db/schema";
import { normalizeEmail } from "../lib/email";

export async function findPortalAgency(db: Db, slug: string): Promise<PortalAgency | null> {
  return (await agencyBySlug(db, slug))[0] ?? null;
}

/**
 * Where an old slug's portal lives now: the current slug of the agency that kept the old one
 * redirecting (Settings → Branding), or null.
 */
export async function findMovedPortalSlug(db: Db, oldSlug: string): Promise<string | null> {
  const rows = await db
    .select({ slug: agencies.portalSlug })
    .from(portalSlugRedirects)
    .innerJoin(agencies, eq(agencies.id, portalSlugRedirects.agencyId))
    .where(eq(portalSlugRedirects.slug, oldSlug))
    .limit(1);
  const slug = rows[0]?.slug ?? null;
  return slug === oldSlug ? null : slug;
}

/** The account this email signs in to on this portal: matched on the contact's email as it is now. */
function accountByEmail(slug: string, email: string) {
  return and(
    eq(agencies.portalSlug, slug),
    eq(portalAccounts.email, normalizeEmail(email)),
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

export const TRIPS_PER_PAGE = 10;
export const DOCUMENTS_PER_TRIP = 5;

/**
 * The portal home in one round trip, bounded however many trips a client is on: a page of
 * trips, upcoming ones first (soonest first), then past ones (latest first), and for each at most
 * DOCUMENTS_PER_TRIP shared documents with a count of the rest. With `tripId`, that one trip with
 * all its documents. The account row is read with the condition that it is still active: a
 * disabled client gets nothing back here even if KV has not caught up.
 */
export async function loadPortalHome(
  db: Db,
  slug: string,
  accountId: string,
  view: { page: number; tripId?: string; today: string },
) {
  const mine = and(eq(portalAccounts.id, accountId), eq(portalAccounts.status, "active"));
  const past = sql`(${trips.endsOn} < ${view.today})`;
  const pageOfTrips = db
    .select({ id: trips.id })
    .from(trips)
    .innerJoin(tripTravelers, eq(tripTravelers.tripId, trips.id))
    .innerJoin(
      portalAccounts,
      and(eq(portalAccounts.contactId, tripTravelers.contactId), eq(portalAccounts.agencyId, trips.agencyId)),
    )
    .where(and(mine, view.tripId ? eq(trips.id, view.tripId) : undefined))
    .orderBy(past, sql`case when ${past} then null else ${trips.startsOn} end`, desc(trips.startsOn), asc(trips.id))
    .limit(TRIPS_PER_PAGE + 1)
    .offset((view.page - 1) * TRIPS_PER_PAGE);
  const perTrip = view.tripId ? 500 : DOCUMENTS_PER_TRIP;
  const [agencyRows, accountRows, tripRows, docRows] = await db.batch([
    agencyBySlug(db, slug),
    db
      .select({
        accountId: aliased(portalAccounts.id, "account_id"),
        firstName: contacts.firstName,
        lastName: contacts.lastName,
        email: portalAccounts.email,
        advisorName: aliased(advisors.name, "advisor_name"),
        advisorEmail: aliased(advisors.email, "advisor_email"),
      })
      .from(portalAccounts)
      .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
      .innerJoin(agencies, eq(agencies.id, portalAccounts.agencyId))
      .leftJoin(
        advisors,
        and(eq(advisors.id, portalAccounts.invitedBy), eq(advisors.agencyId, portalAccounts.agencyId)),
      )
      .where(and(mine, eq(agencies.portalSlug, slug), isNull(contacts.archivedAt))),
    db
      .select({
        id: aliased(trips.id, "trip_id"),
        title: trips.title,
        destination: trips.destination,
        startsOn: trips.startsOn,
        endsOn: trips.endsOn,
      })
      .from(trips)
      .where(inArray(trips.id, pageOfTrips))
      .orderBy(past, sql`case when ${past} then null else ${trips.startsOn} end`, desc(trips.startsOn), asc(trips.id)),
    db
      .select({
        id: sql<string>`id`,
        tripId: sql<string>`trip_id`,
        kind: sql<"invoice" | "proposal">`kind`,
        title: sql<string>`title`,
        amountCents: sql<number>`amount_cents`,
        currency: sql<string>`currency`,
        firstSharedAt: sql<number>`first_shared_at`,
        sharedOnTrip: sql<number>`shared_on_trip`,
      })
      .from(
        sql`(select ${tripDocuments.id} as id, ${tripDocuments.tripId} as trip_id, ${tripDocuments.kind} as kind, ${tripDocuments.title} as title,
              ${tripDocuments.amountCents} as amount_cents, ${tripDocuments.currency} as currency, ${tripDocuments.firstSharedAt} as first_shared_at,
              row_number() over (partition by ${tripDocuments.tripId} order by ${tripDocuments.firstSharedAt} desc) as n,
              count(*) over (partition by ${tripDocuments.tripId}) as shared_on_trip
            from ${tripDocuments}
            where ${tripDocuments.tripId} in ${pageOfTrips} and ${tripDocuments.firstSharedAt} is not null
              and exists (select 1 from ${portalAccounts} where ${mine}))`,
      )
      .where(sql`n <= ${perTrip}`)
      .orderBy(sql`first_shared_at desc`),
  ]);
  const agency = agencyRows[0];
  const account = accountRows[0];
  if (!agency || !account) return null;
  const hasMore = tripRows.length > TRIPS_PER_PAGE;
  return {
    agency,
    account,
    trips: tripRows.slice(0, TRIPS_PER_PAGE),
    documents: docRows.map((d) => ({ ...d, firstSharedAt: new Date(d.firstSharedAt) })),
    page: view.page,
    hasMore,
  };
}

/**
 * One shared document, in one round trip: only a document shared on a trip this client is on,
 * of this portal's agency, while the account is active; anything else is null (a 404 like any
 * unknown id). With the trip, who shared it, and the agency's branding.
 */
export async function loadPortalDocument(db: Db, slug: string, accountId: string, documentId: string) {
  const [agencyRows, docRows] = await db.batch([
    agencyBySlug(db, slug),
    db
      .select({
        id: aliased(tripDocuments.id, "document_id"),
        kind: tripDocuments.kind,
        title: tripDocuments.title,
        description: tripDocuments.description,
        lineItems: tripDocuments.lineItems,
        amountCents: tripDocuments.amountCents,
        currency: tripDocuments.currency,
        firstSharedAt: tripDocuments.firstSharedAt,
        tripId: aliased(trips.id, "trip_id"),
        tripTitle: aliased(trips.title, "trip_title"),
        destination: trips.destination,
        startsOn: trips.startsOn,
        endsOn: trips.endsOn,
        firstName: contacts.firstName,
        lastName: contacts.lastName,
        advisorName: aliased(advisors.name, "advisor_name"),
        advisorEmail: aliased(advisors.email, "advisor_email"),
      })
      .from(tripDocuments)
      .innerJoin(trips, and(eq(trips.id, tripDocuments.tripId), eq(trips.agencyId, tripDocuments.agencyId)))
      .innerJoin(tripTravelers, eq(tripTravelers.tripId, trips.id))
      .innerJoin(
        portalAccounts,
        and(eq(portalAccounts.contactId, tripTravelers.contactId), eq(portalAccounts.agencyId, trips.agencyId)),
      )
      .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
      .innerJoin(agencies, eq(agencies.id, portalAccounts.agencyId))
      .leftJoin(
        advisors,
        and(eq(advisors.id, tripDocuments.firstSharedBy), eq(advisors.agencyId, tripDocuments.agencyId)),
      )
      .where(
        and(
          eq(tripDocuments.id, documentId),
          eq(portalAccounts.id, accountId),
          eq(portalAccounts.status, "active"),
          eq(agencies.portalSlug, slug),
          isNull(contacts.archivedAt),
          isNotNull(tripDocuments.firstSharedAt),
        ),
      )
      .limit(1),
  ]);
  const agency = agencyRows[0];
  const document = docRows[0];
  return agency && document ? { agency, document } : null;
}

/** Whether the account may use the portal now (after KV said its sessions were revoked: turned off, or a reset elsewhere?). */
export async function isAccountActive(db: Db, accountId: string): Promise<boolean> {
  const [row] = await db
    .select({ status: portalAccounts.status })
    .from(portalAccounts)
    .where(eq(portalAccounts.id, accountId));
  return row?.status === "active";
}

/** The address an account signs in with: after a reset claim, the sign-in form is filled with it. */
export async function findSignInEmail(db: Db, agencyId: string, accountId: string): Promise<string | null> {
  const [row] = await db
    .select({ email: portalAccounts.email })
    .from(portalAccounts)
    .where(and(eq(portalAccounts.id, accountId), eq(portalAccounts.agencyId, agencyId)));
  return row?.email ?? null;
}
