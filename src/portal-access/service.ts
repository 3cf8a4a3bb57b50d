// Carries out lifecycle decisions: one D1 batch for state, tokens and the event (so a failure
// never leaves half a change), then KV session revocation, then the email. A failed send is
// recorded and reported; the account stays in a state the advisor can retry from.

import type { Db } from "../db/client";
import { travelerLocale } from "../i18n/locales";
import { newId } from "../lib/ids";
import { type SendResult, sentByWords } from "../mail/message";
import type { Branding } from "../mail/render";
import { revokeAccountSessions } from "../sessions/revocation";
import { type Decision, decide, type PortalAction, REFUSAL, type Refusal } from "./lifecycle";
import type { MailTemplate } from "./mail/outbound";
import { gatheringMailer, type Mailer, planMail, portalPayload, type QueuedMailer } from "./mail/send";
import { type ActionFacts, loadActionFacts } from "./queries";
import { mintClaimToken } from "./tokens";
import { buildActionWrites } from "./writes";

/** Who acted: an advisor, or null id for the client themselves (forgot password) and automation. */
export interface Actor {
  id: string | null;
  name: string;
  email: string;
}

/** D1 and KV for the state, and the mailer (mail/send.ts) for the email an action sends. */
export interface ServiceDeps extends Mailer {
  kv: KVNamespace;
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
  const send = decision.send;
  const mail = send
    ? planMail(
        deps,
        {
          template: templateFor(input, send.purpose),
          agencyId: input.agencyId,
          accountId,
          eventId,
          tokenId,
          recipient: send.recipient,
          payload: portalPayload(deps, {
            branding: brandingOf(facts.agency),
            locale: travelerLocale(facts.contact.language, facts.agency.portalLanguage),
            slug: send.slug,
            firstName: facts.contact.firstName,
            advisor: input.actor.id ? input.actor : null,
            tag: input.reminder ? "portal-reminder" : `portal-${send.purpose}`,
          }),
          actor: { id: input.actor.id, label: input.actor.name },
        },
        now,
        { accountId, eventId },
      )
    : null;

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
  if (mail?.write) writes.push(mail.write);
  const [accountWritten] = (await db.batch(writes)) as [{ id: string }[], ...unknown[]];
  // A racing action, an archive or a second click creating the same account got in first:
  // this batch was a no-op as a whole.
  if (accountWritten.length === 0) return { ok: false, refusal: await explainLostRace(deps.db, input, now) };

  if (decision.revokeSessions) await revokeAccountSessions(deps.kv, accountId, now);

  const sent = mail && minted ? await mail.dispatch(minted.token) : null;
  const delivery = sent && !sent.queued ? sent.result : null;
  const outboundId = sent?.queued ? sent.outboundId : null;
  const recipient = send?.recipient ?? null;
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

/** Service dependencies whose emails go through the MAIL queue. */
export type QueuedServiceDeps = ServiceDeps & QueuedMailer;

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
  const gathering = gatheringMailer(deps);
  const gatheringDeps = { ...deps, ...gathering.mailer };
  const outcomes: ActionOutcome[] = [];
  for (const input of inputs) outcomes.push(await performPortalAction(gatheringDeps, input, now));
  const refused = await gathering.flush(now);
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
