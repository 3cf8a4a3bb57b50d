// What the advisor sees of a portal account: derived, never stored. An invite that has
// expired is a pending account whose newest link no longer works, whatever the sweep did.
import type { DeliveryState } from "../db/schema";
import { hasLapsed } from "./tokens";

export type PortalStatus = "none" | "pending" | "expired" | "active" | "disabled";

export interface PortalAccountSnapshot {
  status: "pending" | "active" | "disabled";
  /** When the newest link stopped or stops working (tokens.ts linkDeadline). */
  newestLinkDeadline: Date | null;
  /** What became of the newest portal email. */
  latestDelivery?: DeliveryState | null;
}

/** The newest email can't reach the address: a hard bounce, a spam complaint, or an address the provider refuses. */
export function needsEmailFix(account: PortalAccountSnapshot | null): boolean {
  return account?.latestDelivery === "bounced" || account?.latestDelivery === "complaint";
}

/** The trip row's small delivery hint next to the pill. */
export const DELIVERY_HINT: Record<DeliveryState, string | null> = {
  sending: null,
  sent: "Sent",
  gmail: "Sent from your Gmail",
  failed: "Not sent",
  delivered: "Delivered",
  soft_bounced: "Delivery delayed",
  bounced: "Bounced",
  complaint: "Marked as spam",
};

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
