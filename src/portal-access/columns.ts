// The columns every traveler/contact listing selects to show a portal pill, so the pill comes
// from the same query as the row (one D1 round trip per page), through the account join: the
// account carries its newest link's deadline, so no list looks links up row by row.
import { sql } from "drizzle-orm";
import { type DeliveryState, portalAccounts } from "../db/schema";
import type { PortalAccountSnapshot } from "./status";

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
