// "Invite expired" and "Bounced" (the address needs fixing) are each written once as a predicate
// (status.ts) and once as SQL: both must answer the same for every kind of account (the counts
// triggers, which can't import the SQL, are held to the same list in test/unit/counts-sql.test.ts).
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DELIVERY_STATES, type DeliveryState, portalAccounts } from "../../src/db/schema";
import { inviteExpiredSql, isInviteExpired, needsEmailFix, needsEmailFixSql } from "../../src/portal-access/status";
import { db, makeAccount, makeAgency, makeContact } from "../fixtures";

const NOW = new Date("2026-11-29T12:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

const STATUSES = ["pending", "active", "disabled"] as const;
const DEADLINES = [null, at(-60), at(0), at(1), at(60 * 24)];

describe("the account rules: SQL and predicate agree", () => {
  it("on 'Invite expired' and 'needs a new address' for every status, deadline and delivery state", async () => {
    const { agency, advisor } = await makeAgency();
    const cases: {
      id: string;
      status: (typeof STATUSES)[number];
      deadline: Date | null;
      delivery: DeliveryState | null;
    }[] = [];
    for (const status of STATUSES)
      for (const deadline of DEADLINES)
        for (const delivery of [null, ...DELIVERY_STATES]) {
          const contact = await makeContact(agency.id);
          const account = (await makeAccount(agency.id, contact, "pending", advisor.id))!;
          await db
            .update(portalAccounts)
            .set({ status, linkDeadline: deadline, latestDelivery: delivery })
            .where(eq(portalAccounts.id, account.id));
          cases.push({ id: account.id, status, deadline, delivery });
        }
    const rows = await db
      .select({ id: portalAccounts.id, expired: inviteExpiredSql(NOW), fix: needsEmailFixSql() })
      .from(portalAccounts)
      .where(eq(portalAccounts.agencyId, agency.id));
    const bySql = new Map(rows.map((r) => [r.id, { expired: !!r.expired, fix: !!r.fix }]));
    let expired = 0;
    let fix = 0;
    for (const c of cases) {
      const snapshot = { status: c.status, newestLinkDeadline: c.deadline, latestDelivery: c.delivery };
      const predicate = { expired: isInviteExpired(snapshot, NOW), fix: needsEmailFix(snapshot) };
      expect({ ...c, ...bySql.get(c.id) }).toEqual({ ...c, ...predicate });
      expired += Number(predicate.expired);
      fix += Number(predicate.fix);
    }
    // Both answers of each rule occur.
    expect(expired).toBeGreaterThan(0);
    expect(expired).toBeLessThan(cases.length);
    expect(fix).toBeGreaterThan(0);
    expect(fix).toBeLessThan(cases.length);
  });
});
