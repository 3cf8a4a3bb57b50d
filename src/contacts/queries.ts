// Contact reads for the dashboard, scoped by agency, one round trip per page.
import { and, asc, eq } from "drizzle-orm";
import { agencyShell } from "../db/agencies";
import { aliased, type Db } from "../db/client";
import { contacts, portalAccounts, trips, tripTravelers } from "../db/schema";
import { portalColumns, toSnapshot } from "../portal-access/columns";

export async function listContacts(db: Db, agencyId: string) {
  const [agencyRows, rows] = await db.batch([
    agencyShell(db, agencyId),
    db
      .select({
        id: aliased(contacts.id, "contact_id"),
        firstName: contacts.firstName,
        lastName: contacts.lastName,
        email: contacts.email,
        phone: contacts.phone,
        archivedAt: contacts.archivedAt,
        ...portalColumns,
      })
      .from(contacts)
      .leftJoin(portalAccounts, and(eq(portalAccounts.contactId, contacts.id), eq(portalAccounts.agencyId, agencyId)))
      .where(eq(contacts.agencyId, agencyId))
      .orderBy(asc(contacts.lastName), asc(contacts.firstName)),
  ]);
  const agency = agencyRows[0];
  if (!agency) throw new Error(`Agency ${agencyId} of a signed-in advisor is missing`);
  return { agency, contacts: rows.map((r) => ({ ...r, account: toSnapshot(r) })) };
}

export async function loadContactPage(db: Db, agencyId: string, contactId: string) {
  const [agencyRows, contactRows, tripRows] = await db.batch([
    agencyShell(db, agencyId),
    db
      .select({ contact: contacts, ...portalColumns })
      .from(contacts)
      .leftJoin(portalAccounts, and(eq(portalAccounts.contactId, contacts.id), eq(portalAccounts.agencyId, agencyId)))
      .where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId))),
    db
      .select({ id: trips.id, title: trips.title, startsOn: trips.startsOn, isPrimary: tripTravelers.isPrimary })
      .from(tripTravelers)
      .innerJoin(trips, eq(trips.id, tripTravelers.tripId))
      .where(and(eq(tripTravelers.contactId, contactId), eq(tripTravelers.agencyId, agencyId)))
      .orderBy(asc(trips.startsOn)),
  ]);
  const row = contactRows[0];
  if (!row || !agencyRows[0]) return null;
  return { agency: agencyRows[0], contact: row.contact, account: toSnapshot(row), trips: tripRows };
}
