// Advisor sessions: a signed JWT in a __Host- cookie, 24 hours, revocable through KV.
import { newId } from "../lib/ids";
import { signSessionToken, verifySessionToken } from "../sessions/jwt";
import { isSessionRevoked, revokeSession } from "../sessions/revocation";
import type { SignedInAdvisor } from "../types";

export const ADVISOR_COOKIE = "__Host-trips_advisor";
export const ADVISOR_SESSION_SECONDS = 24 * 60 * 60;

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

export async function revokeAdvisorSession(kv: KVNamespace, sessionId: string): Promise<void> {
  await revokeSession(kv, sessionId, ADVISOR_SESSION_SECONDS);
}
