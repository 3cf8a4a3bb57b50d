// Carries out lifecycle decisions: one D1 batch for state, tokens and the event (so a failure
// never leaves half a change), then KV session revocation, then the email. A failed send is
// recorded and reported; the account stays in a state the advisor can retry from.
import { and, eq, isNull } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../db/client";
import { contacts, portalAccounts, portalEvents, portalTokens } from "../db/schema";
import { newId } from "../lib/ids";
import { renderPortalEmail } from "../mail/render";
import { CHANNEL_LABEL, type MailTransport, type SendResult } from "../mail/message";
import { revokeAccountSessions } from "../portal/revocation";
import { decide, REFUSAL, type Decision, type PortalAction, type Refusal } from "./lifecycle";
import { loadActionFacts } from "./queries";
import { buildActionWrites } from "./writes";
import { claimUrl, mintClaimToken } from "./tokens";

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
  | { ok: true; decision: Decision; accountId: string; recipient: string | null; delivery: SendResult | null; toast: string };

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
  input: { agencyId: string; contactId: string; action: PortalAction; actor: Actor; trigger?: string },
  now = new Date(),
): Promise<ActionOutcome> {
  const facts = await loadActionFacts(deps.db, input.agencyId, input.contactId, now);
  if (!facts) return { ok: false, notFound: true };
  const decision = decide(toLifecycleInput(facts, input.action));
  if (!decision.ok) return { ok: false, refusal: decision };

  const accountId = facts.account?.id ?? newId("pac");
  const recipient = decision.email ? facts.contact.email!.trim() : null;
  const minted = decision.mint ? await mintClaimToken() : null;
  const eventId = newId("pev");
  const { db } = deps;

  const writes = buildActionWrites(db, {
    facts,
    decision,
    accountId,
    eventId,
    actor: input.actor,
    tokenHash: minted?.tokenHash ?? null,
    recipient,
    trigger: input.trigger ?? null,
    now,
  });
  try {
    const [accountWritten] = (await db.batch(writes)) as [{ id: string }[], ...unknown[]];
    // A racing action (or archiving) changed things first: this batch was a no-op as a whole.
    if (accountWritten.length === 0) return { ok: false, refusal: await explainLostRace(deps.db, input, now) };
  } catch (err) {
    // Two clicks racing to create the same account: the unique index lets exactly one through.
    if (/UNIQUE constraint failed: portal_accounts\.contact_id/.test(String(err))) return { ok: false, refusal: await explainLostRace(deps.db, input, now) };
    if (/UNIQUE constraint failed: portal_accounts\.agency_id, portal_accounts\.email/.test(String(err))) {
      return { ok: false, refusal: { ok: false, reason: "email_taken", message: REFUSAL.email_taken } };
    }
    throw err;
  }

  if (decision.revokeSessions) await revokeAccountSessions(deps.kv, accountId, now);

  let delivery: SendResult | null = null;
  if (decision.email && minted && recipient) {
    const url = claimUrl(deps.baseUrl, facts.agency.portalSlug!, minted.token);
    const email = renderPortalEmail(decision.email, {
      branding: { agencyName: facts.agency.name, brandColor: facts.agency.brandColor, logoUrl: facts.agency.logoUrl },
      baseUrl: deps.baseUrl,
      url,
      firstName: facts.contact.firstName,
      advisorName: input.actor.name,
    });
    delivery = await sendThroughFirstWorking(deps.transports, {
      from: senderFor(deps.mailFrom, facts.agency.name),
      to: recipient,
      replyTo: input.actor.email || undefined,
      subject: email.subject,
      html: email.html,
      text: email.text,
      tag: `portal-${decision.email}`,
    });
    await recordDelivery(db, { agencyId: input.agencyId, accountId, eventId, recipient, delivery, actor: input.actor, now });
  }

  const toast = delivery
    ? delivery.ok
      ? `${SENT_WORDS[decision.email!]} to ${recipient} via ${CHANNEL_LABEL[delivery.channel]}`
      : delivery.message
    : DONE_WORDS[decision.action];
  return { ok: true, decision, accountId, recipient, delivery, toast };
}

/** After losing a race, say what the state is now (SPEC §4), from fresh facts. */
async function explainLostRace(db: Db, input: { agencyId: string; contactId: string; action: PortalAction }, now: Date): Promise<Refusal> {
  const facts = await loadActionFacts(db, input.agencyId, input.contactId, now);
  const again = facts ? decide(toLifecycleInput(facts, input.action)) : null;
  return again && !again.ok ? again : { ok: false, reason: "stale", message: REFUSAL.raced };
}

function toLifecycleInput(facts: NonNullable<Awaited<ReturnType<typeof loadActionFacts>>>, action: PortalAction) {
  return {
    account: facts.account ? { status: facts.account.status, hasPassword: !!facts.account.passwordHash } : null,
    contact: { email: facts.contact.email, archived: !!facts.contact.archivedAt },
    agency: { portalSlug: facts.agency.portalSlug },
    emailTakenByAnotherContact: facts.emailTakenByAnotherContact,
    recentSends: facts.recentSends,
    action,
  };
}

/** "Pride Travelers <noreply@…>": the email reads as coming from the agency, not from Trips. */
export function senderFor(mailFrom: string, agencyName: string): string {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  const name = agencyName.replace(/["\\\r\n<>]/g, "").trim();
  return name ? `"${name}" <${address}>` : address;
}

async function sendThroughFirstWorking(transports: MailTransport[], mail: Parameters<MailTransport["send"]>[0]): Promise<SendResult> {
  let last: SendResult | null = null;
  for (const transport of transports) {
    try {
      last = await transport.send(mail);
    } catch (err) {
      // A transport that throws is a failed send like any other: the next one gets its turn.
      console.error(`mail transport ${transport.channel} threw`, err);
      last = { ok: false, channel: transport.channel, message: `Sending through ${CHANNEL_LABEL[transport.channel]} failed unexpectedly. Nothing was sent; try again in a minute.` };
    }
    if (last.ok) return last;
  }
  return last ?? { ok: false, channel: "outbox", message: "No mail transport is configured." };
}

async function recordDelivery(
  db: Db,
  r: { agencyId: string; accountId: string; eventId: string; recipient: string; delivery: SendResult; actor: Actor; now: Date },
) {
  const update = db
    .update(portalEvents)
    .set({
      channel: r.delivery.channel,
      providerMessageId: r.delivery.ok ? r.delivery.messageId : null,
      deliveryStatus: r.delivery.ok ? "sent" : "failed",
    })
    .where(and(eq(portalEvents.id, r.eventId), eq(portalEvents.agencyId, r.agencyId)));
  if (r.delivery.ok) {
    await update;
    return;
  }
  await db.batch([
    update,
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
