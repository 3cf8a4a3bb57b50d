// What the advisor sees of a portal account: derived, never stored. An invite that has
// expired is a pending account whose newest link no longer works, whatever the sweep did.
import { inArray, type SQL, sql } from "drizzle-orm";
import { type DeliveryState, portalAccounts } from "../db/schema";
import { hasLapsed } from "./tokens";

export type PortalStatus = "none" | "pending" | "expired" | "active" | "disabled";

export interface PortalAccountSnapshot {
  status: "pending" | "active" | "disabled";
  /** When the newest link stopped or stops working (tokens.ts linkDeadline). */
  newestLinkDeadline: Date | null;
  /** What became of the newest portal email. */
  latestDelivery?: DeliveryState | null;
}

/**
 * The newest email can't reach the address: a hard bounce, a bad or deactivated address, a spam
 * complaint, or an address the provider refuses (API error 406). Not a bounce that is the
 * sending side's problem or may pass ("undelivered"): those are resent, not fixed.
 */
export function needsEmailFix(account: PortalAccountSnapshot | null): boolean {
  return !!account?.latestDelivery && ADDRESS_REFUSED.includes(account.latestDelivery);
}

/**
 * The delivery states of needsEmailFix: what the roll-up calls Bounced, what reminders skip, and
 * what the counts triggers of migration 0010 count (a test holds that SQL to this list).
 */
export const ADDRESS_REFUSED: readonly DeliveryState[] = ["bounced", "complaint"];

/** The SQL form of needsEmailFix over portal_accounts; a test holds the two to agree. */
export function needsEmailFixSql(): SQL {
  return inArray(portalAccounts.latestDelivery, [...ADDRESS_REFUSED]);
}

/** The trip row's small delivery hint next to the pill. */
export const DELIVERY_HINT: Record<DeliveryState, string | null> = {
  sending: null,
  sent: "Sent",
  gmail: "Sent from your Gmail",
  failed: "Not sent",
  delivered: "Delivered",
  undelivered: "Not delivered",
  bounced: "Bounced",
  complaint: "Marked as spam",
};

export function portalStatus(account: PortalAccountSnapshot | null, now: Date): PortalStatus {
  if (!account) return "none";
  return isInviteExpired(account, now) ? "expired" : account.status;
}

/** Invited, and the newest link no longer works: "Invite expired". */
export function isInviteExpired(account: PortalAccountSnapshot, now: Date): boolean {
  return account.status === "pending" && !!account.newestLinkDeadline && hasLapsed(account.newestLinkDeadline, now);
}

/** The SQL form of isInviteExpired over portal_accounts; a test holds the two to agree. */
export function inviteExpiredSql(now: Date): SQL {
  return sql`(${portalAccounts.status} = 'pending' and ${portalAccounts.linkDeadline} <= ${now.getTime()})`;
}

export const PILL_LABEL: Record<PortalStatus, string | null> = {
  none: null,
  pending: "Invite pending",
  expired: "Invite expired",
  active: "Portal active",
  disabled: "Access disabled",
};

/**
 * A trip's travelers in the portal at a glance. Counted by portalStatus, so the trips list (which
 * gets its travelers' states from SQL, columns.ts) and the trip page agree with the pills.
 */
export interface PortalSummary {
  travelers: number;
  /** Active accounts: the traveler can sign in. */
  inPortal: number;
  /** Pending with a link that still works: waiting on the traveler. */
  invited: number;
  /** Pending whose link has lapsed: waiting on the advisor to resend. */
  expired: number;
}

export function summarizePortal(statuses: readonly PortalStatus[]): PortalSummary {
  const count = (s: PortalStatus) => statuses.filter((x) => x === s).length;
  return {
    travelers: statuses.length,
    inPortal: count("active"),
    invited: count("pending"),
    expired: count("expired"),
  };
}

/**
 * "2 of 3 in the portal · 1 invited · 1 invite expired"; disabled and never-invited travelers
 * are the rest of the 3. A trip of one says where that one traveler is, not "0 of 1".
 */
export function describePortalSummary(s: PortalSummary): string {
  if (s.travelers === 0) return "No travelers yet";
  if (s.travelers === 1) {
    if (s.inPortal) return "In the portal";
    if (s.invited) return "Invited to the portal";
    return s.expired ? "Portal invite expired" : "Not in the portal";
  }
  return [
    `${s.inPortal} of ${s.travelers} in the portal`,
    s.invited ? `${s.invited} invited` : null,
    s.expired ? `${s.expired} ${s.expired === 1 ? "invite" : "invites"} expired` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}
