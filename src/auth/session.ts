// Advisor sessions: a signed JWT in a __Host- cookie, 24 hours, revocable through KV. This module
// owns the session from issue to revocation, cookie included (as portal/session.ts owns the
// client's): sign-in starts one, the dashboard's gate reads it, sign-out ends it.
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { newId } from "../lib/ids";
import { signSessionToken, verifySessionToken } from "../sessions/jwt";
import { isSessionRevoked, revokeSession } from "../sessions/revocation";
import type { SignedInAdvisor } from "../types";

export const ADVISOR_COOKIE = "__Host-trips_advisor";
export const ADVISOR_SESSION_SECONDS = 24 * 60 * 60;

/** Signs the advisor in on this browser: a new session in the cookie. */
export async function startAdvisorSession(c: Context, advisor: Omit<SignedInAdvisor, "sessionId">, secret: string) {
  const { token } = await issueAdvisorSession(advisor, secret);
  setCookie(c, ADVISOR_COOKIE, token, {
    path: "/",
    secure: true,
    httpOnly: true,
    sameSite: "Lax",
    maxAge: ADVISOR_SESSION_SECONDS,
  });
}

/** The advisor this browser's cookie signs in, if its session is still good. */
export function readAdvisorSession(c: Context, secret: string, kv: KVNamespace): Promise<AdvisorSessionResult> {
  return validateAdvisorSession(getCookie(c, ADVISOR_COOKIE), secret, kv);
}

/** Signing out ends the session for good, not just this browser's copy of the cookie. */
export async function endAdvisorSession(c: Context, secret: string, kv: KVNamespace): Promise<void> {
  const session = await readAdvisorSession(c, secret, kv);
  if (session.ok) await revokeSession(kv, session.advisor.sessionId, ADVISOR_SESSION_SECONDS);
  deleteCookie(c, ADVISOR_COOKIE, { path: "/", secure: true });
}

export async function issueAdvisorSession(
  advisor: Omit<SignedInAdvisor, "sessionId">,
  secret: string,
  now = new Date(),
): Promise<{ token: string; sessionId: string }> {
  const sessionId = newId("ses");
  const token = await signSessionToken(
    {
      subject: advisor.id,
      sessionId,
      issuedAt: now,
      lifetimeSeconds: ADVISOR_SESSION_SECONDS,
      extra: { kind: "advisor", agy: advisor.agencyId, name: advisor.name, email: advisor.email },
    },
    secret,
  );
  return { token, sessionId };
}

export type AdvisorSessionResult =
  | { ok: true; advisor: SignedInAdvisor }
  | { ok: false; reason: "missing" | "invalid" | "revoked" };

export async function validateAdvisorSession(
  token: string | undefined,
  secret: string,
  kv: KVNamespace,
): Promise<AdvisorSessionResult> {
  if (!token) return { ok: false, reason: "missing" };
  const payload = await verifySessionToken(token, secret);
  if (payload?.kind !== "advisor" || typeof payload.agy !== "string") return { ok: false, reason: "invalid" };
  if (await isSessionRevoked(kv, payload.jti)) return { ok: false, reason: "revoked" };
  return {
    ok: true,
    advisor: {
      id: payload.sub,
      agencyId: payload.agy,
      name: String(payload.name ?? ""),
      email: String(payload.email ?? ""),
      sessionId: payload.jti,
    },
  };
}
