// The sign-in code's pure parts (SPEC §13): six uniform digits from the CSPRNG (rejection
// sampling, no modulo bias), what a person may type, and the HMAC that is all D1 keeps.
import { describe, expect, it } from "vitest";
import {
  generateSignInCode,
  hashSignInCode,
  isCodeLive,
  MAX_WRONG_CODES,
  normalizeSignInCode,
} from "../../src/portal-access/sign-in-codes";

describe("generateSignInCode", () => {
  it("draws again past the last whole million of 2^32, so no code is likelier than another", () => {
    const limit = 2 ** 32 - (2 ** 32 % 1_000_000);
    const draws = [limit, 2 ** 32 - 1, limit + 5, 42];
    expect(generateSignInCode(() => draws.shift()!)).toBe("000042");
    expect(draws).toEqual([]);
    expect(generateSignInCode(() => limit - 1)).toBe(String((limit - 1) % 1_000_000).padStart(6, "0"));
  });

  it("gives six digits from the CSPRNG", () => {
    const codes = new Set(Array.from({ length: 200 }, () => generateSignInCode()));
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(codes.size).toBeGreaterThan(190);
  });
});

describe("normalizeSignInCode", () => {
  it.each([
    ["048213", "048213"],
    [" 048 213 ", "048213"],
    ["048-213", "048213"],
    ["48213", null],
    ["0482134", null],
    ["04821a", null],
    ["", null],
  ])("%j → %j", (typed, code) => expect(normalizeSignInCode(typed)).toBe(code));
});

describe("hashSignInCode", () => {
  it("is an HMAC bound to the account and the secret, never the code itself", async () => {
    const hash = await hashSignInCode("secret-a", "pac_1", "048213");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain("048213");
    expect(await hashSignInCode("secret-a", "pac_1", "048213")).toBe(hash);
    expect(await hashSignInCode("secret-a", "pac_2", "048213")).not.toBe(hash);
    expect(await hashSignInCode("secret-b", "pac_1", "048213")).not.toBe(hash);
  });
});

describe("isCodeLive", () => {
  const now = new Date("2026-12-06T19:30:00Z");
  it.each([
    [1, 0, true],
    [0, 0, false],
    [-1, 0, false],
    [1, MAX_WRONG_CODES - 1, true],
    [1, MAX_WRONG_CODES, false],
  ])("expiring in %i ms with %i wrong entries: %s", (inMs, wrong, live) => {
    expect(isCodeLive({ expiresAt: new Date(now.getTime() + inMs), wrongAttempts: wrong }, now)).toBe(live);
  });
});
