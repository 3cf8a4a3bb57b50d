// What became of a portal email, from Postmark's delivery webhooks (Delivery, Bounce,
// SpamComplaint): the pure reading of a record, in plain words an advisor understands, and
// applying it to the one send whose MessageID it names. Idempotent and order-proof: a record
// never overwrites one the provider made later (a Delivery arriving after a Bounce stays red).
import { and, eq, isNull, lt, or } from "drizzle-orm";
import * as z from "zod";
import type { Db } from "../db/client";
import { type DeliveryState, portalAccounts, portalEvents } from "../db/schema";

const record = z.object({
  RecordType: z.string().max(40),
  MessageID: z.string().min(1).max(200),
  Type: z.string().max(80).optional(),
  TypeCode: z.number().optional(),
  Description: z.string().max(2000).optional(),
  Details: z.string().max(2000).optional(),
  Email: z.string().max(320).optional(),
  DeliveredAt: z.string().max(60).optional(),
  BouncedAt: z.string().max(60).optional(),
  Tag: z.string().max(200).optional(),
});

export type DeliveryReport =
  | {
      kind: "report";
      messageId: string;
      state: Extract<DeliveryState, "delivered" | "soft_bounced" | "bounced" | "complaint">;
      at: Date;
      detail: string | null;
    }
  | { kind: "ignored"; why: string };

// Bounce types that mean the address won't work: the advisor should fix it.
const HARD: Record<string, string> = {
  HardBounce: "The mailbox doesn't exist.",
  BadEmailAddress: "The address isn't a valid email address.",
  ManuallyDeactivated: "Postmark stopped sending to this address after earlier problems.",
  Blocked: "The recipient's server blocked it.",
  DMARCPolicy: "The recipient's server refused it under its anti-spoofing policy.",
  SpamComplaint: "Marked as spam by the recipient.",
};
// Bounce types that may pass: Postmark keeps trying or the next send may go through.
const SOFT: Record<string, string> = {
  Transient: "The recipient's server couldn't take it for now.",
  SoftBounce: "The mailbox is full or temporarily unavailable.",
  DnsError: "The recipient's mail domain couldn't be reached.",
  Unknown: "The recipient's server bounced it for an unknown reason.",
  ChallengeVerification: "The recipient's server asks the sender to verify themselves.",
  VirusNotification: "The recipient's server flagged it as a virus.",
};

/** A Postmark webhook body, read into a report (or why it changes nothing). */
export function readPostmarkRecord(body: unknown): DeliveryReport | { kind: "invalid" } {
  const parsed = record.safeParse(body);
  if (!parsed.success) return { kind: "invalid" };
  const r = parsed.data;
  const when = (value: string | undefined) => {
    const at = value ? new Date(value) : new Date(Number.NaN);
    return Number.isNaN(at.getTime()) ? null : at;
  };
  if (r.RecordType === "Delivery") {
    const at = when(r.DeliveredAt);
    return at ? { kind: "report", messageId: r.MessageID, state: "delivered", at, detail: null } : { kind: "invalid" };
  }
  if (r.RecordType === "SpamComplaint" || r.RecordType === "Bounce") {
    const at = when(r.BouncedAt);
    if (!at) return { kind: "invalid" };
    const type = r.RecordType === "SpamComplaint" ? "SpamComplaint" : (r.Type ?? "Unknown");
    if (type === "SpamComplaint")
      return { kind: "report", messageId: r.MessageID, state: "complaint", at, detail: HARD.SpamComplaint ?? null };
    const hard = HARD[type];
    if (hard) return { kind: "report", messageId: r.MessageID, state: "bounced", at, detail: hard };
    const soft = SOFT[type];
    if (soft)
      return {
        kind: "report",
        messageId: r.MessageID,
        state: "soft_bounced",
        at,
        detail: `${soft} Postmark will keep trying.`,
      };
    return { kind: "ignored", why: `bounce type ${type} says nothing about delivery` };
  }
  return { kind: "ignored", why: `record type ${r.RecordType}` };
}

/**
 * Applies a report to the send it names, and to its account if that send is still the
 * account's newest. A record older than (or the same as) the one already applied changes
 * nothing. Returns whether anything changed.
 */
export async function applyDeliveryReport(
  db: Db,
  report: Extract<DeliveryReport, { kind: "report" }>,
): Promise<boolean> {
  const [events] = await db.batch([
    db
      .update(portalEvents)
      .set({ deliveryStatus: report.state, deliveryAt: report.at, deliveryDetail: report.detail })
      .where(
        and(
          eq(portalEvents.providerMessageId, report.messageId),
          or(isNull(portalEvents.deliveryAt), lt(portalEvents.deliveryAt, report.at)),
        ),
      )
      .returning({ id: portalEvents.id, accountId: portalEvents.accountId }),
    db
      .update(portalAccounts)
      .set({ latestDelivery: report.state })
      .where(
        eq(
          portalAccounts.latestSendId,
          db
            .select({ id: portalEvents.id })
            .from(portalEvents)
            .where(and(eq(portalEvents.providerMessageId, report.messageId), eq(portalEvents.deliveryAt, report.at)))
            .limit(1),
        ),
      ),
  ]);
  return events.length > 0;
}
