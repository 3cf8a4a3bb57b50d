// The WebAuthn structure reader (lib/webauthn-data.ts) against ceremonies recorded by the
// spec-built software authenticator, checked against @oslojs/webauthn (a maintained parser, kept
// as a test oracle only: docs/decisions/014-passkeys-own-parser.md), and refusing what is broken.
import { parseAttestationObject as osloAttestation, parseClientDataJSON as osloClientData } from "@oslojs/webauthn";
import { describe, expect, it } from "vitest";
import { fromBase64url } from "../../src/lib/webauthn";
import {
  decodeCbor,
  parseAttestationObject,
  parseAuthenticatorData,
  parseClientDataJSON,
} from "../../src/lib/webauthn-data";
import { b64url, cbor, SoftAuthenticator } from "../webauthn-authenticator";

const bytes = (s: string) => fromBase64url(s) ?? new Uint8Array();
const bigBytes = (n: bigint, length: number) => {
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--, n >>= 8n) out[i] = Number(n & 0xffn);
  return out;
};

describe.each(["ES256", "RS256"] as const)("a recorded %s registration", (algorithm) => {
  it("reads the same as @oslojs/webauthn", async () => {
    const authenticator = await SoftAuthenticator.create({
      algorithm,
      origin: "https://portal.test",
      rpId: "portal.test",
    });
    const challenge = b64url(crypto.getRandomValues(new Uint8Array(32)));
    const r = await authenticator.register(challenge);
    const ours = parseAttestationObject(bytes(r.attestationObject));
    const theirs = osloAttestation(bytes(r.attestationObject));
    expect(ours.format).toBe("none");
    const a = ours.authenticatorData;
    const b = theirs.authenticatorData;
    expect(a.rpIdHash).toEqual(b.relyingPartyIdHash);
    expect([a.userPresent, a.userVerified, a.signCount]).toEqual([b.userPresent, b.userVerified, b.signatureCounter]);
    expect(a.credential?.id).toEqual(b.credential?.id);
    expect(a.credential?.aaguid).toEqual(b.credential?.authenticatorAAGUID);
    const key = a.credential?.publicKey;
    const theirKey = b.credential!.publicKey;
    expect(key?.algorithm).toBe(theirKey.algorithm());
    if (key?.kind === "ec2") {
      expect(key.x).toEqual(bigBytes(theirKey.ec2().x, 32));
      expect(key.y).toEqual(bigBytes(theirKey.ec2().y, 32));
    } else if (key?.kind === "rsa") {
      expect(key.n).toEqual(bigBytes(theirKey.rsa().n, key.n.length));
      expect(key.e).toEqual(bigBytes(theirKey.rsa().e, key.e.length));
    } else throw new Error("no key");
    const client = parseClientDataJSON(bytes(r.clientDataJSON));
    const theirClient = osloClientData(bytes(r.clientDataJSON));
    expect(client.origin).toBe(theirClient.origin);
    expect(bytes(client.challenge)).toEqual(theirClient.challenge);
  });
});

describe("broken input", () => {
  it("refuses truncated, padded or malformed authenticator data and CBOR", async () => {
    const authenticator = await SoftAuthenticator.create({
      algorithm: "ES256",
      origin: "https://portal.test",
      rpId: "portal.test",
    });
    const attestation = bytes((await authenticator.register("AAAA")).attestationObject);
    for (let cut = 1; cut < attestation.length; cut += 7)
      expect(() => parseAttestationObject(attestation.subarray(0, attestation.length - cut))).toThrow();
    const assertion = bytes((await authenticator.assert("AAAA")).authenticatorData);
    expect(parseAuthenticatorData(assertion).signCount).toBe(1);
    expect(() => parseAuthenticatorData(assertion.subarray(0, 36))).toThrow();
    expect(() => parseAuthenticatorData(new Uint8Array([...assertion, 0]))).toThrow();
    expect(() => decodeCbor(new Uint8Array([0x5f]))).toThrow(); // indefinite length
    expect(() => decodeCbor(new Uint8Array([0xc0, 0x00]))).toThrow(); // a tag
    expect(() => decodeCbor(new Uint8Array([0x5a, 0xff, 0xff, 0xff, 0xff]))).toThrow(); // runs past the end
    expect(() => decodeCbor(new Uint8Array([0xa2, 0x01, 0x01, 0x01, 0x02]))).toThrow(); // repeated key
    let deep = cbor(1);
    for (let i = 0; i < 20; i++) deep = new Uint8Array([0x81, ...deep]);
    expect(() => decodeCbor(deep)).toThrow();
    expect(() => parseClientDataJSON(new TextEncoder().encode('{"type":1}'))).toThrow();
    expect(() => parseClientDataJSON(new Uint8Array([0xff]))).toThrow();
  });
});
