// Archiving a contact disables its portal account by cascade (why = archived), voids its
// links and signs the client out. The contact row changes only in archived_at; restoring
// clears it and leaves portal access disabled until an advisor re-enables it.
import { and, eq, isNull } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../db/client";
import { contacts, portalAccounts, portalEvents } from "../db/schema";
import { newId } from "../lib/ids";
import { revokeAccountSessions } from "../portal/revocation";
import type { Actor } from "./service";
import { voidUnusedTokens } from "./writes";

export async function archiveContact(deps: { db: Db; kv: KVNamespace }, agencyId: string, contactId: string, actor: Actor, now = new Date()) {
  const { db } = deps;
  const [contactRows, accountRows] = await db.batch([
    db.select({ id: contacts.id, archivedAt: contacts.archivedAt }).from(contacts).where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId))),
    db.select({ id: portalAccounts.id, status: portalAccounts.status }).from(portalAccounts).where(and(eq(portalAccounts.contactId, contactId), eq(portalAccounts.agencyId, agencyId))),
  ]);
  if (!contactRows[0]) return { ok: false as const, notFound: true as const };
  if (contactRows[0].archivedAt) return { ok: true as const, changed: false };
  const account = accountRows[0];
  const writes: [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]] = [
    db.update(contacts).set({ archivedAt: now }).where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId), isNull(contacts.archivedAt))),
  ];
  if (account) {
    writes.push(voidUnusedTokens(db, agencyId, account.id, now));
    if (account.status !== "disabled") {
      const eventId = newId("pev");
      writes.push(
        db
          .update(portalAccounts)
          .set({ status: "disabled", disabledAt: now, disabledBy: actor.id, disabledWhy: "archived", lastActionId: eventId })
          .where(and(eq(portalAccounts.id, account.id), eq(portalAccounts.agencyId, agencyId))),
        db.insert(portalEvents).values({ id: eventId, agencyId, accountId: account.id, at: now, kind: "archived_cascade", actorId: actor.id, actorLabel: actor.name }),
      );
    }
  }
  await db.batch(writes);
  if (account) await revokeAccountSessions(deps.kv, account.id, now);
  return { ok: true as const, changed: true };
}

export async function restoreContact(db: Db, agencyId: string, contactId: string) {
  const result = await db.update(contacts).set({ archivedAt: null }).where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId))).returning({ id: contacts.id });
  return result.length > 0;
}
