// Trip reads for the dashboard. Each page's data comes back in one D1 round trip (db.batch),
// and every statement is scoped by the advisor's agency.
import { and, asc, count, eq } from "drizzle-orm";
import { agencyShell } from "../db/agencies";
import { aliased, type Db } from "../db/client";
import { contacts, portalAccounts, tripDocuments, trips, tripTravelers } from "../db/schema";
import { portalColumns, toSnapshot } from "../portal-access/columns";

export async function listTrips(db: Db, agencyId: string) {
  const [agencyRows, tripRows] = await db.batch([
    agencyShell(db, agencyId),
    db
      .select({
        id: trips.id,
        title: trips.title,
        destination: trips.destination,
        startsOn: trips.startsOn,
        endsOn: trips.endsOn,
        travelers: count(tripTravelers.id),
      })
      .from(trips)
      .leftJoin(tripTravelers, eq(tripTravelers.tripId, trips.id))
      .where(eq(trips.agencyId, agencyId))
      .groupBy(trips.id)
      .orderBy(asc(trips.startsOn)),
  ]);
  const agency = agencyRows[0];
  if (!agency) throw new Error(`Agency ${agencyId} of a signed-in advisor is missing`);
  return { agency, trips: tripRows };
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
      ...portalColumns,
    })
    .from(tripTravelers)
    .innerJoin(contacts, and(eq(contacts.id, tripTravelers.contactId), eq(contacts.agencyId, agencyId)))
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
