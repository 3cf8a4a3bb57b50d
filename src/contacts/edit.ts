// Editing a contact's core identity: validated with zod, scoped to the agency. The portal
// account's sign-in email follows the contact's email on the next invite or reset sent.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client";
import { contacts } from "../db/schema";

const optional = <T extends z.ZodType<string, string>>(schema: T) => z.string().trim().transform((s) => (s === "" ? null : s)).pipe(schema.nullable());

export const contactForm = z.object({
  firstName: z.string().trim().min(1, { error: "Enter a first name." }).max(80, { error: "The first name can be at most 80 characters." }),
  lastName: z.string().trim().min(1, { error: "Enter a last name." }).max(80, { error: "The last name can be at most 80 characters." }),
  email: optional(z.email({ error: "Enter an email address like ana@example.com, or leave it empty." }).max(254)),
  phone: optional(z.string().max(40, { error: "The phone number can be at most 40 characters." }).regex(/^[0-9+()\-. ]+$/, { error: "Use digits, spaces and + ( ) - . in the phone number." })),
});

export type ContactFormErrors = Partial<Record<keyof z.infer<typeof contactForm>, string>>;

export async function updateContact(db: Db, agencyId: string, contactId: string, values: z.infer<typeof contactForm>): Promise<boolean> {
  const rows = await db.update(contacts).set(values).where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId))).returning({ id: contacts.id });
  return rows.length > 0;
}
