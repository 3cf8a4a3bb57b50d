// Security headers on every response the Worker makes and on the static assets served before it
// runs; and Server-Timing (D1 and KV cost per request) shown to anonymous visitors only outside
// production, where it would tell a stranger how much work a sign-in did for an email.

import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../src/app";
import { BASE, get, makeSignedInAgency, makeTraveler, post } from "../fixtures";
import { cookieFrom, portalSetUp } from "../portal/helpers";

const PERMISSIONS = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  // Passkeys (SPEC §13) will need WebAuthn on our own pages.
  "publickey-credentials-get=(self)",
  "publickey-credentials-create=(self)",
];

function expectSecurityHeaders(res: Response, what: string) {
  const policy = (res.headers.get("Permissions-Policy") ?? "").split(/,\s*/);
  expect(policy, what).toEqual(expect.arrayContaining(PERMISSIONS));
  // Agrees with CSP frame-ancestors 'none', for browsers that only know the older header.
  expect(res.headers.get("X-Frame-Options"), what).toBe("DENY");
  expect(res.headers.get("Content-Security-Policy"), what).toContain("frame-ancestors 'none'");
  expect(res.headers.get("Strict-Transport-Security"), what).toMatch(/^max-age=\d{8}/);
  expect(res.headers.get("X-Content-Type-Options"), what).toBe("nosniff");
}

describe("security headers", () => {
  it("go on pages, redirects, errors and token pages alike", async () => {
    const { slug } = await portalSetUp("active");
    const { cookie } = await makeSignedInAgency();
    const responses: [string, Response][] = [
      ["sign-in page", await get("/login")],
      ["dashboard page", await get("/trips", cookie)],
      ["redirect to sign-in", await get("/trips")],
      ["404", await get("/no-such-page")],
      ["portal sign-in", await get(`/portal/${slug}/login`)],
      ["dead claim link", await get(`/portal/${slug}/claim/not-a-real-token`)],
      ["refused form", await post("/login", { email: "x" }, undefined, { Origin: "https://evil.example" })],
      ["theme stylesheet", await get("/theme.css?c=9d2463")],
    ];
    for (const [what, res] of responses) expectSecurityHeaders(res, `${what} (${res.status})`);
  });

  it("go on static assets too (public/_headers), which are served before the Worker runs", async () => {
    for (const path of ["/favicon.svg", "/css/app.css", "/js/portal.js"]) {
      const res = await env.ASSETS!.fetch(new Request(`${BASE}${path}`));
      expect(res.status, path).toBe(200);
      expect(res.headers.get("X-Content-Type-Options"), path).toBe("nosniff");
      expect(res.headers.get("Strict-Transport-Security"), path).toMatch(/^max-age=\d{8}/);
    }
  });
});

describe("Server-Timing", () => {
  const production = {
    ...env,
    ENVIRONMENT: "production",
    POSTMARK_TOKEN: "x",
    POSTMARK_WEBHOOK_SECRET: "production-webhook-secret",
    PASSWORD_HASH_COST: undefined,
  };
  const app = buildApp();
  const inProduction = (path: string, cookie?: string) =>
    app.fetch(
      new Request(`${BASE}${path}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" }),
      production,
      createExecutionContext(),
    );

  it("is sent in production only to a signed-in advisor or client", async () => {
    const { slug, contact } = await portalSetUp("active");
    const { CLIENT_PASSWORD } = await import("../fixtures");
    const client = cookieFrom(
      await post(`/portal/${slug}/login`, { email: contact.email!, password: CLIENT_PASSWORD }),
    );
    const { cookie: advisor } = await makeSignedInAgency();

    for (const path of ["/login", `/portal/${slug}/login`, "/trips", `/portal/${slug}`, "/no-such-page"]) {
      const res = await inProduction(path);
      expect(res.headers.get("Server-Timing"), `${path} signed out`).toBeNull();
    }
    const trips = await inProduction("/trips", advisor);
    expect(trips.status).toBe(200);
    expect(trips.headers.get("Server-Timing")).toMatch(/d1;dur=/);
    const home = await inProduction(`/portal/${slug}`, client);
    expect(home.status).toBe(200);
    expect(home.headers.get("Server-Timing")).toMatch(/d1;dur=/);
  });

  it("is sent on every response outside production (development, tests and the bench read it)", async () => {
    const t = await makeTraveler("active");
    expect((await get("/login")).headers.get("Server-Timing")).toMatch(/d1;dur=/);
    expect((await get("/no-such-page")).headers.get("Server-Timing")).toMatch(/d1;dur=/);
    expect((await get("/trips", t.cookie)).headers.get("Server-Timing")).toMatch(/d1;dur=/);
  });
});
