// Seals secrets we must store (OAuth tokens) as compact JWE, dir + A256GCM, with a key derived
// from a configured secret, so a copy of D1 or KV alone reveals nothing usable. The purpose
// (e.g. whose token it is) rides in the integrity-protected header: a sealed value copied to
// another advisor's row does not open there.
import { CompactEncrypt, compactDecrypt } from "jose";

const keys = new Map<string, Promise<Uint8Array>>();

/** 256 bits for A256GCM from a secret of any length: SHA-256 of it. */
function deriveKey(secret: string): Promise<Uint8Array> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.digest("SHA-256", new TextEncoder().encode(secret)).then((d) => new Uint8Array(d));
    keys.set(secret, key);
  }
  return key;
}

export async function sealSecret(value: string, secret: string, purpose: string): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(value))
    .setProtectedHeader({ alg: "dir", enc: "A256GCM", purpose })
    .encrypt(await deriveKey(secret));
}

/** The value, or null when it was sealed with another key, for another purpose, or tampered with. */
export async function unsealSecret(sealed: string, secret: string, purpose: string): Promise<string | null> {
  try {
    const { plaintext, protectedHeader } = await compactDecrypt(sealed, await deriveKey(secret), {
      keyManagementAlgorithms: ["dir"],
      contentEncryptionAlgorithms: ["A256GCM"],
    });
    if (protectedHeader.purpose !== purpose) return null;
    return new TextDecoder().decode(plaintext);
  } catch {
    return null;
  }
}
