// What became of a portal email, from Postmark's delivery webhooks (Delivery, Bounce,
// SpamComplaint): the pure reading of a record, in plain words an advisor understands, and
// applying it to the one send whose MessageID it names. Idempotent and order-proof: a record
// never overwrites one the provider made later or at the same time (a Delivery arriving after a
// Bounce stays red). Who is at fault decides what the advisor is offered: Fix email only for the
// address's problems; the agency's sending setup is the operator's, told in the log.
import { and, eq, isNull, lt, or } from "drizzle-orm";
import * as z from "zod/mini";
import type { Db } from "../../db/client";
import { type DeliveryState, portalAccounts, portalEvents } from "../../db/schema";

/** A string of at most `max` characters, or absent. */
const upTo = (max: number) => z.optional(z.string().check(z.maxLength(max)));

const record = z.object({
  RecordType: z.string().check(z.maxLength(40)),
  MessageID: z.string().check(z.minLength(1), z.maxLength(200)),
  Type: upTo(80),
  TypeCode: z.optional(z.number()),
  Description: upTo(2000),
  Details: upTo(2000),
  Email: upTo(320),
  DeliveredAt: upTo(60),
  BouncedAt: upTo(60),
  Tag: upTo(200),
  // Whether Postmark has deactivated the address (later sends answer API error 406).
  Inactive: z.optional(z.boolean()),
});

export type DeliveryReport =
  | {
      kind: "report";
      messageId: string;
      state: Extract<DeliveryState, "delivered" | "undelivered" | "bounced" | "complaint">;
      at: Date;
      detail: string | null;
      /** For the operator's log: the sending side's problem, which no advisor can fix. */
      operatorNote?: string;
    }
  | { kind: "ignored"; why: string };

// Postmark's bounce-type table (https://postmarkapp.com/developer/api/bounce-api#bounce-types),
// read by whose problem each type is. Postmark reports a bounce once it has stopped trying
// (https://postmarkapp.com/developer/webhooks/bounce-webhook), so none of them means "later".

/** The traveler's address can't take mail: only fixing the address helps (Fix email). */
const ADDRESS_PROBLEM: Record<string, string> = {
  HardBounce: "The mailbox doesn't exist.",
  BadEmailAddress: "The address isn't a valid email address.",
  ManuallyDeactivated: "The agency's email service stopped sending to this address after earlier problems.",
};
const SPAM_COMPLAINT = "Marked as spam by the recipient.";

/**
 * The traveler's provider refused mail from the agency's sending domain (DMARC, a block list):
 * the address is fine, the agency's email setup (DKIM, Return-Path, reputation) is not.
 */
const SENDER_PROBLEM = new Set(["DMARCPolicy", "Blocked"]);
const REFUSED_FOR_SETUP =
  "Refused by the traveler's mail provider because of how the agency's email is set up. The address may be fine; whoever runs the agency's email needs to check its setup before sending again.";

/** It didn't arrive, for a reason that may pass: the advisor can send it again. */
const NOT_DELIVERED: Record<string, string> = {
  Transient: "The recipient's server couldn't take it for now.",
  SoftBounce: "The mailbox is full or temporarily unavailable.",
  DnsError: "The recipient's mail domain couldn't be reached.",
  SpamNotification: "The recipient's mail server filtered it as spam.",
  ChallengeVerification: "The recipient's server asks the sender to verify themselves.",
  VirusNotification: "The recipient's server flagged it as a virus.",
};
const UNKNOWN_REASON = "The recipient's server turned it away for an unknown reason.";
const SEND_AGAIN = "It was not delivered and won't be tried again: send it again.";

/** Records about something other than this email's delivery: replies, list requests, inbound mail. */
const NOT_ABOUT_DELIVERY = new Set([
  "AutoResponder",
  "Unsubscribe",
  "Subscribe",
  "AddressChange",
  "OpenRelayTest",
  "InboundError",
]);

type Report = Extract<DeliveryReport, { kind: "report" }>;

function readBounce(r: z.infer<typeof record>, at: Date): DeliveryReport {
  const type = r.RecordType === "SpamComplaint" ? "SpamComplaint" : (r.Type ?? "Unknown");
  const report = (state: Report["state"], detail: string, operatorNote?: string): Report => ({
    kind: "report",
    messageId: r.MessageID,
    state,
    at,
    detail,
    ...(operatorNote ? { operatorNote } : {}),
  });
  if (type === "SpamComplaint") return report("complaint", SPAM_COMPLAINT);
  if (NOT_ABOUT_DELIVERY.has(type)) return { kind: "ignored", why: `bounce type ${type} says nothing about delivery` };
  const address = ADDRESS_PROBLEM[type];
  if (address) return report("bounced", address);
  const note = SENDER_PROBLEM.has(type)
    ? `Postmark ${type} bounce for MessageID ${r.MessageID} to ${r.Email ?? "?"}: the recipient's provider refused mail from our sending domain; check its DKIM, Return-Path and DMARC alignment. Details: ${r.Details ?? r.Description ?? "none"}`
    : undefined;
  // Postmark won't send to an inactive address again (API error 406), whatever the bounce was.
  if (r.Inactive)
    return report(
      "bounced",
      `${note ? REFUSED_FOR_SETUP : (NOT_DELIVERED[type] ?? UNKNOWN_REASON)} The agency's email service has stopped sending to this address.`,
      note,
    );
  if (note) return report("undelivered", REFUSED_FOR_SETUP, note);
  return report("undelivered", `${NOT_DELIVERED[type] ?? UNKNOWN_REASON} ${SEND_AGAIN}`);
}

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
    return at ? readBounce(r, at) : { kind: "invalid" };
  }
  return { kind: "ignored", why: `record type ${r.RecordType}` };
}

/**
 * Applies a report to the send it names, and to its account if that send is still the
 * account's newest (a resend, or a corrected email, makes an older send history only). A
 * record older than or as old as the one already applied changes nothing, on the send or the
 * account. Returns whether anything changed.
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
            // Only if this very record is what the send now says: a tie with another record
            // (a Delivery stamped like the Bounce already applied) changed nothing above.
            .where(
              and(
                eq(portalEvents.providerMessageId, report.messageId),
                eq(portalEvents.deliveryAt, report.at),
                eq(portalEvents.deliveryStatus, report.state),
              ),
            )
            .limit(1),
        ),
      ),
  ]);
  return events.length > 0;
}
