// The one-query floor the bench measures pages against (SPEC §12, issue 23): a signed-in
// client's session checked as the portal checks it, one D1 round trip, the portal's shell; and
// like every dev route, nothing at all in production configuration.
import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../src/app";
import { CLIENT_PASSWORD, d1RoundTrips, get, kvReads, makeTraveler, post } from "../fixtures";
import { cookieFrom } from "../portal/helpers";

async function signedInClient() {
  const t = await makeTraveler("active");
  const res = await post(`/portal/${t.agency.portalSlug}/login`, {
    email: t.contact.email!,
    password: CLIENT_PASSWORD,
  });
  return { ...t, clientCookie: cookieFrom(res) };
}

describe("the one-query floor", () => {
  it("checks the client's session as the portal home does and answers the portal's shell in one D1 round trip", async () => {
    const t = await signedInClient();
    const floor = await get(`/dev/floor/${t.agency.portalSlug}`, t.clientCookie);
    expect(floor.status).toBe(200);
    const html = await floor.text();
    expect(html).toContain('class="auth-card"');
    expect(html).toContain("One query answered 1.");
    expect(d1RoundTrips(floor)).toBe(1);
    const home = await get(`/portal/${t.agency.portalSlug}`, t.clientCookie);
    expect(home.status).toBe(200);
    // The same session path: the floor reads what the portal reads from KV.
    expect(kvReads(floor)).toBe(kvReads(home));
  });

  it("sends a visitor without a session to sign in, like the portal", async () => {
    const t = await makeTraveler("active");
    const res = await get(`/dev/floor/${t.agency.portalSlug}`);
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`/portal/${t.agency.portalSlug}/login`);
  });

  it("does not exist in production configuration", async () => {
    const t = await signedInClient();
    const production = { ...env, ENVIRONMENT: "production", POSTMARK_TOKEN: "x", PASSWORD_HASH_COST: undefined };
    const res = await buildApp().fetch(
      new Request(`https://portal.test/dev/floor/${t.agency.portalSlug}`, { headers: { Cookie: t.clientCookie } }),
      production,
      createExecutionContext(),
    );
    expect(res.status).toBe(404);
  });
});
