// Client sessions: a jose-signed JWT in a __Host- cookie, 30 days at most. Disabling,
// reactivating or resetting writes a KV "revoked before" instant that every portal request
// checks; pages that read D1 also check the account is still active in the same query.
import { SignJWT, jwtVerify } from "jose";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { newId } from "../lib/ids";
import { CLIENT_SESSION_SECONDS, isClientSessionRevoked, sessionsRevokedBefore } from "./revocation";

export const CLIENT_COOKIE = "__Host-trips_portal";

export interface ClientSession {
  accountId: string;
  agencyId: string;
  slug: string;
  issuedAtMs: number;
  sessionId: string;
}

const key = (secret: string) => new TextEncoder().encode(secret);

export async function issueClientSession(c: Context, s: Omit<ClientSession, "issuedAtMs" | "sessionId">, secret: string, now = new Date()): Promise<void> {
  const token = await new SignJWT({ kind: "client", agy: s.agencyId, slug: s.slug, iatms: now.getTime() })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(s.accountId)
    .setJti(newId("cse"))
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(now.getTime() / 1000) + CLIENT_SESSION_SECONDS)
    .sign(key(secret));
  setCookie(c, CLIENT_COOKIE, token, { path: "/", secure: true, httpOnly: true, sameSite: "Lax", maxAge: CLIENT_SESSION_SECONDS });
}

export function clearClientSession(c: Context) {
  deleteCookie(c, CLIENT_COOKIE, { path: "/", secure: true });
}

export type ClientSessionResult = { ok: true; session: ClientSession } | { ok: false; reason: "missing" | "invalid" | "other_agency" | "revoked" };

/** Signature, expiry and the slug of the portal it was issued for; no I/O. */
export async function readClientSession(c: Context, secret: string, slug: string): Promise<ClientSessionResult> {
  const token = getCookie(c, CLIENT_COOKIE);
  if (!token) return { ok: false, reason: "missing" };
  try {
    const { payload } = await jwtVerify(token, key(secret), { algorithms: ["HS256"] });
    if (payload.kind !== "client" || typeof payload.sub !== "string" || typeof payload.agy !== "string" || typeof payload.iatms !== "number" || typeof payload.jti !== "string") {
      return { ok: false, reason: "invalid" };
    }
    if (payload.slug !== slug) return { ok: false, reason: "other_agency" };
    return { ok: true, session: { accountId: payload.sub, agencyId: payload.agy, slug, issuedAtMs: payload.iatms, sessionId: payload.jti } };
  } catch {
    return { ok: false, reason: "invalid" };
  }
}

/** The full check every signed-in portal request makes: the cookie, then the KV revocation flags. */
export async function validateClientSession(c: Context, secret: string, kv: KVNamespace, slug: string): Promise<ClientSessionResult> {
  const read = await readClientSession(c, secret, slug);
  if (!read.ok) return read;
  const [revokedBefore, signedOut] = await Promise.all([sessionsRevokedBefore(kv, read.session.accountId), isClientSessionRevoked(kv, read.session.sessionId)]);
  if (signedOut || (revokedBefore !== null && read.session.issuedAtMs <= revokedBefore)) return { ok: false, reason: "revoked" };
  return read;
}
