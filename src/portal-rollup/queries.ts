// The agency's portal accounts in one list (SPEC §11): filters advisors think in, with counts,
// search, and keyset pages, newest invite first. A page is one statement, so one D1 round trip
// however many accounts the agency has: SQLite answers the agency's frame, the counts and the
// page's rows as one JSON text. The counts come from the agency's kept counts and two small
// index ranges; a page walks portal_accounts_rollup_idx in order and stops after 51 rows. The
// statement is built once per shape (filter, search or not, which way the cursor points) and
// only bound per request: building it took Drizzle longer than SQLite takes to run it.
import { type AnyColumn, and, asc, desc, eq, isNull, type Placeholder, type SQL, sql } from "drizzle-orm";
import { alias, QueryBuilder } from "drizzle-orm/sqlite-core";
import * as z from "zod/mini";
import { agencyShellJson } from "../db/agencies";
import { builtOnce, type Db, jsonObject } from "../db/client";
import {
  advisors,
  contacts,
  type DeliveryState,
  portalAccountCounts,
  portalAccounts,
  portalEvents,
} from "../db/schema";
import {
  containsSearch,
  cursorInteger,
  cursorText,
  PAGE_SIZE,
  type PageRequest,
  searchNeedle,
  toPage,
} from "../lib/keyset";
import { needsEmailFixSql, toSnapshot } from "../portal-access";
import type { ShellAgency } from "../ui/layout";

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

/** A value a query compares with: a number now, or a placeholder in a statement built once. */
type Bound = number | Placeholder;

/** The instants the filters compare with (ms since the epoch). */
export interface FilterTimes {
  now: Bound;
  threeDaysAgo: Bound;
  dayAhead: Bound;
}

export const filterTimes = (now: Date) => {
  const t = now.getTime();
  return { now: t, threeDaysAgo: t - 3 * DAY, dayAhead: t + DAY };
};

/** The condition each filter puts on portal_accounts (the list is accounts, with their contact). */
export function filterCondition(filter: RollupFilter, at: FilterTimes): SQL | undefined {
  switch (filter) {
    case "all":
      return undefined;
    case "pending-3d":
      // Invited (or last resent) more than three days ago and still not claimed, expired or not.
      return sql`(${portalAccounts.status} = 'pending' and ${portalAccounts.invitedAt} <= ${at.threeDaysAgo})`;
    case "expiring-24h":
      return sql`(${portalAccounts.status} = 'pending' and ${portalAccounts.linkDeadline} > ${at.now} and ${portalAccounts.linkDeadline} <= ${at.dayAhead})`;
    case "bounced":
      return needsEmailFixSql();
    case "never-signed-in":
      // Kept with the account at every sign-in and claim (logins.ts, claim.ts).
      return isNull(portalAccounts.lastSignInAt);
    case "disabled":
      return eq(portalAccounts.status, "disabled");
  }
}

/** A page's key: invited at (ms, 0 for never) and account id (the list's order). */
export const rollupCursor = z.tuple([cursorInteger, cursorText]);

export interface RollupSearch {
  filter: RollupFilter;
  q: string;
  page: PageRequest<z.infer<typeof rollupCursor>>;
}

/** Name or email contains the search (`needle` from searchNeedle; account emails are stored in lower case). */
function searchCondition(needle: Placeholder): SQL {
  const name = sql`lower(${contacts.firstName} || ' ' || ${contacts.lastName})`;
  return sql`(${containsSearch(name, needle)} or ${containsSearch(sql`lower(${contacts.email})`, needle)} or ${containsSearch(portalAccounts.email, needle)})`;
}

/**
 * How many accounts each filter holds, as one JSON object. Without a search, the counts that
 * don't move with the clock come from the agency's portal_account_counts row (kept by
 * triggers), and the two that do are ranges of their own index over the last three days'
 * invites and the next day's deadlines: nothing here reads every account, however many the
 * agency has. A search needs the contacts' names, so it counts every filter in one pass over
 * the accounts it finds.
 */
function countsJson(agencyId: Placeholder, at: FilterTimes, needle: Placeholder | null): SQL {
  const ofAgency = eq(portalAccounts.agencyId, agencyId);
  if (needle === null) {
    const kept = (column: AnyColumn) =>
      sql`ifnull((select ${column} from ${portalAccountCounts} where ${portalAccountCounts.agencyId} = ${agencyId}), 0)`;
    const count = (condition: SQL) => sql`(select count(*) from ${portalAccounts} where ${and(ofAgency, condition)})`;
    const pending = eq(portalAccounts.status, "pending");
    return jsonObject({
      all: kept(portalAccountCounts.accounts),
      // Pending, less those invited in the last three days (or never): filterCondition's "pending-3d".
      "pending-3d": sql`${kept(portalAccountCounts.pending)} - ${count(sql`${pending} and ${portalAccounts.invitedAt} > ${at.threeDaysAgo}`)} - ${count(sql`${pending} and ${portalAccounts.invitedAt} is null`)}`,
      "expiring-24h": count(filterCondition("expiring-24h", at) as SQL),
      bounced: kept(portalAccountCounts.bounced),
      "never-signed-in": kept(portalAccountCounts.neverSignedIn),
      disabled: kept(portalAccountCounts.disabled),
    } satisfies Record<RollupFilter, SQL>);
  }
  // A condition is 1, 0 or null in SQLite, so summing it counts the rows that meet it.
  const sums = FILTERS.map((f) => {
    const condition = filterCondition(f, at);
    return [f, condition ? sql`coalesce(sum(${condition}), 0)` : sql`count(*)`] as const;
  });
  return sql`(select ${jsonObject(Object.fromEntries(sums))} from ${portalAccounts} inner join ${contacts} on ${eq(contacts.id, portalAccounts.contactId)} where ${and(ofAgency, searchCondition(needle))})`;
}

/** One row of the list: the account, its traveler, who invited them and the newest email. */
export interface RollupRow {
  contactId: string;
  firstName: string;
  lastName: string;
  archivedAt: Date | null;
  accountId: string;
  accountEmail: string;
  accountStatus: "pending" | "active" | "disabled";
  newestLinkDeadline: number | null;
  latestDelivery: DeliveryState | null;
  invitedAt: Date | null;
  invitedBy: string | null;
  lastSignInAt: Date | null;
  latestEmailAt: Date | null;
  latestEmailKind: (typeof portalEvents.kind.enumValues)[number] | null;
}

const inviter = alias(advisors, "inviter");
const latestSend = alias(portalEvents, "latest_send");

/** Where each field of a row comes from; its keys are the keys of the page's JSON rows. */
const rowFields = {
  contactId: contacts.id,
  firstName: contacts.firstName,
  lastName: contacts.lastName,
  archivedAt: contacts.archivedAt,
  accountId: portalAccounts.id,
  accountEmail: portalAccounts.email,
  accountStatus: portalAccounts.status,
  newestLinkDeadline: sql<number | null>`${portalAccounts.linkDeadline}`,
  latestDelivery: portalAccounts.latestDelivery,
  invitedAt: portalAccounts.invitedAt,
  invitedBy: inviter.name,
  lastSignInAt: portalAccounts.lastSignInAt,
  latestEmailAt: latestSend.at,
  latestEmailKind: latestSend.kind,
};
const TIMES = ["archivedAt", "invitedAt", "lastSignInAt", "latestEmailAt"] as const;

/** A JSON row as the page statement answers it (times in ms) turned into a RollupRow. */
function fromJson(row: Record<string, unknown>): RollupRow {
  for (const key of TIMES) if (row[key] !== null) row[key] = new Date(row[key] as number);
  return row as unknown as RollupRow;
}

/** Every account of the agency as a JSON row, with its contact, inviter and newest email. */
function accountRows(agencyId: Placeholder) {
  const ofAgency = (column: AnyColumn) => eq(column, agencyId);
  return new QueryBuilder()
    .select({ row: jsonObject(rowFields).as("row") })
    .from(portalAccounts)
    .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
    .leftJoin(inviter, and(eq(inviter.id, portalAccounts.invitedBy), ofAgency(inviter.agencyId)))
    .leftJoin(latestSend, and(eq(latestSend.id, portalAccounts.latestSendId), ofAgency(latestSend.agencyId)));
}

type Shape = { filter: RollupFilter; searching: boolean; cursor: "none" | "after" | "before" };

const placeholder = {
  agencyId: sql.placeholder("agencyId"),
  needle: sql.placeholder("needle"),
  cursorAt: sql.placeholder("cursorAt"),
  cursorId: sql.placeholder("cursorId"),
  times: {
    now: sql.placeholder("now"),
    threeDaysAgo: sql.placeholder("threeDaysAgo"),
    dayAhead: sql.placeholder("dayAhead"),
  },
};

/** The rows of a shape, in the list's order (newest invite first; reversed for a page read backwards). */
function listRows(shape: Shape) {
  const { agencyId, times } = placeholder;
  const sortKey = sql`(${portalAccounts.invitedAt}, ${portalAccounts.id})`;
  const forward = shape.cursor !== "before";
  return accountRows(agencyId)
    .where(
      and(
        eq(portalAccounts.agencyId, agencyId),
        filterCondition(shape.filter, times),
        shape.searching ? searchCondition(placeholder.needle) : undefined,
        shape.cursor === "none"
          ? undefined
          : sql`${sortKey} ${forward ? sql`<` : sql`>`} (${placeholder.cursorAt}, ${placeholder.cursorId})`,
      ),
    )
    .orderBy(
      ...(forward
        ? [desc(portalAccounts.invitedAt), desc(portalAccounts.id)]
        : [asc(portalAccounts.invitedAt), asc(portalAccounts.id)]),
    );
}

/** The page statement of one shape: `{"agency": …, "counts": …, "rows": […]}` in one JSON text. */
export function rollupStatement(shape: Shape): SQL {
  const { agencyId, times } = placeholder;
  const counts = countsJson(agencyId, times, shape.searching ? placeholder.needle : null);
  const page = listRows(shape).limit(PAGE_SIZE + 1);
  // json() keeps each part an object: a value's JSON-ness doesn't survive a subquery.
  return sql`select json_object('agency', json(${agencyShellJson(agencyId)}), 'counts', json(${counts}), 'rows', (select json_group_array(json("row")) from (${page})))`;
}

/** Statements built so far, by shape: at most 6 filters × search or not × 3 cursors, and 12 exports. */
const statements = new Map<string, ReturnType<typeof builtOnce>>();

function statementFor(kind: "page" | "export", shape: Shape) {
  const key = `${kind}|${shape.filter}|${shape.searching}|${shape.cursor}`;
  let statement = statements.get(key);
  if (!statement) {
    statement = builtOnce(kind === "page" ? rollupStatement(shape) : listRows(shape).getSQL());
    statements.set(key, statement);
  }
  return statement;
}

/** A search's shape and the values its statement is bound with. */
export function rollupBinding(agencyId: string, search: RollupSearch, now: Date) {
  const cursor = search.page.before ?? search.page.after;
  const shape: Shape = {
    filter: search.filter,
    searching: search.q !== "",
    cursor: search.page.before ? "before" : search.page.after ? "after" : "none",
  };
  const values = {
    agencyId,
    ...filterTimes(now),
    needle: searchNeedle(search.q),
    cursorAt: cursor?.[0] ?? null,
    cursorId: cursor?.[1] ?? null,
  };
  return { shape, values };
}

export async function loadRollup(db: Db, agencyId: string, search: RollupSearch, now: Date) {
  const { shape, values } = rollupBinding(agencyId, search, now);
  const [[json]] = (await statementFor("page", shape)(db, values)) as [[string]];
  const answer = JSON.parse(json) as {
    agency: (ShellAgency & { id: string; portalSlug: string | null }) | null;
    counts: Record<RollupFilter, number>;
    rows: Record<string, unknown>[];
  };
  if (!answer.agency) throw new Error(`Agency ${agencyId} of a signed-in advisor is missing`);
  // json_group_array keeps the subquery's order in SQLite as it is; sorting again here (51
  // rows) keeps the page right even if a later SQLite doesn't. Backwards pages stay reversed,
  // as toPage expects.
  const sign = shape.cursor === "before" ? 1 : -1;
  const rows = answer.rows.map(fromJson).sort((a, b) => sign * compareKeys(a, b));
  const page = toPage(rows, search.page, (r) => [r.invitedAt?.getTime() ?? 0, r.accountId]);
  return {
    agency: answer.agency,
    counts: answer.counts,
    page: { ...page, rows: page.rows.map((r) => ({ ...r, account: toSnapshot(r) })) },
  };
}

/** Oldest invite first, then by account id: the list's key order. */
function compareKeys(a: RollupRow, b: RollupRow): number {
  const byTime = (a.invitedAt?.getTime() ?? 0) - (b.invitedAt?.getTime() ?? 0);
  return byTime || (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0);
}

/** Every row of the filtered list, newest invite first, for the CSV export (bounded: an agency's accounts). */
export async function rollupExport(
  db: Db,
  agencyId: string,
  view: Omit<RollupSearch, "page">,
  now: Date,
): Promise<RollupRow[]> {
  const { shape, values } = rollupBinding(agencyId, { ...view, page: { after: null, before: null } }, now);
  const rows = (await statementFor("export", shape)(db, values)) as [string][];
  return rows.map(([json]) => fromJson(JSON.parse(json)));
}
