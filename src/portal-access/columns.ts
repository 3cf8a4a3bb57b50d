// The columns every traveler/contact listing selects to show a portal pill, so the pill
// comes from the same query as the row (one D1 round trip per page). A link stops working
// when it expires or is voided, whichever is first.
import { sql } from "drizzle-orm";
import { portalAccounts, portalTokens } from "../db/schema";

export const portalColumns = {
  accountId: sql<string | null>`${portalAccounts.id}`.as("portal_account_id"),
  accountStatus: sql<"pending" | "active" | "disabled" | null>`${portalAccounts.status}`.as("portal_account_status"),
  newestTokenExpiresAt: sql<number | null>`(select min(${portalTokens.expiresAt}, coalesce(${portalTokens.voidedAt}, ${portalTokens.expiresAt})) from ${portalTokens} where ${portalTokens.accountId} = ${portalAccounts.id} order by ${portalTokens.createdAt} desc limit 1)`.as(
    "newest_token_expires_at",
  ),
};

export function toSnapshot(row: { accountStatus: "pending" | "active" | "disabled" | null; newestTokenExpiresAt: number | null }) {
  return row.accountStatus ? { status: row.accountStatus, newestTokenExpiresAt: row.newestTokenExpiresAt == null ? null : new Date(row.newestTokenExpiresAt) } : null;
}
