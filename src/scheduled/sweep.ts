// The cron sweep (SPEC §9): voids expired claim links and deletes long-dead ones, in bounded
// batches so one run stays within Workers limits however large the table; what is left over
// is picked up by the next run. Each phase has its own budget, so a backlog of one kind never
// starves the other. Running it twice changes nothing the second time. Which links are live
// or lapsed is tokens.ts's rule, not restated here.
import { and, eq, exists, gt, inArray, isNotNull, lt, ne, or } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { openDb, type Db } from "../db/client";
import { portalAccounts, portalTokens } from "../db/schema";
import type { Bindings } from "../env";
import { lapsedUnusedLink } from "../portal-access/tokens";

const BATCH = 1000;
// Three phases of at most 15 queries: under the 50 D1 queries a Workers Free invocation may make.
const MAX_BATCHES_PER_PHASE = 15;
const RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export interface SweepReport {
  voided: number;
  deleted: number;
  /** False when a phase ran out of budget: the next run continues. */
  complete: boolean;
}

/** Runs a statement until it changes fewer rows than a batch, or the budget is spent. */
async function drain(run: () => Promise<D1Result>): Promise<{ changed: number; complete: boolean }> {
  let changed = 0;
  for (let i = 0; i < MAX_BATCHES_PER_PHASE; i++) {
    const { meta } = await run();
    changed += meta.changes;
    if (meta.changes < BATCH) return { changed, complete: true };
  }
  return { changed, complete: false };
}

export async function sweepStaleTokens(db: Db, now: Date): Promise<SweepReport> {
  const cutoff = new Date(now.getTime() - RETENTION_MS);

  // Live links past their expiry, found through the partial index on unused links.
  const lapsed = db.select({ id: portalTokens.id }).from(portalTokens).where(lapsedUnusedLink(now)).limit(BATCH);
  const voided = await drain(() => db.update(portalTokens).set({ voidedAt: now }).where(inArray(portalTokens.id, lapsed)).run());

  // Dead links go after the retention period, looked up through the partial index of each
  // kind. A pending account's newest link is kept: it is what shows the advisor "Invite expired".
  const newer = alias(portalTokens, "newer");
  const deleteDead = (diedAt: typeof portalTokens.consumedAt | typeof portalTokens.voidedAt) => {
    const dead = db
      .select({ id: portalTokens.id })
      .from(portalTokens)
      .innerJoin(portalAccounts, eq(portalAccounts.id, portalTokens.accountId))
      .where(
        and(
          isNotNull(diedAt),
          lt(diedAt, cutoff),
          or(
            ne(portalAccounts.status, "pending"),
            exists(db.select({ one: newer.id }).from(newer).where(and(eq(newer.accountId, portalTokens.accountId), gt(newer.createdAt, portalTokens.createdAt)))),
          ),
        ),
      )
      .limit(BATCH);
    return () => db.delete(portalTokens).where(inArray(portalTokens.id, dead)).run();
  };
  const consumed = await drain(deleteDead(portalTokens.consumedAt));
  const voidedLongAgo = await drain(deleteDead(portalTokens.voidedAt));

  return { voided: voided.changed, deleted: consumed.changed + voidedLongAgo.changed, complete: voided.complete && consumed.complete && voidedLongAgo.complete };
}

export async function runScheduledSweep(env: Bindings, now: Date): Promise<SweepReport> {
  const started = Date.now();
  const report = await sweepStaleTokens(openDb(env.DB).db, now);
  console.log(JSON.stringify({ job: "sweep-stale-tokens", at: now.toISOString(), ...report, ms: Date.now() - started }));
  return report;
}
