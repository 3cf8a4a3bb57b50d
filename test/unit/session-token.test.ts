// Session tokens: a token verified once is remembered by the isolate, but never past its expiry
// and never under another secret.
import { afterEach, describe, expect, it, vi } from "vitest";
import { readSessionToken, signSessionToken, verifySessionToken } from "../../src/sessions/jwt";

const SECRET = "a-secret-long-enough-for-hs256-tests-0001";
const OTHER = "another-secret-long-enough-for-hs256-tests";

const token = (lifetimeSeconds: number, sessionId = crypto.randomUUID()) =>
  signSessionToken(
    { subject: "adv_1", sessionId, issuedAt: new Date(), lifetimeSeconds, extra: { kind: "advisor" } },
    SECRET,
  );

afterEach(() => vi.useRealTimers());

describe("verifySessionToken", () => {
  it("answers the same payload again for a token it has verified, and it can't be changed", async () => {
    const t = await token(3600);
    const first = await verifySessionToken(t, SECRET);
    expect(first?.sub).toBe("adv_1");
    expect(await verifySessionToken(t, SECRET)).toBe(first);
    expect(() => {
      (first as { sub: string }).sub = "adv_2";
    }).toThrow();
  });

  it("refuses a remembered token once it expires, like one it has never seen", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-29T10:00:00Z") });
    const t = await token(60);
    expect(await verifySessionToken(t, SECRET)).not.toBeNull();
    vi.setSystemTime(new Date("2026-11-29T10:00:59Z"));
    expect(await verifySessionToken(t, SECRET)).not.toBeNull();
    vi.setSystemTime(new Date("2026-11-29T10:01:00Z"));
    expect(await verifySessionToken(t, SECRET)).toBeNull();
    expect(await readSessionToken(t, SECRET)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses a remembered token under another secret", async () => {
    const t = await token(3600);
    expect(await verifySessionToken(t, SECRET)).not.toBeNull();
    expect(await verifySessionToken(t, OTHER)).toBeNull();
    expect(await readSessionToken(t, OTHER)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a token whose signature was tampered with, even next to a remembered one", async () => {
    const t = await token(3600);
    expect(await verifySessionToken(t, SECRET)).not.toBeNull();
    const [head, body, signature] = t.split(".") as [string, string, string];
    const forged = [head, body, `${signature.slice(0, -2)}${signature.endsWith("AA") ? "BB" : "AA"}`].join(".");
    expect(await verifySessionToken(forged, SECRET)).toBeNull();
  });
});
