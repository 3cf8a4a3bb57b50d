// The one owner of portal mail (SPEC §6, §11; STYLE.md 16), with record.ts and outbound.ts
// beside it. Every portal email, whoever sends it (an advisor's click, a claim's notice, bulk
// resend, a reminder, an auto-invite, a client's fresh link), leaves through here: this module
// chooses the path (at once, or through the MAIL queue when no click waits), renders the
// template, tries the transports in order, and has record.ts record what happened with one
// mapping. The queue's consumer sends through the same code, so a queued email and a clicked one
// can't differ.

import type { Db } from "../../db/client";
import type { Config } from "../../env";
import { asLocale, DEFAULT_LOCALE, type Locale } from "../../i18n/locales";
import { newId } from "../../lib/ids";
import { CHANNEL_LABEL, type MailTransport, type SendResult } from "../../mail/message";
import { type Branding, renderPortalEmail } from "../../mail/render";
import { defaultTransport } from "../../mail/send";
import { claimUrl, linkExpiry } from "../tokens";
import {
  cancelOutbound,
  finishOutbound,
  insertOutbound,
  insertOutboundIfApplied,
  type MailMessage,
  type MailQueue,
  type OutboundPayload,
  queueMessage,
  requeueOutbound,
  stillWorthSending,
  takeOutbound,
  unsealLink,
} from "./outbound";
import { giveUpOnOutbound, mailOfRow, type PortalMail, recordSendResult, runBatch } from "./record";

export interface Mailer {
  db: Db;
  /** Transports in order of preference: the first that does not fail for its own reasons wins. */
  transports: MailTransport[];
  baseUrl: string;
  mailFrom: string;
  /**
   * Mail no click waits for goes through the MAIL queue, with retries; without it an email is
   * sent at once, so an advisor's toast can say what happened.
   */
  queue?: { mail: MailQueue; secret: string };
}

/**
 * How portal mail leaves, assembled in one place for every sender: the default transport
 * (Postmark, or the dev outbox locally) with an advisor's Gmail in front only for that advisor's
 * own clicks (SPEC §6: automatic mail never goes through Gmail), and the queue when given.
 */
export type QueuedMailer = Mailer & { queue: NonNullable<Mailer["queue"]> };

export function portalMailer(r: { config: Config; db: Db; queue: MailQueue }): QueuedMailer;
export function portalMailer(r: { config: Config; db: Db; gmail?: MailTransport }): Mailer;
export function portalMailer(r: { config: Config; db: Db; queue?: MailQueue; gmail?: MailTransport }): Mailer {
  const { config, db } = r;
  return {
    db,
    transports: [...(r.gmail ? [r.gmail] : []), defaultTransport(config, db)],
    baseUrl: config.APP_BASE_URL,
    mailFrom: config.MAIL_FROM,
    ...(r.queue ? { queue: { mail: r.queue, secret: config.SESSION_SECRET } } : {}),
  };
}

/** "Pride Travelers <noreply@…>": the email reads as coming from the agency, not from Trips. */
export function senderFor(mailFrom: string, agencyName: string): string {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  const name = agencyName.replace(/["\\\r\n<>]/g, "").trim();
  return name ? `"${name}" <${address}>` : address;
}

/**
 * What an email says besides its link: from the agency, replying to the advisor who triggered it,
 * or to the agency's contact address when nobody clicked (SPEC §6).
 */
export function portalPayload(
  mailer: Pick<Mailer, "mailFrom">,
  r: {
    branding: Branding;
    /** The traveler's language (their contact's, else the agency's): kept with a queued row, which has no request to ask. */
    locale: Locale;
    slug: string;
    firstName: string;
    advisor: { name: string; email: string } | null;
    tag: string;
  },
): OutboundPayload {
  return {
    from: senderFor(mailer.mailFrom, r.branding.agencyName),
    replyTo: r.advisor?.email || r.branding.contactEmail || null,
    firstName: r.firstName,
    locale: r.locale,
    advisorName: r.advisor?.name ?? null,
    branding: r.branding,
    slug: r.slug,
    tag: r.tag,
  };
}

/** Sent (or not) at once, or handed to the queue, whose consumer records the rest. */
export type MailOutcome = { queued: true; outboundId: string } | { queued: false; result: SendResult };

/**
 * An email that follows an action: `write` is its mail_outbound row for the action's own D1
 * batch (queued mail only; `appliedIf` makes it conditional on the action's account stamp, so a
 * lost race writes no row), and `dispatch` runs once the batch has committed: it hands the
 * message to the queue, or sends the email and records what happened.
 */
export function planMail(
  mailer: Mailer,
  mail: PortalMail,
  now: Date,
  appliedIf?: { accountId: string; eventId: string },
) {
  const { db, queue } = mailer;
  const outboundId = queue ? newId("mob") : null;
  const row = outboundId ? { ...mail, id: outboundId, now } : null;
  return {
    outboundId,
    write: row ? (appliedIf ? insertOutboundIfApplied(db, row, appliedIf) : insertOutbound(db, row)) : null,
    async dispatch(link: string | null): Promise<MailOutcome> {
      if (queue && outboundId) {
        try {
          await queue.mail.send(await queueMessage(outboundId, link, queue.secret));
        } catch (err) {
          // The queue refused the message: say so now rather than leave the email waiting forever.
          console.error("mail queue send failed", err);
          await giveUpOnOutbound(db, outboundId, now);
        }
        return { queued: true, outboundId };
      }
      const result = await sendPortalEmail(mailer, mail, link, now);
      await runBatch(db, recordSendResult(db, mail, result, now));
      return { queued: false, result };
    },
  };
}

/** A notice that follows a committed change (the password-changed email): queued or sent, and recorded. */
export async function sendNotice(mailer: Mailer, mail: PortalMail, now = new Date()): Promise<MailOutcome> {
  const plan = planMail(mailer, mail, now);
  if (plan.write) await plan.write;
  return plan.dispatch(null);
}

/**
 * A sign-in code (SPEC §13): sent at once, never through the queue (the client is waiting on the
 * code page, and a code outlives no retry), and recorded on its code_sent event. The code rides
 * only in the email: it is never stored or logged here.
 */
export async function sendSignInCode(
  mailer: Mailer,
  mail: PortalMail,
  code: { code: string; expiresAt: Date },
  now = new Date(),
): Promise<SendResult> {
  const result = await sendPortalEmail(mailer, mail, null, now, code);
  await runBatch(mailer.db, recordSendResult(mailer.db, mail, result, now));
  return result;
}

/**
 * A mailer whose queue gathers the messages of many actions (bulk resend, the reminder run), so
 * they leave in sendBatch calls instead of one subrequest each; `flush` sends them, and records a
 * batch the queue refuses as failed at once. Answers the outbound ids that failed.
 */
export function gatheringMailer(mailer: QueuedMailer) {
  const messages: MailMessage[] = [];
  const gathered: MailQueue = {
    send: async (body) => {
      messages.push(body);
    },
    sendBatch: async (batch) => {
      for (const m of batch) messages.push(m.body);
    },
  };
  return {
    mailer: { ...mailer, queue: { ...mailer.queue, mail: gathered } },
    async flush(now = new Date()): Promise<Set<string>> {
      const failed = new Set<string>();
      for (let i = 0; i < messages.length; i += SEND_BATCH_MAX) {
        const batch = messages.slice(i, i + SEND_BATCH_MAX);
        try {
          await mailer.queue.mail.sendBatch(batch.map((body) => ({ body })));
        } catch (err) {
          console.error("mail queue sendBatch failed", err);
          for (const m of batch) {
            await giveUpOnOutbound(mailer.db, m.outboundId, now);
            failed.add(m.outboundId);
          }
        }
      }
      return failed;
    },
  };
}

/** Per-call maximum of a Queues sendBatch (https://developers.cloudflare.com/queues/platform/limits/). */
const SEND_BATCH_MAX = 100;

/** What the consumer does with a message: done (ack) or try again later (retry). */
export type Delivered = "sent" | "skipped" | "failed" | "retry";

/**
 * The queue's consumer: sends one outbound email at most once, through the same rendering,
 * transports and records as a click. A redelivered message finds its row taken or done and sends
 * nothing; a link voided or used since the action (another resend, a claim, access disabled) is
 * not sent, since the email would only carry a dead link.
 */
export async function deliverOutbound(
  mailer: Mailer & { secret: string },
  message: MailMessage,
  now = new Date(),
): Promise<Delivered> {
  const { db } = mailer;
  const row = await takeOutbound(db, message.outboundId, now);
  if (!row) return "skipped";
  const link = await unsealLink(message, row, mailer.secret);
  const stillWanted = await stillWorthSending(db, row, link, now);
  if (!stillWanted.ok) {
    await cancelOutbound(db, row, stillWanted.why, now);
    return "skipped";
  }
  const mail = mailOfRow(row);
  // The link was minted with this row, in the same batch: it expires 7 days after it.
  const result = await sendPortalEmail(mailer, mail, link, row.createdAt);
  if (!result.ok && !result.refused) {
    // Postmark down, rate limiting, a timeout: give the row back and let the queue retry it. A
    // refusal (the address, or a request Postmark can't take) would only be refused again.
    await requeueOutbound(db, row, result.message);
    return "retry";
  }
  await runBatch(db, [finishOutbound(db, row, result, now), ...recordSendResult(db, mail, result, now)]);
  return result.ok ? "sent" : "failed";
}

/**
 * Renders the email (the claim link, the code page for a sign-in code, or the sign-in page for
 * notices) and tries the transports in order.
 */
async function sendPortalEmail(
  mailer: Mailer,
  mail: PortalMail,
  link: string | null,
  linkMintedAt: Date,
  code?: { code: string; expiresAt: Date },
) {
  const { payload } = mail;
  const signIn = `${mailer.baseUrl}/portal/${encodeURIComponent(payload.slug)}/login`;
  const url = link ? claimUrl(mailer.baseUrl, payload.slug, link) : code ? `${signIn}/code` : signIn;
  const email = renderPortalEmail(mail.template, {
    locale: asLocale(payload.locale) ?? DEFAULT_LOCALE,
    branding: payload.branding,
    baseUrl: mailer.baseUrl,
    url,
    firstName: payload.firstName,
    advisorName: payload.advisorName ?? undefined,
    expiresAt: link ? linkExpiry(linkMintedAt) : undefined,
    code,
  });
  return sendThroughFirstWorking(mailer.transports, {
    from: payload.from,
    to: mail.recipient,
    replyTo: payload.replyTo ?? undefined,
    subject: email.subject,
    html: email.html,
    text: email.text,
    tag: payload.tag,
  });
}

/** The first transport that doesn't fail wins; a transport that throws is a failed send like any other. */
async function sendThroughFirstWorking(
  transports: MailTransport[],
  mail: Parameters<MailTransport["send"]>[0],
): Promise<SendResult> {
  let last: SendResult | null = null;
  for (const transport of transports) {
    try {
      last = await transport.send(mail);
    } catch (err) {
      console.error(`mail transport ${transport.channel} threw`, err);
      last = {
        ok: false,
        channel: transport.channel,
        message: `Sending through ${CHANNEL_LABEL[transport.channel]} failed unexpectedly. Nothing was sent; try again in a minute.`,
      };
    }
    if (last.ok) return last;
  }
  return last ?? { ok: false, channel: "outbox", message: "No mail transport is configured." };
}
