// The signed-in portal's pages, each one statement answering JSON (SPEC §12): the portal home (a
// page of the client's trips with their newest shared documents) and a shared document. Each
// statement is built once per shape with placeholders and only bound per request, as the roll-up
// does (decision 011): building the batch of four Drizzle queries the home used to run took the
// Worker longer than SQLite takes to answer it, and its page of trips was worked out twice. The
// account is read with the condition that it is still active: a disabled client gets nothing
// back even if KV has not caught up (SPEC §8).
import { and, asc, desc, eq, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/sqlite-core";
import { type PortalAgency, portalAgencyJson } from "../db/agencies";
import { builtOnce, type Db, jsonObject } from "../db/client";
import { advisors, agencies, contacts, portalAccounts, tripDocuments, trips, tripTravelers } from "../db/schema";

export const TRIPS_PER_PAGE = 10;
export const DOCUMENTS_PER_TRIP = 5;
/** One trip's page shows all its documents (bounded: a trip has a handful). */
const DOCUMENTS_OF_ONE_TRIP = 500;

const p = {
  slug: sql.placeholder("slug"),
  accountId: sql.placeholder("accountId"),
  today: sql.placeholder("today"),
  tripId: sql.placeholder("tripId"),
  limit: sql.placeholder("limit"),
  offset: sql.placeholder("offset"),
  perTrip: sql.placeholder("perTrip"),
  documentId: sql.placeholder("documentId"),
};

const mine = () => and(eq(portalAccounts.id, p.accountId), eq(portalAccounts.status, "active"));

/** The client, with who invited them, if the account is active, of this portal, and its contact not archived. */
const accountJson = sql`(select ${jsonObject({
  accountId: portalAccounts.id,
  firstName: contacts.firstName,
  lastName: contacts.lastName,
  language: contacts.language,
  email: portalAccounts.email,
  advisorName: advisors.name,
  advisorEmail: advisors.email,
})} from ${portalAccounts}
  inner join ${contacts} on ${eq(contacts.id, portalAccounts.contactId)}
  inner join ${agencies} on ${eq(agencies.id, portalAccounts.agencyId)}
  left join ${advisors} on ${and(eq(advisors.id, portalAccounts.invitedBy), eq(advisors.agencyId, portalAccounts.agencyId))}
  where ${and(mine(), eq(agencies.portalSlug, p.slug), isNull(contacts.archivedAt))})`;

/**
 * The home's statement: the page of trips (upcoming ones first, soonest first, then past ones,
 * latest first) as a CTE SQLite works out once, the trips' JSON, and each trip's newest shared
 * documents (at most `perTrip`) with a count of all of them.
 */
function homeStatement(oneTrip: boolean): SQL {
  const past = sql`(${trips.endsOn} < ${p.today})`;
  const order = [
    past,
    sql`case when ${past} then null else ${trips.startsOn} end`,
    desc(trips.startsOn),
    asc(trips.id),
  ];
  const page = new QueryBuilder()
    .select({
      id: trips.id,
      title: trips.title,
      destination: trips.destination,
      startsOn: trips.startsOn,
      endsOn: trips.endsOn,
      position: sql<number>`row_number() over (order by ${sql.join(order, sql`, `)})`.as("position"),
    })
    .from(trips)
    .innerJoin(tripTravelers, eq(tripTravelers.tripId, trips.id))
    .innerJoin(
      portalAccounts,
      and(eq(portalAccounts.contactId, tripTravelers.contactId), eq(portalAccounts.agencyId, trips.agencyId)),
    )
    .where(and(mine(), oneTrip ? eq(trips.id, p.tripId) : undefined))
    .orderBy(...order)
    .limit(p.limit)
    .offset(p.offset);
  const ranked = sql`select ${tripDocuments.id} as id, ${tripDocuments.tripId} as trip_id, ${tripDocuments.kind} as kind,
      ${tripDocuments.title} as title, ${tripDocuments.amountCents} as amount_cents, ${tripDocuments.currency} as currency,
      ${tripDocuments.firstSharedAt} as first_shared_at,
      row_number() over (partition by ${tripDocuments.tripId} order by ${tripDocuments.firstSharedAt} desc) as n,
      count(*) over (partition by ${tripDocuments.tripId}) as shared_on_trip
    from ${tripDocuments}
    where ${tripDocuments.tripId} in (select id from page) and ${isNotNull(tripDocuments.firstSharedAt)}`;
  const documents = sql`(select json_group_array(json_object('id', id, 'tripId', trip_id, 'kind', kind, 'title', title,
      'amountCents', amount_cents, 'currency', currency, 'firstSharedAt', first_shared_at, 'sharedOnTrip', shared_on_trip))
    from (${ranked}) where n <= ${p.perTrip})`;
  const tripsJson = sql`(select json_group_array(json_object('id', id, 'title', title, 'destination', destination,
      'startsOn', starts_on, 'endsOn', ends_on, 'position', position)) from page)`;
  return sql`with page as ${page} select json_object('agency', json(${portalAgencyJson(p.slug)}),
    'account', json(${accountJson}), 'trips', json(${tripsJson}), 'documents', json(${documents}))`;
}

const home = { all: builtOnce(homeStatement(false)), oneTrip: builtOnce(homeStatement(true)) };

export interface HomeTrip {
  id: string;
  title: string;
  destination: string;
  startsOn: string;
  endsOn: string;
}

/**
 * The portal home in one round trip, bounded however many trips a client is on; with `tripId`,
 * that one trip with all its documents. Null when the client may not see it.
 */
export async function loadPortalHome(
  db: Db,
  slug: string,
  accountId: string,
  view: { page: number; tripId?: string; today: string },
) {
  const statement = view.tripId ? home.oneTrip : home.all;
  const [[json]] = (await statement(db, {
    slug,
    accountId,
    today: view.today,
    tripId: view.tripId ?? null,
    limit: TRIPS_PER_PAGE + 1,
    offset: (view.page - 1) * TRIPS_PER_PAGE,
    perTrip: view.tripId ? DOCUMENTS_OF_ONE_TRIP : DOCUMENTS_PER_TRIP,
  })) as [[string]];
  const answer = JSON.parse(json) as {
    agency: PortalAgency | null;
    account: {
      accountId: string;
      firstName: string;
      lastName: string;
      language: string | null;
      email: string;
      advisorName: string | null;
      advisorEmail: string | null;
    } | null;
    trips: (HomeTrip & { position: number })[];
    documents: {
      id: string;
      tripId: string;
      kind: "invoice" | "proposal";
      title: string;
      amountCents: number;
      currency: string;
      firstSharedAt: number;
      sharedOnTrip: number;
    }[];
  };
  const { agency, account } = answer;
  if (!agency || !account) return null;
  // json_group_array keeps the page's order in SQLite as it is; the trips are put back in the
  // page's order by their position there, so a later SQLite can't reorder what the client sees.
  const inOrder = answer.trips.sort((a, b) => a.position - b.position).map(({ position: _, ...t }) => t);
  return {
    agency,
    account,
    trips: inOrder.slice(0, TRIPS_PER_PAGE),
    documents: answer.documents
      .map((d) => ({ ...d, firstSharedAt: new Date(d.firstSharedAt) }))
      .sort((a, b) => b.firstSharedAt.getTime() - a.firstSharedAt.getTime()),
    page: view.page,
    hasMore: answer.trips.length > TRIPS_PER_PAGE,
  };
}

// Two objects, not one: D1 allows a function 32 arguments (json_object takes two a field).
const documentFields = jsonObject({
  id: tripDocuments.id,
  kind: tripDocuments.kind,
  title: tripDocuments.title,
  description: tripDocuments.description,
  lineItems: sql`json(${tripDocuments.lineItems})`,
  amountCents: tripDocuments.amountCents,
  currency: tripDocuments.currency,
  firstSharedAt: tripDocuments.firstSharedAt,
});
const documentContext = jsonObject({
  tripId: trips.id,
  tripTitle: trips.title,
  destination: trips.destination,
  startsOn: trips.startsOn,
  endsOn: trips.endsOn,
  firstName: contacts.firstName,
  lastName: contacts.lastName,
  language: contacts.language,
  advisorName: advisors.name,
  advisorEmail: advisors.email,
});
const documentStatement = builtOnce(
  sql`select json_object('agency', json(${portalAgencyJson(p.slug)}), 'document', json((select json_object(
      'fields', json(${documentFields}), 'context', json(${documentContext})) from ${tripDocuments}
    inner join ${trips} on ${and(eq(trips.id, tripDocuments.tripId), eq(trips.agencyId, tripDocuments.agencyId))}
    inner join ${tripTravelers} on ${eq(tripTravelers.tripId, trips.id)}
    inner join ${portalAccounts} on ${and(eq(portalAccounts.contactId, tripTravelers.contactId), eq(portalAccounts.agencyId, trips.agencyId))}
    inner join ${contacts} on ${eq(contacts.id, portalAccounts.contactId)}
    inner join ${agencies} on ${eq(agencies.id, portalAccounts.agencyId)}
    left join ${advisors} on ${and(eq(advisors.id, tripDocuments.firstSharedBy), eq(advisors.agencyId, tripDocuments.agencyId))}
    where ${and(
      eq(tripDocuments.id, p.documentId),
      mine(),
      eq(agencies.portalSlug, p.slug),
      isNull(contacts.archivedAt),
      isNotNull(tripDocuments.firstSharedAt),
    )} limit 1)))`,
);

type DocumentContext = Pick<
  PortalDocument,
  | "tripId"
  | "tripTitle"
  | "destination"
  | "startsOn"
  | "endsOn"
  | "firstName"
  | "lastName"
  | "language"
  | "advisorName"
  | "advisorEmail"
>;

export interface PortalDocument {
  id: string;
  kind: "invoice" | "proposal";
  title: string;
  description: string | null;
  lineItems: { label: string; amountCents: number }[] | null;
  amountCents: number;
  currency: string;
  firstSharedAt: Date | null;
  tripId: string;
  tripTitle: string;
  destination: string;
  startsOn: string;
  endsOn: string;
  /** The traveler viewing it: a printed copy says whom it was for. */
  firstName: string;
  lastName: string;
  /** The traveler's language (null: the agency's), SPEC §14. */
  language: string | null;
  advisorName: string | null;
  advisorEmail: string | null;
}

/**
 * One shared document, in one round trip: only a document shared on a trip this client is on,
 * of this portal's agency, while the account is active; anything else is null (a 404 like any
 * unknown id). With the trip, who shared it, and the agency's branding.
 */
export async function loadPortalDocument(db: Db, slug: string, accountId: string, documentId: string) {
  const [[json]] = (await documentStatement(db, { slug, accountId, documentId })) as [[string]];
  const answer = JSON.parse(json) as {
    agency: PortalAgency | null;
    document: {
      fields: Omit<PortalDocument, "firstSharedAt" | keyof DocumentContext> & { firstSharedAt: number | null };
      context: DocumentContext;
    } | null;
  };
  const { agency, document } = answer;
  if (!agency || !document) return null;
  const { fields, context } = document;
  return {
    agency,
    document: {
      ...fields,
      ...context,
      firstSharedAt: fields.firstSharedAt === null ? null : new Date(fields.firstSharedAt),
    } satisfies PortalDocument,
  };
}
