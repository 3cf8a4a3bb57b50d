import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("smoke", () => {
  it("shows the sign-in page", async () => {
    const res = await exports.default.fetch("https://portal.test/login");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Sign in to your agency");
  });
});
