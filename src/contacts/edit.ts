// Editing a contact's core identity: validated with zod, scoped to the agency. When the email
// changes, links already sent to the old address stop working (it may have been a typo, and
// whoever holds that mailbox must not claim the client's portal); the portal account's sign-in
// email follows on the next invite or reset the advisor sends.
import { and, eq, isNull } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { z } from "zod";
import type { Db } from "../db/client";
import { contacts, portalAccounts, portalEvents, portalTokens } from "../db/schema";
import { newId } from "../lib/ids";

const optional = <T extends z.ZodType<string, string>>(schema: T) => z.string().trim().transform((s) => (s === "" ? null : s)).pipe(schema.nullable());

export const contactForm = z.object({
  firstName: z.string().trim().min(1, { error: "Enter a first name." }).max(80, { error: "The first name can be at most 80 characters." }),
  lastName: z.string().trim().min(1, { error: "Enter a last name." }).max(80, { error: "The last name can be at most 80 characters." }),
  email: optional(z.email({ error: "Enter an email address like ana@example.com, or leave it empty." }).max(254)),
  phone: optional(z.string().max(40, { error: "The phone number can be at most 40 characters." }).regex(/^[0-9+()\-. ]+$/, { error: "Use digits, spaces and + ( ) - . in the phone number." })),
});

export type ContactFormErrors = Partial<Record<keyof z.infer<typeof contactForm>, string>>;

const normalized = (email: string | null) => email?.trim().toLowerCase() ?? null;

export async function updateContact(db: Db, agencyId: string, contactId: string, values: z.infer<typeof contactForm>, actor: { id: string; name: string }): Promise<boolean> {
  const [rows, accounts] = await db.batch([
    db.select({ email: contacts.email }).from(contacts).where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId))),
    db.select({ id: portalAccounts.id }).from(portalAccounts).where(and(eq(portalAccounts.contactId, contactId), eq(portalAccounts.agencyId, agencyId))),
  ]);
  const current = rows[0];
  if (!current) return false;
  const now = new Date();
  const writes: [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]] = [db.update(contacts).set(values).where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId)))];
  const account = accounts[0];
  if (account && normalized(current.email) !== normalized(values.email)) {
    writes.push(
      db
        .update(portalTokens)
        .set({ voidedAt: now })
        .where(and(eq(portalTokens.agencyId, agencyId), eq(portalTokens.accountId, account.id), isNull(portalTokens.consumedAt), isNull(portalTokens.voidedAt))),
      db.insert(portalEvents).values({
        id: newId("pev"),
        agencyId,
        accountId: account.id,
        at: now,
        kind: "email_changed",
        actorId: actor.id,
        actorLabel: actor.name,
        detail: `From ${current.email ?? "no email"} to ${values.email ?? "no email"}`,
      }),
    );
  }
  await db.batch(writes);
  return true;
}
