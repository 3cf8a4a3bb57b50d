// Editing a contact's core identity: validated with zod, scoped to the agency. Correcting the
// email is also a portal-access decision (the old address is cut off completely), so the save
// goes through portal-access, which runs the contact update in the same batch as the cut-off.
import { and, eq, type SQL } from "drizzle-orm";
import * as z from "zod/mini";
import type { Db } from "../db/client";
import { contacts } from "../db/schema";
import { isLocale, LOCALES, type Locale } from "../i18n/locales";
import { type Actor, saveContactEmail } from "../portal-access";

const optional = <T extends z.ZodMiniType<string, string>>(schema: T) =>
  z.pipe(
    z.pipe(
      z.string().check(z.trim()),
      z.transform((s: string) => (s === "" ? null : s)),
    ),
    z.nullable(schema),
  );

export const contactForm = z.object({
  firstName: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: "Enter a first name." }),
      z.maxLength(80, { error: "The first name can be at most 80 characters." }),
    ),
  lastName: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: "Enter a last name." }),
      z.maxLength(80, { error: "The last name can be at most 80 characters." }),
    ),
  // The email's own message also answers an address over 254 characters (a check without words of its own uses the schema's).
  email: optional(
    z.email({ error: "Enter an email address like ana@example.com, or leave it empty." }).check(z.maxLength(254)),
  ),
  phone: optional(
    z
      .string()
      .check(
        z.maxLength(40, { error: "The phone number can be at most 40 characters." }),
        z.regex(/^[0-9+()\-. ]+$/, { error: "Use digits, spaces and + ( ) - . in the phone number." }),
      ),
  ),
  // SPEC §14: "" is "Agency default" (null); anything but the five is refused, never stored.
  language: z.pipe(
    z.enum(["", ...LOCALES], { error: "Choose Agency default or one of the five portal languages." }),
    z.transform((s: "" | Locale): Locale | null => (isLocale(s) ? s : null)),
  ),
});

export type ContactValues = z.infer<typeof contactForm>;

export function updateContact(
  deps: { db: Db; kv: KVNamespace },
  agencyId: string,
  contactId: string,
  values: ContactValues,
  actor: Actor,
) {
  const contactUpdate = (onlyIf: SQL) =>
    deps.db
      .update(contacts)
      .set(values)
      .where(and(eq(contacts.id, contactId), eq(contacts.agencyId, agencyId), onlyIf))
      .returning({ id: contacts.id });
  return saveContactEmail(deps, { agencyId, contactId, newEmail: values.email, actor, contactUpdate });
}
