// Client sessions: a signed JWT in a __Host- cookie, 30 days at most. Disabling, reactivating,
// resetting or correcting the email writes a KV "revoked before" instant that every portal
// request checks; pages that read D1 also check the account is still active in the same query.
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { newId } from "../lib/ids";
import { readSessionToken, signSessionToken } from "../sessions/jwt";
import { CLIENT_SESSION_SECONDS, isClientSessionRevoked, revokeSession } from "../sessions/revocation";

export const CLIENT_COOKIE = "__Host-trips_portal";

export interface ClientSession {
  accountId: string;
  agencyId: string;
  slug: string;
  issuedAtMs: number;
  sessionId: string;
}

export async function issueClientSession(
  c: Context,
  s: Omit<ClientSession, "issuedAtMs" | "sessionId">,
  secret: string,
  now = new Date(),
): Promise<void> {
  const token = await signSessionToken(
    {
      subject: s.accountId,
      sessionId: newId("cse"),
      issuedAt: now,
      lifetimeSeconds: CLIENT_SESSION_SECONDS,
      extra: { kind: "client", agy: s.agencyId, slug: s.slug, iatms: now.getTime() },
    },
    secret,
  );
  setCookie(c, CLIENT_COOKIE, token, {
    path: "/",
    secure: true,
    httpOnly: true,
    sameSite: "Lax",
    maxAge: CLIENT_SESSION_SECONDS,
  });
}

export function clearClientSession(c: Context) {
  deleteCookie(c, CLIENT_COOKIE, { path: "/", secure: true });
}

export type ClientSessionResult =
  | { ok: true; session: ClientSession }
  | { ok: false; reason: "missing" | "invalid" | "expired" | "other_agency" }
  /** Revoked: the account it was for, so the caller can tell "turned off" from "signed out". */
  | { ok: false; reason: "revoked"; accountId: string };

/** Signature, expiry and the slug of the portal it was issued for; no I/O. */
export async function readClientSession(c: Context, secret: string, slug: string): Promise<ClientSessionResult> {
  const token = getCookie(c, CLIENT_COOKIE);
  if (!token) return { ok: false, reason: "missing" };
  const read = await readSessionToken(token, secret);
  if (!read.ok) return { ok: false, reason: read.reason };
  const { payload } = read;
  if (payload.kind !== "client" || typeof payload.agy !== "string" || typeof payload.iatms !== "number")
    return { ok: false, reason: "invalid" };
  if (payload.slug !== slug) return { ok: false, reason: "other_agency" };
  return {
    ok: true,
    session: { accountId: payload.sub, agencyId: payload.agy, slug, issuedAtMs: payload.iatms, sessionId: payload.jti },
  };
}

/** The full check every signed-in portal request makes: the cookie, then the KV revocation flags. */
export async function validateClientSession(
  c: Context,
  secret: string,
  kv: KVNamespace,
  slug: string,
): Promise<ClientSessionResult> {
  const read = await readClientSession(c, secret, slug);
  if (!read.ok) return read;
  if (await isClientSessionRevoked(kv, read.session))
    return { ok: false, reason: "revoked", accountId: read.session.accountId };
  return read;
}

/** Signing out ends this session for good, not just this browser's copy of the cookie. */
export async function endClientSession(c: Context, kv: KVNamespace, secret: string, slug: string): Promise<void> {
  const session = await readClientSession(c, secret, slug);
  if (session.ok) await revokeSession(kv, session.session.sessionId, CLIENT_SESSION_SECONDS);
  clearClientSession(c);
}

/**
 * After a reset claim the client signs in again (SPEC §8: no automatic sign-in), with the email
 * already filled in. The address rides in a cookie of its own for five minutes, scoped to the
 * portal's sign-in page and read once, never in the URL: an address there would land in server
 * logs, browser history and synced tabs.
 */
const SIGN_IN_EMAIL_COOKIE = "trips_portal_email";
const signInPath = (slug: string) => `/portal/${slug}/login`;

export function rememberSignInEmail(c: Context, slug: string, email: string) {
  setCookie(c, SIGN_IN_EMAIL_COOKIE, encodeURIComponent(email), {
    path: signInPath(slug),
    secure: true,
    httpOnly: true,
    sameSite: "Lax",
    maxAge: 300,
  });
}

/** The email remembered for this portal's sign-in form, forgotten as it is read. */
export function takeSignInEmail(c: Context, slug: string): string | undefined {
  const raw = getCookie(c, SIGN_IN_EMAIL_COOKIE);
  if (raw === undefined) return undefined;
  deleteCookie(c, SIGN_IN_EMAIL_COOKIE, { path: signInPath(slug), secure: true });
  try {
    const email = decodeURIComponent(raw);
    return email.length <= 254 && email.includes("@") ? email : undefined;
  } catch {
    return undefined;
  }
}

/**
 * After an invite claim, the page the client lands on offers "Add a passkey" (SPEC §13), once: a
 * flag in a cookie of its own for five minutes, read once, so a reload or a later visit doesn't
 * ask again.
 */
const PASSKEY_OFFER_COOKIE = "trips_portal_passkey_offer";
const portalPath = (slug: string) => `/portal/${slug}`;

export function offerPasskeyOnce(c: Context, slug: string) {
  setCookie(c, PASSKEY_OFFER_COOKIE, "1", {
    path: portalPath(slug),
    secure: true,
    httpOnly: true,
    sameSite: "Lax",
    maxAge: 300,
  });
}

/** Whether this page should offer a passkey, forgetting the offer as it is read. */
export function takePasskeyOffer(c: Context, slug: string): boolean {
  if (getCookie(c, PASSKEY_OFFER_COOKIE) === undefined) return false;
  deleteCookie(c, PASSKEY_OFFER_COOKIE, { path: portalPath(slug), secure: true });
  return true;
}
