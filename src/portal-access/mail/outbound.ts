// The MAIL queue's side of portal mail (SPEC §11), for send.ts alone: the mail_outbound row an
// action's D1 batch writes, the queue message that carries its claim link (never stored: it rides
// sealed with SESSION_SECRET for that one row), and the row's states as the consumer takes,
// cancels, retries or finishes it. What to send and how it went are send.ts's to decide.

import { and, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { contacts, type MailOutbound, mailOutbound, portalAccounts, portalTokens } from "../../db/schema";
import type { Locale } from "../../i18n/locales";
import type { MailMessage } from "../../lib/mail-message";
import { sealSecret, unsealSecret } from "../../lib/seal";
import type { SendResult } from "../../mail/message";
import type { Branding } from "../../mail/render";
import { isLinkLive } from "../tokens";
import { inTableOrder, literalFields } from "../writes";

export type { MailMessage };

/** The MAIL binding as far as senders need it (a Queue<MailMessage> is one). */
export interface MailQueue {
  send(body: MailMessage): Promise<unknown>;
  sendBatch(messages: Iterable<{ body: MailMessage }>): Promise<unknown>;
}

/** Everything the template needs except the link, stored with the outbound row. */
export interface OutboundPayload {
  from: string;
  replyTo: string | null;
  firstName: string;
  /** The language it is written in (SPEC §14); rows queued before languages lack it (English). */
  locale?: Locale;
  advisorName: string | null;
  /** Rows queued before time zone and contact address were kept lack them (UTC, no address). */
  branding: Branding;
  /** The portal the link opens (claim links), or the sign-in page (notices). */
  slug: string;
  tag: string;
}

export const MAIL_TEMPLATES = [
  "invite",
  "reset",
  "reminder",
  "password_changed",
  "fresh_link",
  "sign_in_code",
] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

const sealPurpose = (outboundId: string) => `mail-link:${outboundId}`;

export async function queueMessage(outboundId: string, link: string | null, secret: string): Promise<MailMessage> {
  return { outboundId, sealedLink: link ? await sealSecret(link, secret, sealPurpose(outboundId)) : null };
}

export interface NewOutbound {
  id: string;
  agencyId: string;
  accountId: string;
  eventId: string | null;
  tokenId: string | null;
  template: MailTemplate;
  recipient: string;
  payload: OutboundPayload;
  now: Date;
}

function outboundValues(o: NewOutbound) {
  return {
    id: o.id,
    agencyId: o.agencyId,
    accountId: o.accountId,
    eventId: o.eventId,
    tokenId: o.tokenId,
    template: o.template,
    recipient: o.recipient,
    payload: JSON.stringify(o.payload),
    status: "queued",
    attempts: 0,
    claimedAt: null,
    channel: null,
    providerMessageId: null,
    lastError: null,
    createdAt: o.now.getTime(),
    doneAt: null,
  };
}

/** The outbound row, written only if the action's account write applied (`appliedIf` is the account's stamp). */
export function insertOutboundIfApplied(db: Db, o: NewOutbound, appliedIf: { accountId: string; eventId: string }) {
  return db.insert(mailOutbound).select(
    db
      .select(inTableOrder(mailOutbound, literalFields(outboundValues(o))))
      .from(portalAccounts)
      .where(and(eq(portalAccounts.id, appliedIf.accountId), eq(portalAccounts.lastActionId, appliedIf.eventId))),
  );
}

/** The outbound row for a notice that follows a committed change (no condition). */
export function insertOutbound(db: Db, o: NewOutbound) {
  const { id, agencyId, accountId, eventId, tokenId, template, recipient, payload, now } = o;
  return db.insert(mailOutbound).values({
    id,
    agencyId,
    accountId,
    eventId,
    tokenId,
    template,
    recipient,
    payload,
    status: "queued",
    createdAt: now,
  });
}

/** A consumer attempt older than this is taken to have crashed; its row may be taken again. */
const STALE_CLAIM_MS = 10 * 60 * 1000;

/**
 * Takes a row for sending with a conditional update (only a queued row, or one whose attempt
 * crashed long ago), so a redelivered message finds it taken or done: null.
 */
export async function takeOutbound(db: Db, outboundId: string, now: Date): Promise<MailOutbound | null> {
  const [row] = await db
    .update(mailOutbound)
    .set({ status: "sending", claimedAt: now, attempts: sql`${mailOutbound.attempts} + 1` })
    .where(
      and(
        eq(mailOutbound.id, outboundId),
        or(
          eq(mailOutbound.status, "queued"),
          and(eq(mailOutbound.status, "sending"), lt(mailOutbound.claimedAt, new Date(now.getTime() - STALE_CLAIM_MS))),
        ),
      ),
    )
    .returning();
  return row ?? null;
}

/** The claim link a message carries, for its own row only. */
export function unsealLink(message: MailMessage, row: MailOutbound, secret: string): Promise<string | null> {
  return message.sealedLink ? unsealSecret(message.sealedLink, secret, sealPurpose(row.id)) : Promise.resolve(null);
}

/** An email no longer worth sending (its link died, access ended): never sent, and why. */
export function cancelOutbound(db: Db, row: MailOutbound, why: string, now: Date) {
  return db
    .update(mailOutbound)
    .set({ status: "cancelled", doneAt: now, lastError: why })
    .where(eq(mailOutbound.id, row.id));
}

/** A failure that may pass (an outage, a timeout): the row goes back for the queue's retry. */
export function requeueOutbound(db: Db, row: MailOutbound, lastError: string) {
  return db
    .update(mailOutbound)
    .set({ status: "queued", claimedAt: null, lastError })
    .where(and(eq(mailOutbound.id, row.id), eq(mailOutbound.status, "sending")));
}

/** The row's end: sent, or failed for good, with the transport's answer. */
export function finishOutbound(db: Db, row: MailOutbound, result: SendResult, now: Date) {
  return db
    .update(mailOutbound)
    .set(
      result.ok
        ? { status: "sent", doneAt: now, channel: result.channel, providerMessageId: result.messageId, lastError: null }
        : { status: "failed", doneAt: now, channel: result.channel, lastError: result.message },
    )
    .where(eq(mailOutbound.id, row.id));
}

/** A row the queue gave up on (or refused outright) fails; null if it was already done. */
export async function failOutbound(db: Db, outboundId: string, now: Date): Promise<MailOutbound | null> {
  const [row] = await db
    .update(mailOutbound)
    .set({ status: "failed", doneAt: now })
    .where(and(eq(mailOutbound.id, outboundId), inArray(mailOutbound.status, ["queued", "sending"])))
    .returning();
  return row ?? null;
}

/** Whether a taken row should still go out: its account still there and open, its link still live. */
export async function stillWorthSending(
  db: Db,
  row: MailOutbound,
  link: string | null,
  now: Date,
): Promise<{ ok: true } | { ok: false; why: string }> {
  const [facts] = await db
    .select({
      status: portalAccounts.status,
      archivedAt: contacts.archivedAt,
      expiresAt: portalTokens.expiresAt,
      consumedAt: portalTokens.consumedAt,
      voidedAt: portalTokens.voidedAt,
    })
    .from(portalAccounts)
    .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
    .leftJoin(portalTokens, and(eq(portalTokens.id, row.tokenId ?? ""), eq(portalTokens.accountId, portalAccounts.id)))
    .where(and(eq(portalAccounts.id, row.accountId), eq(portalAccounts.agencyId, row.agencyId)));
  if (!facts) return { ok: false, why: "The portal account no longer exists." };
  if (facts.archivedAt) return { ok: false, why: "The contact was archived before the email went out." };
  if (row.template === "password_changed") return { ok: true };
  if (facts.status === "disabled") return { ok: false, why: "Portal access was disabled before the email went out." };
  if (!link) return { ok: false, why: "The link could not be read from the queue message." };
  if (
    !facts.expiresAt ||
    !isLinkLive({ expiresAt: facts.expiresAt, consumedAt: facts.consumedAt, voidedAt: facts.voidedAt }, now)
  )
    return { ok: false, why: "A newer link, a claim or disabling replaced this link before the email went out." };
  return { ok: true };
}
