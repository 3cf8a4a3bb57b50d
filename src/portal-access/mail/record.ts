// What happened to a portal email, recorded in one place with one mapping (SPEC §6): on the
// action's send event, on the account's newest-email state, and as a send_failed event in the
// history when it failed; also for a message the queue gave up on.
import { and, eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../../db/client";
import { type DeliveryState, type MailOutbound, portalAccounts, portalEvents } from "../../db/schema";
import { newId } from "../../lib/ids";
import type { SendResult } from "../../mail/message";
import { failOutbound, type MailTemplate, type OutboundPayload } from "./outbound";

/** One portal email, and the account (and the action's send event, if any) it belongs to. */
export interface PortalMail {
  template: MailTemplate;
  agencyId: string;
  accountId: string;
  /** The action's event whose delivery this email's fate updates; null for notices. */
  eventId: string | null;
  /** The link the email carries (portal_tokens row), or null for notices. */
  tokenId: string | null;
  recipient: string;
  payload: OutboundPayload;
  /** Who the history names when sending fails. */
  actor: { id: string | null; label: string };
}

/**
 * A message the queue gave up on (retries exhausted, or refused outright): the row fails and the
 * advisor sees a send_failed event with the last reason. Running it twice records it once.
 */
export async function giveUpOnOutbound(db: Db, outboundId: string, now = new Date()): Promise<boolean> {
  const row = await failOutbound(db, outboundId, now);
  if (!row) return false;
  const message =
    row.lastError ?? "The email could not be sent after several attempts. Nothing was sent; try again later.";
  await runBatch(
    db,
    recordSendResult(db, mailOfRow(row), { ok: false, channel: row.channel ?? "postmark", message }, now),
  );
  return true;
}

export function mailOfRow(row: MailOutbound): PortalMail {
  return {
    template: row.template as MailTemplate,
    agencyId: row.agencyId,
    accountId: row.accountId,
    eventId: row.eventId,
    tokenId: row.tokenId,
    recipient: row.recipient,
    payload: row.payload as OutboundPayload,
    actor: { id: null, label: "Mail queue" },
  };
}

/**
 * The one mapping from a transport's answer to what the account shows (SPEC §6): Gmail gives no
 * delivery reports; an address the provider refuses for good is as good as bounced (Fix email);
 * any other failure is a failed send the advisor can retry.
 */
export function deliveryStateAfterSend(result: SendResult): DeliveryState {
  if (result.ok) return result.channel === "gmail" ? "gmail" : "sent";
  return result.refused === "address" ? "bounced" : "failed";
}

/**
 * What a send records: on the action's send event, how it left and its fate; on the account, its
 * newest email's state (a newer send may already have replaced this one); and for a failure, a
 * send_failed event in the history that says why.
 */
export function recordSendResult(db: Db, mail: PortalMail, result: SendResult, now: Date): BatchItem<"sqlite">[] {
  const statements: BatchItem<"sqlite">[] = [];
  if (mail.eventId)
    statements.push(
      db
        .update(portalEvents)
        .set({
          channel: result.channel,
          providerMessageId: result.ok ? result.messageId : null,
          deliveryStatus: result.ok ? "sent" : "failed",
          deliveryDetail: result.ok ? null : result.message,
        })
        .where(and(eq(portalEvents.id, mail.eventId), eq(portalEvents.agencyId, mail.agencyId))),
      db
        .update(portalAccounts)
        .set({ latestDelivery: deliveryStateAfterSend(result) })
        .where(and(eq(portalAccounts.id, mail.accountId), eq(portalAccounts.latestSendId, mail.eventId))),
    );
  if (!result.ok)
    statements.push(
      db.insert(portalEvents).values({
        id: newId("pev"),
        agencyId: mail.agencyId,
        accountId: mail.accountId,
        // After the action's own event, which may carry the same instant.
        at: new Date(now.getTime() + 1),
        kind: "send_failed",
        actorId: mail.actor.id,
        actorLabel: mail.actor.label,
        channel: result.channel,
        recipient: mail.recipient,
        deliveryStatus: "failed",
        detail: result.message,
      }),
    );
  return statements;
}

export async function runBatch(db: Db, statements: BatchItem<"sqlite">[]) {
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
}
