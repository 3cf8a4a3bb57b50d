// Password hashing cost: production hashes keep SPEC §8's scrypt parameters, the cheap test
// cost verifies the same way, and configuration refuses the test cost outside the test suite.
import { describe, expect, it } from "vitest";
import { type Bindings, readConfig } from "../../src/env";
import { dummyHashFor, hashPassword, PRODUCTION_SCRYPT, TEST_SCRYPT, verifyPassword } from "../../src/lib/password";

describe("hashPassword", () => {
  it("hashes with scrypt N=2^14, r=8, p=5 by default, and the hash verifies that password only", async () => {
    const hash = await hashPassword("correct horse battery");

    expect(hash).toMatch(/^scrypt\$16384\$8\$5\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
  });

  it("writes the cost it was given into the hash, and verifying reads it from there", async () => {
    const hash = await hashPassword("correct horse battery", TEST_SCRYPT);

    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("wrong", hash)).toBe(false);
  });

  it("spends an unknown email's check on a hash of the same cost that never verifies", async () => {
    expect(dummyHashFor(PRODUCTION_SCRYPT)).toMatch(/^scrypt\$16384\$8\$5\$/);
    expect(dummyHashFor(TEST_SCRYPT)).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await verifyPassword("", dummyHashFor(TEST_SCRYPT))).toBe(false);
    expect(await verifyPassword("correct horse battery", dummyHashFor(TEST_SCRYPT))).toBe(false);
  });
});

describe("readConfig: PASSWORD_HASH_COST", () => {
  const bindings = (overrides: Partial<Bindings>): Bindings =>
    ({
      ENVIRONMENT: "test",
      APP_BASE_URL: "https://portal.test",
      MAIL_FROM: "Trips <noreply@trips.example>",
      SESSION_SECRET: "test-session-secret-0123456789abcdef0123456789",
      ...overrides,
    }) as Bindings;

  it("hashes at production cost unless told otherwise", () => {
    expect(readConfig(bindings({})).scrypt).toEqual({ N: 2 ** 14, r: 8, p: 5 });
    expect(
      readConfig(
        bindings({
          ENVIRONMENT: "production",
          POSTMARK_TOKEN: "pm-token",
          POSTMARK_WEBHOOK_SECRET: "a-webhook-secret-of-some-length",
        }),
      ).scrypt,
    ).toEqual(PRODUCTION_SCRYPT);
  });

  it("uses the cheap test cost when ENVIRONMENT is test", () => {
    expect(readConfig(bindings({ PASSWORD_HASH_COST: "test" })).scrypt).toEqual(TEST_SCRYPT);
  });

  it.each(["production", "development"])("refuses PASSWORD_HASH_COST=test when ENVIRONMENT is %s", (environment) => {
    expect(() =>
      readConfig(bindings({ ENVIRONMENT: environment, POSTMARK_TOKEN: "pm-token", PASSWORD_HASH_COST: "test" })),
    ).toThrow(
      "Invalid configuration: PASSWORD_HASH_COST=test weakens password hashes and is only allowed when ENVIRONMENT is test",
    );
  });

  it("refuses any other cost name", () => {
    expect(() => readConfig(bindings({ PASSWORD_HASH_COST: "cheap" }))).toThrow(
      'PASSWORD_HASH_COST must be "test" or unset',
    );
  });
});
