// Trip reads for the dashboard. Each page's data comes back in one D1 round trip (db.batch),
// and every statement is scoped by the advisor's agency.
import { and, asc, desc, eq, sql } from "drizzle-orm";
import * as z from "zod/mini";
import { agencyShell } from "../db/agencies";
import { aliased, type Db } from "../db/client";
import { agencies, contacts, portalAccounts, tripDocuments, trips, tripTravelers } from "../db/schema";
import { containsSearch, cursorText, PAGE_SIZE, type PageRequest, searchNeedle, toPage } from "../lib/keyset";
import { portalColumns, toPortalSummary, toSnapshot, travelerPortalStates } from "../portal-access";

/** A page's key: start date (YYYY-MM-DD) and id (the list's order). */
export const tripCursor = z.tuple([cursorText, cursorText]);

export interface TripSearch {
  q: string;
  page: PageRequest<z.infer<typeof tripCursor>>;
  /** When "invited" becomes "invite expired" in the travelers' portal summary. */
  now: Date;
}

/**
 * One page of the trips list (by start date), optionally searched by title or destination, in
 * one round trip; the order is the index trips_agency_idx, and the travelers' portal states are
 * looked up for the page's rows only.
 */
export async function listTrips(db: Db, agencyId: string, search: TripSearch) {
  const [agencyRows, tripRows] = await db.batch([agencyShell(db, agencyId), tripsPageQuery(db, agencyId, search)]);
  const agency = agencyRows[0];
  if (!agency) throw new Error(`Agency ${agencyId} of a signed-in advisor is missing`);
  const page = toPage(tripRows, search.page, (t) => [t.startsOn, t.id]);
  return {
    agency,
    page: {
      ...page,
      rows: page.rows.map(({ portalStates, ...t }) => ({ ...t, portal: toPortalSummary(portalStates) })),
    },
  };
}

/** The page's statement (exported so a test can check its query plan). */
export function tripsPageQuery(db: Db, agencyId: string, search: TripSearch) {
  const { after, before } = search.page;
  const cursor = before ?? after;
  const needle = searchNeedle(search.q);
  return db
    .select({
      id: trips.id,
      title: trips.title,
      destination: trips.destination,
      startsOn: trips.startsOn,
      endsOn: trips.endsOn,
      portalStates: travelerPortalStates({ id: trips.id, agencyId: trips.agencyId }, search.now),
    })
    .from(trips)
    .where(
      and(
        eq(trips.agencyId, agencyId),
        search.q
          ? sql`(${containsSearch(sql`lower(${trips.title})`, needle)} or ${containsSearch(sql`lower(${trips.destination})`, needle)})`
          : undefined,
        cursor
          ? sql`(${trips.startsOn}, ${trips.id}) ${before ? sql`<` : sql`>`} (${cursor[0]}, ${cursor[1]})`
          : undefined,
      ),
    )
    .orderBy(...(before ? [desc(trips.startsOn), desc(trips.id)] : [asc(trips.startsOn), asc(trips.id)]))
    .limit(PAGE_SIZE + 1);
}

export const travelersQuery = (db: Db, agencyId: string, tripId: string) =>
  db
    .select({
      travelerId: aliased(tripTravelers.id, "traveler_id"),
      isPrimary: tripTravelers.isPrimary,
      position: tripTravelers.position,
      contactId: aliased(contacts.id, "contact_id"),
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      email: contacts.email,
      archivedAt: contacts.archivedAt,
      portalSlug: agencies.portalSlug,
      ...portalColumns,
    })
    .from(tripTravelers)
    .innerJoin(contacts, and(eq(contacts.id, tripTravelers.contactId), eq(contacts.agencyId, agencyId)))
    .innerJoin(agencies, eq(agencies.id, tripTravelers.agencyId))
    .leftJoin(portalAccounts, and(eq(portalAccounts.contactId, contacts.id), eq(portalAccounts.agencyId, agencyId)))
    .where(and(eq(tripTravelers.tripId, tripId), eq(tripTravelers.agencyId, agencyId)))
    .orderBy(asc(tripTravelers.position))
    .$dynamic();

export type TravelerRow = Awaited<ReturnType<typeof travelersQuery>>[number];

export function toTraveler(row: TravelerRow) {
  return { ...row, account: toSnapshot(row) };
}
export type Traveler = ReturnType<typeof toTraveler>;

export async function loadTripPage(db: Db, agencyId: string, tripId: string) {
  const [agencyRows, tripRows, travelerRows, documentRows] = await db.batch([
    agencyShell(db, agencyId),
    db
      .select()
      .from(trips)
      .where(and(eq(trips.id, tripId), eq(trips.agencyId, agencyId))),
    travelersQuery(db, agencyId, tripId),
    db
      .select()
      .from(tripDocuments)
      .where(and(eq(tripDocuments.tripId, tripId), eq(tripDocuments.agencyId, agencyId)))
      .orderBy(asc(tripDocuments.createdAt)),
  ]);
  const agency = agencyRows[0];
  const trip = tripRows[0];
  if (!agency || !trip) return null;
  return { agency, trip, travelers: travelerRows.map(toTraveler), documents: documentRows };
}

export async function loadTraveler(db: Db, agencyId: string, tripId: string, contactId: string) {
  const rows = await travelersQuery(db, agencyId, tripId).where(
    and(eq(tripTravelers.tripId, tripId), eq(tripTravelers.agencyId, agencyId), eq(tripTravelers.contactId, contactId)),
  );
  return rows[0] ? toTraveler(rows[0]) : null;
}
