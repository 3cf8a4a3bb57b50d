// The guarded batch, step by step: facts read, then something else lands, then the batch runs.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { newId } from "../../src/lib/ids";
import { archiveContact } from "../../src/portal-access/contact-changes";
import { decide } from "../../src/portal-access/lifecycle";
import { loadActionFacts } from "../../src/portal-access/queries";
import { buildActionWrites } from "../../src/portal-access/writes";
import { accountOf, db, eventsOf, makeAccount, makeAgency, makeContact, type SeedState, tokensOf } from "../fixtures";

async function prepare(state: SeedState, action: "invite" | "reactivate" | "reenable") {
  const { agency, advisor } = await makeAgency();
  const contact = await makeContact(agency.id);
  const account = await makeAccount(agency.id, contact, state, advisor.id);
  const now = new Date();
  const facts = (await loadActionFacts(db, agency.id, contact.id, now))!;
  const decision = decide({
    account: facts.account ? { status: facts.account.status, hasPassword: !!facts.account.passwordHash } : null,
    contact: { email: facts.contact.email, archived: false },
    agency: { portalSlug: facts.agency.portalSlug },
    emailTakenByAnotherContact: false,
    requestedBy: "advisor",
    recentSends: { advisor: 0, client: 0 },
    freshAdvisorLink: false,
    action,
  });
  if (!decision.ok) throw new Error(decision.message);
  const writes = buildActionWrites(db, {
    facts,
    decision,
    accountId: facts.account?.id ?? newId("pac"),
    eventId: newId("pev"),
    actor: { id: advisor.id, name: advisor.name },
    tokenHash: decision.send ? newId("hash") : null,
    trigger: null,
    landing: null,
    now,
  });
  return { agency, advisor, contact, account, writes };
}

describe("an action batch that lost a race to archiving applies nothing", () => {
  it.each([
    ["none", "invite"],
    ["disabled", "reactivate"],
    ["disabled", "reenable"],
  ] as const)("%s + %s", async (state, action) => {
    const { agency, advisor, contact, writes } = await prepare(state, action);
    await archiveContact({ db, kv: env.SESSIONS }, agency.id, contact.id, {
      id: advisor.id,
      name: advisor.name,
      email: advisor.email,
    });
    const before = await accountOf(contact.id);
    const [accountWritten] = (await db.batch(writes)) as [unknown[]];
    expect(accountWritten).toHaveLength(0);
    const after = await accountOf(contact.id);
    expect(after).toEqual(before);
    if (after) {
      expect((await tokensOf(after.id)).filter((t) => t.consumed_at === null && t.voided_at === null)).toHaveLength(0);
      expect((await eventsOf(after.id)).map((e) => e.kind)).not.toContain(
        action === "invite" ? "invited" : action === "reactivate" ? "reactivated" : "reenabled",
      );
    }
  });

  it("writes timestamps as milliseconds and unset columns as NULL through the guarded inserts", async () => {
    const { contact, writes } = await prepare("none", "invite");
    await db.batch(writes);
    const account = await env.DB.prepare(
      "SELECT typeof(invited_at) t, typeof(password_hash) p, typeof(created_at) c FROM portal_accounts WHERE contact_id = ?",
    )
      .bind(contact.id)
      .first();
    expect(account).toEqual({ t: "integer", p: "null", c: "integer" });
    const token = await env.DB.prepare(
      "SELECT typeof(expires_at) e, typeof(consumed_at) u, expires_at - created_at d FROM portal_tokens WHERE account_id = (SELECT id FROM portal_accounts WHERE contact_id = ?)",
    )
      .bind(contact.id)
      .first();
    expect(token).toEqual({ e: "integer", u: "null", d: 7 * 86_400_000 });
  });
});
