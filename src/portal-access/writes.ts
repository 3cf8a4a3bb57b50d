// The D1 statements that carry out one lifecycle decision, as one batch. The account row is
// written first and stamps last_action_id with this action's event id; every other statement
// applies only if that stamp is there, so when a racing action got in first (double click,
// two advisors) the whole batch is a no-op and the service answers "stale".
import { and, eq, getTableColumns, isNull, type SQL, sql, type Table } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { SQLiteUpdateSetSource } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/client";
import { contacts, portalAccounts, portalEvents, portalTokens } from "../db/schema";
import { normalizeEmail } from "../lib/email";
import { newId } from "../lib/ids";
import type { Decision } from "./lifecycle";
import { removeAccountPasskeys } from "./passkeys";
import type { ActionFacts } from "./queries";
import { voidSignInCodes } from "./sign-in-codes";
import { linkExpiry, mintLink, voidAccountLinks } from "./tokens";

export interface ActionWriteInput {
  facts: ActionFacts;
  decision: Decision;
  accountId: string;
  eventId: string;
  actor: { id: string | null; name: string };
  tokenHash: string | null;
  trigger: string | null;
  /** Where the client lands after claiming this send's link ("document:{id}", "trip:{id}"). */
  landing: string | null;
  /** The new link's id, when the caller needs it (a queued email names the link it carries). */
  tokenId?: string;
  /** The expiry reminder: its own event kind, and its link is never reminded about again. */
  reminder?: boolean;
  now: Date;
}

/** Statement 0 is the account write; it returns the account id only if it applied. */
export function buildActionWrites(db: Db, w: ActionWriteInput): [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]] {
  const agencyId = w.facts.agency.id;
  const applied = appliedCondition(w);
  const statements: [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]] = [accountWrite(db, w)];
  if (w.decision.voidLinks && w.facts.account)
    statements.push(...voidAccountLinks(db, { agencyId, accountId: w.accountId, now: w.now, onlyIf: applied }));
  if (w.decision.removePasskeys && w.facts.account)
    statements.push(removeAccountPasskeys(db, { agencyId, accountId: w.accountId, onlyIf: applied }));
  if (w.decision.voidCodes && w.facts.account)
    statements.push(voidSignInCodes(db, { agencyId, accountId: w.accountId, onlyIf: applied }));
  if (w.decision.send && w.tokenHash) {
    const insert = db.insert(portalTokens).select(
      selectIfApplied(db, w, {
        id: w.tokenId ?? newId("ptk"),
        agencyId,
        accountId: w.accountId,
        purpose: w.decision.send.purpose,
        tokenHash: w.tokenHash,
        createdAt: w.now.getTime(),
        createdBy: w.actor.id,
        expiresAt: linkExpiry(w.now).getTime(),
        consumedAt: null,
        landing: w.landing,
        consumedBy: null,
        voidedAt: null,
        isReminder: w.reminder ? 1 : 0,
      }),
    );
    statements.push(...mintLink(db, { insert, accountId: w.accountId, now: w.now, onlyIf: applied }));
  }
  statements.push(
    db.insert(portalEvents).select(
      selectIfApplied(db, w, {
        id: w.eventId,
        agencyId,
        accountId: w.accountId,
        at: w.now.getTime(),
        kind: w.reminder ? "reminded" : w.decision.event,
        actorId: w.actor.id,
        actorLabel: w.actor.name,
        channel: null,
        recipient: w.decision.send?.recipient ?? null,
        providerMessageId: null,
        deliveryStatus: w.decision.send ? "sending" : null,
        deliveryAt: null,
        deliveryDetail: null,
        detail: w.trigger,
      }),
    ),
  );
  return statements;
}

function appliedCondition(w: ActionWriteInput) {
  return sql`exists (select 1 from ${portalAccounts} where ${portalAccounts.id} = ${w.accountId} and ${portalAccounts.lastActionId} = ${w.eventId})`;
}

/** Literal values as a select list, for INSERT … SELECT statements that apply only under a condition. */
export function literalFields<T extends Record<string, string | number | null>>(values: T) {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, sql`${value}`.as(key)])) as {
    [K in keyof T]: SQL.Aliased<T[K]>;
  };
}

/** Select fields in the order of the table's columns, as INSERT … SELECT needs them. */
export function inTableOrder<T extends Record<string, unknown>>(table: Table, fields: T): T {
  return Object.fromEntries(Object.keys(getTableColumns(table)).map((key) => [key, fields[key]])) as T;
}

/** A one-row SELECT of literal values that yields the row only if this action's account write applied. */
function selectIfApplied<T extends Record<string, string | number | null>>(db: Db, w: ActionWriteInput, values: T) {
  return db
    .select(literalFields(values))
    .from(portalAccounts)
    .where(and(eq(portalAccounts.id, w.accountId), eq(portalAccounts.lastActionId, w.eventId)));
}

function accountWrite(db: Db, w: ActionWriteInput) {
  const { facts, decision: d, actor, now } = w;
  const email = d.send ? normalizeEmail(d.send.recipient) : (facts.account?.email ?? "");
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
      // Set with the link itself (tokens.ts mintLink).
      linkDeadline: null,
      latestSendId: d.send ? w.eventId : null,
      latestDelivery: d.send ? "sending" : null,
      lastSignInAt: null,
      createdAt: now.getTime(),
    };
    // A racing invite for the same contact, or another contact's account with this email, makes
    // this insert a no-op (and with it the whole batch); the service then says which it was.
    return db
      .insert(portalAccounts)
      .select(
        db
          .select(literalFields(values))
          .from(contacts)
          .where(
            and(eq(contacts.id, facts.contact.id), eq(contacts.agencyId, facts.agency.id), isNull(contacts.archivedAt)),
          ),
      )
      .onConflictDoNothing()
      .returning({ id: portalAccounts.id });
  }
  const set: SQLiteUpdateSetSource<typeof portalAccounts> = { status: d.to, lastActionId: w.eventId };
  if (d.send) Object.assign(set, { latestSendId: w.eventId, latestDelivery: "sending" });
  if (d.send) set.email = email;
  // A client asking for a fresh link is not an invitation: keep who invited them and when.
  if (d.send?.purpose === "invite" && actor.id) Object.assign(set, { invitedAt: now, invitedBy: actor.id });
  if (d.to === "disabled") Object.assign(set, { disabledAt: now, disabledBy: actor.id, disabledWhy: "advisor" });
  if (d.from === "disabled") Object.assign(set, { reenabledAt: now, reenabledBy: actor.id });
  if (d.clearPassword) Object.assign(set, { passwordHash: null, activatedAt: null });
  // Applies only from the state the decision was made from, and only once per action. Archiving
  // the contact stamps last_action_id too, so it also makes a racing action a no-op.
  const unchangedSince = facts.account.lastActionId
    ? eq(portalAccounts.lastActionId, facts.account.lastActionId)
    : isNull(portalAccounts.lastActionId);
  return db
    .update(portalAccounts)
    .set(set)
    .where(
      and(
        eq(portalAccounts.id, w.accountId),
        eq(portalAccounts.agencyId, facts.agency.id),
        eq(portalAccounts.status, facts.account.status),
        unchangedSince,
        d.send ? signInEmailFree(facts.agency.id, email, w.accountId) : undefined,
      ),
    )
    .returning({ id: portalAccounts.id });
}

/**
 * No other account of the agency signs in with this email. A condition rather than a caught
 * UNIQUE error: the update simply applies to nothing, and the caller reads the facts again to
 * say why.
 */
export function signInEmailFree(agencyId: string, email: string, accountId: string): SQL {
  return sql`not exists (select 1 from ${portalAccounts} other where other.agency_id = ${agencyId} and other.email = ${email} and other.id <> ${accountId})`;
}
