// The cron sweep (SPEC §9): voids expired claim links and deletes long-dead ones, in bounded
// batches so one run stays within Workers limits however large the table; what is left over
// is picked up by the next run. Each phase has its own budget, so a backlog of one kind never
// starves the other. Running it twice changes nothing the second time. Which links are live,
// lapsed or dead is tokens.ts's to say; this module only spends the budget.
import { type Db, openDb } from "../db/client";
import type { Bindings } from "../env";
import { deleteDeadLinks, deleteExpiredChallenges, voidLapsedLinks } from "../portal-access";

const BATCH = 1000;
// Three phases of at most 15 queries and the passkey challenges' 4: under the 50 D1 queries a
// Workers Free invocation may make.
const MAX_BATCHES_PER_PHASE = 15;
const MAX_CHALLENGE_BATCHES = 4;
const RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export interface SweepReport {
  voided: number;
  deleted: number;
  /** Passkey challenges that expired unused (they live 5 minutes). */
  challenges: number;
  /** False when a phase ran out of budget: the next run continues. */
  complete: boolean;
}

/** Runs a statement until it changes fewer rows than a batch, or the budget is spent. */
async function drain(
  statement: { run: () => Promise<D1Result> },
  maxBatches = MAX_BATCHES_PER_PHASE,
): Promise<{ changed: number; complete: boolean }> {
  let changed = 0;
  for (let i = 0; i < maxBatches; i++) {
    const { meta } = await statement.run();
    changed += meta.changes;
    if (meta.changes < BATCH) return { changed, complete: true };
  }
  return { changed, complete: false };
}

export async function sweepStaleTokens(db: Db, now: Date): Promise<SweepReport> {
  const diedBefore = new Date(now.getTime() - RETENTION_MS);
  const voided = await drain(voidLapsedLinks(db, now, BATCH));
  const used = await drain(deleteDeadLinks(db, { diedBy: "use", diedBefore, limit: BATCH }));
  const voidedLongAgo = await drain(deleteDeadLinks(db, { diedBy: "voiding", diedBefore, limit: BATCH }));
  const challenges = await drain(deleteExpiredChallenges(db, now, BATCH), MAX_CHALLENGE_BATCHES);
  return {
    voided: voided.changed,
    deleted: used.changed + voidedLongAgo.changed,
    challenges: challenges.changed,
    complete: voided.complete && used.complete && voidedLongAgo.complete && challenges.complete,
  };
}

export async function runScheduledSweep(env: Bindings, now: Date): Promise<SweepReport> {
  const started = Date.now();
  const report = await sweepStaleTokens(openDb(env.DB).db, now);
  console.log(
    JSON.stringify({ job: "sweep-stale-tokens", at: now.toISOString(), ...report, ms: Date.now() - started }),
  );
  return report;
}
