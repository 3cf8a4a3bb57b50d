// Reads behind the client portal: the agency behind a portal URL and the account an email signs
// in to (the signed-in pages' statements are in page-queries.ts). Each page is one D1 round
// trip. An account is reached only through its contact's current email: after an advisor
// corrects the email, the old address finds nothing (docs/decisions/005-email-change-cuts-off-old-address.md).
import { and, eq, sql } from "drizzle-orm";
import { agencyBySlug, type PortalAgency } from "../db/agencies";
import { aliased, type Db } from "../db/client";
import { agencies, contacts, portalAccounts, portalSlugRedirects } from "../db/schema";
import type { Locale } from "../i18n/locales";
import { normalizeEmail } from "../lib/email";

export async function findPortalAgency(db: Db, slug: string): Promise<PortalAgency | null> {
  return (await agencyBySlug(db, slug))[0] ?? null;
}

/**
 * Where an old slug's portal lives now: the current slug of the agency that kept the old one
 * redirecting (Settings → Branding), or null.
 */
export async function findMovedPortalSlug(db: Db, oldSlug: string): Promise<string | null> {
  const rows = await db
    .select({ slug: agencies.portalSlug })
    .from(portalSlugRedirects)
    .innerJoin(agencies, eq(agencies.id, portalSlugRedirects.agencyId))
    .where(eq(portalSlugRedirects.slug, oldSlug))
    .limit(1);
  const slug = rows[0]?.slug ?? null;
  return slug === oldSlug ? null : slug;
}

/** The account this email signs in to on this portal: matched on the contact's email as it is now. */
function accountByEmail(slug: string, email: string) {
  return and(
    eq(agencies.portalSlug, slug),
    eq(portalAccounts.email, normalizeEmail(email)),
    eq(portalAccounts.email, sql`lower(trim(${contacts.email}))`),
  );
}

export async function findAccountForSignIn(db: Db, slug: string, email: string) {
  const rows = await db
    .select({
      accountId: aliased(portalAccounts.id, "account_id"),
      agencyId: portalAccounts.agencyId,
      status: portalAccounts.status,
      passwordHash: portalAccounts.passwordHash,
      contactId: portalAccounts.contactId,
      firstName: contacts.firstName,
    })
    .from(portalAccounts)
    .innerJoin(agencies, eq(agencies.id, portalAccounts.agencyId))
    .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
    .where(accountByEmail(slug, email))
    .limit(1);
  return rows[0] ?? null;
}

/** Accounts that can get a fresh link by email (forgot password, "Email me a fresh link"). */
export async function findAccountForFreshLink(db: Db, slug: string, email: string) {
  const rows = await db
    .select({ contactId: portalAccounts.contactId, agencyId: portalAccounts.agencyId, status: portalAccounts.status })
    .from(portalAccounts)
    .innerJoin(agencies, eq(agencies.id, portalAccounts.agencyId))
    .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
    .where(accountByEmail(slug, email))
    .limit(1);
  return rows[0] ?? null;
}

/** Whether the account may use the portal now (after KV said its sessions were revoked: turned off, or a reset elsewhere?). */
export async function isAccountActive(db: Db, accountId: string): Promise<boolean> {
  const [row] = await db
    .select({ status: portalAccounts.status })
    .from(portalAccounts)
    .where(eq(portalAccounts.id, accountId));
  return row?.status === "active";
}

/**
 * A signed-in traveler's language pick (SPEC §14), saved on their own contact: only an active
 * account of this agency, so a stale session writes nothing. True if it was saved.
 */
export async function saveTravelerLanguage(
  db: Db,
  r: { agencyId: string; accountId: string; locale: Locale },
): Promise<boolean> {
  const saved = await db
    .update(contacts)
    .set({ language: r.locale })
    .where(
      and(
        eq(contacts.agencyId, r.agencyId),
        sql`${contacts.id} = (select ${portalAccounts.contactId} from ${portalAccounts}
          where ${portalAccounts.id} = ${r.accountId} and ${portalAccounts.agencyId} = ${r.agencyId}
          and ${portalAccounts.status} = 'active')`,
      ),
    )
    .returning({ id: contacts.id });
  return saved.length > 0;
}
