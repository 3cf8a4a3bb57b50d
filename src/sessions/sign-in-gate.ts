// The gate every password sign-in passes, advisor and client alike: a per-IP limit (the
// Workers rate-limiting binding) for everyone, then the account's throttle with backoff for
// browsers that have not signed in to that account before. Known browsers skip the account's
// throttle, so an attack from elsewhere never locks the owner out.
import type { Context } from "hono";
import type { Db } from "../db/client";
import { isRateLimited } from "../lib/rate-limit";
import { isKnownDevice, rememberDevice } from "./devices";
import {
  forgetSignInFailures,
  readThrottle,
  recordSignInFailure,
  type ThrottleState,
  tooManyAttempts,
  waitSeconds,
} from "./throttle";

export interface GateDeps {
  db: Db;
  limiter: RateLimit | undefined;
  secret: string;
}

export type SignInGate =
  | { ok: true; key: string; knownDevice: boolean; state: ThrottleState | null }
  | { ok: false; message: string };

export async function openSignInGate(
  c: Context,
  deps: GateDeps,
  r: { key: string; ipKey: string; now: Date },
): Promise<SignInGate> {
  if (await isRateLimited(deps.limiter, r.ipKey)) return { ok: false, message: tooManyAttempts(60) };
  const knownDevice = await isKnownDevice(c, deps.secret, r.key);
  const state = knownDevice ? null : await readThrottle(deps.db, r.key);
  const wait = waitSeconds(state, r.now);
  if (wait > 0) return { ok: false, message: tooManyAttempts(wait) };
  return { ok: true, key: r.key, knownDevice, state };
}

/** After the password was checked: count a failure against the account, or remember this browser. */
export async function closeSignInGate(
  c: Context,
  deps: GateDeps,
  gate: Extract<SignInGate, { ok: true }>,
  outcome: "success" | "failure",
  now: Date,
) {
  if (outcome === "failure") {
    if (!gate.knownDevice) await recordSignInFailure(deps.db, gate.key, gate.state, now);
    return;
  }
  if (!gate.knownDevice && gate.state) await forgetSignInFailures(deps.db, gate.key);
  await rememberDevice(c, deps.secret, gate.key, now);
}
