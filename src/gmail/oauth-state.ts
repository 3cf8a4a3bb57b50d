// The `state` of a Connect Gmail round trip: kept in KV for 10 minutes with the PKCE verifier
// and the advisor session that started it, and deleted on first use so a replayed callback is
// refused. Binding it to the session stops a callback from landing in someone else's account.
import * as z from "zod/mini";

export const OAUTH_STATE_TTL_SECONDS = 10 * 60;

const stored = z.object({
  advisorId: z.string().check(z.minLength(1)),
  sessionId: z.string().check(z.minLength(1)),
  codeVerifier: z.string().check(z.minLength(43), z.maxLength(128)),
});
export type OAuthState = z.infer<typeof stored>;

const stateKey = (state: string) => `gmail-oauth-state:${state}`;

export async function saveOAuthState(kv: KVNamespace, state: string, value: OAuthState) {
  await kv.put(stateKey(state), JSON.stringify(value), { expirationTtl: OAUTH_STATE_TTL_SECONDS });
}

/** The stored state, removed so it can't be used twice; null when unknown, expired or used. */
export async function takeOAuthState(kv: KVNamespace, state: string): Promise<OAuthState | null> {
  const raw = await kv.get(stateKey(state));
  if (raw === null) return null;
  await kv.delete(stateKey(state));
  try {
    const parsed = stored.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
