// A software authenticator that records WebAuthn ceremonies the way a real one produces them,
// built from the structures the W3C WebAuthn Level 2 spec documents: authenticator data (§6.1:
// rpIdHash ‖ flags ‖ signCount ‖ attested credential data), the COSE_Key of the credential
// public key (RFC 9053 §7), the attestation object in CBOR (§6.5, "none" format: fmt, attStmt {},
// authData), clientDataJSON (§5.8.1), and the assertion signature over authData ‖
// SHA-256(clientDataJSON) (§6.3.3), DER-encoded for ES256 as authenticators send it. Keys are
// made with WebCrypto; the server's code under test is never used to build anything here.

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

export { b64url };

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

// ── A minimal CBOR encoder (RFC 8949): unsigned and negative integers, byte and text strings, maps.
type Cbor = number | string | Uint8Array | Map<Cbor, Cbor>;
function cborHead(major: number, n: number): Uint8Array {
  if (n < 24) return new Uint8Array([(major << 5) | n]);
  if (n < 0x100) return new Uint8Array([(major << 5) | 24, n]);
  if (n < 0x10000) return new Uint8Array([(major << 5) | 25, n >> 8, n & 0xff]);
  return new Uint8Array([(major << 5) | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
}
export function cbor(value: Cbor): Uint8Array {
  if (typeof value === "number") return value >= 0 ? cborHead(0, value) : cborHead(1, -1 - value);
  if (typeof value === "string") {
    const bytes = new TextEncoder().encode(value);
    return concat(cborHead(3, bytes.length), bytes);
  }
  if (value instanceof Uint8Array) return concat(cborHead(2, value.length), value);
  const parts = [cborHead(5, value.size)];
  for (const [k, v] of value) parts.push(cbor(k), cbor(v));
  return concat(...parts);
}

const sha256 = async (bytes: Uint8Array) => new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));

/** An ECDSA signature r‖s (WebCrypto) as the DER SEQUENCE authenticators send. */
function rawToDer(raw: Uint8Array): Uint8Array {
  const int = (bytes: Uint8Array) => {
    let i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0) i++;
    let v = bytes.subarray(i);
    if ((v[0] ?? 0) & 0x80) v = concat(new Uint8Array([0]), v);
    return concat(new Uint8Array([0x02, v.length]), v);
  };
  const body = concat(int(raw.subarray(0, 32)), int(raw.subarray(32)));
  return concat(new Uint8Array([0x30, body.length]), body);
}

export const FLAG = { UP: 0x01, UV: 0x04, AT: 0x40 } as const;

export interface SoftAuthenticatorOptions {
  algorithm: "ES256" | "RS256";
  /** The origin the browser puts in clientDataJSON. */
  origin: string;
  /** The rp id the authenticator hashes into authenticator data. */
  rpId: string;
}

export class SoftAuthenticator {
  counter = 0;
  readonly credentialId = crypto.getRandomValues(new Uint8Array(16));
  private constructor(
    private readonly keys: CryptoKeyPair,
    readonly options: SoftAuthenticatorOptions,
  ) {}

  static async create(options: SoftAuthenticatorOptions) {
    const keys =
      options.algorithm === "ES256"
        ? await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"])
        : await crypto.subtle.generateKey(
            {
              name: "RSASSA-PKCS1-v1_5",
              modulusLength: 2048,
              publicExponent: new Uint8Array([1, 0, 1]),
              hash: "SHA-256",
            },
            true,
            ["sign", "verify"],
          );
    return new SoftAuthenticator(keys as CryptoKeyPair, options);
  }

  get id() {
    return b64url(this.credentialId);
  }

  private async coseKey(): Promise<Uint8Array> {
    const jwk = (await crypto.subtle.exportKey("jwk", this.keys.publicKey)) as JsonWebKey;
    const bytes = (s: string | undefined) =>
      Uint8Array.from(atob((s ?? "").replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
    return this.options.algorithm === "ES256"
      ? cbor(
          new Map<Cbor, Cbor>([
            [1, 2],
            [3, -7],
            [-1, 1],
            [-2, bytes(jwk.x)],
            [-3, bytes(jwk.y)],
          ]),
        )
      : cbor(
          new Map<Cbor, Cbor>([
            [1, 3],
            [3, -257],
            [-1, bytes(jwk.n)],
            [-2, bytes(jwk.e)],
          ]),
        );
  }

  private clientData(type: "webauthn.create" | "webauthn.get", challenge: string, origin?: string) {
    return new TextEncoder().encode(
      JSON.stringify({ type, challenge, origin: origin ?? this.options.origin, crossOrigin: false }),
    );
  }

  private async authData(flags: number, counter: number, attested?: Uint8Array, rpId?: string) {
    const rpIdHash = await sha256(new TextEncoder().encode(rpId ?? this.options.rpId));
    const count = new Uint8Array([
      (counter >>> 24) & 0xff,
      (counter >> 16) & 0xff,
      (counter >> 8) & 0xff,
      counter & 0xff,
    ]);
    return concat(rpIdHash, new Uint8Array([flags]), count, attested ?? new Uint8Array());
  }

  /** navigator.credentials.create(): the challenge as the server gave it (base64url). */
  async register(challenge: string, tamper: { origin?: string; rpId?: string; flags?: number } = {}) {
    const attested = concat(
      new Uint8Array(16), // AAGUID: zeros, as "none" attestation reports
      new Uint8Array([this.credentialId.length >> 8, this.credentialId.length & 0xff]),
      this.credentialId,
      await this.coseKey(),
    );
    const authData = await this.authData(
      tamper.flags ?? FLAG.UP | FLAG.UV | FLAG.AT,
      this.counter,
      attested,
      tamper.rpId,
    );
    const attestationObject = cbor(
      new Map<Cbor, Cbor>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", authData],
      ]),
    );
    return {
      id: this.id,
      clientDataJSON: b64url(this.clientData("webauthn.create", challenge, tamper.origin)),
      attestationObject: b64url(attestationObject),
    };
  }

  /** navigator.credentials.get(): signs the challenge; the counter moves on unless told what to report. */
  async assert(
    challenge: string,
    tamper: { origin?: string; rpId?: string; flags?: number; counter?: number; userHandle?: string } = {},
  ) {
    const counter = tamper.counter ?? ++this.counter;
    const authenticatorData = await this.authData(tamper.flags ?? FLAG.UP | FLAG.UV, counter, undefined, tamper.rpId);
    const clientDataJSON = this.clientData("webauthn.get", challenge, tamper.origin);
    const message = concat(authenticatorData, await sha256(clientDataJSON));
    const signature =
      this.options.algorithm === "ES256"
        ? rawToDer(
            new Uint8Array(await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, this.keys.privateKey, message)),
          )
        : new Uint8Array(await crypto.subtle.sign("RSASSA-PKCS1-v1_5", this.keys.privateKey, message));
    return {
      id: this.id,
      clientDataJSON: b64url(clientDataJSON),
      authenticatorData: b64url(authenticatorData),
      signature: b64url(signature),
      userHandle: tamper.userHandle ?? "",
    };
  }
}
