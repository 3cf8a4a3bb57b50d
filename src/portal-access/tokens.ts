// Claim tokens (SPEC §4): 32 random bytes, base64url (43 characters); only the SHA-256 is
// stored, valid for 7 days.
import { base64url, sha256Hex } from "../lib/ids";

export const CLAIM_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export async function mintClaimToken(): Promise<{ token: string; tokenHash: string }> {
  const token = base64url(crypto.getRandomValues(new Uint8Array(32)));
  return { token, tokenHash: await sha256Hex(token) };
}

export const hashClaimToken = sha256Hex;

/** Cheap shape check before touching D1: anything else cannot be one of our tokens. */
export function looksLikeClaimToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

export function claimUrl(baseUrl: string, slug: string, token: string): string {
  return `${baseUrl}/portal/${encodeURIComponent(slug)}/claim/${token}`;
}
