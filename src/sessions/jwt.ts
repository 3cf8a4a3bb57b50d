// Signed session tokens (HS256 JWTs through jose) for both sides: advisors and clients. Every
// token carries an expiry, and a token without one is refused even when its signature is good.
import { type JWTPayload, jwtVerify, SignJWT } from "jose";

/**
 * The HMAC key of a secret, imported once per isolate: every signed-in page verifies a token,
 * and importing the key again each time was a measurable part of a page's CPU.
 */
const keys = new Map<string, Promise<CryptoKey>>();
function key(secret: string): Promise<CryptoKey> {
  let imported = keys.get(secret);
  if (!imported) {
    const raw = new TextEncoder().encode(secret);
    imported = crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
    keys.set(secret, imported);
  }
  return imported;
}

export interface SessionClaims {
  /** Who the session is for: the advisor id or the portal account id. */
  subject: string;
  /** The session's own id, used to end this one session. */
  sessionId: string;
  issuedAt: Date;
  lifetimeSeconds: number;
  /** Claims of the side that issued it (kind, agency, slug…). */
  extra: Record<string, string | number>;
}

export async function signSessionToken(claims: SessionClaims, secret: string): Promise<string> {
  const issuedAt = Math.floor(claims.issuedAt.getTime() / 1000);
  return new SignJWT(claims.extra)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.subject)
    .setJti(claims.sessionId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + claims.lifetimeSeconds)
    .sign(await key(secret));
}

export type SessionPayload = JWTPayload & { sub: string; jti: string };

/** A token's payload, or why it can't be used: expired (it was ours once) or invalid. */
export async function readSessionToken(
  token: string,
  secret: string,
): Promise<{ ok: true; payload: SessionPayload } | { ok: false; reason: "expired" | "invalid" }> {
  const payload = await verifySessionToken(token, secret);
  if (payload) return { ok: true, payload };
  try {
    await jwtVerify(token, await key(secret), {
      algorithms: ["HS256"],
      requiredClaims: ["exp"],
      currentDate: new Date(0),
    });
    return { ok: false, reason: "expired" };
  } catch {
    return { ok: false, reason: "invalid" };
  }
}

/**
 * Tokens this isolate has verified, with their payloads: a signed-in browser sends the same
 * cookie with every page, and a signature checked once stays good. Expiry is checked again on
 * every use, exactly as jose does; revocation stays the callers' (KV), as before. Bounded: the
 * oldest entries go first.
 */
const verified = new Map<string, { secret: string; payload: SessionPayload }>();
const VERIFIED_MAX = 1_000;

/** The payload of a well-signed, unexpired token with a subject and an id; null for anything else. */
export async function verifySessionToken(token: string, secret: string): Promise<SessionPayload | null> {
  const known = verified.get(token);
  if (known?.secret === secret && typeof known.payload.exp === "number") {
    if (known.payload.exp > Math.floor(Date.now() / 1000)) return known.payload;
    verified.delete(token);
  }
  try {
    const { payload } = await jwtVerify(token, await key(secret), {
      algorithms: ["HS256"],
      requiredClaims: ["exp", "sub", "jti"],
    });
    if (typeof payload.sub !== "string" || typeof payload.jti !== "string") return null;
    const session = Object.freeze(payload) as SessionPayload;
    if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value as string);
    verified.set(token, { secret, payload: session });
    return session;
  } catch {
    return null;
  }
}
