// Uploaded agency logos in R2 (binding BRAND_ASSETS), stored under the content-addressed name
// their path carries, so a stored object never changes and can be cached forever.
import { type LogoImage, logoPath, parseLogoPath } from "../lib/logo";

const key = (file: string) => `logos/${file}`;

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Stores the checked image (once: the same bytes are the same object) and answers its path. */
export async function storeLogo(bucket: R2Bucket, bytes: Uint8Array, image: LogoImage): Promise<string> {
  const path = logoPath(await sha256Hex(bytes), image);
  const parsed = parseLogoPath(path);
  if (!parsed) throw new Error(`Logo path ${path} does not parse`);
  if (!(await bucket.head(key(parsed.file)))) {
    await bucket.put(key(parsed.file), bytes, { httpMetadata: { contentType: parsed.contentType } });
  }
  return path;
}

/** Whether a logo path names an object we hold (a path posted back from a form is only a claim). */
export async function hasLogo(bucket: R2Bucket, path: string): Promise<boolean> {
  const parsed = parseLogoPath(path);
  return parsed !== null && (await bucket.head(key(parsed.file))) !== null;
}

export function readLogo(bucket: R2Bucket, file: string) {
  return bucket.get(key(file));
}
