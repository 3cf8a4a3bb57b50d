// The WebAuthn checks (lib/webauthn.ts) against ceremonies recorded by a software authenticator
// built from the spec's structures (test/webauthn-authenticator.ts), for ES256 and RS256.
import { describe, expect, it } from "vitest";
import {
  ecdsaDerToRaw,
  fromBase64url,
  relyingPartyOf,
  verifyAssertion,
  verifyRegistration,
} from "../../src/lib/webauthn";
import { b64url, FLAG, SoftAuthenticator } from "../webauthn-authenticator";

const rp = relyingPartyOf("https://portal.test");
const bytes = (s: string) => fromBase64url(s) ?? new Uint8Array();
const newChallenge = () => crypto.getRandomValues(new Uint8Array(32));

async function registered(algorithm: "ES256" | "RS256") {
  const authenticator = await SoftAuthenticator.create({ algorithm, origin: rp.origin, rpId: rp.id });
  const challenge = newChallenge();
  const response = await authenticator.register(b64url(challenge));
  const result = await verifyRegistration(
    {
      credentialId: bytes(response.id),
      clientDataJSON: bytes(response.clientDataJSON),
      attestationObject: bytes(response.attestationObject),
    },
    { challenge, rp, requireUserVerification: false },
  );
  if (!result.ok) throw new Error(`registration failed: ${result.reason}`);
  return { authenticator, passkey: result.passkey };
}

async function signIn(
  authenticator: SoftAuthenticator,
  stored: { publicKey: Uint8Array; algorithm: number; counter: number },
  tamper: Parameters<SoftAuthenticator["assert"]>[1] = {},
  challenge = newChallenge(),
  expectedChallenge = challenge,
) {
  const a = await authenticator.assert(b64url(challenge), tamper);
  return verifyAssertion(
    {
      clientDataJSON: bytes(a.clientDataJSON),
      authenticatorData: bytes(a.authenticatorData),
      signature: bytes(a.signature),
    },
    stored,
    { challenge: expectedChallenge, rp, requireUserVerification: false },
  );
}

describe.each(["ES256", "RS256"] as const)("%s", (algorithm) => {
  it("registers a passkey and signs in with it, recording the counter", async () => {
    const { authenticator, passkey } = await registered(algorithm);
    expect(passkey.id).toBe(authenticator.id);
    expect(passkey.algorithm).toBe(algorithm === "ES256" ? -7 : -257);
    expect(await signIn(authenticator, passkey)).toEqual({ ok: true, counter: 1 });
  });

  it("refuses an assertion for another challenge, origin or rp id, or signed by another key", async () => {
    const { authenticator, passkey } = await registered(algorithm);
    expect(await signIn(authenticator, passkey, {}, newChallenge(), newChallenge())).toMatchObject({
      reason: "challenge",
    });
    expect(await signIn(authenticator, passkey, { origin: "https://evil.test" })).toMatchObject({ reason: "origin" });
    expect(await signIn(authenticator, passkey, { rpId: "evil.test" })).toMatchObject({ reason: "rp_id" });
    expect(await signIn(authenticator, passkey, { flags: FLAG.UV })).toMatchObject({ reason: "user_presence" });
    const other = await registered(algorithm);
    expect(await signIn(authenticator, other.passkey)).toMatchObject({ reason: "signature" });
  });

  it("refuses a counter that did not move forward, and accepts 0 from a passkey that always says 0", async () => {
    const { authenticator, passkey } = await registered(algorithm);
    expect(await signIn(authenticator, { ...passkey, counter: 5 }, { counter: 5 })).toMatchObject({
      reason: "counter",
    });
    expect(await signIn(authenticator, { ...passkey, counter: 5 }, { counter: 4 })).toMatchObject({
      reason: "counter",
    });
    expect(await signIn(authenticator, { ...passkey, counter: 5 }, { counter: 0 })).toMatchObject({
      reason: "counter",
    });
    expect(await signIn(authenticator, { ...passkey, counter: 0 }, { counter: 0 })).toEqual({ ok: true, counter: 0 });
    expect(await signIn(authenticator, { ...passkey, counter: 5 }, { counter: 6 })).toEqual({ ok: true, counter: 6 });
  });
});

describe("registration", () => {
  const attempt = async (tamper: Parameters<SoftAuthenticator["register"]>[1], expectChallenge?: Uint8Array) => {
    const authenticator = await SoftAuthenticator.create({ algorithm: "ES256", origin: rp.origin, rpId: rp.id });
    const challenge = newChallenge();
    const r = await authenticator.register(b64url(challenge), tamper);
    return verifyRegistration(
      {
        credentialId: bytes(r.id),
        clientDataJSON: bytes(r.clientDataJSON),
        attestationObject: bytes(r.attestationObject),
      },
      { challenge: expectChallenge ?? challenge, rp, requireUserVerification: false },
    );
  };

  it("refuses a wrong origin, rp id, challenge or missing user presence", async () => {
    expect(await attempt({ origin: "https://portal.test.evil.test" })).toMatchObject({ reason: "origin" });
    expect(await attempt({ rpId: "evil.test" })).toMatchObject({ reason: "rp_id" });
    expect(await attempt({}, newChallenge())).toMatchObject({ reason: "challenge" });
    expect(await attempt({ flags: FLAG.AT })).toMatchObject({ reason: "user_presence" });
  });

  it("refuses an assertion posted as a registration and garbage as either", async () => {
    const authenticator = await SoftAuthenticator.create({ algorithm: "ES256", origin: rp.origin, rpId: rp.id });
    const challenge = newChallenge();
    const a = await authenticator.assert(b64url(challenge));
    const r = await authenticator.register(b64url(challenge));
    expect(
      await verifyRegistration(
        {
          credentialId: bytes(r.id),
          clientDataJSON: bytes(a.clientDataJSON),
          attestationObject: bytes(r.attestationObject),
        },
        { challenge, rp, requireUserVerification: false },
      ),
    ).toMatchObject({ reason: "type" });
    expect(
      await verifyRegistration(
        {
          credentialId: bytes(r.id),
          clientDataJSON: bytes(r.clientDataJSON),
          attestationObject: new Uint8Array([1, 2]),
        },
        { challenge, rp, requireUserVerification: false },
      ),
    ).toMatchObject({ reason: "malformed" });
  });
});

describe("ecdsaDerToRaw", () => {
  it("pads short integers, strips the sign byte and refuses what isn't DER", () => {
    const der = new Uint8Array([0x30, 0x07, 0x02, 0x02, 0x00, 0x80, 0x02, 0x01, 0x05]);
    const raw = ecdsaDerToRaw(der);
    expect(raw?.[31]).toBe(0x80);
    expect(raw?.[63]).toBe(0x05);
    expect(ecdsaDerToRaw(new Uint8Array([0x30, 0x03, 0x02, 0x01]))).toBeNull();
    expect(ecdsaDerToRaw(new Uint8Array(64))).toBeNull();
  });
});

describe("passkey names", () => {
  it("name a passkey after the device the browser says it is", async () => {
    const { passkeyNameFor } = await import("../../src/lib/webauthn");
    expect(passkeyNameFor("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15")).toBe(
      "Passkey on iPhone",
    );
    expect(passkeyNameFor("Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 Chrome/131 Mobile")).toBe(
      "Passkey on Android",
    );
    expect(passkeyNameFor("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Safari/605")).toBe(
      "Passkey on Mac",
    );
    expect(passkeyNameFor("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131")).toBe("Passkey on Windows");
    expect(passkeyNameFor(null)).toBe("Passkey");
  });
});

describe("how the client signs in, on the Access tab", () => {
  it("says 'Password · 2 passkeys'", async () => {
    const { signInMethodsWords } = await import("../../src/portal-access/access-tab");
    expect(signInMethodsWords(true, 2)).toBe("Password · 2 passkeys");
    expect(signInMethodsWords(true, 1)).toBe("Password · 1 passkey");
    expect(signInMethodsWords(true, 0)).toBe("Password");
    expect(signInMethodsWords(false, 0)).toBe("Nothing yet: no password set");
  });
});
