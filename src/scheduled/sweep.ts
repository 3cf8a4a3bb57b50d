// The cron sweep (SPEC §9): voids expired claim links and deletes long-dead ones, in bounded
// batches so one run stays within Workers limits however large the table; what is left
// over is picked up by the next run. Running it twice changes nothing the second time.
import type { Bindings } from "../env";

const BATCH = 500;
const MAX_BATCHES_PER_RUN = 40;
const RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export interface SweepReport {
  voided: number;
  deleted: number;
  complete: boolean;
}

export async function sweepStaleTokens(d1: D1Database, now: Date): Promise<SweepReport> {
  const nowMs = now.getTime();
  const cutoff = nowMs - RETENTION_MS;
  let voided = 0;
  let deleted = 0;
  let batches = 0;

  const voidExpired = d1.prepare(
    `UPDATE portal_tokens SET voided_at = ?1
       WHERE id IN (SELECT id FROM portal_tokens
                     WHERE expires_at <= ?1 AND consumed_at IS NULL AND voided_at IS NULL
                     LIMIT ${BATCH})`,
  );
  while (batches < MAX_BATCHES_PER_RUN) {
    batches += 1;
    const { meta } = await voidExpired.bind(nowMs).run();
    voided += meta.changes;
    if (meta.changes < BATCH) break;
  }

  // Dead links go after the retention period, looked up through the partial index of each
  // kind. A pending account's newest link is kept: it is what shows the advisor "Invite expired".
  const deleteDead = (column: "consumed_at" | "voided_at") =>
    d1.prepare(
      `DELETE FROM portal_tokens
         WHERE id IN (SELECT t.id FROM portal_tokens t
                       JOIN portal_accounts a ON a.id = t.account_id
                       WHERE t.${column} < ?1
                         AND (a.status <> 'pending'
                              OR EXISTS (SELECT 1 FROM portal_tokens n WHERE n.account_id = t.account_id AND n.created_at > t.created_at))
                       LIMIT ${BATCH})`,
    );
  let deleteDone = false;
  for (const column of ["consumed_at", "voided_at"] as const) {
    const statement = deleteDead(column);
    deleteDone = false;
    while (batches < MAX_BATCHES_PER_RUN) {
      batches += 1;
      const { meta } = await statement.bind(cutoff).run();
      deleted += meta.changes;
      if (meta.changes < BATCH) {
        deleteDone = true;
        break;
      }
    }
  }
  return { voided, deleted, complete: deleteDone };
}

export async function runScheduledSweep(env: Bindings, now: Date): Promise<SweepReport> {
  const report = await sweepStaleTokens(env.DB, now);
  console.log(JSON.stringify({ job: "sweep-stale-tokens", at: now.toISOString(), ...report }));
  return report;
}
