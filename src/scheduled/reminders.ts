// The cron's reminder run (portal-access/reminders.ts): agencies that turned on "Remind
// travelers once before an invite expires" get one reminder per invite, through the MAIL queue.
import { openDb } from "../db/client";
import { type Bindings, readConfig } from "../env";
import { portalMailer, type ReminderReport, sendDueReminders } from "../portal-access";

export async function runReminders(env: Bindings, now: Date): Promise<ReminderReport> {
  const started = Date.now();
  const config = readConfig(env);
  const { db } = openDb(env.DB);
  const report = await sendDueReminders({ ...portalMailer({ config, db, queue: env.MAIL }), kv: env.SESSIONS }, now);
  console.log(
    JSON.stringify({
      job: "expiry-reminders",
      at: now.toISOString(),
      due: report.due,
      sent: report.sent,
      skipped: report.skipped.length,
      ms: Date.now() - started,
    }),
  );
  return report;
}
