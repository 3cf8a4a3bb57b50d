// Advisor sessions: a jose-signed JWT in a __Host- cookie, 24 hours, revocable through KV.
import { SignJWT, jwtVerify } from "jose";
import { newId } from "../lib/ids";
import type { SignedInAdvisor } from "../types";

export const ADVISOR_COOKIE = "__Host-trips_advisor";
export const ADVISOR_SESSION_SECONDS = 24 * 60 * 60;

const key = (secret: string) => new TextEncoder().encode(secret);

export async function issueAdvisorSession(
  advisor: Omit<SignedInAdvisor, "sessionId">,
  secret: string,
): Promise<{ token: string; sessionId: string }> {
  const sessionId = newId("ses");
  const token = await new SignJWT({ agy: advisor.agencyId, name: advisor.name, email: advisor.email, kind: "advisor" })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(advisor.id)
    .setJti(sessionId)
    .setIssuedAt()
    .setExpirationTime(`${ADVISOR_SESSION_SECONDS}s`)
    .sign(key(secret));
  return { token, sessionId };
}

export type AdvisorSessionResult = { ok: true; advisor: SignedInAdvisor } | { ok: false; reason: "missing" | "invalid" | "revoked" };

export async function validateAdvisorSession(token: string | undefined, secret: string, kv: KVNamespace): Promise<AdvisorSessionResult> {
  if (!token) return { ok: false, reason: "missing" };
  try {
    const { payload } = await jwtVerify(token, key(secret), { algorithms: ["HS256"] });
    if (payload.kind !== "advisor" || typeof payload.sub !== "string" || typeof payload.agy !== "string" || typeof payload.jti !== "string") {
      return { ok: false, reason: "invalid" };
    }
    if (await kv.get(revokedKey(payload.jti))) return { ok: false, reason: "revoked" };
    return {
      ok: true,
      advisor: { id: payload.sub, agencyId: payload.agy, name: String(payload.name ?? ""), email: String(payload.email ?? ""), sessionId: payload.jti },
    };
  } catch {
    return { ok: false, reason: "invalid" };
  }
}

const revokedKey = (sessionId: string) => `advisor-session-revoked:${sessionId}`;

export async function revokeAdvisorSession(kv: KVNamespace, sessionId: string): Promise<void> {
  await kv.put(revokedKey(sessionId), "1", { expirationTtl: ADVISOR_SESSION_SECONDS });
}
