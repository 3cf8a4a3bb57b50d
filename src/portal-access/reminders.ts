// The expiry reminder (SPEC §11): for agencies that turned it on, a pending invite whose link
// expires within about a day, and that was never reminded about, gets one reminder with a fresh
// link (the old one is voided: only hashes are stored, so it can't be sent again). It goes
// through the same lifecycle decision as any resend (refusals, the per-contact cap), is
// recorded as its own event kind, and its link is marked so it is never reminded about twice.
// Never to archived contacts, disabled accounts or addresses that bounced.
import { and, eq, gt, isNull, lte, notInArray, or } from "drizzle-orm";
import type { Db } from "../db/client";
import { agencies, contacts, portalAccounts, portalTokens } from "../db/schema";
import { gatheringQueue, type MailQueue } from "./outbound";
import { type Actor, performPortalAction, type ServiceDeps } from "./service";
import { unusedLink } from "./tokens";

/** How long before expiry a reminder goes out: the cron runs every 30 minutes, so "about a day". */
export const REMIND_WITHIN_MS = 24 * 60 * 60 * 1000;
/** Reminders per cron run: each is two D1 round trips, all queued in one batch. */
export const REMINDERS_PER_RUN = 40;

export const REMINDER_ACTOR: Actor = { id: null, name: "Automatic reminder", email: "" };

/** Pending invites that are due a reminder, oldest expiry first. */
export function dueReminders(db: Db, now: Date, limit = REMINDERS_PER_RUN) {
  return db
    .select({ agencyId: portalAccounts.agencyId, contactId: portalAccounts.contactId, accountId: portalAccounts.id })
    .from(portalTokens)
    .innerJoin(portalAccounts, eq(portalAccounts.id, portalTokens.accountId))
    .innerJoin(agencies, eq(agencies.id, portalAccounts.agencyId))
    .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
    .where(
      and(
        // The live link's expiry is within the window (the partial index on live links' expiry).
        unusedLink,
        gt(portalTokens.expiresAt, now),
        lte(portalTokens.expiresAt, new Date(now.getTime() + REMIND_WITHIN_MS)),
        eq(portalTokens.purpose, "invite"),
        eq(portalTokens.isReminder, false),
        eq(portalAccounts.status, "pending"),
        eq(agencies.remindBeforeExpiry, true),
        isNull(contacts.archivedAt),
        or(isNull(portalAccounts.latestDelivery), notInArray(portalAccounts.latestDelivery, ["bounced", "complaint"])),
      ),
    )
    .orderBy(portalTokens.expiresAt)
    .limit(limit);
}

export interface ReminderReport {
  due: number;
  sent: number;
  skipped: { accountId: string; why: string }[];
}

/** Sends the reminders that are due; their emails leave through the MAIL queue in one batch. */
export async function sendDueReminders(
  deps: Omit<ServiceDeps, "queue"> & { queue: { mail: MailQueue; secret: string } },
  now: Date,
): Promise<ReminderReport> {
  const due = await dueReminders(deps.db, now);
  const gathered = gatheringQueue(deps.queue.mail);
  const report: ReminderReport = { due: due.length, sent: 0, skipped: [] };
  const queued: { accountId: string; outboundId: string }[] = [];
  for (const candidate of due) {
    const outcome = await performPortalAction(
      { ...deps, queue: { mail: gathered.queue, secret: deps.queue.secret } },
      {
        agencyId: candidate.agencyId,
        contactId: candidate.contactId,
        action: "resend",
        actor: REMINDER_ACTOR,
        reminder: true,
      },
      now,
    );
    if (outcome.ok) queued.push({ accountId: candidate.accountId, outboundId: outcome.queuedAs ?? "" });
    else
      report.skipped.push({
        accountId: candidate.accountId,
        why: outcome.notFound ? "not found" : outcome.refusal.message,
      });
  }
  const failed = await gathered.flush(deps.db, now);
  for (const q of queued) {
    if (failed.has(q.outboundId)) report.skipped.push({ accountId: q.accountId, why: "the mail queue refused it" });
    else report.sent++;
  }
  return report;
}
