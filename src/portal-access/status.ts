// What the advisor sees of a portal account: derived, never stored. An invite that has
// expired is a pending account whose newest link no longer works, whatever the sweep did.
import { hasLapsed } from "./tokens";

export type PortalStatus = "none" | "pending" | "expired" | "active" | "disabled";

export interface PortalAccountSnapshot {
  status: "pending" | "active" | "disabled";
  /** When the newest link stopped or stops working (tokens.ts linkDeadline). */
  newestLinkDeadline: Date | null;
}

export function portalStatus(account: PortalAccountSnapshot | null, now: Date): PortalStatus {
  if (!account) return "none";
  if (account.status === "pending" && account.newestLinkDeadline && hasLapsed(account.newestLinkDeadline, now))
    return "expired";
  return account.status;
}

export const PILL_LABEL: Record<PortalStatus, string | null> = {
  none: null,
  pending: "Invite pending",
  expired: "Invite expired",
  active: "Portal active",
  disabled: "Access disabled",
};
