// The per-agency counts Portal access reads (portal_account_counts) are kept by triggers on
// portal_accounts: after any insert, update or delete they equal a count over the accounts.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { makeAgency, makeTraveler, post } from "../fixtures";
import { makeRollupAgency } from "./generated";

const FRESH = `SELECT count(*) AS accounts, ifnull(sum(status = 'pending'), 0) AS pending,
  ifnull(sum(status = 'disabled'), 0) AS disabled,
  ifnull(sum(ifnull(latest_delivery IN ('bounced', 'complaint'), 0)), 0) AS bounced,
  ifnull(sum(last_sign_in_at IS NULL), 0) AS never_signed_in
  FROM portal_accounts WHERE agency_id = ?`;

async function kept(agencyId: string) {
  const row = await env.DB.prepare(
    "SELECT accounts, pending, disabled, bounced, never_signed_in FROM portal_account_counts WHERE agency_id = ?",
  )
    .bind(agencyId)
    .first();
  return row ?? { accounts: 0, pending: 0, disabled: 0, bounced: 0, never_signed_in: 0 };
}

async function expectKeptRight(agencyId: string, step: string) {
  const fresh = await env.DB.prepare(FRESH).bind(agencyId).first();
  expect(await kept(agencyId), step).toEqual(fresh);
}

const update = (set: string, id: string) =>
  env.DB.prepare(`UPDATE portal_accounts SET ${set} WHERE id = ?`).bind(id).run();

describe("portal_account_counts", () => {
  it("follows every kind of write to portal_accounts", async () => {
    const { agency, advisor } = await makeAgency();
    const other = await makeAgency();
    await expectKeptRight(agency.id, "no accounts yet");
    await makeRollupAgency(agency.id, advisor.id, 40);
    await expectKeptRight(agency.id, "inserted");
    const ids = (
      await env.DB.prepare("SELECT id FROM portal_accounts WHERE agency_id = ? ORDER BY id LIMIT 4")
        .bind(agency.id)
        .all<{ id: string }>()
    ).results.map((r) => r.id);
    const [a, b, c, d] = ids as [string, string, string, string];

    const steps: [string, string, string][] = [
      ["status = 'active'", a, "pending or disabled to active"],
      ["status = 'disabled'", a, "to disabled"],
      ["status = 'pending'", a, "back to pending"],
      ["latest_delivery = NULL", b, "delivery cleared"],
      ["latest_delivery = 'bounced'", b, "bounced"],
      ["latest_delivery = 'complaint'", b, "complaint"],
      ["latest_delivery = 'delivered'", b, "delivered again"],
      ["last_sign_in_at = 1", c, "signed in"],
      ["last_sign_in_at = NULL", c, "sign-in cleared"],
      ["status = 'disabled', latest_delivery = 'bounced', last_sign_in_at = NULL", d, "three at once"],
      ["email = email || '.x'", d, "a column the counts don't read"],
    ];
    for (const [set, id, step] of steps) {
      await update(set, id);
      await expectKeptRight(agency.id, step);
    }

    // Moving an account to another agency moves its counts with it; deleting takes it off.
    await update(`agency_id = '${other.agency.id}'`, d);
    await expectKeptRight(agency.id, "moved away");
    await expectKeptRight(other.agency.id, "moved in");
    await env.DB.prepare("DELETE FROM portal_tokens WHERE account_id = ?").bind(d).run();
    await env.DB.prepare("DELETE FROM portal_events WHERE account_id = ?").bind(d).run();
    await env.DB.prepare("DELETE FROM portal_logins WHERE account_id = ?").bind(d).run();
    await env.DB.prepare("DELETE FROM portal_accounts WHERE id = ?").bind(d).run();
    await expectKeptRight(other.agency.id, "deleted");
    expect((await kept(other.agency.id)).accounts).toBe(0);
  });

  it("follows the app's own writes: invite, cancel, reactivate", async () => {
    const t = await makeTraveler("none");
    const act = async (action: string) => {
      const res = await post(`/contacts/${t.contact.id}/access/${action}`, {}, t.cookie, { "HX-Request": "true" });
      expect(res.status, action).toBe(200);
      await expectKeptRight(t.agency.id, action);
    };
    await act("invite");
    expect(await kept(t.agency.id)).toMatchObject({ accounts: 1, pending: 1, never_signed_in: 1 });
    await act("cancel_disable");
    expect(await kept(t.agency.id)).toMatchObject({ accounts: 1, pending: 0, disabled: 1 });
    await act("reactivate");
    expect(await kept(t.agency.id)).toMatchObject({ accounts: 1, pending: 1, disabled: 0 });
  });
});
