// Reads and writes of portal accounts, tokens and events for the advisor side. Plain
// functions over `db`, every statement scoped by agency.
import { and, desc, eq, getTableColumns, gt, inArray, isNotNull, ne, sql } from "drizzle-orm";
import { agencyContactEmail, agencyShell } from "../db/agencies";
import type { Db } from "../db/client";
import {
  advisors,
  agencies,
  contacts,
  type PortalEvent,
  portalAccounts,
  portalEvents,
  portalLogins,
  portalPasskeys,
  portalTokens,
} from "../db/schema";
import { normalizeEmail } from "../lib/email";
import { ADVISOR_LINK_GRACE_MINUTES, SEND_WINDOW_MINUTES } from "./lifecycle";
import { liveLink } from "./tokens";

/** The contact, scoped by agency (a statement for db.batch). */
const contactRow = (db: Db, agencyId: string, contactId: string) =>
  db
    .select()
    .from(contacts)
    .where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId)));

/** The contact's portal account, if any, scoped by agency (a statement for db.batch). */
const accountRow = (db: Db, agencyId: string, contactId: string) =>
  db
    .select()
    .from(portalAccounts)
    .where(and(eq(portalAccounts.contactId, contactId), eq(portalAccounts.agencyId, agencyId)));

/**
 * The emails a contact's mail budget counts (docs/decisions/007-mail-budgets.md): links, and the
 * sign-in codes a client asks for, which spend the client's budget alone (no actor).
 */
export const BUDGETED_SEND_KINDS: PortalEvent["kind"][] = [
  "invited",
  "resent",
  "reset_sent",
  "reactivated",
  "code_sent",
];

/** Everything the lifecycle rules need about one contact, in one round trip. */
export async function loadActionFacts(db: Db, agencyId: string, contactId: string, now: Date) {
  const windowStart = new Date(now.getTime() - SEND_WINDOW_MINUTES * 60_000);
  const graceStart = new Date(now.getTime() - ADVISOR_LINK_GRACE_MINUTES * 60_000);
  const [agencyRows, contactRows, accountRows, takenRows, sendRows, freshRows] = await db.batch([
    db
      .select({ ...getTableColumns(agencies), contactEmail: agencyContactEmail })
      .from(agencies)
      .where(eq(agencies.id, agencyId)),
    contactRow(db, agencyId, contactId),
    accountRow(db, agencyId, contactId),
    db
      .select({ n: sql<number>`count(*)` })
      .from(portalAccounts)
      .innerJoin(contacts, and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId)))
      .where(
        and(
          eq(portalAccounts.agencyId, agencyId),
          ne(portalAccounts.contactId, contactId),
          eq(portalAccounts.email, sql`lower(${contacts.email})`),
        ),
      ),
    db
      .select({
        advisor: sql<number>`count(${portalEvents.actorId})`,
        client: sql<number>`count(*) - count(${portalEvents.actorId})`,
      })
      .from(portalEvents)
      .innerJoin(portalAccounts, eq(portalAccounts.id, portalEvents.accountId))
      .where(
        and(
          eq(portalAccounts.contactId, contactId),
          eq(portalEvents.agencyId, agencyId),
          gt(portalEvents.at, windowStart),
          inArray(portalEvents.kind, BUDGETED_SEND_KINDS),
          ne(sql`coalesce(${portalEvents.deliveryStatus}, '')`, "failed"),
        ),
      ),
    db
      .select({ n: sql<number>`count(*)` })
      .from(portalTokens)
      .innerJoin(portalAccounts, eq(portalAccounts.id, portalTokens.accountId))
      .where(
        and(
          eq(portalAccounts.contactId, contactId),
          eq(portalTokens.agencyId, agencyId),
          liveLink(now),
          isNotNull(portalTokens.createdBy),
          gt(portalTokens.createdAt, graceStart),
        ),
      ),
  ]);
  const agency = agencyRows[0];
  const contact = contactRows[0];
  if (!agency || !contact) return null;
  return {
    agency,
    contact,
    account: accountRows[0] ?? null,
    emailTakenByAnotherContact: (takenRows[0]?.n ?? 0) > 0,
    recentSends: { advisor: sendRows[0]?.advisor ?? 0, client: sendRows[0]?.client ?? 0 },
    freshAdvisorLink: (freshRows[0]?.n ?? 0) > 0,
  };
}

export type ActionFacts = NonNullable<Awaited<ReturnType<typeof loadActionFacts>>>;

/**
 * The contact and its account, for archive, restore and email changes, in one round trip; with
 * `newEmail`, also whether another contact's account already signs in with that address.
 */
export async function loadContactState(db: Db, agencyId: string, contactId: string, newEmail: string | null) {
  const email = newEmail ? normalizeEmail(newEmail) : "";
  const [contactRows, accountRows, takenRows] = await db.batch([
    db
      .select({ id: contacts.id, email: contacts.email, archivedAt: contacts.archivedAt })
      .from(contacts)
      .where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId))),
    db
      .select({
        id: portalAccounts.id,
        status: portalAccounts.status,
        email: portalAccounts.email,
        lastActionId: portalAccounts.lastActionId,
      })
      .from(portalAccounts)
      .where(and(eq(portalAccounts.contactId, contactId), eq(portalAccounts.agencyId, agencyId))),
    db
      .select({ n: sql<number>`count(*)` })
      .from(portalAccounts)
      .where(
        and(
          eq(portalAccounts.agencyId, agencyId),
          ne(portalAccounts.contactId, contactId),
          eq(portalAccounts.email, email),
        ),
      ),
  ]);
  const contact = contactRows[0];
  if (!contact) return null;
  return {
    contact,
    account: accountRows[0] ?? null,
    emailTakenByAnotherContact: email !== "" && (takenRows[0]?.n ?? 0) > 0,
  };
}

/** The Access tab: account, newest link, last 10 logins and the event history, in one round trip. */
export async function loadAccessTab(db: Db, agencyId: string, contactId: string) {
  const accountId = sql`(select ${portalAccounts.id} from ${portalAccounts} where ${portalAccounts.contactId} = ${contactId} and ${portalAccounts.agencyId} = ${agencyId})`;
  const [agencyRows, contactRows, accountRows, tokenRows, loginRows, eventRows, advisorRows, passkeyRows] =
    await db.batch([
      agencyShell(db, agencyId),
      contactRow(db, agencyId, contactId),
      accountRow(db, agencyId, contactId),
      db
        .select()
        .from(portalTokens)
        .where(and(eq(portalTokens.agencyId, agencyId), eq(portalTokens.accountId, accountId)))
        .orderBy(desc(portalTokens.createdAt))
        .limit(1),
      db
        .select()
        .from(portalLogins)
        .where(and(eq(portalLogins.agencyId, agencyId), eq(portalLogins.accountId, accountId)))
        .orderBy(desc(portalLogins.at))
        .limit(10),
      db
        .select()
        .from(portalEvents)
        .where(and(eq(portalEvents.agencyId, agencyId), eq(portalEvents.accountId, accountId)))
        .orderBy(desc(portalEvents.at), desc(portalEvents.id))
        .limit(50),
      db.select({ id: advisors.id, name: advisors.name }).from(advisors).where(eq(advisors.agencyId, agencyId)),
      db
        .select({ n: sql<number>`count(*)` })
        .from(portalPasskeys)
        .where(and(eq(portalPasskeys.agencyId, agencyId), eq(portalPasskeys.accountId, accountId))),
    ]);
  const agency = agencyRows[0];
  const contact = contactRows[0];
  if (!agency || !contact) return null;
  return {
    agency,
    contact,
    account: accountRows[0] ?? null,
    newestToken: tokenRows[0] ?? null,
    logins: loginRows,
    events: eventRows,
    advisors: advisorRows,
    passkeys: passkeyRows[0]?.n ?? 0,
  };
}
