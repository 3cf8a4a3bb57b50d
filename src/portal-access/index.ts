// The front door of portal-access (STYLE.md 15): what other folders may use of it. Everything
// else in the folder is its own business; test/unit/architecture.test.ts holds the line.

// Views
export { ACCESS_HEADING_ID, AccessPanel, ConfirmActionPanel } from "./access-tab";
export { autoInviteOnFirstShare } from "./auto-invite";
export { DeliveryHint, PortalPill, PortalSendButton, snapshotOf } from "./badges";
export { claimAccount, inspectClaimLink } from "./claim";
export { type CodeSignIn, emailSignInCode, signInWithCode } from "./code-sign-in";
// Reading accounts: columns for other features' queries, states for their views
export { portalColumns, toPortalSummary, toSnapshot, travelerPortalStates } from "./columns";
// Lifecycle actions and their rules (SPEC §4)
export { archiveContact, restoreContact, saveContactEmail } from "./contact-changes";
export { advisorSendDeps, serviceDeps } from "./deps";
export {
  BULK_INCLUDE_RECENT_LABEL,
  BULK_RECENT_MINUTES,
  decideBulkRecent,
  NEEDS_CONFIRMATION,
  showsCurrentState,
  wayOutFor,
} from "./lifecycle";
export { type LoginContext, type LoginOutcome, recordLogin } from "./logins";
// Mail (the queue's consumer, the cron, Postmark's webhooks)
export { applyDeliveryReport, readPostmarkRecord } from "./mail/delivery";
export type { MailMessage } from "./mail/outbound";
export { giveUpOnOutbound } from "./mail/record";
export { deliverOutbound, portalMailer } from "./mail/send";
// Passkeys and Sign-in & security (SPEC §13)
export {
  addPasskey,
  deleteExpiredChallenges,
  passkeyCreationOptions,
  passkeyRequestOptions,
  removePasskey,
  signInWithPasskey,
} from "./passkeys";
export { loadAccessTab } from "./queries";
export { type ReminderReport, sendDueReminders } from "./reminders";
export { type Actor, performPortalAction, performQueuedActions, type QueuedServiceDeps } from "./service";
export { SIGN_IN_CODE_TTL_MS, signInCodeExpiry } from "./sign-in-codes";
export { changePassword, loadSignInSecurity } from "./sign-in-security";
export {
  DELIVERY_HINT,
  describePortalSummary,
  needsEmailFixSql,
  PILL_LABEL,
  type PortalAccountSnapshot,
  type PortalSummary,
  portalStatus,
  summarizePortal,
} from "./status";
export { deleteDeadLinks, linkExpiry, liveLink, recomputeLinkDeadlines, voidLapsedLinks } from "./tokens";
export { nameTheContact } from "./words";
