// The live-link rule is written once as SQL and once as a predicate (tokens.ts): both must
// give the same answer for every kind of link, including the edges (expiring this very
// millisecond, voided after expiry).
import { and, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { portalTokens } from "../../src/db/schema";
import { newId } from "../../src/lib/ids";
import {
  hasLapsed,
  isLinkLive,
  lapsedUnusedLink,
  linkDeadline,
  linkDeadlineSql,
  liveLink,
} from "../../src/portal-access/tokens";
import { db, makeAccount, makeAgency, makeContact } from "../fixtures";

const NOW = new Date("2026-11-29T12:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

const CASES: { name: string; expiresAt: Date; consumedAt: Date | null; voidedAt: Date | null }[] = [
  { name: "fresh", expiresAt: at(60), consumedAt: null, voidedAt: null },
  { name: "expires this instant", expiresAt: at(0), consumedAt: null, voidedAt: null },
  { name: "expired a minute ago", expiresAt: at(-1), consumedAt: null, voidedAt: null },
  { name: "used", expiresAt: at(60), consumedAt: at(-5), voidedAt: null },
  { name: "voided before expiry", expiresAt: at(60), consumedAt: null, voidedAt: at(-5) },
  { name: "voided by the sweep after expiry", expiresAt: at(-60), consumedAt: null, voidedAt: at(-1) },
  { name: "used, then the account disabled", expiresAt: at(60), consumedAt: at(-9), voidedAt: at(-5) },
  { name: "voided in the future (clock skew)", expiresAt: at(60), consumedAt: null, voidedAt: at(5) },
];

describe("the live-link rule: SQL fragment and predicate agree", () => {
  it("on liveness, lapse and deadline for every kind of link", async () => {
    const { agency, advisor } = await makeAgency();
    const contact = await makeContact(agency.id);
    const account = (await makeAccount(agency.id, contact, "active", advisor.id))!;
    const rows = CASES.map((c) => ({
      id: newId("ptk"),
      agencyId: agency.id,
      accountId: account.id,
      purpose: "invite" as const,
      tokenHash: newId("hash"),
      createdAt: at(-100),
      createdBy: null,
      ...c,
    }));
    await db.insert(portalTokens).values(rows.map(({ name: _name, ...r }) => r));
    const ids = rows.map((r) => r.id);

    const [live, lapsed, deadlines] = await db.batch([
      db
        .select({ id: portalTokens.id })
        .from(portalTokens)
        .where(and(inArray(portalTokens.id, ids), liveLink(NOW))),
      db
        .select({ id: portalTokens.id })
        .from(portalTokens)
        .where(and(inArray(portalTokens.id, ids), lapsedUnusedLink(NOW))),
      db
        .select({ id: portalTokens.id, deadline: linkDeadlineSql })
        .from(portalTokens)
        .where(inArray(portalTokens.id, ids)),
    ]);
    const liveIds = new Set(live.map((r) => r.id));
    const lapsedIds = new Set(lapsed.map((r) => r.id));
    const deadlineOf = new Map(deadlines.map((r) => [r.id, Number(r.deadline)]));

    for (const row of rows) {
      const predicate = isLinkLive(row, NOW);
      expect({ name: row.name, live: liveIds.has(row.id) }).toEqual({ name: row.name, live: predicate });
      const unusedButLapsed = row.consumedAt === null && row.voidedAt === null && hasLapsed(row.expiresAt, NOW);
      expect({ name: row.name, lapsed: lapsedIds.has(row.id) }).toEqual({ name: row.name, lapsed: unusedButLapsed });
      expect({ name: row.name, deadline: deadlineOf.get(row.id) }).toEqual({
        name: row.name,
        deadline: linkDeadline(row).getTime(),
      });
    }
    // The cases cover both answers of each rule.
    expect(liveIds.size).toBeGreaterThan(0);
    expect(liveIds.size).toBeLessThan(rows.length);
    expect(lapsedIds.size).toBeGreaterThan(0);
  });
});
