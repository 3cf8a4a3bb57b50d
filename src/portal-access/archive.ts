// Archiving a contact disables its portal account by cascade (why = archived), voids its
// links and signs the client out. The contact row changes only in archived_at; restoring
// clears it and leaves portal access disabled until an advisor re-enables it.
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { contacts, portalAccounts, portalEvents, portalTokens } from "../db/schema";
import { newId } from "../lib/ids";
import { revokeAccountSessions } from "../portal/revocation";
import type { Actor } from "./service";

/**
 * One batch, keyed by the contact rather than by what was read before it, so an invite that
 * lands between the read and the write is still caught. Everything after the contact update
 * applies only if this request's update did (archived_at carries this request's instant), so
 * two archives racing cascade once. The account is stamped even when already disabled: an
 * invite or reactivation racing this archive then finds it changed and applies nothing.
 */
export async function archiveContact(deps: { db: Db; kv: KVNamespace }, agencyId: string, contactId: string, actor: Actor, now = new Date()) {
  const { db } = deps;
  const [existing] = await db.select({ archivedAt: contacts.archivedAt }).from(contacts).where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId)));
  if (!existing) return { ok: false as const, notFound: true as const };
  if (existing.archivedAt) return { ok: true as const, changed: false };

  const eventId = newId("pev");
  const archivedHere = sql`exists (select 1 from ${contacts} where ${contacts.id} = ${contactId} and ${contacts.archivedAt} = ${now.getTime()})`;
  const theAccount = and(eq(portalAccounts.contactId, contactId), eq(portalAccounts.agencyId, agencyId), archivedHere);
  const [, , alreadyDisabled, disabledNow] = await db.batch([
    db.update(contacts).set({ archivedAt: now }).where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId), isNull(contacts.archivedAt))),
    db
      .update(portalTokens)
      .set({ voidedAt: now })
      .where(
        and(
          eq(portalTokens.agencyId, agencyId),
          inArray(portalTokens.accountId, db.select({ id: portalAccounts.id }).from(portalAccounts).where(theAccount)),
          isNull(portalTokens.consumedAt),
          isNull(portalTokens.voidedAt),
        ),
      ),
    db.update(portalAccounts).set({ lastActionId: `${eventId}:archived` }).where(and(theAccount, eq(portalAccounts.status, "disabled"))).returning({ id: portalAccounts.id }),
    db
      .update(portalAccounts)
      .set({ status: "disabled", disabledAt: now, disabledBy: actor.id, disabledWhy: "archived", lastActionId: eventId })
      .where(and(theAccount, ne(portalAccounts.status, "disabled")))
      .returning({ id: portalAccounts.id }),
    db.insert(portalEvents).select(
      db
        .select({
          id: sql`${eventId}`.as("id"),
          agencyId: sql`${agencyId}`.as("agency_id"),
          accountId: portalAccounts.id,
          at: sql`${now.getTime()}`.as("at"),
          kind: sql`'archived_cascade'`.as("kind"),
          actorId: sql`${actor.id}`.as("actor_id"),
          actorLabel: sql`${actor.name}`.as("actor_label"),
          channel: sql`null`.as("channel"),
          recipient: sql`null`.as("recipient"),
          providerMessageId: sql`null`.as("provider_message_id"),
          deliveryStatus: sql`null`.as("delivery_status"),
          detail: sql`null`.as("detail"),
        })
        .from(portalAccounts)
        .where(and(eq(portalAccounts.contactId, contactId), eq(portalAccounts.agencyId, agencyId), eq(portalAccounts.lastActionId, eventId))),
    ),
  ]);
  const accountId = disabledNow[0]?.id ?? alreadyDisabled[0]?.id;
  if (accountId) await revokeAccountSessions(deps.kv, accountId, now);
  return { ok: true as const, changed: true };
}

export async function restoreContact(db: Db, agencyId: string, contactId: string) {
  const result = await db.update(contacts).set({ archivedAt: null }).where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId))).returning({ id: contacts.id });
  return result.length > 0;
}
