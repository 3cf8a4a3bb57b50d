// Carries out lifecycle decisions: one D1 batch for state, tokens and the event (so a failure
// never leaves half a change), then KV session revocation, then the email. A failed send is
// recorded and reported; the account stays in a state the advisor can retry from.
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { type DeliveryState, portalAccounts, portalEvents } from "../db/schema";
import { newId } from "../lib/ids";
import { CHANNEL_LABEL, type MailTransport, type SendResult, sentByWords } from "../mail/message";
import { type Branding, renderPortalEmail } from "../mail/render";
import { revokeAccountSessions } from "../sessions/revocation";
import { type Decision, decide, type PortalAction, REFUSAL, type Refusal } from "./lifecycle";
import {
  gatheringQueue,
  giveUpOnOutbound,
  insertOutboundIfApplied,
  type MailQueue,
  type MailTemplate,
  type OutboundPayload,
  queueMessage,
} from "./outbound";
import { type ActionFacts, loadActionFacts } from "./queries";
import { claimUrl, linkExpiry, mintClaimToken } from "./tokens";
import { buildActionWrites } from "./writes";

/** Who acted: an advisor, or null id for the client themselves (forgot password) and automation. */
export interface Actor {
  id: string | null;
  name: string;
  email: string;
}

export interface ServiceDeps {
  db: Db;
  kv: KVNamespace;
  /** Transports in order of preference: the first that does not fail for its own reasons wins. */
  transports: MailTransport[];
  baseUrl: string;
  mailFrom: string;
  /**
   * Mail no click waits for goes through the MAIL queue (outbound.ts); without it the email is
   * sent at once, so an advisor's toast can say what happened.
   */
  queue?: { mail: MailQueue; secret: string };
}

export type ActionOutcome =
  | { ok: false; notFound: true }
  | { ok: false; notFound?: false; refusal: Refusal }
  | {
      ok: true;
      decision: Decision;
      accountId: string;
      recipient: string | null;
      delivery: SendResult | null;
      /** The email went to the mail queue (outbound row id); delivery follows from the consumer. */
      queuedAs: string | null;
      toast: string;
    };

const SENT_WORDS: Record<"invite" | "reset", string> = { invite: "Invite sent", reset: "Password reset sent" };
/** What an action did, naming the traveler it was done to. */
const DONE_WORDS: Record<Decision["action"], (name: string) => string> = {
  invite: (name) => `Invite sent to ${name}`,
  resend: (name) => `Invite resent to ${name}`,
  reset: (name) => `Password reset sent to ${name}`,
  cancel_disable: (name) => `Invite cancelled and portal access disabled for ${name}`,
  disable: (name) => `Portal access disabled for ${name}; they are signed out`,
  reenable: (name) => `Portal access re-enabled for ${name}`,
  reactivate: (name) => `Portal access reactivated for ${name} and a fresh invite sent`,
};

export async function performPortalAction(
  deps: ServiceDeps,
  input: {
    agencyId: string;
    contactId: string;
    action: PortalAction;
    actor: Actor;
    trigger?: string;
    /** Where the client lands after claiming: the shared document or the trip the invite came from. */
    landing?: { document: string } | { trip: string };
    /** The scheduled expiry reminder (reminders.ts): a resend in its own words and event kind. */
    reminder?: boolean;
  },
  now = new Date(),
): Promise<ActionOutcome> {
  const facts = await loadActionFacts(deps.db, input.agencyId, input.contactId, now);
  if (!facts) return { ok: false, notFound: true };
  const decision = decide(toLifecycleInput(facts, input.action, input.actor));
  if (!decision.ok) return { ok: false, refusal: decision };

  const accountId = facts.account?.id ?? newId("pac");
  const minted = decision.send ? await mintClaimToken() : null;
  const eventId = newId("pev");
  const tokenId = newId("ptk");
  const { db } = deps;
  const queue = decision.send && deps.queue ? deps.queue : null;
  const outboundId = queue ? newId("mob") : null;

  const writes = buildActionWrites(db, {
    facts,
    decision,
    accountId,
    eventId,
    actor: input.actor,
    tokenHash: minted?.tokenHash ?? null,
    trigger: input.trigger ?? null,
    landing: !input.landing
      ? null
      : "document" in input.landing
        ? `document:${input.landing.document}`
        : `trip:${input.landing.trip}`,
    tokenId,
    reminder: input.reminder,
    now,
  });
  if (decision.send && outboundId)
    writes.push(
      insertOutboundIfApplied(
        db,
        {
          id: outboundId,
          agencyId: input.agencyId,
          accountId,
          eventId,
          tokenId,
          template: templateFor(input, decision.send.purpose),
          recipient: decision.send.recipient,
          payload: outboundPayload(deps, facts, decision.send, input),
          now,
        },
        { accountId, eventId },
      ),
    );
  const [accountWritten] = (await db.batch(writes)) as [{ id: string }[], ...unknown[]];
  // A racing action, an archive or a second click creating the same account got in first:
  // this batch was a no-op as a whole.
  if (accountWritten.length === 0) return { ok: false, refusal: await explainLostRace(deps.db, input, now) };

  if (decision.revokeSessions) await revokeAccountSessions(deps.kv, accountId, now);

  let delivery: SendResult | null = null;
  const send = decision.send;
  const recipient = send?.recipient ?? null;
  if (send && minted && queue && outboundId) {
    try {
      await queue.mail.send(await queueMessage(outboundId, minted.token, queue.secret));
    } catch (err) {
      // The queue refused the message: say so now rather than leave the email waiting forever.
      console.error("mail queue send failed", err);
      await giveUpOnOutbound(db, outboundId, now);
    }
  } else if (send && minted) {
    const url = claimUrl(deps.baseUrl, send.slug, minted.token);
    const email = renderPortalEmail(templateFor(input, send.purpose), {
      branding: brandingOf(facts.agency),
      baseUrl: deps.baseUrl,
      url,
      firstName: facts.contact.firstName,
      advisorName: input.actor.name,
      expiresAt: linkExpiry(now),
    });
    delivery = await sendThroughFirstWorking(deps.transports, {
      from: senderFor(deps.mailFrom, facts.agency.name),
      to: send.recipient,
      replyTo: input.actor.email || facts.agency.contactEmail || undefined,
      subject: email.subject,
      html: email.html,
      text: email.text,
      tag: `portal-${send.purpose}`,
    });
    await recordDelivery(db, {
      agencyId: input.agencyId,
      accountId,
      eventId,
      recipient: send.recipient,
      delivery,
      actor: input.actor,
      now,
    });
  }

  const toast =
    send && outboundId
      ? `${SENT_WORDS[send.purpose]} to ${send.recipient}: it is on its way.`
      : send && delivery
        ? delivery.ok
          ? `${SENT_WORDS[send.purpose]} to ${send.recipient} ${sentByWords(delivery.channel, facts.agency.name)}`
          : delivery.message
        : DONE_WORDS[decision.action](`${facts.contact.firstName} ${facts.contact.lastName}`.trim());
  return { ok: true, decision, accountId, recipient, delivery, queuedAs: outboundId, toast };
}

/** The email an action sends: a client's own "Email me a fresh link" (no advisor acted) gets its own words. */
function templateFor(input: { actor: Actor; reminder?: boolean }, purpose: "invite" | "reset"): MailTemplate {
  return input.reminder ? "reminder" : input.actor.id === null ? "fresh_link" : purpose;
}

function brandingOf(agency: ActionFacts["agency"]): Branding {
  const { name, brandColor, logoUrl, timeZone, contactEmail } = agency;
  return { agencyName: name, brandColor, logoUrl, timeZone, contactEmail };
}

function outboundPayload(
  deps: ServiceDeps,
  facts: ActionFacts,
  send: { slug: string; purpose: string },
  input: { actor: Actor; reminder?: boolean },
): OutboundPayload {
  const { agency } = facts;
  return {
    from: senderFor(deps.mailFrom, agency.name),
    replyTo: input.actor.email || agency.contactEmail || null,
    firstName: facts.contact.firstName,
    advisorName: input.actor.id ? input.actor.name : null,
    branding: brandingOf(agency),
    slug: send.slug,
    tag: input.reminder ? "portal-reminder" : `portal-${send.purpose}`,
  };
}

/** Service dependencies whose emails go through the MAIL queue. */
export type QueuedServiceDeps = ServiceDeps & { queue: NonNullable<ServiceDeps["queue"]> };

export type ActionInput = Parameters<typeof performPortalAction>[1];

/** An action that went through, but whose email the queue refused: recorded as failed, nothing sent. */
export type QueueRefused = { ok: false; queueRefused: true };

/**
 * Many actions at once (bulk resend, the reminder run), each through performPortalAction, their
 * emails gathered into one sendBatch instead of a queue call each.
 */
export async function performQueuedActions(
  deps: QueuedServiceDeps,
  inputs: ActionInput[],
  now = new Date(),
): Promise<(ActionOutcome | QueueRefused)[]> {
  const gathered = gatheringQueue(deps.queue.mail);
  const gatheringDeps = { ...deps, queue: { mail: gathered.queue, secret: deps.queue.secret } };
  const outcomes: ActionOutcome[] = [];
  for (const input of inputs) outcomes.push(await performPortalAction(gatheringDeps, input, now));
  const refused = await gathered.flush(deps.db, now);
  return outcomes.map((o) => (o.ok && o.queuedAs && refused.has(o.queuedAs) ? { ok: false, queueRefused: true } : o));
}

/** After losing a race, say what the state is now (SPEC §4), from fresh facts. */
async function explainLostRace(
  db: Db,
  input: { agencyId: string; contactId: string; action: PortalAction; actor: Actor },
  now: Date,
): Promise<Refusal> {
  const facts = await loadActionFacts(db, input.agencyId, input.contactId, now);
  const again = facts ? decide(toLifecycleInput(facts, input.action, input.actor)) : null;
  return again && !again.ok ? again : { ok: false, reason: "stale", message: REFUSAL.raced };
}

function toLifecycleInput(facts: ActionFacts, action: PortalAction, actor: Actor) {
  return {
    account: facts.account ? { status: facts.account.status, hasPassword: !!facts.account.passwordHash } : null,
    contact: { email: facts.contact.email, archived: !!facts.contact.archivedAt },
    agency: { portalSlug: facts.agency.portalSlug },
    emailTakenByAnotherContact: facts.emailTakenByAnotherContact,
    requestedBy: actor.id ? ("advisor" as const) : ("client" as const),
    recentSends: facts.recentSends,
    freshAdvisorLink: facts.freshAdvisorLink,
    action,
  };
}

/** "Pride Travelers <noreply@…>": the email reads as coming from the agency, not from Trips. */
export function senderFor(mailFrom: string, agencyName: string): string {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  const name = agencyName.replace(/["\\\r\n<>]/g, "").trim();
  return name ? `"${name}" <${address}>` : address;
}

async function sendThroughFirstWorking(
  transports: MailTransport[],
  mail: Parameters<MailTransport["send"]>[0],
): Promise<SendResult> {
  let last: SendResult | null = null;
  for (const transport of transports) {
    try {
      last = await transport.send(mail);
    } catch (err) {
      // A transport that throws is a failed send like any other: the next one gets its turn.
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

/** What the account shows right after sending: Gmail gives no delivery reports; an address the provider refuses is as good as bounced. */
function deliveryStateAfterSend(delivery: SendResult): DeliveryState {
  if (delivery.ok) return delivery.channel === "gmail" ? "gmail" : "sent";
  return delivery.refused === "address" ? "bounced" : "failed";
}

async function recordDelivery(
  db: Db,
  r: {
    agencyId: string;
    accountId: string;
    eventId: string;
    recipient: string;
    delivery: SendResult;
    actor: Actor;
    now: Date;
  },
) {
  const state = deliveryStateAfterSend(r.delivery);
  const update = db
    .update(portalEvents)
    .set({
      channel: r.delivery.channel,
      providerMessageId: r.delivery.ok ? r.delivery.messageId : null,
      deliveryStatus: r.delivery.ok ? "sent" : "failed",
      deliveryDetail: r.delivery.ok ? null : r.delivery.message,
    })
    .where(and(eq(portalEvents.id, r.eventId), eq(portalEvents.agencyId, r.agencyId)));
  // The account shows its newest email's fate; a newer send may already have replaced this one.
  const onAccount = db
    .update(portalAccounts)
    .set({ latestDelivery: state })
    .where(and(eq(portalAccounts.id, r.accountId), eq(portalAccounts.latestSendId, r.eventId)));
  if (r.delivery.ok) {
    await db.batch([update, onAccount]);
    return;
  }
  await db.batch([
    update,
    onAccount,
    db.insert(portalEvents).values({
      id: newId("pev"),
      agencyId: r.agencyId,
      accountId: r.accountId,
      at: new Date(r.now.getTime() + 1),
      kind: "send_failed",
      actorId: r.actor.id,
      actorLabel: r.actor.name,
      channel: r.delivery.channel,
      recipient: r.recipient,
      deliveryStatus: "failed",
      detail: r.delivery.message,
    }),
  ]);
}
