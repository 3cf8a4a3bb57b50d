// WebAuthn ceremonies checked on the server (SPEC §13, W3C WebAuthn Level 2 §7.1 and §7.2):
// @oslojs/webauthn parses what the authenticator sent; the checks and the signature (WebCrypto's
// ECDSA P-256 and RSASSA-PKCS1-v1_5) are here. Pure: no storage, no clock. The caller finds and
// consumes the challenge and the stored credential, and gives them in.
import { decodeBase64urlIgnorePadding, encodeBase64urlNoPadding } from "@oslojs/encoding";
import {
  AttestationStatementFormat,
  type AuthenticatorData,
  ClientDataType,
  COSEKeyType,
  coseAlgorithmES256,
  coseAlgorithmRS256,
  coseEllipticCurveP256,
  createAssertionSignatureMessage,
  parseAttestationObject,
  parseAuthenticatorData,
  parseClientDataJSON,
} from "@oslojs/webauthn";

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

export const toBase64url = (bytes: Uint8Array) => encodeBase64urlNoPadding(bytes);

/** base64url (padding tolerated) to bytes, or null for anything else. */
export function fromBase64url(text: string | undefined): Uint8Array | null {
  if (!text || !/^[A-Za-z0-9_-]+={0,2}$/.test(text)) return null;
  try {
    return decodeBase64urlIgnorePadding(text);
  } catch {
    return null;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** What clientDataJSON and authenticatorData must say in either ceremony. */
function checkCommon(
  clientDataJSON: Uint8Array,
  type: ClientDataType,
  expect: { challenge: Uint8Array; rp: RelyingParty; requireUserVerification: boolean },
  authData: AuthenticatorData,
): CeremonyFailure | null {
  let clientData: ReturnType<typeof parseClientDataJSON>;
  try {
    clientData = parseClientDataJSON(clientDataJSON);
  } catch {
    return fail("malformed");
  }
  if (clientData.type !== type) return fail("type");
  if (!sameBytes(clientData.challenge, expect.challenge)) return fail("challenge");
  if (clientData.origin !== expect.rp.origin || clientData.crossOrigin === true) return fail("origin");
  if (!authData.verifyRelyingPartyIdHash(expect.rp.id)) return fail("rp_id");
  if (!authData.userPresent) return fail("user_presence");
  if (expect.requireUserVerification && !authData.userVerified) return fail("user_verification");
  return null;
}

/** The challenge a client data JSON carries, so the caller can find (and consume) it; null if unreadable. */
export function challengeOf(clientDataJSON: Uint8Array): Uint8Array | null {
  try {
    return parseClientDataJSON(clientDataJSON).challenge;
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
  const { authenticatorData, attestationStatement } = parsed;
  const common = checkCommon(response.clientDataJSON, ClientDataType.Create, expect, authenticatorData);
  if (common) return common;
  if (attestationStatement.format !== AttestationStatementFormat.None) return fail("attestation");
  const credential = authenticatorData.credential;
  if (!credential) return fail("malformed");
  if (!sameBytes(credential.id, response.credentialId) || credential.id.length > 1023) return fail("credential_id");
  let publicKey: Uint8Array | null = null;
  let algorithm: PasskeyAlgorithm = coseAlgorithmES256;
  try {
    const key = credential.publicKey;
    algorithm = key.algorithm() as PasskeyAlgorithm;
    if (algorithm === coseAlgorithmES256 && key.type() === COSEKeyType.EC2) {
      const ec2 = key.ec2();
      publicKey = ec2.curve === coseEllipticCurveP256 ? await spkiOfEc2(ec2.x, ec2.y) : null;
    } else if (algorithm === coseAlgorithmRS256 && key.type() === COSEKeyType.RSA) {
      const rsa = key.rsa();
      publicKey = await spkiOfRsa(rsa.n, rsa.e);
    } else publicKey = null;
  } catch {
    publicKey = null;
  }
  if (!publicKey) return fail("algorithm");
  return {
    ok: true,
    passkey: {
      id: toBase64url(credential.id),
      publicKey,
      algorithm,
      counter: authenticatorData.signatureCounter,
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
  const common = checkCommon(response.clientDataJSON, ClientDataType.Get, expect, authData);
  if (common) return common;
  const message = createAssertionSignatureMessage(response.authenticatorData, response.clientDataJSON);
  if (!(await verifySignature(stored, response.signature, message))) return fail("signature");
  // §7.2 step 21: a counter that didn't move forward may mean a cloned authenticator. Passkeys
  // that sync report 0 every time, which is fine while both are 0.
  const counter = authData.signatureCounter;
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

const bigIntToBytes = (n: bigint, length?: number): Uint8Array => {
  let hex = n.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  const bytes = new Uint8Array(Math.max(length ?? 0, hex.length / 2));
  const offset = bytes.length - hex.length / 2;
  for (let i = 0; i < hex.length / 2; i++) bytes[offset + i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
};

async function spkiOfEc2(x: bigint, y: bigint): Promise<Uint8Array> {
  const jwk = {
    kty: "EC",
    crv: "P-256",
    x: toBase64url(bigIntToBytes(x, 32)),
    y: toBase64url(bigIntToBytes(y, 32)),
  };
  // importKey checks the point is on the curve.
  const key = await crypto.subtle.importKey("jwk", jwk, { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]);
  return new Uint8Array((await crypto.subtle.exportKey("spki", key)) as ArrayBuffer);
}

async function spkiOfRsa(n: bigint, e: bigint): Promise<Uint8Array | null> {
  // Under 2048 bits is too weak to accept (NIST SP 800-131A).
  if (n.toString(2).length < 2048) return null;
  const jwk = { kty: "RSA", n: toBase64url(bigIntToBytes(n)), e: toBase64url(bigIntToBytes(e)) };
  const key = await crypto.subtle.importKey("jwk", jwk, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, true, [
    "verify",
  ]);
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
