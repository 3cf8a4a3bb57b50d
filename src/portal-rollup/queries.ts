// The agency's portal accounts in one list (SPEC §11): filters advisors think in, with counts,
// search, and keyset pages, newest invite first. A page, its counts and the agency's frame are
// one batch: one D1 round trip however many accounts the agency has. Both walk the index
// portal_accounts_rollup_idx: the counts read nothing else, a page stops after 51 rows.
import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { agencyShell } from "../db/agencies";
import { aliased, type Db } from "../db/client";
import { advisors, contacts, portalAccounts, portalEvents } from "../db/schema";
import { likePattern, PAGE_SIZE, type PageRequest, toPage } from "../lib/keyset";
import { toSnapshot } from "../portal-access/columns";

export const FILTERS = ["all", "pending-3d", "expiring-24h", "bounced", "never-signed-in", "disabled"] as const;
export type RollupFilter = (typeof FILTERS)[number];

export const FILTER_LABEL: Record<RollupFilter, string> = {
  all: "All",
  "pending-3d": "Pending over 3 days",
  "expiring-24h": "Expiring within 24 h",
  bounced: "Bounced",
  "never-signed-in": "Never signed in",
  disabled: "Disabled",
};

const DAY = 24 * 60 * 60 * 1000;

/** The condition each filter puts on portal_accounts (the list is accounts, with their contact). */
export function filterCondition(filter: RollupFilter, now: Date): SQL | undefined {
  const t = now.getTime();
  switch (filter) {
    case "all":
      return undefined;
    case "pending-3d":
      // Invited (or last resent) more than three days ago and still not claimed, expired or not.
      return sql`(${portalAccounts.status} = 'pending' and ${portalAccounts.invitedAt} <= ${t - 3 * DAY})`;
    case "expiring-24h":
      return sql`(${portalAccounts.status} = 'pending' and ${portalAccounts.linkDeadline} > ${t} and ${portalAccounts.linkDeadline} <= ${t + DAY})`;
    case "bounced":
      return inArray(portalAccounts.latestDelivery, ["bounced", "complaint"]);
    case "never-signed-in":
      // Kept with the account at every sign-in and claim (logins.ts, claim.ts).
      return isNull(portalAccounts.lastSignInAt);
    case "disabled":
      return eq(portalAccounts.status, "disabled");
  }
}

export interface RollupSearch {
  filter: RollupFilter;
  q: string;
  page: PageRequest;
}

function searchCondition(q: string): SQL | undefined {
  if (!q) return undefined;
  const pattern = likePattern(q);
  return sql`(lower(${contacts.firstName} || ' ' || ${contacts.lastName}) like ${pattern} escape '\\' or lower(${contacts.email}) like ${pattern} escape '\\' or ${portalAccounts.email} like ${pattern} escape '\\')`;
}

/** How many accounts each filter holds (with the search applied), as one row. */
export function countsQuery(db: Db, agencyId: string, q: string, now: Date) {
  // A condition is 1, 0 or null in SQLite, so summing it counts the rows that meet it.
  const count = (filter: RollupFilter) => {
    const condition = filterCondition(filter, now);
    return condition ? sql<number>`coalesce(sum(${condition}), 0)` : sql<number>`count(*)`;
  };
  const columns = Object.fromEntries(FILTERS.map((f) => [f, count(f).as(`n_${f.replace(/-/g, "_")}`)])) as Record<
    RollupFilter,
    SQL.Aliased<number>
  >;
  const ofAgency = eq(portalAccounts.agencyId, agencyId);
  // Without a search the counts read only the index; a search needs the contacts' names.
  if (!q) return db.select(columns).from(portalAccounts).where(ofAgency);
  return db
    .select(columns)
    .from(portalAccounts)
    .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
    .where(and(ofAgency, searchCondition(q)));
}

const inviter = alias(advisors, "inviter");
const latestSend = alias(portalEvents, "latest_send");

const rowColumns = {
  contactId: aliased(contacts.id, "contact_id"),
  firstName: contacts.firstName,
  lastName: contacts.lastName,
  contactEmail: aliased(contacts.email, "contact_email"),
  archivedAt: contacts.archivedAt,
  accountId: aliased(portalAccounts.id, "account_id"),
  accountEmail: aliased(portalAccounts.email, "account_email"),
  accountStatus: sql<"pending" | "active" | "disabled">`${portalAccounts.status}`.as("portal_account_status"),
  newestLinkDeadline: sql<number | null>`${portalAccounts.linkDeadline}`.as("newest_link_deadline"),
  latestDelivery: portalAccounts.latestDelivery,
  invitedAt: portalAccounts.invitedAt,
  invitedBy: aliased(inviter.name, "invited_by_name"),
  lastSignInAt: portalAccounts.lastSignInAt,
  latestEmailAt: aliased(latestSend.at, "latest_email_at"),
  latestEmailKind: aliased(latestSend.kind, "latest_email_kind"),
};

function rowsFrom(db: Db, agencyId: string) {
  return db
    .select(rowColumns)
    .from(portalAccounts)
    .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
    .leftJoin(inviter, and(eq(inviter.id, portalAccounts.invitedBy), eq(inviter.agencyId, agencyId)))
    .leftJoin(latestSend, and(eq(latestSend.id, portalAccounts.latestSendId), eq(latestSend.agencyId, agencyId)))
    .$dynamic();
}

const sortKey = sql`(${portalAccounts.invitedAt}, ${portalAccounts.id})`;

/** One page of the list, newest invite first (exported so a test can check its query plan). */
export function rollupPageQuery(db: Db, agencyId: string, search: RollupSearch, now: Date) {
  const { after, before } = search.page;
  const cursor = before ?? after;
  return rowsFrom(db, agencyId)
    .where(
      and(
        eq(portalAccounts.agencyId, agencyId),
        filterCondition(search.filter, now),
        searchCondition(search.q),
        cursor ? sql`${sortKey} ${before ? sql`>` : sql`<`} (${cursor[0]}, ${cursor[1]})` : undefined,
      ),
    )
    .orderBy(
      ...(before
        ? [asc(portalAccounts.invitedAt), asc(portalAccounts.id)]
        : [desc(portalAccounts.invitedAt), desc(portalAccounts.id)]),
    )
    .limit(PAGE_SIZE + 1);
}

export type RollupRow = Awaited<ReturnType<typeof rollupPageQuery>>[number];

export async function loadRollup(db: Db, agencyId: string, search: RollupSearch, now: Date) {
  const [agencyRows, countRows, rows] = await db.batch([
    agencyShell(db, agencyId),
    countsQuery(db, agencyId, search.q, now),
    rollupPageQuery(db, agencyId, search, now),
  ]);
  const agency = agencyRows[0];
  if (!agency) throw new Error(`Agency ${agencyId} of a signed-in advisor is missing`);
  const page = toPage(rows, search.page, (r) => [r.invitedAt?.getTime() ?? 0, r.accountId]);
  return {
    agency,
    counts: countRows[0] as Record<RollupFilter, number>,
    page: { ...page, rows: page.rows.map((r) => ({ ...r, account: toSnapshot(r) })) },
  };
}

/** Every row of the filtered list, for the CSV export (bounded: an agency's accounts). */
export function rollupExportQuery(db: Db, agencyId: string, search: Omit<RollupSearch, "page">, now: Date) {
  return rowsFrom(db, agencyId)
    .where(and(eq(portalAccounts.agencyId, agencyId), filterCondition(search.filter, now), searchCondition(search.q)))
    .orderBy(desc(portalAccounts.invitedAt), desc(portalAccounts.id));
}
