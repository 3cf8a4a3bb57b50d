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
import { decide, type Decision, type PortalAction, type Refusal } from "./lifecycle";
import { loadActionFacts, voidUnusedTokens, type ActionFacts } from "./queries";
import { CLAIM_TOKEN_TTL_MS, claimUrl, mintClaimToken } from "./tokens";

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
  const decision = decide({
    account: facts.account ? { status: facts.account.status, hasPassword: !!facts.account.passwordHash } : null,
    contact: { email: facts.contact.email, archived: !!facts.contact.archivedAt },
    agency: { portalSlug: facts.agency.portalSlug },
    emailTakenByAnotherContact: facts.emailTakenByAnotherContact,
    recentSends: facts.recentSends,
    action: input.action,
  });
  if (!decision.ok) return { ok: false, refusal: decision };

  const accountId = facts.account?.id ?? newId("pac");
  const recipient = decision.email ? facts.contact.email!.trim() : null;
  const minted = decision.mint ? await mintClaimToken() : null;
  const eventId = newId("pev");
  const { db } = deps;

  const writes: BatchItem<"sqlite">[] = [accountWrite(db, facts, decision, accountId, input.actor, now)];
  if (decision.voidTokens !== "none" && facts.account) writes.push(voidUnusedTokens(db, accountId, now));
  if (minted) {
    writes.push(
      db.insert(portalTokens).values({
        id: newId("ptk"),
        agencyId: input.agencyId,
        accountId,
        purpose: decision.mint!,
        tokenHash: minted.tokenHash,
        createdAt: now,
        createdBy: input.actor.id,
        expiresAt: new Date(now.getTime() + CLAIM_TOKEN_TTL_MS),
      }),
    );
  }
  writes.push(
    db.insert(portalEvents).values({
      id: eventId,
      agencyId: input.agencyId,
      accountId,
      at: now,
      kind: decision.event,
      actorId: input.actor.id,
      actorLabel: input.actor.name,
      recipient,
      deliveryStatus: decision.email ? "sending" : null,
      detail: input.trigger ?? null,
    }),
  );
  try {
    await db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
  } catch (err) {
    // Two clicks racing to create the same account: the unique index lets exactly one through.
    if (!facts.account && /UNIQUE constraint failed: portal_accounts\.contact_id/.test(String(err))) {
      return { ok: false, refusal: { ok: false, reason: "stale", message: "Nothing changed: this contact was invited a moment ago. The page shows the current state." } };
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

/** "Pride Travelers <noreply@…>": the email reads as coming from the agency, not from Trips. */
export function senderFor(mailFrom: string, agencyName: string): string {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  const name = agencyName.replace(/["\\\r\n<>]/g, "").trim();
  return name ? `"${name}" <${address}>` : address;
}

async function sendThroughFirstWorking(transports: MailTransport[], mail: Parameters<MailTransport["send"]>[0]): Promise<SendResult> {
  let last: SendResult | null = null;
  for (const transport of transports) {
    last = await transport.send(mail);
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
    .where(eq(portalEvents.id, r.eventId));
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

function accountWrite(db: Db, facts: ActionFacts, d: Decision, accountId: string, actor: Actor, now: Date) {
  const email = facts.contact.email?.trim().toLowerCase() ?? facts.account?.email ?? "";
  if (!facts.account) {
    return db.insert(portalAccounts).values({
      id: accountId,
      agencyId: facts.agency.id,
      contactId: facts.contact.id,
      email,
      status: d.to,
      invitedAt: now,
      invitedBy: actor.id,
      createdAt: now,
    });
  }
  const set: Partial<typeof portalAccounts.$inferInsert> = { status: d.to };
  if (d.email) set.email = email;
  if (d.mint === "invite") Object.assign(set, { invitedAt: now, invitedBy: actor.id });
  if (d.to === "disabled") Object.assign(set, { disabledAt: now, disabledBy: actor.id, disabledWhy: "advisor" });
  if (d.from === "disabled") Object.assign(set, { reenabledAt: now, reenabledBy: actor.id });
  if (d.clearPassword) Object.assign(set, { passwordHash: null, activatedAt: null });
  // Guarded by the state the decision was made from: a concurrent change makes this a no-op.
  return db
    .update(portalAccounts)
    .set(set)
    .where(and(eq(portalAccounts.id, accountId), eq(portalAccounts.agencyId, facts.agency.id), eq(portalAccounts.status, facts.account.status)));
}

/**
 * Archiving a contact disables its portal account by cascade (why = archived), voids its
 * links and signs the client out. The contact row changes only in archived_at.
 */
export async function archiveContact(deps: Pick<ServiceDeps, "db" | "kv">, agencyId: string, contactId: string, actor: Actor, now = new Date()) {
  const { db } = deps;
  const [contactRows, accountRows] = await db.batch([
    db.select({ id: contacts.id, archivedAt: contacts.archivedAt }).from(contacts).where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId))),
    db.select({ id: portalAccounts.id, status: portalAccounts.status }).from(portalAccounts).where(and(eq(portalAccounts.contactId, contactId), eq(portalAccounts.agencyId, agencyId))),
  ]);
  if (!contactRows[0]) return { ok: false as const, notFound: true as const };
  if (contactRows[0].archivedAt) return { ok: true as const, changed: false };
  const account = accountRows[0];
  const writes: BatchItem<"sqlite">[] = [
    db.update(contacts).set({ archivedAt: now }).where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId), isNull(contacts.archivedAt))),
  ];
  if (account) {
    writes.push(voidUnusedTokens(db, account.id, now));
    if (account.status !== "disabled") {
      writes.push(
        db.update(portalAccounts).set({ status: "disabled", disabledAt: now, disabledBy: actor.id, disabledWhy: "archived" }).where(eq(portalAccounts.id, account.id)),
        db.insert(portalEvents).values({ id: newId("pev"), agencyId, accountId: account.id, at: now, kind: "archived_cascade", actorId: actor.id, actorLabel: actor.name }),
      );
    }
  }
  await db.batch(writes as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
  if (account) await revokeAccountSessions(deps.kv, account.id, now);
  return { ok: true as const, changed: true };
}

export async function restoreContact(db: Db, agencyId: string, contactId: string) {
  const result = await db.update(contacts).set({ archivedAt: null }).where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId))).returning({ id: contacts.id });
  return result.length > 0;
}

