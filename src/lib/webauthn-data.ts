// Reads the binary structures of a WebAuthn ceremony (W3C WebAuthn Level 2): authenticator data
// (§6.1), the attestation object (§6.5, CBOR, RFC 8949), the credential's COSE_Key (RFC 9053 §7)
// and clientDataJSON (§5.8.1). Only what passkeys with ES256 or RS256 need, and strict: anything
// else, a length that runs past the end or bytes left over throws. Written here rather than
// taken from @oslojs/webauthn, whose parsers with their CBOR, SHA-2 and encoding packages weighed
// 7.8 KB of a Worker at its 150 KB budget (docs/decisions/014-passkeys-own-parser.md); the unit
// test reads the same ceremonies with that library and requires the same answers.

export class WebAuthnDataError extends Error {}
const bad = (what: string): never => {
  throw new WebAuthnDataError(what);
};

type Cbor = number | string | boolean | null | Uint8Array | Cbor[] | Map<Cbor, Cbor>;
const MAX_DEPTH = 8;
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** One CBOR data item from `at`; returns it and where it ends. Definite lengths only, no tags or floats. */
function readCbor(bytes: Uint8Array, at: number, depth = 0): [Cbor, number] {
  if (depth > MAX_DEPTH) bad("CBOR nested too deep");
  const head = bytes[at] ?? bad("CBOR ends early");
  const major = head >> 5;
  const info = head & 0x1f;
  let n: number;
  let next = at + 1;
  if (info < 24) n = info;
  else if (info <= 26) {
    const size = info === 24 ? 1 : info === 25 ? 2 : 4;
    if (next + size > bytes.length) bad("CBOR ends early");
    n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + (bytes[next + i] ?? 0);
    next += size;
  } else return bad("CBOR length not supported");
  switch (major) {
    case 0:
      return [n, next];
    case 1:
      return [-1 - n, next];
    case 2:
    case 3: {
      if (next + n > bytes.length) bad("CBOR string runs past the end");
      const slice = bytes.subarray(next, next + n);
      return [major === 2 ? slice : utf8.decode(slice), next + n];
    }
    case 4: {
      const items: Cbor[] = [];
      for (let i = 0; i < n; i++) {
        const [item, end] = readCbor(bytes, next, depth + 1);
        items.push(item);
        next = end;
      }
      return [items, next];
    }
    case 5: {
      const map = new Map<Cbor, Cbor>();
      for (let i = 0; i < n; i++) {
        const [key, keyEnd] = readCbor(bytes, next, depth + 1);
        if (map.has(key)) bad("CBOR map repeats a key");
        const [value, end] = readCbor(bytes, keyEnd, depth + 1);
        map.set(key, value);
        next = end;
      }
      return [map, next];
    }
    case 7:
      if (info === 20 || info === 21) return [info === 21, next];
      if (info === 22) return [null, next];
      return bad("CBOR simple value not supported");
    default:
      return bad("CBOR tags not supported");
  }
}

/** A whole buffer that is exactly one CBOR item. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const [value, end] = readCbor(bytes, 0);
  if (end !== bytes.length) bad("bytes after the CBOR item");
  return value;
}

const bytesAt = (map: Map<Cbor, Cbor>, key: number | string): Uint8Array => {
  const value = map.get(key);
  return value instanceof Uint8Array ? value : bad(`COSE/CBOR field ${key} is not bytes`);
};

export type CoseKey =
  | { algorithm: -7; kind: "ec2"; x: Uint8Array; y: Uint8Array }
  | { algorithm: -257; kind: "rsa"; n: Uint8Array; e: Uint8Array }
  | { algorithm: number; kind: "other" };

/** A credential public key (COSE_Key): EC2 P-256 for ES256, RSA for RS256, anything else as "other". */
function readCoseKey(value: Cbor): CoseKey {
  if (!(value instanceof Map)) return bad("COSE key is not a map");
  const kty = value.get(1);
  const alg = value.get(3);
  if (typeof alg !== "number") return bad("COSE key has no algorithm");
  if (alg === -7 && kty === 2 && value.get(-1) === 1) {
    const x = bytesAt(value, -2);
    const y = bytesAt(value, -3);
    if (x.length !== 32 || y.length !== 32) bad("P-256 coordinates are 32 bytes");
    return { algorithm: -7, kind: "ec2", x, y };
  }
  if (alg === -257 && kty === 3) return { algorithm: -257, kind: "rsa", n: bytesAt(value, -1), e: bytesAt(value, -2) };
  return { algorithm: alg, kind: "other" };
}

export interface AuthenticatorData {
  rpIdHash: Uint8Array;
  userPresent: boolean;
  userVerified: boolean;
  signCount: number;
  /** Attested credential data, present on registration. */
  credential: { aaguid: Uint8Array; id: Uint8Array; publicKey: CoseKey } | null;
}

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_AT = 0x40;
const FLAG_ED = 0x80;

/** rpIdHash (32) ‖ flags (1) ‖ signCount (4, big-endian) ‖ attested credential data? ‖ extensions? */
export function parseAuthenticatorData(bytes: Uint8Array): AuthenticatorData {
  if (bytes.length < 37) bad("authenticator data is too short");
  const flags = bytes[32] ?? 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 37;
  let credential: AuthenticatorData["credential"] = null;
  if (flags & FLAG_AT) {
    if (bytes.length < at + 18) bad("attested credential data is too short");
    const aaguid = bytes.subarray(at, at + 16);
    const idLength = view.getUint16(at + 16);
    at += 18;
    if (idLength === 0 || idLength > 1023 || at + idLength > bytes.length) bad("credential id length");
    const id = bytes.subarray(at, at + idLength);
    const [key, end] = readCbor(bytes, at + idLength);
    credential = { aaguid, id, publicKey: readCoseKey(key) };
    at = end;
  }
  if (flags & FLAG_ED) at = readCbor(bytes, at)[1];
  if (at !== bytes.length) bad("bytes after the authenticator data");
  return {
    rpIdHash: bytes.subarray(0, 32),
    userPresent: (flags & FLAG_UP) !== 0,
    userVerified: (flags & FLAG_UV) !== 0,
    signCount: view.getUint32(33),
    credential,
  };
}

/** The attestation object: { fmt, attStmt, authData }. */
export function parseAttestationObject(bytes: Uint8Array): { format: string; authenticatorData: AuthenticatorData } {
  const object = decodeCbor(bytes);
  if (!(object instanceof Map)) return bad("attestation object is not a map");
  const format = object.get("fmt");
  if (typeof format !== "string" || !(object.get("attStmt") instanceof Map)) bad("attestation object fields");
  return { format: format as string, authenticatorData: parseAuthenticatorData(bytesAt(object, "authData")) };
}

export interface ClientData {
  type: string;
  /** base64url, as the server sent it. */
  challenge: string;
  origin: string;
  crossOrigin: boolean;
}

export function parseClientDataJSON(bytes: Uint8Array): ClientData {
  const parsed: unknown = JSON.parse(utf8.decode(bytes));
  if (typeof parsed !== "object" || parsed === null) return bad("client data is not an object");
  const { type, challenge, origin, crossOrigin } = parsed as Record<string, unknown>;
  if (typeof type !== "string" || typeof challenge !== "string" || typeof origin !== "string")
    bad("client data fields");
  if (crossOrigin !== undefined && typeof crossOrigin !== "boolean") bad("client data crossOrigin");
  return { type, challenge, origin, crossOrigin: crossOrigin === true } as ClientData;
}
