// What the advisor sees of a portal account: derived, never stored. An invite that has
// expired is a pending account whose newest link is past its expiry, whatever the sweep did.
export type PortalStatus = "none" | "pending" | "expired" | "active" | "disabled";

export interface PortalAccountSnapshot {
  status: "pending" | "active" | "disabled";
  newestTokenExpiresAt: Date | null;
}

export function portalStatus(account: PortalAccountSnapshot | null, now: Date): PortalStatus {
  if (!account) return "none";
  if (account.status === "pending" && account.newestTokenExpiresAt && account.newestTokenExpiresAt.getTime() <= now.getTime()) return "expired";
  return account.status;
}

export const PILL_LABEL: Record<PortalStatus, string | null> = {
  none: null,
  pending: "Invite pending",
  expired: "Invite expired",
  active: "Portal active",
  disabled: "Access disabled",
};
