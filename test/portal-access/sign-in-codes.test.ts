// Sign-in codes in D1 (SPEC §13): the SQL and the pure rule of a live code agree, and the
// lifecycle's writes kill a live code where lifecycle.ts says so (disable, reactivate & reinvite,
// archive, an email correction) and keep it where it says so (a password reset).
import { env } from "cloudflare:workers";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { portalSignInCodes } from "../../src/db/schema";
import { newId } from "../../src/lib/ids";
import {
  hashSignInCode,
  isCodeLive,
  liveCode,
  MAX_WRONG_CODES,
  replaceSignInCode,
} from "../../src/portal-access/sign-in-codes";
import { db, makeTraveler, post } from "../fixtures";

const codeOf = (accountId: string) =>
  env.DB.prepare("SELECT * FROM portal_sign_in_codes WHERE account_id = ?").bind(accountId).first();

async function giveCode(t: Awaited<ReturnType<typeof makeTraveler>>) {
  const codeHash = await hashSignInCode("s", t.account!.id, "123456");
  await db.batch([
    replaceSignInCode(db, { agencyId: t.agency.id, accountId: t.account!.id, codeHash, now: new Date() }),
  ]);
  expect(await codeOf(t.account!.id)).not.toBeNull();
}

describe("a live code", () => {
  it("is the same in SQL as in code", async () => {
    const t = await makeTraveler("active");
    const now = new Date();
    const cases = [
      { inMs: 60_000, wrong: 0 },
      { inMs: 1, wrong: MAX_WRONG_CODES - 1 },
      { inMs: 60_000, wrong: MAX_WRONG_CODES },
      { inMs: 0, wrong: 0 },
      { inMs: -60_000, wrong: 0 },
    ];
    for (const c of cases) {
      const expiresAt = new Date(now.getTime() + c.inMs);
      await env.DB.prepare(
        "INSERT INTO portal_sign_in_codes (account_id, agency_id, code_hash, created_at, expires_at, wrong_attempts) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id) DO UPDATE SET expires_at = excluded.expires_at, wrong_attempts = excluded.wrong_attempts",
      )
        .bind(t.account!.id, t.agency.id, newId("h"), now.getTime(), expiresAt.getTime(), c.wrong)
        .run();
      const rows = await db
        .select({ id: portalSignInCodes.accountId })
        .from(portalSignInCodes)
        .where(and(eq(portalSignInCodes.accountId, t.account!.id), liveCode(now)));
      expect(rows.length === 1, JSON.stringify(c)).toBe(isCodeLive({ expiresAt, wrongAttempts: c.wrong }, now));
    }
  });

  it("is never written for an account that is not active", async () => {
    for (const state of ["pending", "disabled"] as const) {
      const t = await makeTraveler(state);
      const codeHash = await hashSignInCode("s", t.account!.id, "123456");
      const [written] = await db.batch([
        replaceSignInCode(db, { agencyId: t.agency.id, accountId: t.account!.id, codeHash, now: new Date() }),
      ]);
      expect(written).toEqual([]);
      expect(await codeOf(t.account!.id)).toBeNull();
    }
  });
});

describe("the lifecycle and a live code", () => {
  it.each([
    ["disable", true],
    ["reset", false],
  ] as const)("%s: the code dies %s", async (action, dies) => {
    const t = await makeTraveler("active");
    await giveCode(t);
    const res = await post(`/contacts/${t.contact.id}/access/${action}`, { confirmed: "yes" }, t.cookie, {
      "HX-Request": "true",
    });
    expect(res.status).toBe(200);
    expect((await codeOf(t.account!.id)) === null).toBe(dies);
  });

  it("reactivate & reinvite kills a code (one written by hand while disabled: the write refuses it otherwise)", async () => {
    const t = await makeTraveler("disabled");
    await env.DB.prepare(
      "INSERT INTO portal_sign_in_codes (account_id, agency_id, code_hash, created_at, expires_at) VALUES (?, ?, 'h', ?, ?)",
    )
      .bind(t.account!.id, t.agency.id, Date.now(), Date.now() + 600_000)
      .run();
    await post(`/contacts/${t.contact.id}/access/reactivate`, { confirmed: "yes" }, t.cookie, { "HX-Request": "true" });
    expect(await codeOf(t.account!.id)).toBeNull();
  });

  it("archiving the contact kills the code", async () => {
    const t = await makeTraveler("active");
    await giveCode(t);
    await post(`/contacts/${t.contact.id}/archive`, {}, t.cookie);
    expect(await codeOf(t.account!.id)).toBeNull();
  });

  it("correcting the email kills the code mailed to the old address (decision 005)", async () => {
    const t = await makeTraveler("active");
    await giveCode(t);
    const res = await post(
      `/contacts/${t.contact.id}`,
      { firstName: "Ana", lastName: "Souza", email: `new-${t.contact.email}`, phone: "" },
      t.cookie,
    );
    expect(res.status).toBeLessThan(400);
    expect(await codeOf(t.account!.id)).toBeNull();
  });
});
