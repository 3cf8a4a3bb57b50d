// The columns every traveler/contact listing selects to show a portal pill, so the pill comes
// from the same query as the row (one D1 round trip per page), through the account join: the
// account carries its newest link's deadline, so no list looks links up row by row. The trips
// list's "2 of 3 in the portal" comes the same way, one column per trip.
import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import { type DeliveryState, portalAccounts, tripTravelers } from "../db/schema";
import {
  inviteExpiredSql,
  type PortalAccountSnapshot,
  type PortalStatus,
  type PortalSummary,
  summarizePortal,
} from "./status";

export const portalColumns = {
  accountId: sql<string | null>`${portalAccounts.id}`.as("portal_account_id"),
  accountStatus: sql<"pending" | "active" | "disabled" | null>`${portalAccounts.status}`.as("portal_account_status"),
  newestLinkDeadline: sql<number | null>`${portalAccounts.linkDeadline}`.as("newest_link_deadline"),
  latestDelivery: sql<DeliveryState | null>`${portalAccounts.latestDelivery}`.as("latest_delivery"),
};

export function toSnapshot(row: {
  accountStatus: "pending" | "active" | "disabled" | null;
  newestLinkDeadline: number | null;
  latestDelivery: DeliveryState | null;
}): PortalAccountSnapshot | null {
  return row.accountStatus
    ? {
        status: row.accountStatus,
        newestLinkDeadline: row.newestLinkDeadline == null ? null : new Date(row.newestLinkDeadline),
        latestDelivery: row.latestDelivery,
      }
    : null;
}

/**
 * The SQL form of portalStatus over a left join of portal_accounts ('none' where there is no
 * account); a test holds the two to agree.
 */
export function portalStatusSql(now: Date): SQL<PortalStatus> {
  return sql<PortalStatus>`(case
    when ${portalAccounts.id} is null then 'none'
    when ${inviteExpiredSql(now)} then 'expired'
    else ${portalAccounts.status} end)`;
}

/**
 * A trip's travelers' portal states, comma-separated, as one column of the trip's own row: the
 * trips list's summary in the list's statement. Per trip it walks the trip's range of
 * trip_travelers_trip_contact_unique (covering: the agency check uses the trip's own) and looks
 * each account up by portal_accounts_contact_unique.
 */
export function travelerPortalStates(trip: { id: AnyColumn; agencyId: AnyColumn }, now: Date) {
  // A fragment of its own, so Drizzle keeps its columns table-qualified even in a single-table
  // select (there a bare "id" would mean trip_travelers.id, not the outer trip's).
  const states = sql`select group_concat(${portalStatusSql(now)}) from ${tripTravelers}
    left join ${portalAccounts} on ${portalAccounts.contactId} = ${tripTravelers.contactId}
      and ${portalAccounts.agencyId} = ${trip.agencyId}
    where ${tripTravelers.tripId} = ${trip.id}`;
  return sql<string | null>`(${states})`;
}

export function toPortalSummary(states: string | null): PortalSummary {
  return summarizePortal(states ? (states.split(",") as PortalStatus[]) : []);
}
