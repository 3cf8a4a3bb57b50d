// The whole data model (SPEC §3). Every row that belongs to an agency carries
// agency_id so that every query can be scoped by the signed-in advisor's agency.
// Times are stored as epoch milliseconds.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { LOCALES } from "../i18n/locales";

const time = (name: string) => integer(name, { mode: "timestamp_ms" });

/** What became of a portal email, as far as we know (Postmark webhooks move it on). */
export const DELIVERY_STATES = [
  "sending",
  "sent",
  "gmail",
  "failed",
  "delivered",
  // A bounce that isn't the address's fault (Postmark has stopped trying): send it again.
  "undelivered",
  // The address's problems, which only a corrected email fixes ("Fix email").
  "bounced",
  "complaint",
] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export const agencies = sqliteTable(
  "agencies",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    portalSlug: text("portal_slug"),
    logoUrl: text("logo_url"),
    brandColor: text("brand_color").notNull().default("#1f6f78"),
    autoInviteOnFirstShare: integer("auto_invite_on_first_share", { mode: "boolean" }).notNull().default(false),
    // Settings → Client portal: one reminder, with a fresh link, about a day before an invite expires.
    remindBeforeExpiry: integer("remind_before_expiry", { mode: "boolean" }).notNull().default(false),
    // IANA zone ("Europe/Lisbon") the dashboard shows times in; null until Branding is first saved.
    timeZone: text("time_zone"),
    // Settings → Client portal: what travelers read the portal and its emails in (SPEC §14).
    portalLanguage: text("portal_language", { enum: LOCALES }).notNull().default("en"),
    createdAt: time("created_at").notNull(),
  },
  (t) => [uniqueIndex("agencies_portal_slug_unique").on(t.portalSlug)],
);

// A slug the agency used before, kept so its old links and bookmarks still find the portal.
// No agency may take a slug that another agency's redirect holds.
export const portalSlugRedirects = sqliteTable(
  "portal_slug_redirects",
  {
    slug: text("slug").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    createdAt: time("created_at").notNull(),
  },
  (t) => [index("portal_slug_redirects_agency_idx").on(t.agencyId)],
);

export const advisors = sqliteTable(
  "advisors",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    name: text("name").notNull(),
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    gmailEmail: text("gmail_email"),
    gmailRefreshTokenSealed: text("gmail_refresh_token_sealed"),
    gmailStatus: text("gmail_status", { enum: ["connected", "needs_reconnect"] }),
    createdAt: time("created_at").notNull(),
  },
  (t) => [uniqueIndex("advisors_email_unique").on(t.email), index("advisors_agency_idx").on(t.agencyId)],
);

export const contacts = sqliteTable(
  "contacts",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email"),
    phone: text("phone"),
    // The traveler's language for the portal and its emails; null: the agency's (SPEC §14).
    language: text("language", { enum: LOCALES }),
    archivedAt: time("archived_at"),
    createdAt: time("created_at").notNull(),
  },
  (t) => [
    index("contacts_agency_email_idx").on(t.agencyId, t.email),
    // The contacts list's keyset order.
    index("contacts_agency_name_idx").on(t.agencyId, t.lastName, t.firstName, t.id),
  ],
);

export const trips = sqliteTable(
  "trips",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    title: text("title").notNull(),
    destination: text("destination").notNull(),
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on").notNull(),
    createdAt: time("created_at").notNull(),
  },
  // The trips list's keyset order.
  (t) => [index("trips_agency_idx").on(t.agencyId, t.startsOn, t.id)],
);

export const tripTravelers = sqliteTable(
  "trip_travelers",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    tripId: text("trip_id")
      .notNull()
      .references(() => trips.id),
    contactId: text("contact_id")
      .notNull()
      .references(() => contacts.id),
    isPrimary: integer("is_primary", { mode: "boolean" }).notNull().default(false),
    position: integer("position").notNull(),
  },
  (t) => [
    uniqueIndex("trip_travelers_trip_contact_unique").on(t.tripId, t.contactId),
    index("trip_travelers_contact_idx").on(t.contactId),
  ],
);

export const tripDocuments = sqliteTable(
  "trip_documents",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    tripId: text("trip_id")
      .notNull()
      .references(() => trips.id),
    kind: text("kind", { enum: ["invoice", "proposal"] }).notNull(),
    title: text("title").notNull(),
    amountCents: integer("amount_cents").notNull(),
    currency: text("currency").notNull().default("USD"),
    description: text("description"),
    // The document's lines as JSON: [{ "label": "Hotel, 3 nights", "amountCents": 84000 }].
    lineItems: text("line_items", { mode: "json" }).$type<{ label: string; amountCents: number }[]>(),
    firstSharedAt: time("first_shared_at"),
    // The advisor who first shared it: the client sees who to ask.
    firstSharedBy: text("first_shared_by"),
    createdAt: time("created_at").notNull(),
  },
  (t) => [index("trip_documents_trip_idx").on(t.tripId)],
);

export const portalAccounts = sqliteTable(
  "portal_accounts",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    contactId: text("contact_id")
      .notNull()
      .references(() => contacts.id),
    // The email the account was invited with, lower-cased: the portal's sign-in name.
    email: text("email").notNull(),
    status: text("status", { enum: ["pending", "active", "disabled"] }).notNull(),
    passwordHash: text("password_hash"),
    invitedAt: time("invited_at"),
    invitedBy: text("invited_by"),
    activatedAt: time("activated_at"),
    disabledAt: time("disabled_at"),
    disabledBy: text("disabled_by"),
    disabledWhy: text("disabled_why", { enum: ["advisor", "archived"] }),
    reenabledAt: time("reenabled_at"),
    reenabledBy: text("reenabled_by"),
    // The event id of the action that last changed this row: the rest of that action's batch
    // applies only if its own update did, so a racing action cannot leave half a change.
    lastActionId: text("last_action_id"),
    // When the newest link stopped or stops working (tokens.ts linkDeadline), kept with the
    // account so lists show "Invite expired" from a join, not a look-up per row.
    linkDeadline: time("link_deadline"),
    // The newest portal email (its event id) and what became of it, kept with the account so
    // the trip row shows "Bounced · Fix email" from a join (Postmark webhooks update it).
    latestSendId: text("latest_send_id"),
    latestDelivery: text("latest_delivery", { enum: DELIVERY_STATES }),
    // The client's latest successful sign-in (claiming a link signs them in too), kept with the
    // account so Portal access filters "Never signed in" and shows it without reading logins.
    lastSignInAt: time("last_sign_in_at"),
    createdAt: time("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("portal_accounts_contact_unique").on(t.contactId),
    // One portal account per email per agency: the email is the portal's sign-in name.
    uniqueIndex("portal_accounts_agency_email_unique").on(t.agencyId, t.email),
    // Portal access: its pages walk this in order (newest invite first), reading a row only
    // once the index says it is in the filter.
    index("portal_accounts_rollup_idx").on(
      t.agencyId,
      t.invitedAt,
      t.id,
      t.status,
      t.linkDeadline,
      t.latestDelivery,
      t.lastSignInAt,
    ),
    // Portal access's two counts that move with the clock: pending invites sent in the last
    // three days, and links expiring within a day, each a range of its own index.
    index("portal_accounts_status_idx").on(t.agencyId, t.status, t.invitedAt),
    index("portal_accounts_deadline_idx").on(t.agencyId, t.status, t.linkDeadline),
  ],
);

/**
 * How many portal accounts an agency has in each state Portal access counts, kept by SQLite
 * triggers on portal_accounts (migration 0010) in the same transaction as every write, so the
 * counts never drift and cost one row, not a pass over every account, however big the agency.
 * No code writes it.
 */
export const portalAccountCounts = sqliteTable("portal_account_counts", {
  agencyId: text("agency_id")
    .primaryKey()
    .references(() => agencies.id),
  accounts: integer("accounts").notNull().default(0),
  pending: integer("pending").notNull().default(0),
  disabled: integer("disabled").notNull().default(0),
  bounced: integer("bounced").notNull().default(0),
  neverSignedIn: integer("never_signed_in").notNull().default(0),
});

export const portalTokens = sqliteTable(
  "portal_tokens",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    accountId: text("account_id")
      .notNull()
      .references(() => portalAccounts.id),
    purpose: text("purpose", { enum: ["invite", "reset"] }).notNull(),
    // SHA-256 of the token, hex. The token itself is never stored.
    tokenHash: text("token_hash").notNull(),
    createdAt: time("created_at").notNull(),
    createdBy: text("created_by"),
    expiresAt: time("expires_at").notNull(),
    consumedAt: time("consumed_at"),
    // Where the client lands after claiming: "document:{id}" (an invite from sharing it) or
    // "trip:{id}" (an invite sent from that trip's page); null for the portal home.
    landing: text("landing"),
    // The claim that consumed it (its event id): what follows the consume in the same batch
    // applies only for that claim, even when two claims share a millisecond.
    consumedBy: text("consumed_by"),
    voidedAt: time("voided_at"),
    // Minted by the expiry reminder: an invite is reminded about once, never again for this link.
    isReminder: integer("is_reminder", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    uniqueIndex("portal_tokens_hash_unique").on(t.tokenHash),
    index("portal_tokens_account_idx").on(t.accountId, t.createdAt),
    // The sweep's look-ups: live links by expiry, and dead links by when they died.
    index("portal_tokens_live_expires_idx").on(t.expiresAt).where(sql`consumed_at IS NULL AND voided_at IS NULL`),
    index("portal_tokens_consumed_idx").on(t.consumedAt).where(sql`consumed_at IS NOT NULL`),
    index("portal_tokens_voided_idx").on(t.voidedAt).where(sql`voided_at IS NOT NULL`),
  ],
);

/** The ways into the portal (SPEC §13), as a login row records them. */
export const LOGIN_METHODS = ["password", "passkey", "sign_in_code", "invite_link", "reset_link"] as const;
export type LoginMethod = (typeof LOGIN_METHODS)[number];

export const portalLogins = sqliteTable(
  "portal_logins",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    accountId: text("account_id")
      .notNull()
      .references(() => portalAccounts.id),
    at: time("at").notNull(),
    outcome: text("outcome", { enum: ["success", "wrong_password", "disabled", "rate_limited", "claimed"] }).notNull(),
    // How the client signed in (or tried to); null on rows written before it was kept.
    method: text("method", { enum: LOGIN_METHODS }),
    ip: text("ip"),
    country: text("country"),
    city: text("city"),
    userAgent: text("user_agent"),
    // A throttled burst is one row: how many attempts it summarises (at = the latest).
    attempts: integer("attempts").notNull().default(1),
  },
  (t) => [index("portal_logins_account_idx").on(t.accountId, t.at)],
);

export const portalEvents = sqliteTable(
  "portal_events",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    accountId: text("account_id")
      .notNull()
      .references(() => portalAccounts.id),
    at: time("at").notNull(),
    kind: text("kind", {
      enum: [
        "invited",
        "resent",
        "reset_sent",
        "claimed",
        "disabled",
        "reenabled",
        "reactivated",
        "archived_cascade",
        "send_failed",
        "email_changed",
        "reminded",
        // The client asked for a sign-in code and one was sent (counts against their mail budget).
        "code_sent",
      ],
    }).notNull(),
    // Advisor id, or null for the client themselves and scheduled work.
    actorId: text("actor_id"),
    actorLabel: text("actor_label"),
    channel: text("channel", { enum: ["gmail", "postmark", "outbox"] }),
    recipient: text("recipient"),
    providerMessageId: text("provider_message_id"),
    deliveryStatus: text("delivery_status"),
    // When the provider said what deliveryStatus says (Postmark's DeliveredAt/BouncedAt), and
    // its reason in plain words; a webhook older than this never overwrites it.
    deliveryAt: time("delivery_at"),
    deliveryDetail: text("delivery_detail"),
    detail: text("detail"),
  },
  (t) => [
    index("portal_events_account_idx").on(t.accountId, t.at),
    index("portal_events_message_idx").on(t.providerMessageId).where(sql`provider_message_id IS NOT NULL`),
  ],
);

// The emailed sign-in code (SPEC §13): at most one per account, so a new code replaces the older
// one in the same write, and signing in with it deletes the row (two submits: one wins).
export const portalSignInCodes = sqliteTable(
  "portal_sign_in_codes",
  {
    accountId: text("account_id")
      .primaryKey()
      .references(() => portalAccounts.id),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    // HMAC-SHA-256 of the code with a key derived from SESSION_SECRET, hex. The code itself is never stored.
    codeHash: text("code_hash").notNull(),
    createdAt: time("created_at").notNull(),
    expiresAt: time("expires_at").notNull(),
    wrongAttempts: integer("wrong_attempts").notNull().default(0),
  },
  // The sweep deletes dead codes by expiry.
  (t) => [index("portal_sign_in_codes_expires_idx").on(t.expiresAt)],
);

// Mail that no click waits for (bulk resend, reminders, auto-invites, forgot-password, the
// password-changed notice): the action's batch writes this row, the MAIL queue's consumer sends
// it once and records the result. The claim link travels only in the queue message, never here.
export const mailOutbound = sqliteTable(
  "mail_outbound",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    accountId: text("account_id")
      .notNull()
      .references(() => portalAccounts.id),
    // The portal event this email belongs to (its delivery is recorded there), if any.
    eventId: text("event_id"),
    // The link the email carries (its hash row): a link voided before sending is never sent.
    tokenId: text("token_id"),
    template: text("template", {
      enum: ["invite", "reset", "reminder", "password_changed", "fresh_link", "sign_in_code"],
    }).notNull(),
    recipient: text("recipient").notNull(),
    // What the template needs besides the link: names, branding, reply-to (JSON).
    payload: text("payload", { mode: "json" }).notNull(),
    status: text("status", { enum: ["queued", "sending", "sent", "failed", "cancelled"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    // When the current attempt took the row: a crashed attempt is retaken after a while.
    claimedAt: time("claimed_at"),
    channel: text("channel", { enum: ["gmail", "postmark", "outbox"] }),
    providerMessageId: text("provider_message_id"),
    lastError: text("last_error"),
    createdAt: time("created_at").notNull(),
    doneAt: time("done_at"),
  },
  (t) => [index("mail_outbound_account_idx").on(t.accountId, t.createdAt)],
);

// Sign-in throttling per account (advisor or client), with backoff: guessing at an account
// slows the guesser down without walling its owner out (their known browsers skip it).
export const signInThrottles = sqliteTable("sign_in_throttles", {
  // "portal:{slug}:{email}" or "advisor:{email}": what was typed, so unknown emails are throttled alike.
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastFailureAt: time("last_failure_at").notNull(),
  lockedUntil: time("locked_until"),
});

// Passkeys (SPEC §13): the WebAuthn credentials a client registered. Each signs in only to its
// own account in its own agency; the lifecycle removes them (portal-access/passkeys.ts).
export const portalPasskeys = sqliteTable(
  "portal_passkeys",
  {
    // The credential id the authenticator chose, base64url.
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    accountId: text("account_id")
      .notNull()
      .references(() => portalAccounts.id),
    // SubjectPublicKeyInfo, base64url, as WebCrypto imports it; algorithm is COSE's (-7 ES256, -257 RS256).
    publicKey: text("public_key").notNull(),
    algorithm: integer("algorithm").notNull(),
    // The authenticator's signature counter as last seen (0 for passkeys that don't count).
    counter: integer("counter").notNull().default(0),
    name: text("name").notNull(),
    // What the browser said the authenticator can be reached by ("internal,hybrid"), a hint for later ceremonies.
    transports: text("transports"),
    createdAt: time("created_at").notNull(),
    lastUsedAt: time("last_used_at"),
  },
  (t) => [index("portal_passkeys_account_idx").on(t.accountId)],
);

// WebAuthn challenges: single use, 5 minutes, bound to what they were issued for. Only their
// SHA-256 is kept; the challenge itself goes to the browser and nowhere else.
export const webauthnChallenges = sqliteTable(
  "webauthn_challenges",
  {
    challengeHash: text("challenge_hash").primaryKey(),
    purpose: text("purpose", { enum: ["register", "authenticate"] }).notNull(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    // The account a registration adds a passkey to; null for a sign-in, which learns it from the passkey.
    accountId: text("account_id"),
    expiresAt: time("expires_at").notNull(),
  },
  (t) => [index("webauthn_challenges_expires_idx").on(t.expiresAt)],
);

// Local development only: mail that would have gone out, with its real rendering.
export const devOutbox = sqliteTable(
  "dev_outbox",
  {
    id: text("id").primaryKey(),
    at: time("at").notNull(),
    fromAddress: text("from_address").notNull(),
    toAddress: text("to_address").notNull(),
    replyTo: text("reply_to"),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    tag: text("tag"),
  },
  (t) => [index("dev_outbox_at_idx").on(t.at)],
);

export type Agency = typeof agencies.$inferSelect;
export type Advisor = typeof advisors.$inferSelect;
export type Contact = typeof contacts.$inferSelect;
export type Trip = typeof trips.$inferSelect;
export type TripDocument = typeof tripDocuments.$inferSelect;
export type PortalAccount = typeof portalAccounts.$inferSelect;
export type PortalToken = typeof portalTokens.$inferSelect;
export type PortalEvent = typeof portalEvents.$inferSelect;
export type PortalLogin = typeof portalLogins.$inferSelect;
export type MailOutbound = typeof mailOutbound.$inferSelect;
export type PortalPasskey = typeof portalPasskeys.$inferSelect;
export type PortalSignInCode = typeof portalSignInCodes.$inferSelect;
