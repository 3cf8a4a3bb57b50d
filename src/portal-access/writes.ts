// The D1 statements that carry out one lifecycle decision, as one batch. The account row is
// written first and stamps last_action_id with this action's event id; every other statement
// applies only if that stamp is there, so when a racing action got in first (double click,
// two advisors) the whole batch is a no-op and the service answers "stale".
import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../db/client";
import { contacts, portalAccounts, portalEvents, portalTokens } from "../db/schema";
import { newId } from "../lib/ids";
import type { Decision } from "./lifecycle";
import type { ActionFacts } from "./queries";
import { CLAIM_TOKEN_TTL_MS } from "./tokens";

export interface ActionWriteInput {
  facts: ActionFacts;
  decision: Decision;
  accountId: string;
  eventId: string;
  actor: { id: string | null; name: string };
  tokenHash: string | null;
  recipient: string | null;
  trigger: string | null;
  now: Date;
}

/** Statement 0 is the account write; it returns the account id only if it applied. */
export function buildActionWrites(db: Db, w: ActionWriteInput): [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]] {
  const agencyId = w.facts.agency.id;
  const applied = appliedCondition(w);
  const statements: [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]] = [accountWrite(db, w)];
  if (w.decision.voidTokens !== "none" && w.facts.account) statements.push(voidUnusedTokens(db, agencyId, w.accountId, w.now, applied));
  if (w.decision.mint && w.tokenHash) {
    statements.push(
      db.insert(portalTokens).select(
        selectIfApplied(db, w, {
          id: newId("ptk"),
          agencyId,
          accountId: w.accountId,
          purpose: w.decision.mint,
          tokenHash: w.tokenHash,
          createdAt: w.now.getTime(),
          createdBy: w.actor.id,
          expiresAt: w.now.getTime() + CLAIM_TOKEN_TTL_MS,
          consumedAt: null,
          voidedAt: null,
        }),
      ),
    );
  }
  statements.push(
    db.insert(portalEvents).select(
      selectIfApplied(db, w, {
        id: w.eventId,
        agencyId,
        accountId: w.accountId,
        at: w.now.getTime(),
        kind: w.decision.event,
        actorId: w.actor.id,
        actorLabel: w.actor.name,
        channel: null,
        recipient: w.recipient,
        providerMessageId: null,
        deliveryStatus: w.decision.email ? "sending" : null,
        detail: w.trigger,
      }),
    ),
  );
  return statements;
}

function appliedCondition(w: ActionWriteInput) {
  return sql`exists (select 1 from ${portalAccounts} where ${portalAccounts.id} = ${w.accountId} and ${portalAccounts.lastActionId} = ${w.eventId})`;
}

/** A one-row SELECT of literal values that yields the row only if this action's account write applied. */
function selectIfApplied<T extends Record<string, string | number | null>>(db: Db, w: ActionWriteInput, values: T) {
  const fields = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, sql`${value}`.as(key)])) as { [K in keyof T]: SQL.Aliased<T[K]> };
  return db.select(fields).from(portalAccounts).where(and(eq(portalAccounts.id, w.accountId), eq(portalAccounts.lastActionId, w.eventId)));
}

function accountWrite(db: Db, w: ActionWriteInput) {
  const { facts, decision: d, actor, now } = w;
  const email = facts.contact.email?.trim().toLowerCase() ?? facts.account?.email ?? "";
  if (!facts.account) {
    // Created only while the contact is still not archived (archiving may race this invite).
    const values = {
      id: w.accountId,
      agencyId: facts.agency.id,
      contactId: facts.contact.id,
      email,
      status: d.to,
      passwordHash: null,
      invitedAt: now.getTime(),
      invitedBy: actor.id,
      activatedAt: null,
      disabledAt: null,
      disabledBy: null,
      disabledWhy: null,
      reenabledAt: null,
      reenabledBy: null,
      lastActionId: w.eventId,
      createdAt: now.getTime(),
    };
    const fields = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, sql`${value}`.as(key)])) as { [K in keyof typeof values]: SQL.Aliased<(typeof values)[K]> };
    return db
      .insert(portalAccounts)
      .select(db.select(fields).from(contacts).where(and(eq(contacts.id, facts.contact.id), eq(contacts.agencyId, facts.agency.id), isNull(contacts.archivedAt))))
      .returning({ id: portalAccounts.id });
  }
  const set: Partial<typeof portalAccounts.$inferInsert> = { status: d.to, lastActionId: w.eventId };
  if (d.email) set.email = email;
  // A client asking for a fresh link is not an invitation: keep who invited them and when.
  if (d.mint === "invite" && actor.id) Object.assign(set, { invitedAt: now, invitedBy: actor.id });
  if (d.to === "disabled") Object.assign(set, { disabledAt: now, disabledBy: actor.id, disabledWhy: "advisor" });
  if (d.from === "disabled") Object.assign(set, { reenabledAt: now, reenabledBy: actor.id });
  if (d.clearPassword) Object.assign(set, { passwordHash: null, activatedAt: null });
  // Applies only from the state the decision was made from, and only once per action. Archiving
  // the contact stamps last_action_id too, so it also makes a racing action a no-op.
  const unchangedSince = facts.account.lastActionId ? eq(portalAccounts.lastActionId, facts.account.lastActionId) : isNull(portalAccounts.lastActionId);
  return db
    .update(portalAccounts)
    .set(set)
    .where(and(eq(portalAccounts.id, w.accountId), eq(portalAccounts.agencyId, facts.agency.id), eq(portalAccounts.status, facts.account.status), unchangedSince))
    .returning({ id: portalAccounts.id });
}

export function voidUnusedTokens(db: Db, agencyId: string, accountId: string, now: Date, onlyIf?: SQL) {
  return db
    .update(portalTokens)
    .set({ voidedAt: now })
    .where(and(eq(portalTokens.agencyId, agencyId), eq(portalTokens.accountId, accountId), isNull(portalTokens.consumedAt), isNull(portalTokens.voidedAt), onlyIf));
}
