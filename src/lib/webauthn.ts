// WebAuthn ceremonies checked on the server (SPEC §13, W3C WebAuthn Level 2 §7.1 and §7.2):
// webauthn-data.ts reads what the authenticator sent; the checks and the signature (WebCrypto's
// ECDSA P-256 and RSASSA-PKCS1-v1_5) are here. Pure: no storage, no clock. The caller finds and
// consumes the challenge and the stored credential, and gives them in.
import { base64url } from "./ids";
import {
  type AuthenticatorData,
  parseAttestationObject,
  parseAuthenticatorData,
  parseClientDataJSON,
} from "./webauthn-data";

const coseAlgorithmES256 = -7;
const coseAlgorithmRS256 = -257;

/** ES256 and RS256, in the order browsers should prefer them. */
export const PASSKEY_ALGORITHMS = [coseAlgorithmES256, coseAlgorithmRS256] as const;
export type PasskeyAlgorithm = (typeof PASSKEY_ALGORITHMS)[number];

/** The relying party: the host of APP_BASE_URL, and that exact origin. */
export interface RelyingParty {
  id: string;
  origin: string;
}

export function relyingPartyOf(appBaseUrl: string): RelyingParty {
  const url = new URL(appBaseUrl);
  return { id: url.hostname, origin: url.origin };
}

export type CeremonyFailure = {
  ok: false;
  reason:
    | "malformed"
    | "type"
    | "challenge"
    | "origin"
    | "rp_id"
    | "user_presence"
    | "user_verification"
    | "attestation"
    | "algorithm"
    | "credential_id"
    | "signature"
    | "counter";
};
const fail = (reason: CeremonyFailure["reason"]): CeremonyFailure => ({ ok: false, reason });

export const toBase64url = (bytes: Uint8Array) => base64url(bytes);

/** base64url (padding tolerated) to bytes, or null for anything else. */
export function fromBase64url(text: string | undefined): Uint8Array | null {
  if (!text || !/^[A-Za-z0-9_-]+={0,2}$/.test(text)) return null;
  try {
    const b64 = text.replace(/=+$/, "").replace(/-/g, "+").replace(/_/g, "/");
    return Uint8Array.from(atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

const sha256 = async (bytes: Uint8Array) => new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** What clientDataJSON and authenticatorData must say in either ceremony. */
async function checkCommon(
  clientDataJSON: Uint8Array,
  type: "webauthn.create" | "webauthn.get",
  expect: { challenge: Uint8Array; rp: RelyingParty; requireUserVerification: boolean },
  authData: AuthenticatorData,
): Promise<CeremonyFailure | null> {
  let clientData: ReturnType<typeof parseClientDataJSON>;
  try {
    clientData = parseClientDataJSON(clientDataJSON);
  } catch {
    return fail("malformed");
  }
  if (clientData.type !== type) return fail("type");
  const challenge = fromBase64url(clientData.challenge);
  if (!challenge || !sameBytes(challenge, expect.challenge)) return fail("challenge");
  if (clientData.origin !== expect.rp.origin || clientData.crossOrigin) return fail("origin");
  if (!sameBytes(authData.rpIdHash, await sha256(new TextEncoder().encode(expect.rp.id)))) return fail("rp_id");
  if (!authData.userPresent) return fail("user_presence");
  if (expect.requireUserVerification && !authData.userVerified) return fail("user_verification");
  return null;
}

/** The challenge a client data JSON carries, so the caller can find (and consume) it; null if unreadable. */
export function challengeOf(clientDataJSON: Uint8Array): Uint8Array | null {
  try {
    return fromBase64url(parseClientDataJSON(clientDataJSON).challenge);
  } catch {
    return null;
  }
}

export interface NewPasskey {
  /** The credential id, base64url. */
  id: string;
  /** The public key as SubjectPublicKeyInfo (DER), ready for WebCrypto's importKey("spki"). */
  publicKey: Uint8Array;
  algorithm: PasskeyAlgorithm;
  counter: number;
}

/** Registration (WebAuthn §7.1), with attestation "none": the authenticator vouches for nothing but its key. */
export async function verifyRegistration(
  response: { credentialId: Uint8Array; clientDataJSON: Uint8Array; attestationObject: Uint8Array },
  expect: { challenge: Uint8Array; rp: RelyingParty; requireUserVerification: boolean },
): Promise<{ ok: true; passkey: NewPasskey } | CeremonyFailure> {
  let parsed: ReturnType<typeof parseAttestationObject>;
  try {
    parsed = parseAttestationObject(response.attestationObject);
  } catch {
    return fail("malformed");
  }
  const { authenticatorData, format } = parsed;
  const common = await checkCommon(response.clientDataJSON, "webauthn.create", expect, authenticatorData);
  if (common) return common;
  if (format !== "none") return fail("attestation");
  const credential = authenticatorData.credential;
  if (!credential) return fail("malformed");
  if (!sameBytes(credential.id, response.credentialId) || credential.id.length > 1023) return fail("credential_id");
  const key = credential.publicKey;
  let publicKey: Uint8Array | null = null;
  try {
    if (key.kind === "ec2")
      publicKey = await spkiOf({ kty: "EC", crv: "P-256", x: toBase64url(key.x), y: toBase64url(key.y) });
    else if (key.kind === "rsa" && rsaBits(key.n) >= 2048)
      publicKey = await spkiOf({ kty: "RSA", n: toBase64url(key.n), e: toBase64url(key.e) });
  } catch {
    publicKey = null;
  }
  if (!publicKey || key.kind === "other") return fail("algorithm");
  return {
    ok: true,
    passkey: {
      id: toBase64url(credential.id),
      publicKey,
      algorithm: key.algorithm,
      counter: authenticatorData.signCount,
    },
  };
}

/** Authentication (WebAuthn §7.2) against a stored passkey. On success, the counter to record. */
export async function verifyAssertion(
  response: { clientDataJSON: Uint8Array; authenticatorData: Uint8Array; signature: Uint8Array },
  stored: { publicKey: Uint8Array; algorithm: number; counter: number },
  expect: { challenge: Uint8Array; rp: RelyingParty; requireUserVerification: boolean },
): Promise<{ ok: true; counter: number } | CeremonyFailure> {
  let authData: AuthenticatorData;
  try {
    authData = parseAuthenticatorData(response.authenticatorData);
  } catch {
    return fail("malformed");
  }
  const common = await checkCommon(response.clientDataJSON, "webauthn.get", expect, authData);
  if (common) return common;
  const clientDataHash = await sha256(response.clientDataJSON);
  const message = new Uint8Array(response.authenticatorData.length + clientDataHash.length);
  message.set(response.authenticatorData);
  message.set(clientDataHash, response.authenticatorData.length);
  if (!(await verifySignature(stored, response.signature, message))) return fail("signature");
  // §7.2 step 21: a counter that didn't move forward may mean a cloned authenticator. Passkeys
  // that sync report 0 every time, which is fine while both are 0.
  const counter = authData.signCount;
  if ((counter !== 0 || stored.counter !== 0) && counter <= stored.counter) return fail("counter");
  return { ok: true, counter };
}

async function verifySignature(
  stored: { publicKey: Uint8Array; algorithm: number },
  signature: Uint8Array,
  message: Uint8Array,
): Promise<boolean> {
  try {
    if (stored.algorithm === coseAlgorithmES256) {
      const raw = ecdsaDerToRaw(signature);
      if (!raw) return false;
      const key = await crypto.subtle.importKey(
        "spki",
        stored.publicKey,
        { name: "ECDSA", namedCurve: "P-256" },
        false,
        ["verify"],
      );
      return await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, key, raw, message);
    }
    if (stored.algorithm === coseAlgorithmRS256) {
      const key = await crypto.subtle.importKey(
        "spki",
        stored.publicKey,
        { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
        false,
        ["verify"],
      );
      return await crypto.subtle.verify("RSASSA-PKCS1-v1_5", key, signature, message);
    }
  } catch {
    return false;
  }
  return false;
}

/**
 * An ECDSA signature as authenticators send it (DER: SEQUENCE { INTEGER r, INTEGER s }) to the
 * 64 bytes r‖s WebCrypto verifies; null when it isn't one.
 */
export function ecdsaDerToRaw(der: Uint8Array): Uint8Array | null {
  if (der.length < 8 || der[0] !== 0x30 || der[1] !== der.length - 2) return null;
  const raw = new Uint8Array(64);
  let at = 2;
  for (const offset of [0, 32]) {
    if (der[at] !== 0x02) return null;
    const length = der[at + 1] ?? 0;
    let value = der.subarray(at + 2, at + 2 + length);
    if (length === 0 || value.length !== length) return null;
    while (value.length > 1 && value[0] === 0) value = value.subarray(1);
    if (value.length > 32) return null;
    raw.set(value, offset + 32 - value.length);
    at += 2 + length;
  }
  return at === der.length ? raw : null;
}

/** The modulus length in bits, leading zero bytes aside. */
function rsaBits(n: Uint8Array): number {
  let i = 0;
  while (i < n.length && n[i] === 0) i++;
  return i === n.length ? 0 : (n.length - i) * 8 - Math.clz32(n[i] ?? 0) + 24;
}

/** A JWK as SubjectPublicKeyInfo; importKey checks an EC point is on the curve. Under 2048 bits RSA is refused above (NIST SP 800-131A). */
async function spkiOf(jwk: JsonWebKey): Promise<Uint8Array> {
  const algorithm =
    jwk.kty === "EC" ? { name: "ECDSA", namedCurve: "P-256" } : { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
  const key = await crypto.subtle.importKey("jwk", jwk, algorithm, true, ["verify"]);
  return new Uint8Array((await crypto.subtle.exportKey("spki", key)) as ArrayBuffer);
}

/** A name the client will recognise in their list of passkeys: "Passkey on iPhone", from the browser that added it. */
export function passkeyNameFor(userAgent: string | null | undefined): string {
  const ua = userAgent ?? "";
  const device = /iPhone/.test(ua)
    ? "iPhone"
    : /iPad/.test(ua)
      ? "iPad"
      : /Android/.test(ua)
        ? "Android"
        : /CrOS/.test(ua)
          ? "Chromebook"
          : /Macintosh|Mac OS X/.test(ua)
            ? "Mac"
            : /Windows/.test(ua)
              ? "Windows"
              : /Linux/.test(ua)
                ? "Linux"
                : null;
  return device ? `Passkey on ${device}` : "Passkey";
}
