// Carries out lifecycle decisions: one D1 batch for state, tokens and the event (so a failure
// never leaves half a change), then KV session revocation, then the email. A failed send is
// recorded and reported; the account stays in a state the advisor can retry from.
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { type DeliveryState, portalAccounts, portalEvents } from "../db/schema";
import { newId } from "../lib/ids";
import { CHANNEL_LABEL, type MailTransport, type SendResult } from "../mail/message";
import { renderPortalEmail } from "../mail/render";
import { revokeAccountSessions } from "../sessions/revocation";
import { type Decision, decide, type PortalAction, REFUSAL, type Refusal } from "./lifecycle";
import { type ActionFacts, loadActionFacts } from "./queries";
import { claimUrl, mintClaimToken } from "./tokens";
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
      toast: string;
    };

const SENT_WORDS: Record<"invite" | "reset", string> = { invite: "Invite sent", reset: "Password reset sent" };
const DONE_WORDS: Record<Decision["action"], string> = {
  invite: "Invite sent",
  resend: "Invite resent",
  reset: "Password reset sent",
  cancel_disable: "Invite cancelled and portal access disabled",
  disable: "Portal access disabled; the client is signed out",
  reenable: "Portal access re-enabled",
  reactivate: "Portal access reactivated and a fresh invite sent",
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
  const { db } = deps;

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
    now,
  });
  const [accountWritten] = (await db.batch(writes)) as [{ id: string }[], ...unknown[]];
  // A racing action, an archive or a second click creating the same account got in first:
  // this batch was a no-op as a whole.
  if (accountWritten.length === 0) return { ok: false, refusal: await explainLostRace(deps.db, input, now) };

  if (decision.revokeSessions) await revokeAccountSessions(deps.kv, accountId, now);

  let delivery: SendResult | null = null;
  const send = decision.send;
  const recipient = send?.recipient ?? null;
  if (send && minted) {
    const url = claimUrl(deps.baseUrl, send.slug, minted.token);
    const email = renderPortalEmail(send.purpose, {
      branding: { agencyName: facts.agency.name, brandColor: facts.agency.brandColor, logoUrl: facts.agency.logoUrl },
      baseUrl: deps.baseUrl,
      url,
      firstName: facts.contact.firstName,
      advisorName: input.actor.name,
    });
    delivery = await sendThroughFirstWorking(deps.transports, {
      from: senderFor(deps.mailFrom, facts.agency.name),
      to: send.recipient,
      replyTo: input.actor.email || undefined,
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
    send && delivery
      ? delivery.ok
        ? `${SENT_WORDS[send.purpose]} to ${send.recipient} via ${CHANNEL_LABEL[delivery.channel]}`
        : delivery.message
      : DONE_WORDS[decision.action];
  return { ok: true, decision, accountId, recipient, delivery, toast };
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
  return delivery.undeliverable ? "bounced" : "failed";
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
