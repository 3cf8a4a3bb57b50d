// Bulk resend from the Portal access page: every selected traveler goes through the same
// lifecycle decision as a single click (refusals and the per-contact cap apply row by row), and
// the emails leave through the MAIL queue in one sendBatch, so a request of 100 rows makes a
// bounded number of calls: about two D1 round trips a row and one queue call.
import { and, eq, gt, inArray, max, ne, sql } from "drizzle-orm";
import * as z from "zod/mini";
import { type Db, inList } from "../db/client";
import { contacts, portalAccounts, portalEvents } from "../db/schema";
import { typedText } from "../lib/forms";
import {
  type Actor,
  BULK_RECENT_MINUTES,
  decideBulkRecent,
  performQueuedActions,
  type QueuedServiceDeps,
} from "../portal-access";
import { fullName } from "../ui/components";

export const BULK_MAX = 100;

const contactId = z.pipe(
  typedText,
  z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "That selection isn't one of your travelers." })),
);
const AT_MOST = `Select at most ${BULK_MAX} travelers at a time.`;

/** What the form posts: the ticked rows, the page's selectable rows, and whether "Select all" was ticked. */
const bulkSelection = z.object({
  contact: z._default(z.array(contactId), []),
  onPage: z._default(z.array(contactId).check(z.maxLength(BULK_MAX, { error: AT_MOST })), []),
  all: z.optional(z.enum(["on"], { error: "Tick Select all or leave it empty." })),
});

/** The bulk form: ticked rows, or every selectable row on the page when "Select all" was ticked without JavaScript. */
export const bulkForm = z.pipe(
  z.pipe(
    bulkSelection,
    z.transform((f: z.output<typeof bulkSelection>) => [...new Set(f.all ? [...f.onPage, ...f.contact] : f.contact)]),
  ),
  z
    .array(z.string())
    .check(
      z.minLength(1, { error: "Select at least one traveler to resend an invite to." }),
      z.maxLength(BULK_MAX, { error: AT_MOST }),
    ),
);

export interface BulkReport {
  sent: number;
  skipped: { contactId: string; name: string; reason: string }[];
}

const QUEUE_REFUSED = "The mail queue didn't take the email, so nothing was sent. Try again in a minute.";
const NOT_OURS = "Not one of your agency's travelers.";

export async function bulkResend(
  deps: QueuedServiceDeps,
  input: { agencyId: string; contactIds: string[]; actor: Actor; includeRecent?: boolean },
  now = new Date(),
): Promise<BulkReport> {
  const { names, lastEmailed } = await selectionFacts(deps.db, input.agencyId, input.contactIds, now);
  const report: BulkReport = { sent: 0, skipped: [] };
  const ours: string[] = [];
  for (const id of input.contactIds) {
    const name = names.get(id);
    if (name === undefined) {
      report.skipped.push({ contactId: id, name: "Unknown traveler", reason: NOT_OURS });
      continue;
    }
    const recent = decideBulkRecent({
      lastEmailedAt: lastEmailed.get(id) ?? null,
      includeRecent: !!input.includeRecent,
      now,
    });
    if (recent.skip) report.skipped.push({ contactId: id, name, reason: recent.message });
    else ours.push(id);
  }
  const outcomes = await performQueuedActions(
    deps,
    ours.map((contactId) => ({ agencyId: input.agencyId, contactId, action: "resend" as const, actor: input.actor })),
    now,
  );
  outcomes.forEach((outcome, i) => {
    const contactId = ours[i] ?? "";
    if (outcome.ok) report.sent++;
    else
      report.skipped.push({
        contactId,
        name: names.get(contactId) ?? "",
        reason: "queueRefused" in outcome ? QUEUE_REFUSED : outcome.notFound ? NOT_OURS : outcome.refusal.message,
      });
  });
  return report;
}

/** Kinds of portal event that emailed the traveler a link or a notice about one. */
const EMAILING_KINDS = ["invited", "resent", "reset_sent", "reactivated", "reminded"] as const;

/**
 * The selected travelers of the agency, by name, and when each was last emailed within the
 * recent window (a failed send emailed nobody), in one round trip.
 */
async function selectionFacts(db: Db, agencyId: string, ids: string[], now: Date) {
  const [rows, recent] = await db.batch([
    db
      .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName })
      .from(contacts)
      .where(and(eq(contacts.agencyId, agencyId), inList(contacts.id, ids))),
    db
      .select({ contactId: portalAccounts.contactId, at: max(portalEvents.at) })
      .from(portalEvents)
      .innerJoin(portalAccounts, eq(portalAccounts.id, portalEvents.accountId))
      .where(
        and(
          eq(portalAccounts.agencyId, agencyId),
          inList(portalAccounts.contactId, ids),
          eq(portalEvents.agencyId, agencyId),
          gt(portalEvents.at, new Date(now.getTime() - BULK_RECENT_MINUTES * 60_000)),
          inArray(portalEvents.kind, [...EMAILING_KINDS]),
          ne(sql`coalesce(${portalEvents.deliveryStatus}, '')`, "failed"),
        ),
      )
      .groupBy(portalAccounts.contactId),
  ]);
  return {
    names: new Map(rows.map((r) => [r.id, fullName(r)])),
    lastEmailed: new Map(recent.flatMap((r) => (r.at ? [[r.contactId, r.at] as const] : []))),
  };
}
