// Sign-in throttling per account, with backoff instead of a wall (OWASP: "Blocking Brute Force
// Attacks"). The first few failures are free; after that each one doubles the wait, up to a
// cap, and a quiet hour forgets them. Browsers that signed in to the account before skip this
// (devices.ts) but not the per-IP limit, so a guesser elsewhere never locks the owner out.
import { and, eq, type SQL } from "drizzle-orm";
import type { Db } from "../db/client";
import { signInThrottles } from "../db/schema";

export const FREE_FAILURES = 5;
export const MAX_DELAY_SECONDS = 15 * 60;
export const FORGET_AFTER_MS = 60 * 60 * 1000;

export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

/** Seconds to wait before the next attempt, or 0 when one may be made now. */
export function waitSeconds(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000));
}

/** The state after one more failure at `now`. */
export function afterFailure(state: ThrottleState | null, now: Date): ThrottleState {
  const stale = !state || now.getTime() - state.lastFailureAt.getTime() > FORGET_AFTER_MS;
  const failures = stale ? 1 : state.failures + 1;
  const delay = failures < FREE_FAILURES ? 0 : Math.min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_FAILURES));
  return { failures, lastFailureAt: now, lockedUntil: delay > 0 ? new Date(now.getTime() + delay * 1000) : null };
}

export function throttleKey(
  parts: { side: "portal"; slug: string; email: string } | { side: "advisor"; email: string },
) {
  return parts.side === "portal" ? `portal:${parts.slug}:${parts.email}` : `advisor:${parts.email}`;
}

export async function readThrottle(db: Db, key: string): Promise<ThrottleState | null> {
  const [row] = await db.select().from(signInThrottles).where(eq(signInThrottles.key, key));
  return row ?? null;
}

export async function recordSignInFailure(db: Db, key: string, state: ThrottleState | null, now: Date) {
  const next = afterFailure(state, now);
  await db
    .insert(signInThrottles)
    .values({ key, ...next })
    .onConflictDoUpdate({ target: signInThrottles.key, set: next });
}

export async function forgetSignInFailures(db: Db, key: string) {
  await forgetSignInFailuresQuery(db, key);
}

/**
 * The same, as a statement for another write's batch, applied only if `onlyIf` holds there. A
 * claim (portal-access/claim.ts) uses it: whoever chose the password from the emailed link is the
 * owner, and guesses from elsewhere must not keep them out of it.
 */
export function forgetSignInFailuresQuery(db: Db, key: string, onlyIf?: SQL) {
  return db.delete(signInThrottles).where(and(eq(signInThrottles.key, key), onlyIf));
}

/** The words for a throttled attempt: the same as every other limit, with the real wait when it's longer. */
export function tooManyAttempts(wait: number): string {
  if (wait <= 60) return "Too many attempts. Wait a minute and try again.";
  return `Too many attempts. Wait ${Math.ceil(wait / 60)} minutes and try again.`;
}
