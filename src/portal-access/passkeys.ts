// Passkeys (SPEC §13): this module owns a client's WebAuthn credentials and the challenges their
// ceremonies sign, from minting a challenge to removing a passkey. lib/webauthn.ts checks what the
// authenticator sent; lifecycle.ts decides when passkeys may sign in or must go. A challenge is
// single use (consumed by one DELETE … RETURNING), lives 5 minutes, is kept only as its SHA-256,
// and is bound to what it was issued for: adding a passkey to account X, or signing in to agency Y.
import { and, count, desc, eq, gt, lte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { agencies, contacts, portalAccounts, portalPasskeys, webauthnChallenges } from "../db/schema";
import { base64url } from "../lib/ids";
import {
  challengeOf,
  fromBase64url,
  PASSKEY_ALGORITHMS,
  type RelyingParty,
  toBase64url,
  verifyAssertion,
  verifyRegistration,
} from "../lib/webauthn";
import { decidePasskeySignIn } from "./lifecycle";

export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
/** Enough for every device a traveler owns; a cap so one account can't fill a table. */
export const MAX_PASSKEYS_PER_ACCOUNT = 20;
/** User verification is preferred, not required (SPEC §13): a security key without a PIN still counts. */
const REQUIRE_USER_VERIFICATION = false;
const TRANSPORTS = new Set(["usb", "nfc", "ble", "smart-card", "hybrid", "internal"]);

const hashChallenge = async (challenge: Uint8Array) =>
  base64url(new Uint8Array(await crypto.subtle.digest("SHA-256", challenge)));

type ChallengePurpose = "register" | "authenticate";

async function mintChallenge(
  db: Db,
  r: { purpose: ChallengePurpose; agencyId: string | SQL; accountId: string | null },
  now: Date,
  onlyIf?: SQL,
) {
  const challenge = crypto.getRandomValues(new Uint8Array(32));
  const values = {
    challengeHash: await hashChallenge(challenge),
    purpose: r.purpose,
    accountId: r.accountId,
    expiresAt: now.getTime() + CHALLENGE_TTL_MS,
  };
  const insert = db.insert(webauthnChallenges).select(
    db
      .select({
        challengeHash: sql`${values.challengeHash}`.as("challenge_hash"),
        purpose: sql`${values.purpose}`.as("purpose"),
        agencyId: sql`${r.agencyId}`.as("agency_id"),
        accountId: sql`${values.accountId}`.as("account_id"),
        expiresAt: sql`${values.expiresAt}`.as("expires_at"),
      })
      .from(sql`(select 1)`)
      .where(onlyIf ?? sql`1 = 1`),
  );
  return { challenge: toBase64url(challenge), insert };
}

/**
 * Takes the challenge a ceremony signed (by its hash), if it is live and was issued for exactly
 * this; of two takers one wins. A statement, for db.batch.
 */
function consumeChallenge(
  db: Db,
  r: { challengeHash: string; purpose: ChallengePurpose; agencyId: string | SQL; accountId: string | null },
  now: Date,
) {
  return db
    .delete(webauthnChallenges)
    .where(
      and(
        eq(webauthnChallenges.challengeHash, r.challengeHash),
        eq(webauthnChallenges.purpose, r.purpose),
        sql`${webauthnChallenges.agencyId} = ${r.agencyId}`,
        r.accountId === null
          ? sql`${webauthnChallenges.accountId} is null`
          : eq(webauthnChallenges.accountId, r.accountId),
        gt(webauthnChallenges.expiresAt, now),
      ),
    )
    .returning({ hash: webauthnChallenges.challengeHash });
}

/** Expired challenges nobody used (the cron sweep), at most `limit` per statement. */
export function deleteExpiredChallenges(db: Db, now: Date, limit: number) {
  return db
    .delete(webauthnChallenges)
    .where(
      sql`${webauthnChallenges.challengeHash} in (select ${webauthnChallenges.challengeHash} from ${webauthnChallenges} where ${lte(webauthnChallenges.expiresAt, now)} limit ${limit})`,
    );
}

const activeAccountOf = (agencyId: string, accountId: string) =>
  and(eq(portalAccounts.id, accountId), eq(portalAccounts.agencyId, agencyId), eq(portalAccounts.status, "active"));

// ── Adding a passkey (signed in, on Sign-in & security or after the invite claim).

/**
 * PublicKeyCredentialCreationOptions for the signed-in client (JSON, binary fields base64url), or
 * null when the account can't take one. Discoverable, attestation "none", UV preferred, ES256 and
 * RS256; the passkeys it already has are excluded so an authenticator isn't registered twice.
 */
export async function passkeyCreationOptions(
  db: Db,
  r: { agencyId: string; accountId: string; agencyName: string; rp: RelyingParty },
  now: Date,
) {
  const minted = await mintChallenge(
    db,
    { purpose: "register", agencyId: r.agencyId, accountId: r.accountId },
    now,
    sql`exists (select 1 from ${portalAccounts} where ${activeAccountOf(r.agencyId, r.accountId)})`,
  );
  const [accountRows, existing] = await db.batch([
    db
      .select({ email: portalAccounts.email, firstName: contacts.firstName, lastName: contacts.lastName })
      .from(portalAccounts)
      .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
      .where(activeAccountOf(r.agencyId, r.accountId)),
    db
      .select({ id: portalPasskeys.id, transports: portalPasskeys.transports })
      .from(portalPasskeys)
      .where(and(eq(portalPasskeys.accountId, r.accountId), eq(portalPasskeys.agencyId, r.agencyId))),
    minted.insert,
  ]);
  const account = accountRows[0];
  if (!account || existing.length >= MAX_PASSKEYS_PER_ACCOUNT) return null;
  const name = `${account.firstName} ${account.lastName}`.trim();
  return {
    challenge: minted.challenge,
    rp: { id: r.rp.id, name: r.agencyName },
    // The account id, opaque: the authenticator hands it back as userHandle at sign-in.
    user: {
      id: toBase64url(new TextEncoder().encode(r.accountId)),
      name: account.email,
      displayName: name || account.email,
    },
    pubKeyCredParams: PASSKEY_ALGORITHMS.map((alg) => ({ type: "public-key", alg })),
    timeout: CHALLENGE_TTL_MS,
    attestation: "none",
    authenticatorSelection: { residentKey: "required", requireResidentKey: true, userVerification: "preferred" },
    excludeCredentials: existing.map((p) => ({
      type: "public-key",
      id: p.id,
      ...(p.transports ? { transports: p.transports.split(",") } : {}),
    })),
  };
}

export interface RegistrationForm {
  id: string;
  clientDataJSON: string;
  attestationObject: string;
  transports?: string;
}

export type PasskeyAdded = { ok: true; passkeyId: string } | { ok: false };

/** Verifies a registration and stores the passkey for the signed-in account, if it is still active. */
export async function addPasskey(
  db: Db,
  r: { agencyId: string; accountId: string; rp: RelyingParty; form: RegistrationForm; name: string },
  now: Date,
): Promise<PasskeyAdded> {
  const credentialId = fromBase64url(r.form.id);
  const clientDataJSON = fromBase64url(r.form.clientDataJSON);
  const attestationObject = fromBase64url(r.form.attestationObject);
  const challenge = clientDataJSON && challengeOf(clientDataJSON);
  if (!credentialId || !clientDataJSON || !attestationObject || !challenge) return { ok: false };
  const challengeHash = await hashChallenge(challenge);
  const consumed = await consumeChallenge(
    db,
    { challengeHash, purpose: "register", agencyId: r.agencyId, accountId: r.accountId },
    now,
  );
  if (consumed.length === 0) return { ok: false };
  const verified = await verifyRegistration(
    { credentialId, clientDataJSON, attestationObject },
    { challenge, rp: r.rp, requireUserVerification: REQUIRE_USER_VERIFICATION },
  );
  if (!verified.ok) return { ok: false };
  const { passkey } = verified;
  const transports = (r.form.transports ?? "")
    .split(",")
    .filter((t) => TRANSPORTS.has(t))
    .join(",");
  const underCap = sql`(select count(*) from ${portalPasskeys} where ${portalPasskeys.accountId} = ${r.accountId}) < ${MAX_PASSKEYS_PER_ACCOUNT}`;
  const inserted = await db
    .insert(portalPasskeys)
    .select(
      db
        .select({
          id: sql`${passkey.id}`.as("id"),
          agencyId: portalAccounts.agencyId,
          accountId: portalAccounts.id,
          publicKey: sql`${toBase64url(passkey.publicKey)}`.as("public_key"),
          algorithm: sql`${passkey.algorithm}`.as("algorithm"),
          counter: sql`${passkey.counter}`.as("counter"),
          name: sql`${r.name.slice(0, 80)}`.as("name"),
          transports: sql`${transports || null}`.as("transports"),
          createdAt: sql`${now.getTime()}`.as("created_at"),
          lastUsedAt: sql`null`.as("last_used_at"),
        })
        .from(portalAccounts)
        .where(and(activeAccountOf(r.agencyId, r.accountId), underCap)),
    )
    // The same credential registered twice (excludeCredentials should have stopped it): keep the first.
    .onConflictDoNothing()
    .returning({ id: portalPasskeys.id });
  return inserted.length > 0 ? { ok: true, passkeyId: passkey.id } : { ok: false };
}

// ── Signing in with a passkey.

/** PublicKeyCredentialRequestOptions for this portal's sign-in page: no allow list (discoverable credentials). */
export async function passkeyRequestOptions(db: Db, r: { slug: string; rp: RelyingParty }, now: Date) {
  const agencyId = sql`(select ${agencies.id} from ${agencies} where ${agencies.portalSlug} = ${r.slug})`;
  const minted = await mintChallenge(
    db,
    { purpose: "authenticate", agencyId, accountId: null },
    now,
    sql`${agencyId} is not null`,
  );
  const [written] = await db.batch([minted.insert.returning({ hash: webauthnChallenges.challengeHash })]);
  if (written.length === 0) return null;
  return { challenge: minted.challenge, rpId: r.rp.id, timeout: CHALLENGE_TTL_MS, userVerification: "preferred" };
}

export interface AssertionForm {
  id: string;
  clientDataJSON: string;
  authenticatorData: string;
  signature: string;
  userHandle?: string;
}

export type PasskeySignIn =
  | { ok: true; accountId: string; agencyId: string }
  /** Refused; `account` is set when the passkey was known (the attempt is the account's to see). */
  | { ok: false; account: { accountId: string; agencyId: string; disabled: boolean } | null };

/**
 * Signs in with a passkey of this portal's agency. Every failure is the same to the caller's
 * page: an unknown passkey, another agency's, a disabled account, a used or stale challenge, a
 * wrong origin or rp id, a bad signature or a counter that went backwards. The counter and last
 * use are recorded only if nothing moved them since they were read.
 */
export async function signInWithPasskey(
  db: Db,
  r: { slug: string; rp: RelyingParty; form: AssertionForm },
  now: Date,
): Promise<PasskeySignIn> {
  const clientDataJSON = fromBase64url(r.form.clientDataJSON);
  const authenticatorData = fromBase64url(r.form.authenticatorData);
  const signature = fromBase64url(r.form.signature);
  const challenge = clientDataJSON && challengeOf(clientDataJSON);
  if (!clientDataJSON || !authenticatorData || !signature || !challenge || !fromBase64url(r.form.id))
    return { ok: false, account: null };
  const agencyId = sql`(select ${agencies.id} from ${agencies} where ${agencies.portalSlug} = ${r.slug})`;
  const challengeHash = await hashChallenge(challenge);
  const [consumed, rows] = await db.batch([
    consumeChallenge(db, { challengeHash, purpose: "authenticate", agencyId, accountId: null }, now),
    db
      .select({
        publicKey: portalPasskeys.publicKey,
        algorithm: portalPasskeys.algorithm,
        counter: portalPasskeys.counter,
        accountId: portalAccounts.id,
        agencyId: portalAccounts.agencyId,
        status: portalAccounts.status,
      })
      .from(portalPasskeys)
      .innerJoin(
        portalAccounts,
        and(eq(portalAccounts.id, portalPasskeys.accountId), eq(portalAccounts.agencyId, portalPasskeys.agencyId)),
      )
      .innerJoin(agencies, eq(agencies.id, portalPasskeys.agencyId))
      .where(and(eq(portalPasskeys.id, r.form.id), eq(agencies.portalSlug, r.slug))),
  ]);
  const stored = rows[0];
  if (!stored) return { ok: false, account: null };
  const account = { accountId: stored.accountId, agencyId: stored.agencyId, disabled: stored.status === "disabled" };
  const userHandle = r.form.userHandle ? fromBase64url(r.form.userHandle) : null;
  const handleMatches = !userHandle || new TextDecoder().decode(userHandle) === stored.accountId;
  const publicKey = fromBase64url(stored.publicKey);
  if (consumed.length === 0 || !handleMatches || !publicKey) return { ok: false, account };
  if (!decidePasskeySignIn({ account: { status: stored.status } }).ok) return { ok: false, account };
  const verified = await verifyAssertion(
    { clientDataJSON, authenticatorData, signature },
    { publicKey, algorithm: stored.algorithm, counter: stored.counter },
    { challenge, rp: r.rp, requireUserVerification: REQUIRE_USER_VERIFICATION },
  );
  if (!verified.ok) return { ok: false, account };
  const used = await db
    .update(portalPasskeys)
    .set({ counter: verified.counter, lastUsedAt: now })
    .where(
      and(
        eq(portalPasskeys.id, r.form.id),
        eq(portalPasskeys.counter, stored.counter),
        sql`exists (select 1 from ${portalAccounts} where ${activeAccountOf(stored.agencyId, stored.accountId)})`,
      ),
    )
    .returning({ id: portalPasskeys.id });
  if (used.length === 0) return { ok: false, account };
  return { ok: true, accountId: stored.accountId, agencyId: stored.agencyId };
}

// ── The account's passkeys: listed on Sign-in & security, counted on the Access tab, removed.

export function listPasskeys(db: Db, agencyId: string, accountId: string) {
  return db
    .select({
      id: portalPasskeys.id,
      name: portalPasskeys.name,
      createdAt: portalPasskeys.createdAt,
      lastUsedAt: portalPasskeys.lastUsedAt,
    })
    .from(portalPasskeys)
    .where(and(eq(portalPasskeys.accountId, accountId), eq(portalPasskeys.agencyId, agencyId)))
    .orderBy(desc(portalPasskeys.createdAt));
}

export type PasskeyListing = Awaited<ReturnType<typeof listPasskeys>>[number];

/** How many passkeys an account has (a statement for db.batch). */
export function countPasskeys(db: Db, agencyId: string, accountId: string) {
  return db
    .select({ n: count() })
    .from(portalPasskeys)
    .where(and(eq(portalPasskeys.accountId, accountId), eq(portalPasskeys.agencyId, agencyId)));
}

/** The client removes one of their own passkeys; true when it was theirs and is gone. */
export async function removePasskey(db: Db, r: { agencyId: string; accountId: string; passkeyId: string }) {
  const removed = await db
    .delete(portalPasskeys)
    .where(
      and(
        eq(portalPasskeys.id, r.passkeyId),
        eq(portalPasskeys.accountId, r.accountId),
        eq(portalPasskeys.agencyId, r.agencyId),
      ),
    )
    .returning({ id: portalPasskeys.id });
  return removed.length > 0;
}

/**
 * Every passkey of an account, for a lifecycle batch (reactivate & reinvite, an email correction):
 * applies only if `onlyIf` holds, so a batch that lost its race removes nothing.
 */
export function removeAccountPasskeys(db: Db, r: { agencyId: string; accountId: string; onlyIf: SQL }) {
  return db
    .delete(portalPasskeys)
    .where(and(eq(portalPasskeys.accountId, r.accountId), eq(portalPasskeys.agencyId, r.agencyId), r.onlyIf));
}
