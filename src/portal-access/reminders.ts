// The expiry reminder (SPEC §11): for agencies that turned it on, a pending invite whose link
// expires within about a day, and that was never reminded about, gets one reminder with a fresh
// link (the old one is voided: only hashes are stored, so it can't be sent again). It goes
// through the same lifecycle decision as any resend (refusals, the per-contact cap), is
// recorded as its own event kind, and its link is marked so it is never reminded about twice.
// Never to archived contacts, disabled accounts or addresses that bounced.
import { and, eq, gt, isNull, lte, not, or } from "drizzle-orm";
import type { Db } from "../db/client";
import { agencies, contacts, portalAccounts, portalTokens } from "../db/schema";
import { type Actor, performQueuedActions, type QueuedServiceDeps } from "./service";
import { needsEmailFixSql } from "./status";
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
        or(isNull(portalAccounts.latestDelivery), not(needsEmailFixSql())),
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
export async function sendDueReminders(deps: QueuedServiceDeps, now: Date): Promise<ReminderReport> {
  const due = await dueReminders(deps.db, now);
  const outcomes = await performQueuedActions(
    deps,
    due.map((candidate) => ({
      agencyId: candidate.agencyId,
      contactId: candidate.contactId,
      action: "resend" as const,
      actor: REMINDER_ACTOR,
      reminder: true,
    })),
    now,
  );
  const report: ReminderReport = { due: due.length, sent: 0, skipped: [] };
  outcomes.forEach((outcome, i) => {
    const accountId = due[i]?.accountId ?? "";
    if (outcome.ok) report.sent++;
    else
      report.skipped.push({
        accountId,
        why:
          "queueRefused" in outcome
            ? "the mail queue refused it"
            : outcome.notFound
              ? "not found"
              : outcome.refusal.message,
      });
  });
  return report;
}
