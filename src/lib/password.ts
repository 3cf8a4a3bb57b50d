// Password hashing with scrypt from node:crypto (SPEC §8): N=2^14, r=8, p=5, stored as
// "scrypt$N$r$p$salt$hash" so parameters can rise later without breaking old hashes.
// Not PBKDF2: Cloudflare's production runtime caps it far below OWASP's iteration count.
// The cost is injectable so tests can hash cheaply; verifying always reads it from the hash.
import { randomBytes, scrypt as scryptCb, timingSafeEqual } from "node:crypto";

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const PRODUCTION_SCRYPT: ScryptParams = Object.freeze({ N: 2 ** 14, r: 8, p: 5 });
/** About 80 times cheaper than production; readConfig allows it only when ENVIRONMENT is "test". */
export const TEST_SCRYPT: ScryptParams = Object.freeze({ N: 2 ** 10, r: 8, p: 1 });

const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, { N, r, p }: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCb(
      password.normalize("NFKC"),
      salt,
      KEY_LENGTH,
      { N, r, p, maxmem: 256 * N * r + 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

const encode = ({ N, r, p }: ScryptParams, salt: Buffer, key: Buffer) =>
  `scrypt$${N}$${r}$${p}$${salt.toString("base64")}$${key.toString("base64")}`;

export async function hashPassword(password: string, params: ScryptParams = PRODUCTION_SCRYPT): Promise<string> {
  const salt = randomBytes(16);
  return encode(params, salt, await scrypt(password, salt, params));
}

export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  if (!stored) return false;
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const actual = await scrypt(password, Buffer.from(salt, "base64"), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * A hash that never verifies (its key is all zeros), spent on unknown emails so timing does not
 * reveal who has an account. It must carry the same cost as the hashes being stored.
 */
export function dummyHashFor(params: ScryptParams): string {
  return encode(params, Buffer.alloc(16), Buffer.alloc(KEY_LENGTH));
}
