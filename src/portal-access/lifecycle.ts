// The portal account lifecycle (SPEC §4) as one pure function: given the account (or none),
// the contact, the agency and an action, decide what happens or refuse with the exact words
// the advisor will read. No I/O here; service.ts carries decisions out.

export type AccountStatus = "pending" | "active" | "disabled";

export type PortalAction =
  | "send" // the trip page's one button: invite, resend or reset depending on the state
  | "invite"
  | "resend"
  | "reset"
  | "cancel_disable"
  | "disable"
  | "reenable"
  | "reactivate";

export const ACTION_LABEL: Record<Exclude<PortalAction, "send">, string> = {
  invite: "Send invite",
  resend: "Resend invite",
  reset: "Send password reset",
  cancel_disable: "Cancel & disable",
  disable: "Disable access",
  reenable: "Re-enable only",
  reactivate: "Reactivate & reinvite",
};

export interface AccountFacts {
  status: AccountStatus;
  hasPassword: boolean;
}

export interface ContactFacts {
  email: string | null;
  archived: boolean;
}

export interface AgencyFacts {
  portalSlug: string | null;
}

export interface LifecycleInput {
  account: AccountFacts | null;
  contact: ContactFacts;
  agency: AgencyFacts;
  /** Another contact of the agency already holds a portal account with this contact's email. */
  emailTakenByAnotherContact: boolean;
  /** Portal emails sent to this account in the last SEND_WINDOW_MINUTES. */
  recentSends: number;
  action: PortalAction;
}

export type EventKind = "invited" | "resent" | "reset_sent" | "disabled" | "reenabled" | "reactivated";

export interface Decision {
  ok: true;
  /** The concrete action, with "send" resolved by state. */
  action: Exclude<PortalAction, "send">;
  from: AccountStatus | "none";
  to: AccountStatus;
  /** Which of the account's tokens to void: the unused ones before minting, or all. */
  voidTokens: "none" | "unused" | "all";
  mint: "invite" | "reset" | null;
  email: "invite" | "reset" | null;
  revokeSessions: boolean;
  clearPassword: boolean;
  event: EventKind;
}

export type RefusalReason = "no_email" | "no_slug" | "archived" | "email_taken" | "disabled" | "too_many_sends" | "stale";

/** Resends are capped per contact to protect the sender's reputation (SPEC §8, §11). */
export const MAX_SENDS_PER_WINDOW = 3;
export const SEND_WINDOW_MINUTES = 10;

export interface Refusal {
  ok: false;
  reason: RefusalReason;
  message: string;
}

export const REFUSAL = {
  no_email: "This contact has no email address on file.",
  no_slug: "Set your portal slug under Settings → Branding before sending portal invites.",
  archived: "This contact is archived. Restore the contact before giving portal access.",
  email_taken: "Another contact already uses this email for portal access.",
  disabled: "Portal access for this contact is disabled. Re-enable it from the contact's Access tab.",
  raced: "Nothing changed: this contact's portal access changed a moment ago (another click or another advisor). The page shows the current state.",
  too_many_sends: `This contact has already been sent ${MAX_SENDS_PER_WINDOW} portal emails in the last ${SEND_WINDOW_MINUTES} minutes. Wait a few minutes before sending another.`,
} as const;

const STATE_WORDS: Record<AccountStatus | "none", string> = {
  none: "has no portal account",
  pending: "has a pending invite",
  active: "has active portal access",
  disabled: "has portal access disabled",
};

function stale(from: AccountStatus | "none", action: Exclude<PortalAction, "send">): Refusal {
  return {
    ok: false,
    reason: "stale",
    message: `Nothing changed: this contact now ${STATE_WORDS[from]}, so “${ACTION_LABEL[action]}” no longer applies. The page shows the current state.`,
  };
}

/** Refusals that mean "the page you acted on is out of date": they answer with the current state. */
export function showsCurrentState(refusal: Refusal): boolean {
  return refusal.reason === "stale" || refusal.reason === "disabled";
}

/** Actions that ask the advisor to confirm first. */
export const NEEDS_CONFIRMATION: Partial<Record<PortalAction, string>> = {
  disable: "Disable portal access? The client is signed out at once and can't sign in until you re-enable access.",
  cancel_disable: "Cancel the pending invite and disable portal access? The invite link stops working.",
};

/** The action the trip page's button performs in each state (null: no button). */
export function sendActionFor(status: AccountStatus | "none"): "invite" | "resend" | "reset" | null {
  switch (status) {
    case "none":
      return "invite";
    case "pending":
      return "resend";
    case "active":
      return "reset";
    case "disabled":
      return null;
  }
}

/** The Access tab's buttons in each state, in display order. */
export function actionsFor(status: AccountStatus | "none"): Exclude<PortalAction, "send">[] {
  switch (status) {
    case "none":
      return ["invite"];
    case "pending":
      return ["resend", "cancel_disable"];
    case "active":
      return ["reset", "disable"];
    case "disabled":
      return ["reactivate", "reenable"];
  }
}

const SENDS_EMAIL = new Set<PortalAction>(["send", "invite", "resend", "reset", "reactivate"]);
const GIVES_ACCESS = new Set<PortalAction>(["send", "invite", "resend", "reset", "reenable", "reactivate"]);

export function decide(input: LifecycleInput): Decision | Refusal {
  const from: AccountStatus | "none" = input.account?.status ?? "none";

  if (input.action === "send" && from === "disabled") return { ok: false, reason: "disabled", message: REFUSAL.disabled };
  const action = input.action === "send" ? sendActionFor(from)! : input.action;

  // Refusals that hold whatever the state: they explain what to fix first.
  if (GIVES_ACCESS.has(action) && input.contact.archived) return { ok: false, reason: "archived", message: REFUSAL.archived };
  if (SENDS_EMAIL.has(action)) {
    if (!input.contact.email) return { ok: false, reason: "no_email", message: REFUSAL.no_email };
    if (!input.agency.portalSlug) return { ok: false, reason: "no_slug", message: REFUSAL.no_slug };
    if (input.emailTakenByAnotherContact) return { ok: false, reason: "email_taken", message: REFUSAL.email_taken };
    if (input.recentSends >= MAX_SENDS_PER_WINDOW) return { ok: false, reason: "too_many_sends", message: REFUSAL.too_many_sends };
  }

  const base = { ok: true as const, action, from, voidTokens: "none" as const, mint: null, email: null, revokeSessions: false, clearPassword: false };
  switch (action) {
    case "invite":
      if (from !== "none") return stale(from, action);
      return { ...base, to: "pending", mint: "invite", email: "invite", event: "invited" };
    case "resend":
      if (from !== "pending") return stale(from, action);
      return { ...base, to: "pending", voidTokens: "unused", mint: "invite", email: "invite", event: "resent" };
    case "reset":
      if (from !== "active") return stale(from, action);
      return { ...base, to: "active", voidTokens: "unused", mint: "reset", email: "reset", event: "reset_sent" };
    case "cancel_disable":
      if (from !== "pending") return stale(from, action);
      return { ...base, to: "disabled", voidTokens: "all", event: "disabled" };
    case "disable":
      if (from !== "active") return stale(from, action);
      return { ...base, to: "disabled", voidTokens: "all", revokeSessions: true, event: "disabled" };
    case "reenable":
      if (from !== "disabled") return stale(from, action);
      return { ...base, to: input.account!.hasPassword ? "active" : "pending", event: "reenabled" };
    case "reactivate":
      if (from !== "disabled") return stale(from, action);
      return { ...base, to: "pending", voidTokens: "unused", mint: "invite", email: "invite", revokeSessions: true, clearPassword: true, event: "reactivated" };
  }
}
