// Settings → Gmail through the Worker's routes, with Google faked at the fetch boundary and
// real local D1 and KV: connect (state and PKCE checked, replay refused), what Settings shows
// in each state, and disconnect.
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cacheAccessToken, refreshTokenPurpose } from "../../src/gmail/access-token";
import { unsealSecret } from "../../src/lib/seal";
import { FakeGoogle, GMAIL_SEND_SCOPE, GOOGLE_ENV } from "../fakes";
import { d1RoundTrips, makeSignedInAgency, signIn } from "../fixtures";
import { advisorGmailRow, appGet, appPost, connectGmail, flashOf, GOOGLE, gmailEnv, kvKeys } from "./helpers";

let google: FakeGoogle;
beforeEach(() => {
  google = new FakeGoogle();
  vi.spyOn(globalThis, "fetch").mockImplementation(google.fetch);
});
afterEach(() => vi.restoreAllMocks());

const setUp = () => makeSignedInAgency({ name: "Pride Travelers" });

/** Clicks Connect Gmail and returns where the browser is sent. */
async function startConnect(cookie: string) {
  const res = await appPost("/settings/gmail/connect", {}, cookie);
  expect(res.status).toBe(303);
  return new URL(res.headers.get("Location")!);
}

const callback = (params: Record<string, string>, cookie: string) =>
  appGet(`/settings/gmail/callback?${new URLSearchParams(params)}`, cookie);

describe("Connect Gmail", () => {
  it("sends the advisor to Google's consent page with PKCE (S256), a fresh state, offline access and the gmail.send, openid and email scopes", async () => {
    const { advisor, cookie } = await setUp();

    const url = await startConnect(cookie);

    expect(`${url.origin}${url.pathname}`).toBe(GOOGLE_ENV.GOOGLE_AUTH_URL);
    const q = url.searchParams;
    expect(q.get("client_id")).toBe(GOOGLE_ENV.GOOGLE_CLIENT_ID);
    expect(q.get("redirect_uri")).toBe("https://portal.test/settings/gmail/callback");
    expect(q.get("response_type")).toBe("code");
    expect(q.get("scope")!.split(" ").sort()).toEqual(["email", GMAIL_SEND_SCOPE, "openid"].sort());
    expect(q.get("access_type")).toBe("offline");
    expect(q.get("prompt")).toBe("consent");
    expect(q.get("code_challenge_method")).toBe("S256");
    expect(q.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.get("state")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The state lives in KV for ten minutes, bound to this advisor and session, with the verifier.
    const [key] = await kvKeys(`gmail-oauth-state:${q.get("state")}`);
    expect(key!.expiration! - Date.now() / 1000).toBeGreaterThan(590);
    expect(key!.expiration! - Date.now() / 1000).toBeLessThanOrEqual(601);
    const stored = JSON.parse((await env.SESSIONS.get(key!.name))!);
    expect(stored).toMatchObject({ advisorId: advisor.id });
    expect(stored.codeVerifier).not.toBe(q.get("code_challenge"));
    expect(google.requests).toHaveLength(0);
  });

  it("defaults to Google's real endpoints when only the client and seal key are configured", async () => {
    const { cookie } = await setUp();
    const bindings = gmailEnv({
      GOOGLE_AUTH_URL: undefined,
      GOOGLE_TOKEN_URL: undefined,
      GOOGLE_REVOKE_URL: undefined,
      GMAIL_API_URL: undefined,
    });

    const res = await appPost("/settings/gmail/connect", {}, cookie, {}, bindings);

    expect(res.headers.get("Location")).toMatch(/^https:\/\/accounts\.google\.com\/o\/oauth2\/v2\/auth\?/);
  });

  it("lets the Settings page's form lead to Google: form-action allows Google's consent page", async () => {
    const { cookie } = await setUp();

    const res = await appGet("/settings", cookie);

    expect(res.headers.get("Content-Security-Policy")).toContain("form-action 'self' https://accounts.google.test;");
  });

  it("connects on Google's callback: checks the PKCE verifier, stores the account's email and the refresh token sealed as JWE", async () => {
    const { advisor, cookie } = await setUp();
    const url = await startConnect(cookie);
    const code = google.consent(url.toString(), { email: "pat@gmail.com" });

    const res = await callback(
      { state: url.searchParams.get("state")!, code, scope: `email openid ${GMAIL_SEND_SCOPE}` },
      cookie,
    );

    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/settings");
    expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(flashOf(res)).toEqual({
      message: "Gmail connected as pat@gmail.com. Invites, resends and resets you send now go out from that address.",
      kind: "ok",
    });
    const [exchange] = google.calls("/token");
    expect(exchange!.form.get("grant_type")).toBe("authorization_code");
    expect(exchange!.form.get("code")).toBe(code);
    expect(exchange!.form.get("redirect_uri")).toBe("https://portal.test/settings/gmail/callback");
    expect(exchange!.form.get("code_verifier")).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const row = await advisorGmailRow(advisor.id);
    expect(row).toMatchObject({ gmail_email: "pat@gmail.com", gmail_status: "connected" });
    // Not readable in D1: a compact JWE (five base64url segments, dir + A256GCM) that only the seal key opens.
    const sealed = row!.gmail_refresh_token_sealed!;
    const segments = sealed.split(".");
    expect(segments).toHaveLength(5);
    expect(segments[1]).toBe("");
    expect(JSON.parse(atob(segments[0]!.replace(/-/g, "+").replace(/_/g, "/")))).toMatchObject({
      alg: "dir",
      enc: "A256GCM",
    });
    const refreshToken = await unsealSecret(sealed, GOOGLE.sealKey, refreshTokenPurpose(advisor.id));
    expect(refreshToken).toMatch(/^1\/\/0g/);
    expect(sealed).not.toContain(refreshToken!);
    expect(
      JSON.stringify(await env.DB.prepare("SELECT * FROM advisors WHERE id = ?").bind(advisor.id).first()),
    ).not.toContain(refreshToken!);
    expect(
      await unsealSecret(sealed, "another-seal-key-0123456789abcdef0123456", refreshTokenPurpose(advisor.id)),
    ).toBeNull();
    // Sealed for this advisor: the same value copied to another advisor's row does not open.
    expect(await unsealSecret(sealed, GOOGLE.sealKey, refreshTokenPurpose("adv_someone_else"))).toBeNull();

    const page = await (await appGet("/settings", cookie)).text();
    expect(page).toContain("Connected as <strong>pat@gmail.com</strong>");
    expect(page).toContain('action="/settings/gmail/disconnect"');
    expect(page).not.toContain("Connect Gmail</button>");
  });

  it("refuses a wrong PKCE verifier: Google rejects the exchange and nothing is stored", async () => {
    const { advisor, cookie } = await setUp();
    const url = await startConnect(cookie);
    // A code issued for a different challenge, as if an attacker injected their own code.
    const forged = new URL(url);
    forged.searchParams.set("code_challenge", "A".repeat(43));
    const code = google.consent(forged.toString());

    const res = await callback({ state: url.searchParams.get("state")!, code }, cookie);

    expect(flashOf(res)?.kind).toBe("error");
    expect(flashOf(res)?.message).toContain("Google didn't complete the connection");
    expect(await advisorGmailRow(advisor.id)).toEqual({
      gmail_email: null,
      gmail_refresh_token_sealed: null,
      gmail_status: null,
    });
  });

  it("refuses an unknown state without calling Google", async () => {
    const { advisor, cookie } = await setUp();
    const url = await startConnect(cookie);
    const code = google.consent(url.toString());

    const res = await callback({ state: "B".repeat(43), code }, cookie);

    expect(flashOf(res)).toEqual({
      message: "That Gmail sign-in has expired or was already used. Nothing was connected; try Connect Gmail again.",
      kind: "error",
    });
    expect(google.calls("/token")).toHaveLength(0);
    expect((await advisorGmailRow(advisor.id))!.gmail_status).toBeNull();
  });

  it("refuses a replayed callback: the state works once", async () => {
    const { advisor, cookie } = await setUp();
    const url = await startConnect(cookie);
    const state = url.searchParams.get("state")!;
    const first = await callback({ state, code: google.consent(url.toString(), { email: "pat@gmail.com" }) }, cookie);
    expect(flashOf(first)?.kind).toBe("ok");
    const stored = await advisorGmailRow(advisor.id);

    const replay = await callback(
      { state, code: google.consent(url.toString(), { email: "mallory@gmail.com" }) },
      cookie,
    );

    expect(flashOf(replay)?.message).toBe(
      "That Gmail sign-in has expired or was already used. Nothing was connected; try Connect Gmail again.",
    );
    expect(google.calls("/token")).toHaveLength(1);
    expect(await advisorGmailRow(advisor.id)).toEqual(stored);
    expect(await kvKeys(`gmail-oauth-state:${state}`)).toHaveLength(0);
  });

  it("refuses a callback that arrives in another session than the one that started it, even the same advisor's", async () => {
    const { advisor, cookie } = await setUp();
    const url = await startConnect(cookie);
    const code = google.consent(url.toString());
    const otherSession = await signIn(advisor);

    const res = await callback({ state: url.searchParams.get("state")!, code }, otherSession);

    expect(flashOf(res)).toEqual({
      message: "That Gmail sign-in was started in another session. Nothing was connected; try Connect Gmail again.",
      kind: "error",
    });
    expect(google.calls("/token")).toHaveLength(0);
    expect((await advisorGmailRow(advisor.id))!.gmail_status).toBeNull();
  });

  it("refuses another advisor's state: Pat's callback can't connect a Gmail to Sam's account", async () => {
    const pat = await setUp();
    const sam = await makeSignedInAgency({ name: "Blue Horizon Journeys" });
    const url = await startConnect(pat.cookie);
    const code = google.consent(url.toString(), { email: "pat@gmail.com" });

    const res = await callback({ state: url.searchParams.get("state")!, code }, sam.cookie);

    expect(flashOf(res)?.message).toContain("started in another session");
    expect((await advisorGmailRow(sam.advisor.id))!.gmail_email).toBeNull();
    expect((await advisorGmailRow(pat.advisor.id))!.gmail_email).toBeNull();
  });

  it.each([
    ["a state that is not 43 base64url characters", { state: "short", code: "4/0Axyz" }],
    ["no code and no error", { state: "C".repeat(43) }],
    ["no state", { code: "4/0Axyz" }],
  ])("refuses a callback with %s before looking anything up", async (_name, params) => {
    const { advisor, cookie } = await setUp();

    const res = await callback(params as Record<string, string>, cookie);

    expect(flashOf(res)).toEqual({
      message: "Google's answer was incomplete. Nothing was connected; try Connect Gmail again.",
      kind: "error",
    });
    expect(google.requests).toHaveLength(0);
    expect((await advisorGmailRow(advisor.id))!.gmail_status).toBeNull();
  });

  it("says so when the advisor declines on Google's page, and uses up the state", async () => {
    const { advisor, cookie } = await setUp();
    const url = await startConnect(cookie);

    const res = await callback({ state: url.searchParams.get("state")!, error: "access_denied" }, cookie);

    expect(flashOf(res)).toEqual({ message: "Gmail was not connected: you declined on Google's page.", kind: "error" });
    expect(google.calls("/token")).toHaveLength(0);
    expect((await advisorGmailRow(advisor.id))!.gmail_status).toBeNull();
  });

  it("refuses a grant without gmail.send (the advisor unticked it) and hands the grant back to Google", async () => {
    const { advisor, cookie } = await setUp();
    const url = await startConnect(cookie);
    const code = google.consent(url.toString(), { scope: "openid https://www.googleapis.com/auth/userinfo.email" });

    const res = await callback({ state: url.searchParams.get("state")!, code }, cookie);

    expect(flashOf(res)?.message).toBe(
      "Gmail was not connected: Google didn't grant permission to send email. Connect again and tick “Send email on your behalf”.",
    );
    expect(google.calls("/revoke")).toHaveLength(1);
    expect(google.isRevoked(google.calls("/revoke")[0]!.form.get("token")!)).toBe(true);
    expect(await advisorGmailRow(advisor.id)).toEqual({
      gmail_email: null,
      gmail_refresh_token_sealed: null,
      gmail_status: null,
    });
  });

  it("refuses a cross-site Connect Gmail post", async () => {
    const { cookie } = await setUp();
    const statesBefore = (await kvKeys("gmail-oauth-state:")).length;

    const res = await appPost("/settings/gmail/connect", {}, cookie, { Origin: "https://evil.example" });

    expect(res.status).toBe(403);
    expect(res.headers.get("Location")).toBeNull();
    expect(await kvKeys("gmail-oauth-state:")).toHaveLength(statesBefore);
  });

  it("sends a signed-out visitor to sign in instead of to Google", async () => {
    const res = await appPost("/settings/gmail/connect", {});

    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/login?next=%2Fsettings%2Fgmail%2Fconnect");
  });
});

describe("Settings → Gmail card", () => {
  it("tells advisors Gmail isn't available here (no setting names) instead of showing a Connect button", async () => {
    const { cookie } = await setUp();
    const bindings = gmailEnv({ GOOGLE_CLIENT_ID: undefined, GOOGLE_CLIENT_SECRET: "", TOKEN_SEAL_KEY: undefined });

    const page = await (await appGet("/settings", cookie, bindings)).text();

    expect(page).toContain("Gmail sending isn&#39;t available on this Trips server yet.");
    expect(page).not.toContain("GOOGLE_CLIENT_ID");
    expect(page).not.toContain('action="/settings/gmail/connect"');
    const post = await appPost("/settings/gmail/connect", {}, cookie, {}, bindings);
    expect(flashOf(post)).toEqual({
      message:
        "Gmail sending isn't available on this Trips server yet. Invites go out by email from your agency's address.",
      kind: "error",
    });
  });

  it("offers Connect Gmail to an advisor who hasn't connected, in one D1 round trip", async () => {
    const { cookie } = await setUp();

    const res = await appGet("/settings", cookie);
    const page = await res.text();

    expect(page).toMatch(
      /<form method="post" action="\/settings\/gmail\/connect"><button type="submit" class="btn btn-primary">Connect Gmail<\/button>/,
    );
    expect(page).not.toContain("Connected as");
    expect(d1RoundTrips(res)).toBe(1);
  });

  it("shows Reconnect Gmail with the reason when Google stopped accepting the connection", async () => {
    const { advisor, cookie } = await setUp();
    await connectGmail(google, advisor.id, "needs_reconnect");

    const page = await (await appGet("/settings", cookie)).text();

    expect(page).toContain("Google stopped accepting the connection to <strong>pat@gmail.com</strong>");
    expect(page).toContain("Reconnect Gmail</button>");
    expect(page).not.toContain("Connected as");
    // Reconnecting preselects the same Google account.
    expect((await startConnect(cookie)).searchParams.get("login_hint")).toBe("pat@gmail.com");
  });

  it("shows each advisor only their own connection", async () => {
    const pat = await setUp();
    const sam = await makeSignedInAgency({ name: "Pride Travelers" });
    await connectGmail(google, pat.advisor.id);

    const page = await (await appGet("/settings", sam.cookie)).text();

    expect(page).not.toContain("pat@gmail.com");
    expect(page).toContain("Connect Gmail</button>");
  });
});

describe("Disconnect", () => {
  it("revokes the refresh token at Google, forgets it and the cached access token, and offers Connect again", async () => {
    const { advisor, cookie } = await setUp();
    const { refreshToken, sealed } = await connectGmail(google, advisor.id);
    await cacheAccessToken(
      env.SESSIONS,
      GOOGLE,
      { advisorId: advisor.id, sealedRefreshToken: sealed },
      "ya29.cached",
      3599,
    );
    expect(await kvKeys(`gmail-access-token:${advisor.id}:`)).toHaveLength(1);

    const res = await appPost("/settings/gmail/disconnect", {}, cookie);

    expect(res.status).toBe(303);
    expect(flashOf(res)).toEqual({
      message: "Gmail disconnected. Trips can no longer send as you; invites go out from the agency's address again.",
      kind: "ok",
    });
    const [revoke] = google.calls("/revoke");
    expect(revoke!.form.get("token")).toBe(refreshToken);
    expect(google.isRevoked(refreshToken)).toBe(true);
    expect(await advisorGmailRow(advisor.id)).toEqual({
      gmail_email: null,
      gmail_refresh_token_sealed: null,
      gmail_status: null,
    });
    expect(await kvKeys(`gmail-access-token:${advisor.id}:`)).toHaveLength(0);
    const page = await (await appGet("/settings", cookie)).text();
    expect(page).toContain("Connect Gmail</button>");
  });

  it("still disconnects when Google has already revoked the token, and when Google can't be reached says so", async () => {
    const { advisor, cookie } = await setUp();
    const { refreshToken: alreadyRevoked } = await connectGmail(google, advisor.id, "needs_reconnect");
    google.revokeOutsideTrips(alreadyRevoked);

    const res = await appPost("/settings/gmail/disconnect", {}, cookie);
    expect(flashOf(res)?.message).toMatch(/^Gmail disconnected\. /);
    expect((await advisorGmailRow(advisor.id))!.gmail_email).toBeNull();

    await connectGmail(google, advisor.id);
    vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("Network connection lost."));
    const offline = await appPost("/settings/gmail/disconnect", {}, cookie);
    expect(flashOf(offline)?.message).toBe(
      "Gmail disconnected here, but Google didn't confirm it revoked access. You can remove Trips at myaccount.google.com/permissions.",
    );
    expect((await advisorGmailRow(advisor.id))!.gmail_refresh_token_sealed).toBeNull();
  });

  it("refuses a cross-site Disconnect and keeps the connection", async () => {
    const { advisor, cookie } = await setUp();
    await connectGmail(google, advisor.id);

    const res = await appPost("/settings/gmail/disconnect", {}, cookie, { Origin: "https://evil.example" });

    expect(res.status).toBe(403);
    expect((await advisorGmailRow(advisor.id))!.gmail_status).toBe("connected");
    expect(google.calls("/revoke")).toHaveLength(0);
  });
});
