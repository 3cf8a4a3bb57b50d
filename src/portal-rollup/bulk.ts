// Bulk resend from the Portal access page: every selected traveler goes through the same
// lifecycle decision as a single click (refusals and the per-contact cap apply row by row), and
// the emails leave through the MAIL queue in one sendBatch, so a request of 100 rows makes a
// bounded number of calls: about two D1 round trips a row and one queue call.
import { and, eq, inArray } from "drizzle-orm";
import * as z from "zod";
import type { Db } from "../db/client";
import { contacts } from "../db/schema";
import { typedText } from "../lib/forms";
import { gatheringQueue, type MailQueue } from "../portal-access/outbound";
import { type Actor, performPortalAction, type ServiceDeps } from "../portal-access/service";
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

export async function bulkResend(
  deps: Omit<ServiceDeps, "queue"> & { queue: { mail: MailQueue; secret: string } },
  input: { agencyId: string; contactIds: string[]; actor: Actor },
  now = new Date(),
): Promise<BulkReport> {
  const names = await namesOf(deps.db, input.agencyId, input.contactIds);
  const gathered = gatheringQueue(deps.queue.mail);
  const report: BulkReport = { sent: 0, skipped: [] };
  const queued: { contactId: string; name: string; outboundId: string }[] = [];
  for (const id of input.contactIds) {
    const name = names.get(id);
    if (!name) {
      report.skipped.push({ contactId: id, name: "Unknown traveler", reason: "Not one of your agency's travelers." });
      continue;
    }
    const outcome = await performPortalAction(
      { ...deps, queue: { mail: gathered.queue, secret: deps.queue.secret } },
      { agencyId: input.agencyId, contactId: id, action: "resend", actor: input.actor },
      now,
    );
    if (outcome.ok) queued.push({ contactId: id, name, outboundId: outcome.queuedAs ?? "" });
    else
      report.skipped.push({
        contactId: id,
        name,
        reason: outcome.notFound ? "Not one of your agency's travelers." : outcome.refusal.message,
      });
  }
  const failed = await gathered.flush(deps.db, now);
  for (const q of queued) {
    if (!failed.has(q.outboundId)) report.sent++;
    else
      report.skipped.push({
        contactId: q.contactId,
        name: q.name,
        reason: "The mail queue didn't take the email, so nothing was sent. Try again in a minute.",
      });
  }
  return report;
}

async function namesOf(db: Db, agencyId: string, ids: string[]) {
  const rows = await db
    .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName })
    .from(contacts)
    .where(and(eq(contacts.agencyId, agencyId), inArray(contacts.id, ids)));
  return new Map(rows.map((r) => [r.id, fullName(r)]));
}
