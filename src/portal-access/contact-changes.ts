// What happens to portal access when the contact itself changes: archiving disables the
// account by cascade, restoring gives nothing back, and correcting the email cuts the old
// address off completely. lifecycle.ts decides; this module runs the decision as one D1 batch
// (then revokes sessions in KV), so a failure or a race never leaves half a change.
import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../db/client";
import { contacts, portalAccounts, portalEvents } from "../db/schema";
import { newId } from "../lib/ids";
import { revokeAccountSessions } from "../sessions/revocation";
import { type CutOff, decideArchive, decideEmailChange, decideRestore, type Refusal } from "./lifecycle";
import { removeAccountPasskeys } from "./passkeys";
import { loadContactState } from "./queries";
import type { Actor } from "./service";
import { voidSignInCodes } from "./sign-in-codes";
import { voidAccountLinks } from "./tokens";
import { inTableOrder, literalFields, signInEmailFree } from "./writes";

export type ContactChangeOutcome<T> =
  | { ok: false; notFound: true }
  | { ok: false; notFound?: false; refusal: Refusal }
  | ({ ok: true } & T);

/** The sign-in email of an account whose contact has no email: unique, and never deliverable (RFC 2606's .invalid). */
export const noSignInEmail = (accountId: string) => `no-email+${accountId.toLowerCase()}@portal.invalid`;
export const isNoSignInEmail = (email: string) => email.endsWith("@portal.invalid");

/** One event row, inserted only if `onlyIf` holds; its account is found by contact. */
function eventForContact(
  db: Db,
  r: {
    eventId: string;
    agencyId: string;
    contactId: string;
    kind: string;
    actor: Actor;
    at: Date;
    detail: string | null;
    onlyIf: SQL;
  },
) {
  const values = literalFields({
    id: r.eventId,
    agencyId: r.agencyId,
    at: r.at.getTime(),
    kind: r.kind,
    actorId: r.actor.id,
    actorLabel: r.actor.name,
    channel: null,
    recipient: null,
    providerMessageId: null,
    deliveryStatus: null,
    deliveryAt: null,
    deliveryDetail: null,
    detail: r.detail,
  });
  return db.insert(portalEvents).select(
    db
      .select(inTableOrder(portalEvents, { ...values, accountId: portalAccounts.id }))
      .from(portalAccounts)
      .where(and(eq(portalAccounts.contactId, r.contactId), eq(portalAccounts.agencyId, r.agencyId), r.onlyIf)),
  );
}

/**
 * Archives the contact and disables its account by cascade (why = archived). The batch is keyed
 * by the contact rather than by what was read before it, so an invite that lands between the
 * read and the write is still caught; everything after the contact update applies only if this
 * request's update did, so two archives racing cascade once. The account is stamped even when
 * already disabled, so an invite or reactivation racing this archive finds it changed.
 */
export async function archiveContact(
  deps: { db: Db; kv: KVNamespace },
  agencyId: string,
  contactId: string,
  actor: Actor,
  now = new Date(),
): Promise<ContactChangeOutcome<{ accountId: string | null }>> {
  const { db } = deps;
  const state = await loadContactState(db, agencyId, contactId, null);
  if (!state) return { ok: false, notFound: true };
  const decision = decideArchive({ contact: { archived: !!state.contact.archivedAt }, account: state.account });
  if (!decision.ok) return { ok: false, refusal: decision };

  const eventId = newId("pev");
  const archivedHere = sql`exists (select 1 from ${contacts} where ${contacts.id} = ${contactId} and ${contacts.agencyId} = ${agencyId} and ${contacts.archivedAt} = ${now.getTime()})`;
  const theAccount = and(eq(portalAccounts.contactId, contactId), eq(portalAccounts.agencyId, agencyId), archivedHere);
  const accountIdSql = sql`(select ${portalAccounts.id} from ${portalAccounts} where ${portalAccounts.contactId} = ${contactId} and ${portalAccounts.agencyId} = ${agencyId})`;
  const [, , , , alreadyDisabled, disabledNow] = await db.batch([
    db
      .update(contacts)
      .set({ archivedAt: now })
      .where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId), isNull(contacts.archivedAt))),
    ...voidAccountLinks(db, { agencyId, accountId: accountIdSql, now, onlyIf: archivedHere }),
    voidSignInCodes(db, { agencyId, accountId: accountIdSql, onlyIf: archivedHere }),
    db
      .update(portalAccounts)
      .set({ lastActionId: `${eventId}:archived` })
      .where(and(theAccount, eq(portalAccounts.status, "disabled")))
      .returning({ id: portalAccounts.id }),
    db
      .update(portalAccounts)
      .set({
        status: "disabled",
        disabledAt: now,
        disabledBy: actor.id,
        disabledWhy: "archived",
        lastActionId: eventId,
      })
      .where(and(theAccount, sql`${portalAccounts.status} <> 'disabled'`))
      .returning({ id: portalAccounts.id }),
    eventForContact(db, {
      eventId,
      agencyId,
      contactId,
      kind: "archived_cascade",
      actor,
      at: now,
      detail: null,
      onlyIf: eq(portalAccounts.lastActionId, eventId),
    }),
  ]);
  const accountId = disabledNow[0]?.id ?? alreadyDisabled[0]?.id ?? null;
  if (accountId) await revokeAccountSessions(deps.kv, accountId, now);
  return { ok: true, accountId };
}

/** Clears archived-at; portal access stays disabled until an advisor re-enables it. */
export async function restoreContact(
  db: Db,
  agencyId: string,
  contactId: string,
): Promise<ContactChangeOutcome<{ accountStaysDisabled: boolean }>> {
  const state = await loadContactState(db, agencyId, contactId, null);
  if (!state) return { ok: false, notFound: true };
  const decision = decideRestore({ contact: { archived: !!state.contact.archivedAt }, account: state.account });
  if (!decision.ok) return { ok: false, refusal: decision };
  await db
    .update(contacts)
    .set({ archivedAt: null })
    .where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId)));
  return { ok: true, accountStaysDisabled: decision.accountStaysDisabled };
}

export type EmailChangeOutcome = ContactChangeOutcome<{
  /** What happened to portal access; null when there was no account or the address did not change. */
  cutOff: CutOff | null;
  /** The address portal access was cut off from. */
  oldEmail: string | null;
}>;

/**
 * Saves the contact through `contactUpdate` (the contacts feature's own statement) in the same
 * batch as what the email change does to portal access, so the new address is never on file
 * while the old one can still get in. The contact update applies only if the portal part did,
 * and only if nobody invited the contact between the read and the write.
 */
export async function saveContactEmail(
  deps: { db: Db; kv: KVNamespace },
  r: {
    agencyId: string;
    contactId: string;
    newEmail: string | null;
    actor: Actor;
    contactUpdate: (onlyIf: SQL) => BatchItem<"sqlite">;
  },
  now = new Date(),
): Promise<EmailChangeOutcome> {
  const { db } = deps;
  const { agencyId, contactId } = r;
  const state = await loadContactState(db, agencyId, contactId, r.newEmail);
  if (!state) return { ok: false, notFound: true };
  const { account } = state;
  const decision = decideEmailChange({
    account,
    before: state.contact.email,
    after: r.newEmail,
    emailTakenByAnotherContact: state.emailTakenByAnotherContact,
  });
  if (!decision.ok) return { ok: false, refusal: decision };
  const cutOff = decision.cutOff;

  if (!account || !cutOff) {
    const noAccountYet = sql`not exists (select 1 from ${portalAccounts} where ${portalAccounts.contactId} = ${contactId} and ${portalAccounts.agencyId} = ${agencyId})`;
    const [written] = (await db.batch([r.contactUpdate(account ? sql`1 = 1` : noAccountYet)])) as [{ id: string }[]];
    if (written.length === 0) return { ok: false, refusal: { ok: false, reason: "stale", message: RACED_WITH_INVITE } };
    return { ok: true, cutOff: null, oldEmail: null };
  }

  const eventId = newId("pev");
  const signInEmail = cutOff.signInEmail ?? noSignInEmail(account.id);
  const stamped = sql`exists (select 1 from ${portalAccounts} where ${portalAccounts.id} = ${account.id} and ${portalAccounts.lastActionId} = ${eventId})`;
  const unchangedSince = account.lastActionId
    ? eq(portalAccounts.lastActionId, account.lastActionId)
    : isNull(portalAccounts.lastActionId);
  const [accountWritten] = (await db.batch([
    db
      .update(portalAccounts)
      .set({
        status: cutOff.to,
        email: signInEmail,
        passwordHash: null,
        activatedAt: null,
        lastActionId: eventId,
        // A bounce to the old address says nothing about the new one: "Fix email" is done, and
        // no late record about a send to the old address may speak for the new one either.
        latestSendId: null,
        latestDelivery: null,
      })
      .where(
        and(
          eq(portalAccounts.id, account.id),
          eq(portalAccounts.agencyId, agencyId),
          eq(portalAccounts.status, account.status),
          unchangedSince,
          signInEmailFree(agencyId, signInEmail, account.id),
        ),
      )
      .returning({ id: portalAccounts.id }),
    r.contactUpdate(stamped),
    ...voidAccountLinks(db, { agencyId, accountId: account.id, now, onlyIf: stamped }),
    // A code mailed to the old address dies with the password (decision 005).
    voidSignInCodes(db, { agencyId, accountId: account.id, onlyIf: stamped }),
    ...(cutOff.removePasskeys ? [removeAccountPasskeys(db, { agencyId, accountId: account.id, onlyIf: stamped })] : []),
    eventForContact(db, {
      eventId,
      agencyId,
      contactId,
      kind: cutOff.event,
      actor: r.actor,
      at: now,
      detail: `From ${state.contact.email ?? "no email"} to ${r.newEmail ?? "no email"}`,
      onlyIf: eq(portalAccounts.lastActionId, eventId),
    }),
  ])) as [{ id: string }[], ...unknown[]];
  if (accountWritten.length === 0)
    return { ok: false, refusal: { ok: false, reason: "stale", message: RACED_WITH_INVITE } };
  await revokeAccountSessions(deps.kv, account.id, now);
  return { ok: true, cutOff, oldEmail: state.contact.email };
}

const RACED_WITH_INVITE =
  "Nothing was saved: this contact's portal access changed a moment ago (another advisor or another tab). Check the Access tab, then save again.";
