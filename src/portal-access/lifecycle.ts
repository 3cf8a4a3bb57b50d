// The portal account lifecycle (SPEC §4) as pure functions: given the facts and what someone
// asked for, decide what happens or refuse with the exact words the reader will see. Advisor
// actions, claiming a link, archiving and restoring a contact and correcting its email are all
// decided here and nowhere else; the service carries decisions out against D1, KV and mail.
import { normalizeEmail } from "../lib/email";

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

export type ConcreteAction = Exclude<PortalAction, "send">;

export const ACTION_LABEL: Record<ConcreteAction, string> = {
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
  /** Who asks: an advisor (a click, or their share), or the client asking for a fresh link. */
  requestedBy: "advisor" | "client";
  /**
   * Portal emails sent to this contact in the last SEND_WINDOW_MINUTES, by who asked for them:
   * each has its own budget, so anonymous requests can never use up an advisor's.
   */
  recentSends: { advisor: number; client: number };
  /** A link an advisor sent in the last ADVISOR_LINK_GRACE_MINUTES still works. */
  freshAdvisorLink: boolean;
  action: PortalAction;
}

export type EventKind = "invited" | "resent" | "reset_sent" | "disabled" | "reenabled" | "reactivated";

/** The email a decision sends: its link's purpose, the address and the portal the link opens. */
export interface MailPlan {
  purpose: "invite" | "reset";
  recipient: string;
  slug: string;
}

export interface Decision {
  ok: true;
  /** The concrete action, with "send" resolved by state. */
  action: ConcreteAction;
  from: AccountStatus | "none";
  to: AccountStatus;
  /** Which of the account's links to void: none, or every unused one (before minting, or when access ends). */
  voidLinks: boolean;
  /** A new link is minted and mailed. */
  send: MailPlan | null;
  revokeSessions: boolean;
  clearPassword: boolean;
  /** The account's live sign-in code (SPEC §13) dies: access ends, or the credentials start over. */
  voidCodes: boolean;
  /** Its passkeys go with the old password (SPEC §13: reactivate & reinvite starts the credentials over). */
  removePasskeys: boolean;
  event: EventKind;
}

export type RefusalReason =
  | "no_email"
  | "no_slug"
  | "archived"
  | "email_taken"
  | "disabled"
  | "too_many_sends"
  | "stale"
  | "link_invalid"
  | "already_archived"
  | "not_archived"
  | "advisor_link_fresh";

/** Resends are capped per contact to protect the sender's reputation (SPEC §8, §11). */
export const MAX_SENDS_PER_WINDOW = 3;
export const SEND_WINDOW_MINUTES = 10;
/**
 * A client's fresh-link request doesn't replace a link an advisor sent this recently: it is
 * probably still on its way or in their inbox (docs/decisions/007-mail-budgets.md).
 */
export const ADVISOR_LINK_GRACE_MINUTES = 15;

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
  raced:
    "Nothing changed: this contact's portal access changed a moment ago (another click or another advisor). The page shows the current state.",
  too_many_sends: `This contact has already been sent ${MAX_SENDS_PER_WINDOW} portal emails in the last ${SEND_WINDOW_MINUTES} minutes. Wait a few minutes before sending another.`,
  link_invalid: "That link is no longer valid.",
  already_archived: "This contact was already archived.",
  not_archived: "This contact is not archived.",
  advisor_link_fresh: "Your advisor sent you a link a few minutes ago; use that one.",
} as const;

const refuse = (reason: keyof typeof REFUSAL & RefusalReason): Refusal => ({
  ok: false,
  reason,
  message: REFUSAL[reason],
});

const STATE_WORDS: Record<AccountStatus | "none", string> = {
  none: "has no portal account",
  pending: "has a pending invite",
  active: "has active portal access",
  disabled: "has portal access disabled",
};

function stale(from: AccountStatus | "none", action: ConcreteAction): Refusal {
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
export function actionsFor(status: AccountStatus | "none"): ConcreteAction[] {
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

const SENDS_EMAIL = new Set<ConcreteAction>(["invite", "resend", "reset", "reactivate"]);
const GIVES_ACCESS = new Set<ConcreteAction>(["invite", "resend", "reset", "reenable", "reactivate"]);

export function decide(input: LifecycleInput): Decision | Refusal {
  const from: AccountStatus | "none" = input.account?.status ?? "none";
  const resolved = input.action === "send" ? sendActionFor(from) : input.action;
  if (resolved === null) return refuse("disabled");
  const action: ConcreteAction = resolved;

  // Refusals that hold whatever the state: they explain what to fix first.
  if (GIVES_ACCESS.has(action) && input.contact.archived) return refuse("archived");
  let mail: Omit<MailPlan, "purpose"> | null = null;
  if (SENDS_EMAIL.has(action)) {
    const recipient = input.contact.email?.trim();
    if (!recipient) return refuse("no_email");
    if (!input.agency.portalSlug) return refuse("no_slug");
    if (input.emailTakenByAnotherContact) return refuse("email_taken");
    if (input.recentSends[input.requestedBy] >= MAX_SENDS_PER_WINDOW) return refuse("too_many_sends");
    if (input.requestedBy === "client" && input.freshAdvisorLink) return refuse("advisor_link_fresh");
    mail = { recipient, slug: input.agency.portalSlug };
  }
  const sending = (purpose: MailPlan["purpose"]): MailPlan | null => (mail ? { ...mail, purpose } : null);

  const base = {
    ok: true as const,
    action,
    from,
    voidLinks: false,
    send: null,
    revokeSessions: false,
    clearPassword: false,
    // Re-enable only keeps it: nothing is kept for it (a code lives 10 minutes, and disabling killed it).
    voidCodes: false,
    // Disabling keeps passkeys (they can't sign in while disabled) so that re-enabling gives everything back.
    removePasskeys: false,
  };
  switch (action) {
    case "invite":
      if (from !== "none") return stale(from, action);
      return { ...base, to: "pending", send: sending("invite"), event: "invited" };
    case "resend":
      if (from !== "pending") return stale(from, action);
      return { ...base, to: "pending", voidLinks: true, send: sending("invite"), event: "resent" };
    case "reset":
      if (from !== "active") return stale(from, action);
      return { ...base, to: "active", voidLinks: true, send: sending("reset"), event: "reset_sent" };
    case "cancel_disable":
      if (from !== "pending") return stale(from, action);
      return { ...base, to: "disabled", voidLinks: true, voidCodes: true, event: "disabled" };
    case "disable":
      if (from !== "active") return stale(from, action);
      return { ...base, to: "disabled", voidLinks: true, revokeSessions: true, voidCodes: true, event: "disabled" };
    case "reenable":
      if (from !== "disabled") return stale(from, action);
      return { ...base, to: input.account?.hasPassword ? "active" : "pending", event: "reenabled" };
    case "reactivate":
      if (from !== "disabled") return stale(from, action);
      return {
        ...base,
        to: "pending",
        voidLinks: true,
        send: sending("invite"),
        revokeSessions: true,
        clearPassword: true,
        voidCodes: true,
        removePasskeys: true,
        event: "reactivated",
      };
  }
}

/** What to fix before a send can work, when the facts already say it can't. */
export type WayOut = "add_email" | "restore_contact" | "set_slug";

/**
 * The way out for a send that is known to fail before the click (SPEC §4's refusals), so the
 * page can offer it instead of a button that can only fail. Decided by `decide` itself, so the
 * two never disagree; null when a send could go through.
 */
export function wayOutFor(facts: {
  status: AccountStatus | "none";
  email: string | null;
  archived: boolean;
  portalSlug: string | null;
}): WayOut | null {
  // A disabled account is turned back on from the Access tab; only an archived contact blocks that.
  if (facts.status === "disabled") return facts.archived ? "restore_contact" : null;
  const outcome = decide({
    account: facts.status === "none" ? null : { status: facts.status, hasPassword: facts.status === "active" },
    contact: { email: facts.email, archived: facts.archived },
    agency: { portalSlug: facts.portalSlug },
    emailTakenByAnotherContact: false,
    requestedBy: "advisor",
    recentSends: { advisor: 0, client: 0 },
    freshAdvisorLink: false,
    action: "send",
  });
  if (outcome.ok) return null;
  return outcome.reason === "no_email"
    ? "add_email"
    : outcome.reason === "archived"
      ? "restore_contact"
      : outcome.reason === "no_slug"
        ? "set_slug"
        : null;
}

// ── Bulk resend (SPEC §11): one click must not fill an inbox with dead links.

/** A traveler emailed this recently is left out of a bulk resend unless the advisor includes them. */
export const BULK_RECENT_MINUTES = 10;

export type BulkRecentDecision = { skip: false } | { skip: true; minutesAgo: number; message: string };

/**
 * Whether a bulk resend leaves this traveler out: their newest portal email (any kind, not a
 * failed one) went out under BULK_RECENT_MINUTES ago, and the advisor didn't tick "Include
 * travelers emailed in the last 10 minutes". Each resend voids the link before it, so a second
 * resend seconds after the first only kills the link the traveler is about to open.
 */
export function decideBulkRecent(input: {
  lastEmailedAt: Date | null;
  includeRecent: boolean;
  now: Date;
}): BulkRecentDecision {
  if (!input.lastEmailedAt || input.includeRecent) return { skip: false };
  const ago = input.now.getTime() - input.lastEmailedAt.getTime();
  if (ago >= BULK_RECENT_MINUTES * 60_000) return { skip: false };
  const minutesAgo = Math.max(0, Math.floor(ago / 60_000));
  const when =
    minutesAgo === 0 ? "less than a minute ago" : minutesAgo === 1 ? "1 minute ago" : `${minutesAgo} minutes ago`;
  return {
    skip: true,
    minutesAgo,
    message: `emailed ${when}, so skipped: the link they just got keeps working. Tick “${BULK_INCLUDE_RECENT_LABEL}” to send another anyway.`,
  };
}

export const BULK_INCLUDE_RECENT_LABEL = `Include travelers emailed in the last ${BULK_RECENT_MINUTES} minutes`;

// ── Claiming a link: the client sets a password through an invite or a reset link (SPEC §8).

export interface ClaimInput {
  /** The account the link belongs to, or null when no live link matched. */
  account: { status: AccountStatus } | null;
  link: { purpose: "invite" | "reset"; live: boolean } | null;
}

export interface ClaimDecision {
  ok: true;
  purpose: "invite" | "reset";
  to: "active";
  event: "claimed";
  /** After an invite claim the client is signed in (the help article promises it). */
  signIn: boolean;
  /** After a reset every session ends, and the client signs in with the new password (OWASP). */
  revokeSessions: boolean;
  notifyPasswordChanged: boolean;
  loginOutcome: "claimed" | "success";
  /** A reset claim keeps passkeys (SPEC §13): a forgotten password says nothing against the devices. */
  removePasskeys: false;
}

export function decideClaim(input: ClaimInput): ClaimDecision | Refusal {
  if (!input.link?.live || !input.account || input.account.status === "disabled") return refuse("link_invalid");
  const invite = input.link.purpose === "invite";
  return {
    ok: true,
    purpose: input.link.purpose,
    to: "active",
    event: "claimed",
    signIn: invite,
    revokeSessions: !invite,
    notifyPasswordChanged: !invite,
    loginOutcome: invite ? "claimed" : "success",
    removePasskeys: false,
  };
}

// ── Archiving and restoring the contact (SPEC §4): the account follows by cascade.

export interface ContactStateInput {
  contact: { archived: boolean };
  account: { status: AccountStatus } | null;
}

export interface ArchiveDecision {
  ok: true;
  /** The account is disabled with why = archived; an already disabled one keeps its reason. */
  disableAccount: boolean;
  voidLinks: boolean;
  revokeSessions: boolean;
  voidCodes: boolean;
  event: "archived_cascade" | null;
}

export function decideArchive(input: ContactStateInput): ArchiveDecision | Refusal {
  if (input.contact.archived) return refuse("already_archived");
  const hasAccount = input.account !== null;
  return {
    ok: true,
    disableAccount: hasAccount && input.account?.status !== "disabled",
    voidLinks: hasAccount,
    revokeSessions: hasAccount,
    voidCodes: hasAccount,
    event: hasAccount ? "archived_cascade" : null,
  };
}

export interface RestoreDecision {
  ok: true;
  /** Restoring gives no access back: a disabled account stays disabled until an advisor re-enables it. */
  accountStaysDisabled: boolean;
}

export function decideRestore(input: ContactStateInput): RestoreDecision | Refusal {
  if (!input.contact.archived) return refuse("not_archived");
  return { ok: true, accountStaysDisabled: input.account !== null };
}

// ── Correcting the contact's email (docs/decisions/005-email-change-cuts-off-old-address.md):
// nobody may use the portal account through the old address again; the client gets back in
// only through a link sent to the new one.

export interface EmailChangeInput {
  account: { status: AccountStatus; email: string } | null;
  /** The contact's email before and after the save, as typed. */
  before: string | null;
  after: string | null;
  /** Another contact of the agency already signs in to the portal with the new address. */
  emailTakenByAnotherContact: boolean;
}

export interface CutOff {
  /** Active accounts wait for a fresh invite; disabled ones stay disabled. */
  to: "pending" | "disabled";
  /** The account's sign-in email from now on; null when the contact has no email any more. */
  signInEmail: string | null;
  voidLinks: true;
  revokeSessions: true;
  clearPassword: true;
  /** A code mailed to the old address must not sign anyone in. */
  voidCodes: true;
  /** The old claimant's passkeys die with their password (decision 005, SPEC §13). */
  removePasskeys: true;
  event: "email_changed";
}

export type EmailChangeDecision = { ok: true; cutOff: CutOff | null };

/** The address as compared (lib/email.ts), or null for none. */
const comparableEmail = (email: string | null | undefined): string | null =>
  email ? normalizeEmail(email) || null : null;

export function decideEmailChange(input: EmailChangeInput): EmailChangeDecision | Refusal {
  const after = comparableEmail(input.after);
  if (!input.account || comparableEmail(input.before) === after) return { ok: true, cutOff: null };
  if (after && input.emailTakenByAnotherContact) return refuse("email_taken");
  return {
    ok: true,
    cutOff: {
      to: input.account.status === "disabled" ? "disabled" : "pending",
      signInEmail: after,
      voidLinks: true,
      revokeSessions: true,
      clearPassword: true,
      voidCodes: true,
      removePasskeys: true,
      event: "email_changed",
    },
  };
}

// ── Emailed sign-in codes (SPEC §13): what a client's "Email me a sign-in code" gets.

export type SignInCodeRequestDecision =
  | { ok: true; send: "code" }
  /** A pending account gets its fresh invite instead, as forgot-password does (`decide` rules on it). */
  | { ok: true; send: "fresh_invite" }
  | { ok: false; reason: "no_account" | "disabled" | "archived" | "too_many_sends" };

/**
 * Only an active account gets a code; the page answers the same whatever is decided here, so
 * nobody learns which emails have accounts. A code counts against the client's own mail budget
 * (docs/decisions/007-mail-budgets.md), never the advisor's.
 */
export function decideSignInCodeRequest(input: {
  account: { status: AccountStatus } | null;
  contact: { archived: boolean };
  recentClientSends: number;
}): SignInCodeRequestDecision {
  if (!input.account) return { ok: false, reason: "no_account" };
  if (input.account.status === "disabled") return { ok: false, reason: "disabled" };
  if (input.contact.archived) return { ok: false, reason: "archived" };
  if (input.account.status === "pending") return { ok: true, send: "fresh_invite" };
  if (input.recentClientSends >= MAX_SENDS_PER_WINDOW) return { ok: false, reason: "too_many_sends" };
  return { ok: true, send: "code" };
}

/** A code signs in only an active account: a disabled one gets the wrong-code answer, like a wrong code. */
export function codeMaySignIn(account: { status: AccountStatus }): boolean {
  return account.status === "active";
}

// ── Passkeys and the signed-in client's own password (SPEC §13).

/**
 * A passkey signs in only an active account. A disabled one gets the same answer as any passkey
 * that doesn't work, as a disabled account's password gets the wrong-password answer; a pending
 * account has no passkeys (they are added signed in, and reactivating removes them).
 */
export function decidePasskeySignIn(input: { account: { status: AccountStatus } }): { ok: true } | { ok: false } {
  return input.account.status === "active" ? { ok: true } : { ok: false };
}

/** Only an active, signed-in client adds a passkey. */
export function mayAddPasskey(account: { status: AccountStatus }): boolean {
  return account.status === "active";
}

export interface PasswordChangeDecision {
  ok: true;
  /**
   * Every other session ends, as after a reset claim (SPEC §8): whoever else had the old password
   * or a session is out. This browser stays signed in: the client just proved the current password.
   */
  revokeOtherSessions: true;
  keepThisSession: true;
  /** "Your password was changed" goes to the sign-in email, so a change the client didn't make is noticed. */
  notifyPasswordChanged: true;
  /** Passkeys stay, as on a reset claim: the devices that hold them are the client's own. */
  removePasskeys: false;
}

/** The signed-in client changes their password on Sign-in & security, having typed the current one. */
export function decidePasswordChange(input: {
  account: { status: AccountStatus; hasPassword: boolean };
  currentPasswordMatches: boolean;
}): PasswordChangeDecision | { ok: false; reason: "wrong_password" | "disabled" } {
  if (input.account.status !== "active") return { ok: false, reason: "disabled" };
  if (!input.account.hasPassword || !input.currentPasswordMatches) return { ok: false, reason: "wrong_password" };
  return {
    ok: true,
    revokeOtherSessions: true,
    keepThisSession: true,
    notifyPasswordChanged: true,
    removePasskeys: false,
  };
}
