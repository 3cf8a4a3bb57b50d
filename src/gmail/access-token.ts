// Access tokens for the Gmail API: minted from the sealed refresh token and cached in KV until
// just before they expire. KV, not memory: Workers isolates come and go, so an in-memory cache
// would refresh on nearly every send. The cache key carries a fingerprint of the sealed refresh
// token, so after a disconnect or reconnect an old access token is never picked up again.
import { sha256Hex } from "../lib/ids";
import { sealSecret, unsealSecret } from "../lib/seal";
import type { GoogleConfig } from "./config";
import { type GoogleCall, refreshAccessToken } from "./oauth";

/** Cached tokens expire this long before Google's expiry, so a send never starts with a dying one. */
export const ACCESS_TOKEN_EARLY_EXPIRY_SECONDS = 120;
/** KV refuses an expirationTtl under 60 seconds. */
const KV_MIN_TTL_SECONDS = 60;

export const refreshTokenPurpose = (advisorId: string) => `gmail-refresh-token:${advisorId}`;
const accessTokenPurpose = (advisorId: string) => `gmail-access-token:${advisorId}`;

export interface TokenOwner {
  advisorId: string;
  sealedRefreshToken: string;
}

export async function accessTokenCacheKey(owner: TokenOwner): Promise<string> {
  return `gmail-access-token:${owner.advisorId}:${(await sha256Hex(owner.sealedRefreshToken)).slice(0, 16)}`;
}

export async function cacheAccessToken(
  kv: KVNamespace,
  google: GoogleConfig,
  owner: TokenOwner,
  accessToken: string,
  expiresIn: number,
) {
  const ttl = expiresIn - ACCESS_TOKEN_EARLY_EXPIRY_SECONDS;
  if (ttl < KV_MIN_TTL_SECONDS) return;
  const sealed = await sealSecret(accessToken, google.sealKey, accessTokenPurpose(owner.advisorId));
  await kv.put(await accessTokenCacheKey(owner), sealed, { expirationTtl: ttl });
}

export async function forgetAccessToken(kv: KVNamespace, owner: TokenOwner) {
  await kv.delete(await accessTokenCacheKey(owner));
}

export type AccessTokenResult =
  | { ok: true; accessToken: string; fromCache: boolean }
  /** `revoked`: only a reconnect helps; `failed`: Google is down or slow, try again later. */
  | { ok: false; reason: "revoked" | "failed"; message: string };

export async function obtainAccessToken(
  deps: { kv: KVNamespace; google: GoogleConfig; call?: GoogleCall },
  owner: TokenOwner,
  options: { skipCache?: boolean } = {},
): Promise<AccessTokenResult> {
  if (!options.skipCache) {
    const cached = await deps.kv.get(await accessTokenCacheKey(owner));
    const accessToken = cached
      ? await unsealSecret(cached, deps.google.sealKey, accessTokenPurpose(owner.advisorId))
      : null;
    if (accessToken) return { ok: true, accessToken, fromCache: true };
  }
  const refreshToken = await unsealSecret(
    owner.sealedRefreshToken,
    deps.google.sealKey,
    refreshTokenPurpose(owner.advisorId),
  );
  // Sealed with another key (TOKEN_SEAL_KEY was changed): only connecting again recovers.
  if (!refreshToken)
    return {
      ok: false,
      reason: "revoked",
      message: "The stored Gmail token can't be opened with the current TOKEN_SEAL_KEY.",
    };
  const minted = await refreshAccessToken(deps.google, refreshToken, deps.call);
  if (!minted.ok) return minted;
  await cacheAccessToken(deps.kv, deps.google, owner, minted.accessToken, minted.expiresIn);
  return { ok: true, accessToken: minted.accessToken, fromCache: false };
}
