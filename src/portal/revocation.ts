// Session revocation for portal accounts through KV: every client session issued before the
// stored instant is refused. KV is the fast path only; pages that read D1 also check the
// account is still active in the same query (SPEC §8).
export const CLIENT_SESSION_SECONDS = 30 * 24 * 60 * 60;

const revokedBeforeKey = (accountId: string) => `portal-revoked-before:${accountId}`;

export async function revokeAccountSessions(kv: KVNamespace, accountId: string, now: Date): Promise<void> {
  await kv.put(revokedBeforeKey(accountId), String(now.getTime()), { expirationTtl: CLIENT_SESSION_SECONDS });
}

const revokedSessionKey = (sessionId: string) => `portal-session-revoked:${sessionId}`;

/** Ends one session (signing out), leaving the account's other devices signed in. */
export async function revokeClientSession(kv: KVNamespace, sessionId: string): Promise<void> {
  await kv.put(revokedSessionKey(sessionId), "1", { expirationTtl: CLIENT_SESSION_SECONDS });
}

export async function isClientSessionRevoked(kv: KVNamespace, sessionId: string): Promise<boolean> {
  return (await kv.get(revokedSessionKey(sessionId))) !== null;
}

/** Sessions of this account issued at or before this instant are no longer valid (null: none revoked). */
export async function sessionsRevokedBefore(kv: KVNamespace, accountId: string): Promise<number | null> {
  const value = await kv.get(revokedBeforeKey(accountId));
  return value ? Number(value) : null;
}
