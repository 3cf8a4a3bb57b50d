// Contact reads for the dashboard, scoped by agency, one round trip per page.
import { and, asc, desc, eq, sql } from "drizzle-orm";
import * as z from "zod/mini";
import { agencyShell } from "../db/agencies";
import { aliased, type Db } from "../db/client";
import { contacts, portalAccounts, trips, tripTravelers } from "../db/schema";
import { containsSearch, cursorText, PAGE_SIZE, type PageRequest, searchNeedle, toPage } from "../lib/keyset";
import { portalColumns, toSnapshot } from "../portal-access";

/**
 * One page of the contacts list (by last name, first name), optionally searched by name or
 * email, in one round trip. The order is the index contacts_agency_name_idx, so any page costs
 * what the first costs; the portal pill and the last sign-in come from the account join.
 */
export async function listContacts(db: Db, agencyId: string, search: ListSearch) {
  const [agencyRows, rows] = await db.batch([agencyShell(db, agencyId), contactsPageQuery(db, agencyId, search)]);
  const agency = agencyRows[0];
  if (!agency) throw new Error(`Agency ${agencyId} of a signed-in advisor is missing`);
  const page = toPage(rows, search.page, (r) => [r.lastName, r.firstName, r.id]);
  return { agency, page: { ...page, rows: page.rows.map((r) => ({ ...r, account: toSnapshot(r) })) } };
}

/** A page's key: last name, first name, id (the list's order). */
export const contactCursor = z.tuple([cursorText, cursorText, cursorText]);

export interface ListSearch {
  q: string;
  page: PageRequest<z.infer<typeof contactCursor>>;
}

/** The page's statement (exported so a test can check its query plan). */
export function contactsPageQuery(db: Db, agencyId: string, search: ListSearch) {
  const { after, before } = search.page;
  const cursor = before ?? after;
  const key = sql`(${contacts.lastName}, ${contacts.firstName}, ${contacts.id})`;
  const needle = searchNeedle(search.q);
  return db
    .select({
      id: aliased(contacts.id, "contact_id"),
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      email: contacts.email,
      phone: contacts.phone,
      archivedAt: contacts.archivedAt,
      ...portalColumns,
      // Stamped by sign-in and claim (portal-access), so no row reads the login history.
      lastSignInAt: portalAccounts.lastSignInAt,
    })
    .from(contacts)
    .leftJoin(portalAccounts, and(eq(portalAccounts.contactId, contacts.id), eq(portalAccounts.agencyId, agencyId)))
    .where(
      and(
        eq(contacts.agencyId, agencyId),
        search.q
          ? sql`(${containsSearch(sql`lower(${contacts.firstName} || ' ' || ${contacts.lastName})`, needle)} or ${containsSearch(sql`lower(${contacts.email})`, needle)})`
          : undefined,
        cursor ? sql`${key} ${before ? sql`<` : sql`>`} (${cursor[0]}, ${cursor[1]}, ${cursor[2]})` : undefined,
      ),
    )
    .orderBy(
      ...(before
        ? [desc(contacts.lastName), desc(contacts.firstName), desc(contacts.id)]
        : [asc(contacts.lastName), asc(contacts.firstName), asc(contacts.id)]),
    )
    .limit(PAGE_SIZE + 1);
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

/** Just the contact's name, for an answer that names them (a refused action); null if not the agency's. */
export async function loadContactName(db: Db, agencyId: string, contactId: string) {
  const rows = await db
    .select({ firstName: contacts.firstName, lastName: contacts.lastName })
    .from(contacts)
    .where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId)));
  return rows[0] ?? null;
}
