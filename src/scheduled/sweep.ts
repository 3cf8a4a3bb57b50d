// The cron sweep (SPEC §9): voids expired claim links and deletes long-dead ones, in bounded
// batches so one run stays within Workers limits however large the table; what is left over
// is picked up by the next run. Each phase has its own budget, so a backlog of one kind never
// starves the other. Running it twice changes nothing the second time.
import type { Bindings } from "../env";

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
async function drain(statement: D1PreparedStatement): Promise<{ changed: number; complete: boolean }> {
  let changed = 0;
  for (let i = 0; i < MAX_BATCHES_PER_PHASE; i++) {
    const { meta } = await statement.run();
    changed += meta.changes;
    if (meta.changes < BATCH) return { changed, complete: true };
  }
  return { changed, complete: false };
}

export async function sweepStaleTokens(d1: D1Database, now: Date): Promise<SweepReport> {
  const nowMs = now.getTime();
  const cutoff = nowMs - RETENTION_MS;

  // Live links past their expiry, found through the partial index on live links.
  const voided = await drain(
    d1
      .prepare(
        `UPDATE portal_tokens SET voided_at = ?1
           WHERE id IN (SELECT id FROM portal_tokens
                         WHERE expires_at <= ?1 AND consumed_at IS NULL AND voided_at IS NULL
                         LIMIT ${BATCH})`,
      )
      .bind(nowMs),
  );

  // Dead links go after the retention period, looked up through the partial index of each
  // kind. A pending account's newest link is kept: it is what shows the advisor "Invite expired".
  const deleteDead = (column: "consumed_at" | "voided_at") =>
    d1
      .prepare(
        `DELETE FROM portal_tokens
           WHERE id IN (SELECT t.id FROM portal_tokens t
                         JOIN portal_accounts a ON a.id = t.account_id
                         WHERE t.${column} < ?1
                           AND (a.status <> 'pending'
                                OR EXISTS (SELECT 1 FROM portal_tokens n WHERE n.account_id = t.account_id AND n.created_at > t.created_at))
                         LIMIT ${BATCH})`,
      )
      .bind(cutoff);
  const consumed = await drain(deleteDead("consumed_at"));
  const voidedLongAgo = await drain(deleteDead("voided_at"));

  return { voided: voided.changed, deleted: consumed.changed + voidedLongAgo.changed, complete: voided.complete && consumed.complete && voidedLongAgo.complete };
}

export async function runScheduledSweep(env: Bindings, now: Date): Promise<SweepReport> {
  const started = Date.now();
  const report = await sweepStaleTokens(env.DB, now);
  console.log(JSON.stringify({ job: "sweep-stale-tokens", at: now.toISOString(), ...report, ms: Date.now() - started }));
  return report;
}
