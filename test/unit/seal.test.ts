// Sealed secrets (src/lib/seal.ts) are compact JWE, dir + A256GCM, written with WebCrypto
// (decision 017). jose, the library the stack names for JWE, is the oracle here: what we seal it
// opens, what it seals we open, and every tampering either of us could see is refused.
import { CompactEncrypt, compactDecrypt } from "jose";
import { describe, expect, it } from "vitest";
import { sealSecret, unsealSecret } from "../../src/lib/seal";

const SECRET = "a configured secret of any length";
const key = async (secret = SECRET) =>
  new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(secret)));

const joseSeal = async (value: string, purpose: string, header: Record<string, unknown> = {}) =>
  new CompactEncrypt(new TextEncoder().encode(value))
    .setProtectedHeader({ alg: "dir", enc: "A256GCM", purpose, ...header })
    .encrypt(await key());

describe("sealed secrets", () => {
  it("round-trips, and jose opens what we seal with the purpose in the protected header", async () => {
    const sealed = await sealSecret("1//refresh-token-ñ-✓", SECRET, "gmail:adv_1");
    expect(await unsealSecret(sealed, SECRET, "gmail:adv_1")).toBe("1//refresh-token-ñ-✓");
    const opened = await compactDecrypt(sealed, await key());
    expect(new TextDecoder().decode(opened.plaintext)).toBe("1//refresh-token-ñ-✓");
    expect(opened.protectedHeader).toEqual({ alg: "dir", enc: "A256GCM", purpose: "gmail:adv_1" });
  });

  it("opens what jose sealed (values stored before this code)", async () => {
    expect(await unsealSecret(await joseSeal("stored earlier", "gmail:adv_2"), SECRET, "gmail:adv_2")).toBe(
      "stored earlier",
    );
  });

  it("seals the same value differently each time (a fresh IV)", async () => {
    const [a, b] = await Promise.all([sealSecret("v", SECRET, "p"), sealSecret("v", SECRET, "p")]);
    expect(a).not.toBe(b);
  });

  it("refuses another purpose, another key, and every tampered part", async () => {
    const sealed = await sealSecret("secret value", SECRET, "gmail:adv_1");
    expect(await unsealSecret(sealed, SECRET, "gmail:adv_2")).toBeNull();
    expect(await unsealSecret(sealed, "another secret", "gmail:adv_1")).toBeNull();
    const parts = sealed.split(".");
    const flip = (text: string) => (text[0] === "A" ? "B" : "A") + text.slice(1);
    for (const i of [0, 2, 3, 4]) {
      const tampered = parts.map((p, j) => (j === i ? flip(p) : p)).join(".");
      expect(await unsealSecret(tampered, SECRET, "gmail:adv_1"), `part ${i}`).toBeNull();
    }
    // The purpose moved into a new header (re-encoded) breaks the authentication of the header.
    const header = JSON.parse(atob(parts[0]!.replace(/-/g, "+").replace(/_/g, "/")));
    const forged = btoa(JSON.stringify({ ...header, purpose: "gmail:adv_2" }))
      .replace(/\+/g, "-")
      .replace(/\//g, "_")
      .replace(/=+$/, "");
    expect(await unsealSecret([forged, ...parts.slice(1)].join("."), SECRET, "gmail:adv_2")).toBeNull();
  });

  it("refuses what isn't dir + A256GCM compact JWE, without throwing", async () => {
    for (const junk of ["", "a.b.c", "....", "not base64!..a.b.c", `${"x".repeat(10)}.key.iv.ct.tag`])
      expect(await unsealSecret(junk, SECRET, "p")).toBeNull();
    expect(await unsealSecret(await joseSeal("zipped", "p", { zip: "DEF" }), SECRET, "p")).toBeNull();
    const a128 = await new CompactEncrypt(new TextEncoder().encode("v"))
      .setProtectedHeader({ alg: "dir", enc: "A128GCM", purpose: "p" })
      .encrypt((await key()).slice(0, 16));
    expect(await unsealSecret(a128, SECRET, "p")).toBeNull();
  });
});
