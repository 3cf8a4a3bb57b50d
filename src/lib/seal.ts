// Seals secrets we must store (OAuth tokens) as compact JWE, dir + A256GCM (RFC 7516 §7.1, RFC 7518
// §4.5 and §5.3), with a key derived from a configured secret, so a copy of D1 or KV alone reveals
// nothing usable. The purpose (e.g. whose token it is) rides in the integrity-protected header: a
// sealed value copied to another advisor's row does not open there.
//
// Written with WebCrypto rather than jose's JWE (decision 017): jose's general JWE path brings
// every key-management algorithm into the Worker (about 5 KB gzipped) for the one we use. The
// format is the same compact JWE, so values sealed before still open; test/unit/seal.test.ts holds
// this code to jose, both ways.

const keys = new Map<string, Promise<CryptoKey>>();

/** 256 bits for A256GCM from a secret of any length: SHA-256 of it. */
function deriveKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle
      .digest("SHA-256", new TextEncoder().encode(secret))
      .then((raw) => crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["encrypt", "decrypt"]));
    keys.set(secret, key);
  }
  return key;
}

function toBase64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Strict base64url (no padding, no other alphabet): anything else is not ours. */
function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

const TAG_BYTES = 16;

export async function sealSecret(value: string, secret: string, purpose: string): Promise<string> {
  const header = toBase64url(new TextEncoder().encode(JSON.stringify({ alg: "dir", enc: "A256GCM", purpose })));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: "AES-GCM", iv, additionalData: new TextEncoder().encode(header), tagLength: TAG_BYTES * 8 },
      await deriveKey(secret),
      new TextEncoder().encode(value),
    ),
  );
  const ciphertext = sealed.subarray(0, sealed.length - TAG_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  // Compact form: header . (no encrypted key with "dir") . iv . ciphertext . tag
  return `${header}..${toBase64url(iv)}.${toBase64url(ciphertext)}.${toBase64url(tag)}`;
}

/** The value, or null when it was sealed with another key, for another purpose, or tampered with. */
export async function unsealSecret(sealed: string, secret: string, purpose: string): Promise<string | null> {
  try {
    const parts = sealed.split(".");
    if (parts.length !== 5 || parts[1] !== "") return null;
    const [header, , ivText, ciphertextText, tagText] = parts as [string, string, string, string, string];
    const protectedHeader = JSON.parse(new TextDecoder().decode(fromBase64url(header) ?? new Uint8Array()));
    // Only what sealSecret writes: dir + A256GCM, no compression, no critical extensions.
    if (protectedHeader?.alg !== "dir" || protectedHeader.enc !== "A256GCM") return null;
    if ("zip" in protectedHeader || "crit" in protectedHeader) return null;
    if (protectedHeader.purpose !== purpose) return null;
    const iv = fromBase64url(ivText);
    const ciphertext = fromBase64url(ciphertextText);
    const tag = fromBase64url(tagText);
    if (iv?.length !== 12 || !ciphertext || tag?.length !== TAG_BYTES) return null;
    const joined = new Uint8Array(ciphertext.length + TAG_BYTES);
    joined.set(ciphertext);
    joined.set(tag, ciphertext.length);
    const plaintext = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv, additionalData: new TextEncoder().encode(header), tagLength: TAG_BYTES * 8 },
      await deriveKey(secret),
      joined,
    );
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(plaintext);
  } catch {
    return null;
  }
}
