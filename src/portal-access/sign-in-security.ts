// "Sign-in & security" (SPEC §13): what the signed-in client sees of their own ways in (their
// sign-in email and passkeys), and changing their password. lifecycle.ts decides what a change
// does (the other sessions end, passkeys stay, a notice is mailed); this module carries it out.
import { and, eq, sql } from "drizzle-orm";
import { agencyBySlug, type PortalAgency } from "../db/agencies";
import { aliased, type Db } from "../db/client";
import { agencies, contacts, portalAccounts } from "../db/schema";
import { hashPassword, type ScryptParams, verifyPassword } from "../lib/password";
import { newPasswordForm } from "../lib/password-policy";
import { revokeAccountSessions } from "../sessions/revocation";
import { sendPasswordChanged } from "./claim";
import { decidePasswordChange } from "./lifecycle";
import { listPasskeys } from "./passkeys";
import type { ServiceDeps } from "./service";

/** The signed-in, still active account of this portal (null: gone, disabled, or another portal's). */
const activeAccountOfPortal = (slug: string, accountId: string) =>
  and(eq(portalAccounts.id, accountId), eq(portalAccounts.status, "active"), eq(agencies.portalSlug, slug));

/** The page in one round trip: the agency, the account (only if still active) and its passkeys. */
export async function loadSignInSecurity(db: Db, slug: string, accountId: string) {
  const [agencyRows, accountRows] = await db.batch([
    agencyBySlug(db, slug),
    db
      .select({
        accountId: aliased(portalAccounts.id, "account_id"),
        email: portalAccounts.email,
        language: contacts.language,
      })
      .from(portalAccounts)
      .innerJoin(agencies, eq(agencies.id, portalAccounts.agencyId))
      .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
      .where(activeAccountOfPortal(slug, accountId)),
  ]);
  const agency = agencyRows[0];
  const account = accountRows[0];
  if (!agency || !account) return null;
  const passkeys = await listPasskeys(db, agency.agencyId, accountId);
  return { agency, email: account.email, language: account.language, passkeys };
}

export type PasswordChange =
  | { ok: true }
  | { ok: false; reason: "signed_out" }
  | { ok: false; reason: "wrong_password" | "weak_password"; errors: string[] };

export const WRONG_CURRENT_PASSWORD = "That isn't your current password. Nothing was changed.";

/**
 * Changes the signed-in client's password: the current one must match, the new one follows the
 * claim's policy. The write applies only if the hash is still the one checked (two changes racing:
 * one wins) and the account is still active; every session issued until now ends (the caller
 * gives this browser a fresh one), passkeys stay, and "Your password was changed" is mailed.
 */
export async function changePassword(
  deps: ServiceDeps & {
    scrypt: ScryptParams;
    inBackground: (work: Promise<unknown>, label: string) => Promise<void>;
  },
  r: { agency: PortalAgency; accountId: string; current: string; password: string; confirm: string },
  now = new Date(),
): Promise<PasswordChange> {
  const slug = r.agency.slug ?? "";
  const [account] = await deps.db
    .select({
      status: portalAccounts.status,
      passwordHash: portalAccounts.passwordHash,
      email: portalAccounts.email,
      firstName: contacts.firstName,
      language: contacts.language,
    })
    .from(portalAccounts)
    .innerJoin(agencies, eq(agencies.id, portalAccounts.agencyId))
    .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
    .where(activeAccountOfPortal(slug, r.accountId));
  if (!account) return { ok: false, reason: "signed_out" };
  const decision = decidePasswordChange({
    account: { status: account.status, hasPassword: !!account.passwordHash },
    currentPasswordMatches: await verifyPassword(r.current, account.passwordHash),
  });
  if (!decision.ok)
    return decision.reason === "disabled"
      ? { ok: false, reason: "signed_out" }
      : { ok: false, reason: "wrong_password", errors: [WRONG_CURRENT_PASSWORD] };
  const parsed = newPasswordForm.safeParse({ password: r.password, confirm: r.confirm });
  if (!parsed.success)
    return { ok: false, reason: "weak_password", errors: [...new Set(parsed.error.issues.map((i) => i.message))] };

  const changed = await deps.db
    .update(portalAccounts)
    .set({ passwordHash: await hashPassword(parsed.data.password, deps.scrypt) })
    .where(
      and(
        eq(portalAccounts.id, r.accountId),
        eq(portalAccounts.agencyId, r.agency.agencyId),
        eq(portalAccounts.status, "active"),
        sql`${portalAccounts.passwordHash} = ${account.passwordHash}`,
      ),
    )
    .returning({ id: portalAccounts.id });
  if (changed.length === 0) return { ok: false, reason: "signed_out" };
  if (decision.revokeOtherSessions) await revokeAccountSessions(deps.kv, r.accountId, now);
  if (decision.notifyPasswordChanged)
    await deps.inBackground(
      sendPasswordChanged(
        deps,
        r.agency,
        { accountId: r.accountId, email: account.email, firstName: account.firstName, language: account.language },
        now,
      ),
      "password-changed notice",
    );
  return { ok: true };
}
