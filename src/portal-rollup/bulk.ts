// Bulk resend from the Portal access page: every selected traveler goes through the same
// lifecycle decision as a single click (refusals and the per-contact cap apply row by row), and
// the emails leave through the MAIL queue in one sendBatch, so a request of 100 rows makes a
// bounded number of calls: about two D1 round trips a row and one queue call.
import { and, eq } from "drizzle-orm";
import * as z from "zod";
import { type Db, inList } from "../db/client";
import { contacts } from "../db/schema";
import { typedText } from "../lib/forms";
import { type Actor, performQueuedActions, type QueuedServiceDeps } from "../portal-access/service";
import { fullName } from "../ui/components";

export const BULK_MAX = 100;

const contactId = typedText.pipe(
  z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "That selection isn't one of your travelers." }),
);

/** The bulk form: ticked rows, or every selectable row on the page when "Select all" was ticked without JavaScript. */
export const bulkForm = z
  .object({
    contact: z.array(contactId).default([]),
    onPage: z.array(contactId).max(BULK_MAX).default([]),
    all: z.enum(["on"]).optional(),
  })
  .transform((f) => [...new Set(f.all ? [...f.onPage, ...f.contact] : f.contact)])
  .pipe(
    z
      .array(z.string())
      .min(1, { error: "Select at least one traveler to resend an invite to." })
      .max(BULK_MAX, { error: `Select at most ${BULK_MAX} travelers at a time.` }),
  );

export interface BulkReport {
  sent: number;
  skipped: { contactId: string; name: string; reason: string }[];
}

const QUEUE_REFUSED = "The mail queue didn't take the email, so nothing was sent. Try again in a minute.";
const NOT_OURS = "Not one of your agency's travelers.";

export async function bulkResend(
  deps: QueuedServiceDeps,
  input: { agencyId: string; contactIds: string[]; actor: Actor },
  now = new Date(),
): Promise<BulkReport> {
  const names = await namesOf(deps.db, input.agencyId, input.contactIds);
  const report: BulkReport = { sent: 0, skipped: [] };
  for (const id of input.contactIds)
    if (!names.has(id)) report.skipped.push({ contactId: id, name: "Unknown traveler", reason: NOT_OURS });
  const ours = input.contactIds.filter((id) => names.has(id));
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

async function namesOf(db: Db, agencyId: string, ids: string[]) {
  const rows = await db
    .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName })
    .from(contacts)
    .where(and(eq(contacts.agencyId, agencyId), inList(contacts.id, ids)));
  return new Map(rows.map((r) => [r.id, fullName(r)]));
}
