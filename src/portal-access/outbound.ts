// Mail that no click waits for goes through the MAIL queue (SPEC §11): the action's D1 batch
// writes the state and a mail_outbound row; the queue consumer sends it once and records what
// happened; a message that exhausts its retries lands in the dead-letter queue, which records
// send_failed for the advisor to see. The claim link itself is never stored: it rides in the
// queue message, sealed with SESSION_SECRET for that one outbound row.
import { and, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../db/client";
import { contacts, type MailOutbound, mailOutbound, portalAccounts, portalEvents, portalTokens } from "../db/schema";
import { newId } from "../lib/ids";
import { sealSecret, unsealSecret } from "../lib/seal";
import type { MailTransport, SendResult } from "../mail/message";
import { type Branding, type PortalEmailKind, renderPortalEmail } from "../mail/render";
import { claimUrl, isLinkLive, linkExpiry } from "./tokens";
import { inTableOrder, literalFields } from "./writes";

/** What a queue message carries: the outbound row, and its claim link sealed for that row. */
export interface MailMessage {
  outboundId: string;
  sealedLink: string | null;
}

/** The MAIL binding as far as senders need it (a Queue<MailMessage> is one). */
export interface MailQueue {
  send(body: MailMessage): Promise<unknown>;
  sendBatch(messages: Iterable<{ body: MailMessage }>): Promise<unknown>;
}

/** Per-message maximum of a Queues sendBatch call. */
const SEND_BATCH_MAX = 100;

/**
 * Gathers the messages of many actions (bulk resend, the reminder run) so they leave in one
 * sendBatch call instead of one subrequest each.
 */
export function gatheringQueue(target: MailQueue) {
  const messages: MailMessage[] = [];
  return {
    queue: {
      send: async (body: MailMessage) => {
        messages.push(body);
      },
      sendBatch: async (batch: Iterable<{ body: MailMessage }>) => {
        for (const m of batch) messages.push(m.body);
      },
    } satisfies MailQueue,
    /**
     * Sends what was gathered; a batch the queue refuses is recorded as failed now rather than
     * left waiting forever. Answers the outbound ids that failed.
     */
    async flush(db: Db, now = new Date()): Promise<Set<string>> {
      const failed = new Set<string>();
      for (let i = 0; i < messages.length; i += SEND_BATCH_MAX) {
        const batch = messages.slice(i, i + SEND_BATCH_MAX);
        try {
          await target.sendBatch(batch.map((body) => ({ body })));
        } catch (err) {
          console.error("mail queue sendBatch failed", err);
          for (const m of batch) {
            await giveUpOnOutbound(db, m.outboundId, now);
            failed.add(m.outboundId);
          }
        }
      }
      return failed;
    },
  };
}

/** Everything the template needs except the link, stored with the outbound row. */
export interface OutboundPayload {
  from: string;
  replyTo: string | null;
  firstName: string;
  advisorName: string | null;
  /** Rows queued before time zone and contact address were kept lack them (UTC, no address). */
  branding: Branding;
  /** The portal the link opens (claim links), or the sign-in page (notices). */
  slug: string;
  tag: string;
}

export const MAIL_TEMPLATES = ["invite", "reset", "reminder", "password_changed", "fresh_link"] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

/** A consumer attempt older than this is taken to have crashed; its row may be taken again. */
const STALE_CLAIM_MS = 10 * 60 * 1000;

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

export interface ConsumerDeps {
  db: Db;
  transports: MailTransport[];
  baseUrl: string;
  secret: string;
}

/** What the consumer does with a message: done (ack) or try again later (retry). */
export type Delivered = "sent" | "skipped" | "failed" | "retry";

/**
 * Sends one outbound email at most once. The row is taken with a conditional update (only a
 * queued row, or one whose attempt crashed long ago), so a redelivered message finds it taken
 * or done and sends nothing. A link voided or used since the action (another resend, a claim,
 * access disabled) is not sent: the email would only carry a dead link.
 */
export async function deliverOutbound(deps: ConsumerDeps, message: MailMessage, now = new Date()): Promise<Delivered> {
  const { db } = deps;
  const [row] = await db
    .update(mailOutbound)
    .set({ status: "sending", claimedAt: now, attempts: sql`${mailOutbound.attempts} + 1` })
    .where(
      and(
        eq(mailOutbound.id, message.outboundId),
        or(
          eq(mailOutbound.status, "queued"),
          and(eq(mailOutbound.status, "sending"), lt(mailOutbound.claimedAt, new Date(now.getTime() - STALE_CLAIM_MS))),
        ),
      ),
    )
    .returning();
  if (!row) return "skipped";

  const link = message.sealedLink ? await unsealSecret(message.sealedLink, deps.secret, sealPurpose(row.id)) : null;
  const stillWanted = await stillWorthSending(db, row, link, now);
  if (!stillWanted.ok) {
    await db
      .update(mailOutbound)
      .set({ status: "cancelled", doneAt: now, lastError: stillWanted.why })
      .where(eq(mailOutbound.id, row.id));
    return "skipped";
  }

  const payload = row.payload as OutboundPayload;
  const url = link
    ? claimUrl(deps.baseUrl, payload.slug, link)
    : `${deps.baseUrl}/portal/${encodeURIComponent(payload.slug)}/login`;
  const email = renderPortalEmail(row.template as PortalEmailKind, {
    branding: payload.branding,
    baseUrl: deps.baseUrl,
    url,
    firstName: payload.firstName,
    advisorName: payload.advisorName ?? undefined,
    // The link was minted with this row, in the same batch.
    expiresAt: link ? linkExpiry(row.createdAt) : undefined,
  });
  const result = await sendWith(deps.transports, {
    from: payload.from,
    to: row.recipient,
    replyTo: payload.replyTo ?? undefined,
    subject: email.subject,
    html: email.html,
    text: email.text,
    tag: payload.tag,
  });

  if (result.ok) {
    await db.batch(recordOutcome(db, row, result, now));
    return "sent";
  }
  if (!result.refused) {
    // Postmark down, rate limiting, a timeout: give the row back and let the queue retry it. A
    // refusal (the address, or a request Postmark can't take) would only be refused again.
    await db
      .update(mailOutbound)
      .set({ status: "queued", claimedAt: null, lastError: result.message })
      .where(and(eq(mailOutbound.id, row.id), eq(mailOutbound.status, "sending")));
    return "retry";
  }
  await db.batch(recordOutcome(db, row, result, now));
  return "failed";
}

/**
 * A message the queue gave up on (retries exhausted): the row fails and the advisor sees a
 * send_failed event with the last reason. Running it twice records it once.
 */
export async function giveUpOnOutbound(db: Db, outboundId: string, now = new Date()): Promise<boolean> {
  const [row] = await db
    .update(mailOutbound)
    .set({ status: "failed", doneAt: now })
    .where(and(eq(mailOutbound.id, outboundId), inArray(mailOutbound.status, ["queued", "sending"])))
    .returning();
  if (!row) return false;
  const reason =
    row.lastError ?? "The email could not be sent after several attempts. Nothing was sent; try again later.";
  await db.batch(failureRecords(db, row, { channel: row.channel ?? "postmark", message: reason }, now));
  return true;
}

async function stillWorthSending(
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

async function sendWith(transports: MailTransport[], mail: Parameters<MailTransport["send"]>[0]): Promise<SendResult> {
  const [transport] = transports;
  if (!transport) return { ok: false, channel: "outbox", message: "No mail transport is configured." };
  try {
    return await transport.send(mail);
  } catch (err) {
    console.error(`mail transport ${transport.channel} threw`, err);
    return { ok: false, channel: transport.channel, message: "Sending failed unexpectedly. Trips will try again." };
  }
}

function recordOutcome(
  db: Db,
  row: MailOutbound,
  result: SendResult,
  now: Date,
): [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]] {
  if (!result.ok)
    return [
      db
        .update(mailOutbound)
        .set({ status: "failed", doneAt: now, channel: result.channel, lastError: result.message })
        .where(eq(mailOutbound.id, row.id)),
      ...failureRecords(db, row, result, now),
    ];
  const done = db
    .update(mailOutbound)
    .set({ status: "sent", doneAt: now, channel: result.channel, providerMessageId: result.messageId, lastError: null })
    .where(eq(mailOutbound.id, row.id));
  if (!row.eventId) return [done];
  return [
    done,
    db
      .update(portalEvents)
      .set({ channel: result.channel, providerMessageId: result.messageId, deliveryStatus: "sent" })
      .where(and(eq(portalEvents.id, row.eventId), eq(portalEvents.agencyId, row.agencyId))),
    // The account shows its newest email's fate; a newer send may already have replaced this one.
    db
      .update(portalAccounts)
      .set({ latestDelivery: "sent" })
      .where(and(eq(portalAccounts.id, row.accountId), eq(portalAccounts.latestSendId, row.eventId))),
  ];
}

/** A failed email: a send_failed event tells the advisor why; its send event and the account say so. */
function failureRecords(
  db: Db,
  row: MailOutbound,
  failure: { channel: NonNullable<MailOutbound["channel"]>; message: string; refused?: "address" | "request" },
  now: Date,
): [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]] {
  const statements: [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]] = [
    db.insert(portalEvents).values({
      id: newId("pev"),
      agencyId: row.agencyId,
      accountId: row.accountId,
      at: now,
      kind: "send_failed",
      actorId: null,
      actorLabel: "Mail queue",
      channel: failure.channel,
      recipient: row.recipient,
      deliveryStatus: "failed",
      detail: failure.message,
    }),
  ];
  if (row.eventId) {
    statements.push(
      db
        .update(portalEvents)
        .set({ channel: failure.channel, deliveryStatus: "failed", deliveryDetail: failure.message })
        .where(and(eq(portalEvents.id, row.eventId), eq(portalEvents.agencyId, row.agencyId))),
      db
        .update(portalAccounts)
        .set({ latestDelivery: failure.refused === "address" ? "bounced" : "failed" })
        .where(and(eq(portalAccounts.id, row.accountId), eq(portalAccounts.latestSendId, row.eventId))),
    );
  }
  return statements;
}
