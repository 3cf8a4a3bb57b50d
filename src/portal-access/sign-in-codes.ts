// The emailed sign-in code (SPEC §13), from minting to consumption: 6 digits from the CSPRNG,
// valid 10 minutes, single use, dead after 5 wrong entries, at most one per account (a new code
// replaces the older in the same write), stored only as an HMAC-SHA-256 under a key derived from
// SESSION_SECRET and bound to its account. This module is the one place that says when a code is
// live: a SQL fragment for statements and a pure predicate for code, tested to agree
// (docs/decisions/016-sign-in-codes.md says why one row per account, and why an HMAC).
import { and, eq, gt, lt, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { portalAccounts, portalSignInCodes } from "../db/schema";

export const SIGN_IN_CODE_TTL_MS = 10 * 60 * 1000;
export const MAX_WRONG_CODES = 5;
const CODE_SPACE = 1_000_000;
/** The largest multiple of CODE_SPACE a 32-bit draw can reach: draws at or above it are redrawn. */
const UNBIASED_LIMIT = 2 ** 32 - (2 ** 32 % CODE_SPACE);

/**
 * Six digits, uniformly: a 32-bit draw reduced modulo a million would favour the low codes
 * slightly, so draws past the last whole multiple of a million are thrown away and drawn again.
 */
export function generateSignInCode(draw: () => number = randomUint32): string {
  for (;;) {
    const n = draw();
    if (n < UNBIASED_LIMIT) return String(n % CODE_SPACE).padStart(6, "0");
  }
}

function randomUint32(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/** What a person may type for a code: its digits, with spaces or a dash between them forgiven. */
export function normalizeSignInCode(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

const encoder = new TextEncoder();

async function hmacKey(secret: Uint8Array | string) {
  const raw = typeof secret === "string" ? encoder.encode(secret) : secret;
  return crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

async function hmac(key: CryptoKey, message: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(message)));
}

/**
 * HMAC-SHA-256 of the code, hex, under a key of its own derived from SESSION_SECRET (so a code's
 * hash is no other credential's), bound to the account: a code can only ever match its own row.
 */
export async function hashSignInCode(secret: string, accountId: string, code: string): Promise<string> {
  const derived = await hmac(await hmacKey(secret), "trips portal sign-in codes v1");
  const digest = await hmac(await hmacKey(derived), `${accountId}:${code}`);
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export function signInCodeExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + SIGN_IN_CODE_TTL_MS);
}

export interface CodeFacts {
  expiresAt: Date;
  wrongAttempts: number;
}

/** The pure form of the rule: not yet expired, fewer than MAX_WRONG_CODES wrong entries (a used code is gone). */
export function isCodeLive(code: CodeFacts, now: Date): boolean {
  return code.expiresAt.getTime() > now.getTime() && code.wrongAttempts < MAX_WRONG_CODES;
}

/** The SQL form of isCodeLive. */
export function liveCode(now: Date): SQL {
  return sql`(${gt(portalSignInCodes.expiresAt, now)} and ${lt(portalSignInCodes.wrongAttempts, MAX_WRONG_CODES)})`;
}

const activeAccount = (accountId: string) =>
  sql`exists (select 1 from ${portalAccounts} where ${portalAccounts.id} = ${accountId} and ${portalAccounts.status} = 'active')`;

/**
 * The account's one code, replacing any older one (the older stops working in the same write).
 * Written only while the account is active, so a disable racing the request leaves no code.
 */
export function replaceSignInCode(db: Db, r: { agencyId: string; accountId: string; codeHash: string; now: Date }) {
  const values = {
    accountId: r.accountId,
    agencyId: r.agencyId,
    codeHash: r.codeHash,
    createdAt: r.now.getTime(),
    expiresAt: signInCodeExpiry(r.now).getTime(),
    wrongAttempts: 0,
  };
  return db
    .insert(portalSignInCodes)
    .select(
      db
        // In the table's column order, as INSERT … SELECT needs it (writes.ts's helpers would import back here).
        .select({
          accountId: sql`${values.accountId}`.as("account_id"),
          agencyId: sql`${values.agencyId}`.as("agency_id"),
          codeHash: sql`${values.codeHash}`.as("code_hash"),
          createdAt: sql`${values.createdAt}`.as("created_at"),
          expiresAt: sql`${values.expiresAt}`.as("expires_at"),
          wrongAttempts: sql`${values.wrongAttempts}`.as("wrong_attempts"),
        })
        .from(portalAccounts)
        .where(
          and(
            eq(portalAccounts.id, r.accountId),
            eq(portalAccounts.agencyId, r.agencyId),
            eq(portalAccounts.status, "active"),
          ),
        ),
    )
    .onConflictDoUpdate({
      target: portalSignInCodes.accountId,
      set: {
        codeHash: sql`excluded.code_hash`,
        createdAt: sql`excluded.created_at`,
        expiresAt: sql`excluded.expires_at`,
        wrongAttempts: 0,
      },
    })
    .returning({ accountId: portalSignInCodes.accountId });
}

/**
 * Uses the code, or counts a wrong one, in one batch: the delete applies only to the live code
 * with this hash on an active account, so of two submits of the same code exactly one gets the
 * row back; any other code counts a wrong entry against the live one. True when it signed in.
 */
export async function consumeSignInCode(
  db: Db,
  r: { agencyId: string; accountId: string; codeHash: string; now: Date },
): Promise<boolean> {
  const theCode = and(eq(portalSignInCodes.accountId, r.accountId), eq(portalSignInCodes.agencyId, r.agencyId));
  const [used] = await db.batch([
    db
      .delete(portalSignInCodes)
      .where(and(theCode, eq(portalSignInCodes.codeHash, r.codeHash), liveCode(r.now), activeAccount(r.accountId)))
      .returning({ accountId: portalSignInCodes.accountId }),
    db
      .update(portalSignInCodes)
      .set({ wrongAttempts: sql`${portalSignInCodes.wrongAttempts} + 1` })
      .where(and(theCode, sql`${portalSignInCodes.codeHash} <> ${r.codeHash}`, liveCode(r.now))),
  ]);
  return used.length > 0;
}

/**
 * Kills the account's code (disabling, reactivating, archiving, correcting the email), as a
 * statement for the lifecycle write's batch, applied only if `onlyIf` holds there.
 */
export function voidSignInCodes(db: Db, r: { agencyId: string; accountId: string | SQL; onlyIf?: SQL }) {
  return db
    .delete(portalSignInCodes)
    .where(and(eq(portalSignInCodes.agencyId, r.agencyId), eq(portalSignInCodes.accountId, r.accountId), r.onlyIf));
}
