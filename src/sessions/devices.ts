// OWASP device cookies: a browser that signed in to an account gets a signed, long-lived
// cookie naming that account (by a hash of its sign-in key, so the cookie shows no email).
// Such a browser skips the account's throttle (not the per-IP limit): someone guessing at the
// account from elsewhere can't lock its owner out of a browser they have used before.
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { newId, sha256Hex } from "../lib/ids";
import { signSessionToken, verifySessionToken } from "./jwt";

export const DEVICE_COOKIE = "__Host-trips_device";
const DEVICE_SECONDS = 365 * 24 * 60 * 60;
const MAX_ACCOUNTS = 8;

const fingerprint = async (key: string) => (await sha256Hex(`device:${key}`)).slice(0, 20);

async function knownFingerprints(c: Context, secret: string): Promise<string[]> {
  const token = getCookie(c, DEVICE_COOKIE);
  const payload = token ? await verifySessionToken(token, secret) : null;
  return payload?.kind === "device" && typeof payload.acc === "string" ? payload.acc.split(".").filter(Boolean) : [];
}

/** This browser signed in to the account with this sign-in key before. */
export async function isKnownDevice(c: Context, secret: string, key: string): Promise<boolean> {
  return (await knownFingerprints(c, secret)).includes(await fingerprint(key));
}

/** After a successful sign-in: remember the account in this browser (the most recent few). */
export async function rememberDevice(c: Context, secret: string, key: string, now = new Date()): Promise<void> {
  const mine = await fingerprint(key);
  const accounts = [mine, ...(await knownFingerprints(c, secret)).filter((f) => f !== mine)].slice(0, MAX_ACCOUNTS);
  const token = await signSessionToken(
    {
      subject: "device",
      sessionId: newId("dev"),
      issuedAt: now,
      lifetimeSeconds: DEVICE_SECONDS,
      extra: { kind: "device", acc: accounts.join(".") },
    },
    secret,
  );
  setCookie(c, DEVICE_COOKIE, token, {
    path: "/",
    secure: true,
    httpOnly: true,
    sameSite: "Lax",
    maxAge: DEVICE_SECONDS,
  });
}
