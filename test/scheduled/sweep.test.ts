import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { sweepStaleTokens } from "../../src/scheduled/sweep";
import { db, makeAccount, makeAgency, makeContact, tokensOf } from "../fixtures";

const DAY = 86_400_000;

async function insertTokens(
  agencyId: string,
  accountId: string,
  count: number,
  fields: { createdAt: number; expiresAt: number; consumedAt?: number | null; voidedAt?: number | null },
) {
  const stmt = env.DB.prepare(
    "INSERT INTO portal_tokens (id, agency_id, account_id, purpose, token_hash, created_at, expires_at, consumed_at, voided_at) VALUES (?, ?, ?, 'invite', ?, ?, ?, ?, ?)",
  );
  const rows = Array.from({ length: count }, () => {
    const id = crypto.randomUUID();
    return stmt.bind(
      `ptk_${id}`,
      agencyId,
      accountId,
      `hash_${id}`,
      fields.createdAt,
      fields.expiresAt,
      fields.consumedAt ?? null,
      fields.voidedAt ?? null,
    );
  });
  for (let i = 0; i < rows.length; i += 200) await env.DB.batch(rows.slice(i, i + 200));
}

async function counts(accountId: string) {
  return env.DB.prepare(
    `SELECT sum(voided_at IS NULL AND consumed_at IS NULL AND expires_at <= ?1) AS live_expired,
            sum(voided_at IS NULL AND consumed_at IS NULL AND expires_at > ?1) AS live_fresh,
            count(*) AS total
       FROM portal_tokens WHERE account_id = ?2`,
  )
    .bind(Date.now(), accountId)
    .first<{ live_expired: number; live_fresh: number; total: number }>();
}

describe("scheduled sweep of stale tokens", () => {
  it("voids expired links over more rows than one batch, leaves fresh ones, deletes long-dead ones, and a second run changes nothing", async () => {
    const { agency } = await makeAgency();
    const contact = await makeContact(agency.id);
    const account = (await makeAccount(agency.id, contact, "active"))!;
    const now = Date.now();
    await insertTokens(agency.id, account.id, 1200, { createdAt: now - 10 * DAY, expiresAt: now - 3 * DAY });
    await insertTokens(agency.id, account.id, 30, { createdAt: now - DAY, expiresAt: now + 6 * DAY });
    await insertTokens(agency.id, account.id, 700, {
      createdAt: now - 60 * DAY,
      expiresAt: now - 53 * DAY,
      consumedAt: now - 59 * DAY,
    });
    await insertTokens(agency.id, account.id, 20, {
      createdAt: now - 20 * DAY,
      expiresAt: now - 13 * DAY,
      voidedAt: now - 19 * DAY,
    });
    const before = await counts(account.id);

    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: now, cron: "*/30 * * * *" }), env, ctx);
    await waitOnExecutionContext(ctx);

    const after = await counts(account.id);
    expect(after!.live_expired).toBe(0);
    expect(after!.live_fresh).toBe(30);
    // 700 consumed two months ago are gone; the 20 voided 19 days ago stay until 30 days pass.
    expect(after!.total).toBe(before!.total - 700);

    const second = await sweepStaleTokens(db, new Date(now));
    expect(second).toEqual({ voided: 0, deleted: 0, challenges: 0, complete: true });
    expect(await counts(account.id)).toEqual(after);
  });

  it("keeps a pending account's newest link so the advisor still sees 'Invite expired'", async () => {
    const { agency, advisor } = await makeAgency();
    const contact = await makeContact(agency.id);
    const account = (await makeAccount(agency.id, contact, "expired"))!;
    const { signIn, get } = await import("../fixtures");
    const cookie = await signIn(advisor);
    const later = new Date(Date.now() + 40 * DAY);
    await sweepStaleTokens(db, new Date());
    await sweepStaleTokens(db, later);
    expect(await tokensOf(account.id)).toHaveLength(1);
    const html = await (await get(`/contacts/${contact.id}/access`, cookie)).text();
    expect(html).toContain("Invite expired");
  });
});
