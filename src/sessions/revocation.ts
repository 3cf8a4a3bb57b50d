// Ending sessions before their expiry, through KV, for advisors and clients alike: one
// session (signing out) or every session of a portal account issued up to an instant
// (disable, reset, email change). KV is the fast path only; portal pages that read D1 also
// check the account is still active in the same query (SPEC §8).

/** The longest any session lives (clients: 30 days): revocation records outlive every session they cover. */
export const CLIENT_SESSION_SECONDS = 30 * 24 * 60 * 60;

const revokedSessionKey = (sessionId: string) => `session-revoked:${sessionId}`;
const revokedBeforeKey = (accountId: string) => `portal-revoked-before:${accountId}`;

/** Ends one session, leaving the person's other devices signed in. */
export async function revokeSession(kv: KVNamespace, sessionId: string, lifetimeSeconds: number): Promise<void> {
  await kv.put(revokedSessionKey(sessionId), "1", { expirationTtl: lifetimeSeconds });
}

export async function isSessionRevoked(kv: KVNamespace, sessionId: string): Promise<boolean> {
  return (await kv.get(revokedSessionKey(sessionId))) !== null;
}

/** Every session of this portal account issued at or before `now` stops working. */
export async function revokeAccountSessions(kv: KVNamespace, accountId: string, now: Date): Promise<void> {
  await kv.put(revokedBeforeKey(accountId), String(now.getTime()), { expirationTtl: CLIENT_SESSION_SECONDS });
}

/** Sessions of this account issued at or before this instant are no longer valid (null: none revoked). */
export async function sessionsRevokedBefore(kv: KVNamespace, accountId: string): Promise<number | null> {
  const value = await kv.get(revokedBeforeKey(accountId));
  return value ? Number(value) : null;
}

/**
 * Whether a client's session was ended, either by itself (signed out) or with every session of
 * its account (disable, reset, email change): both flags in one bulk KV read, since every portal
 * page asks (https://developers.cloudflare.com/kv/api/read-key-value-pairs/).
 */
export async function isClientSessionRevoked(
  kv: KVNamespace,
  session: { accountId: string; sessionId: string; issuedAtMs: number },
): Promise<boolean> {
  const flags = await kv.get([revokedSessionKey(session.sessionId), revokedBeforeKey(session.accountId)]);
  if (flags.get(revokedSessionKey(session.sessionId)) != null) return true;
  const before = flags.get(revokedBeforeKey(session.accountId));
  return before != null && session.issuedAtMs <= Number(before);
}
