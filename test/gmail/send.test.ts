// Sending portal mail through the advisor's Gmail: the service called directly with the Gmail
// transport first and Postmark second, Google and Postmark faked at the fetch boundary, real
// local D1 and KV. Checks the message Gmail receives byte by byte, the access-token cache, and
// the silent fallback to Postmark.
import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { ACCESS_TOKEN_EARLY_EXPIRY_SECONDS, accessTokenCacheKey, cacheAccessToken } from "../../src/gmail/access-token";
import { advisorGmailTransport } from "../../src/gmail/transport";
import { sha256Hex } from "../../src/lib/ids";
import type { PortalAction } from "../../src/portal-access/lifecycle";
import type { ActionOutcome } from "../../src/portal-access/service";
import { FakeGoogle, gmailError, hangs, readRawMessage } from "../fakes";
import {
  accountOf,
  BASE,
  claimTokenFrom,
  db,
  eventsOf,
  makeTraveler,
  performAs,
  postmarkVia,
  type SeedState,
  tokensOf,
} from "../fixtures";
import { advisorGmailRow, connectGmail, GOOGLE, kvKeys } from "./helpers";

let google: FakeGoogle;
beforeEach(() => {
  google = new FakeGoogle();
});

/** Zoë Brontë's advisor, with Gmail connected (or not), sends through Gmail first and Postmark second. */
async function setUp(
  opts: { agencyName?: string; state?: SeedState; gmailStatus?: "connected" | "needs_reconnect" | null } = {},
) {
  const traveler = await makeTraveler(opts.state, {
    agency: { name: opts.agencyName ?? "Pride Travelers" },
    contact: { firstName: "Zoë", lastName: "Brontë" },
  });
  const { advisor } = traveler;
  const { refreshToken, sealed } =
    opts.gmailStatus === null
      ? { refreshToken: google.issueRefreshToken(), sealed: null }
      : await connectGmail(google, advisor.id, opts.gmailStatus);
  const transports = [
    advisorGmailTransport({
      db,
      kv: env.SESSIONS,
      google: GOOGLE,
      agencyId: advisor.agencyId,
      advisorId: advisor.id,
      fetch: google.fetch,
      timeoutMs: 100,
    }),
    postmarkVia(google.fetch),
  ];
  const act = (action: PortalAction) => performAs(traveler, action, transports);
  return { ...traveler, refreshToken, sealed, act, owner: { advisorId: advisor.id, sealedRefreshToken: sealed ?? "" } };
}

function expectDelivered(
  outcome: ActionOutcome,
): asserts outcome is Extract<ActionOutcome, { ok: true }> & { delivery: { ok: true } } {
  if (!outcome.ok || !outcome.delivery?.ok)
    throw new Error(`expected a delivered email, got ${JSON.stringify(outcome)}`);
}

describe("Gmail: the message", () => {
  it("sends an invite as an RFC 5322 multipart/alternative message from 'Pat at <agency>' with UTF-8 encoded headers and the claim link in both parts", async () => {
    const { contact, act } = await setUp({ agencyName: "Viagens São João" });

    const outcome = await act("invite");

    expectDelivered(outcome);
    expect(google.gmailSent).toHaveLength(1);
    const message = readRawMessage(google.gmailSent[0]!.raw);
    // The wire form: 7-bit ASCII, CRLF line ends, no line over RFC 5322's 78 characters.
    expect(message.source).toMatch(/^[\x20-\x7e\r\n]*$/);
    expect(message.source.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of message.source.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    expect(message.rawHeaders).toMatch(/^From: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=/m);
    expect(message.rawHeaders).toMatch(/^Subject: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=/m);
    // Decoded, the headers say what the client sees.
    expect(message.headers.from).toBe("Pat at Viagens São João <pat@gmail.com>");
    expect(message.headers.to).toBe(contact.email);
    expect(message.headers.subject).toBe("Pat at Viagens São João invited you to your trip portal");
    expect(message.headers["mime-version"]).toBe("1.0");
    expect(message.headers["content-type"]).toMatch(/^multipart\/alternative; boundary="[^"]+"$/);
    expect(new Date(message.headers.date!).getTime()).toBeGreaterThan(Date.now() - 60_000);
    // Replies go to the advisor's Gmail itself.
    expect(message.headers["reply-to"]).toBeUndefined();

    expect(message.parts.map((p) => p.headers["content-type"])).toEqual([
      "text/plain; charset=UTF-8",
      "text/html; charset=UTF-8",
    ]);
    const [text, html] = message.parts;
    expect(text!.body).toContain("Your trip portal is ready, Zoë");
    expect(html!.body).toContain("Your trip portal is ready, Zoë");
    expect(html!.body).toContain("Viagens São João");
    const token = claimTokenFrom(text!.body);
    expect(html!.body).toContain(`href="${BASE}/portal/`);
    expect(claimTokenFrom(html!.body)).toBe(token);
    const account = await accountOf(contact.id);
    const [stored] = await tokensOf(account!.id);
    expect(stored!.token_hash).toBe(await sha256Hex(token));
  });

  it("records the channel and Gmail's message id on the event, and the toast says 'from your Gmail'", async () => {
    const { contact, act } = await setUp();

    const outcome = await act("invite");

    expectDelivered(outcome);
    expect(outcome.toast).toBe(`Invite sent to ${contact.email} from your Gmail`);
    expect(outcome.delivery).toEqual({ ok: true, channel: "gmail", messageId: google.gmailSent[0]!.id });
    const events = await eventsOf(outcome.accountId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "invited",
      channel: "gmail",
      provider_message_id: google.gmailSent[0]!.id,
      delivery_status: "sent",
      recipient: contact.email,
    });
    expect(google.postmark.sent).toHaveLength(0);
  });

  it.each([
    ["pending", "resend", "Invite sent", "invited you to your trip portal"],
    ["active", "reset", "Password reset sent", "password"],
  ] as const)("sends a %s account's %s through Gmail too", async (state, action, words, subjectPart) => {
    const { contact, act } = await setUp({ state });

    const outcome = await act(action);

    expectDelivered(outcome);
    expect(outcome.toast).toBe(`${words} to ${contact.email} from your Gmail`);
    expect(readRawMessage(google.gmailSent[0]!.raw).headers.subject!.toLowerCase()).toContain(subjectPart);
  });
});

describe("Gmail: access tokens", () => {
  it("mints an access token from the refresh token, sends with it, and caches it sealed in KV until just before it expires", async () => {
    const { advisor, refreshToken, owner, act } = await setUp();

    expectDelivered(await act("invite"));

    const [refresh] = google.calls("/token");
    expect(Object.fromEntries(refresh!.form)).toEqual({
      client_id: GOOGLE.clientId,
      client_secret: GOOGLE.clientSecret,
      grant_type: "refresh_token",
      refresh_token: refreshToken,
    });
    const [send] = google.calls("/gmail/v1/users/me/messages/send");
    const accessToken = google.gmailSent[0]!.accessToken;
    expect(send!.headers.get("Authorization")).toBe(`Bearer ${accessToken}`);
    const [key] = await kvKeys(`gmail-access-token:${advisor.id}:`);
    expect(key!.name).toBe(await accessTokenCacheKey(owner));
    const expectedExpiry = Date.now() / 1000 + google.expiresIn - ACCESS_TOKEN_EARLY_EXPIRY_SECONDS;
    expect(Math.abs(key!.expiration! - expectedExpiry)).toBeLessThan(5);
    const cached = (await env.SESSIONS.get(key!.name))!;
    expect(cached.split(".")).toHaveLength(5);
    expect(cached).not.toContain(accessToken);
  });

  it("reuses the cached access token for the next send instead of refreshing", async () => {
    const { act } = await setUp({ state: "pending" });

    expectDelivered(await act("resend"));
    expectDelivered(await act("resend"));

    expect(google.calls("/token")).toHaveLength(1);
    expect(google.gmailSent).toHaveLength(2);
    expect(google.gmailSent[1]!.accessToken).toBe(google.gmailSent[0]!.accessToken);
  });

  it("refreshes for every send when Google's tokens live too briefly to cache", async () => {
    const { advisor, act } = await setUp({ state: "pending" });
    google.expiresIn = ACCESS_TOKEN_EARLY_EXPIRY_SECONDS + 30;

    expectDelivered(await act("resend"));
    expectDelivered(await act("resend"));

    expect(google.calls("/token")).toHaveLength(2);
    expect(await kvKeys(`gmail-access-token:${advisor.id}:`)).toHaveLength(0);
  });

  it("mints a fresh access token once when Gmail refuses the cached one, and stays connected", async () => {
    const { advisor, owner, act } = await setUp();
    await cacheAccessToken(env.SESSIONS, GOOGLE, owner, "ya29.revoked-early", 3599);

    const outcome = await act("invite");

    expectDelivered(outcome);
    expect(outcome.delivery.channel).toBe("gmail");
    const sends = google.calls("/gmail/v1/users/me/messages/send");
    expect(sends.map((s) => s.headers.get("Authorization"))).toEqual([
      "Bearer ya29.revoked-early",
      `Bearer ${google.gmailSent[0]!.accessToken}`,
    ]);
    expect(google.calls("/token")).toHaveLength(1);
    expect((await advisorGmailRow(advisor.id))!.gmail_status).toBe("connected");
  });
});

describe("Gmail: falling back to Postmark", () => {
  it("sends through Postmark when Google answers invalid_grant, says it went 'by email from' the agency, and marks the connection needs_reconnect", async () => {
    const { advisor, contact, refreshToken, sealed, act } = await setUp();
    google.revokeOutsideTrips(refreshToken);

    const outcome = await act("invite");

    expectDelivered(outcome);
    expect(outcome.toast).toBe(`Invite sent to ${contact.email} by email from Pride Travelers`);
    expect(google.gmailSent).toHaveLength(0);
    expect(google.postmark.sent).toHaveLength(1);
    expect(google.postmark.sent[0]).toMatchObject({
      To: contact.email,
      From: '"Pride Travelers" <noreply@trips.example>',
    });
    const events = await eventsOf(outcome.accountId);
    expect(events.map((e) => e.kind)).toEqual(["invited"]);
    expect(events[0]).toMatchObject({
      channel: "postmark",
      delivery_status: "sent",
      provider_message_id: outcome.delivery.messageId,
    });
    // The connection is kept for Settings to name, but no longer used.
    expect(await advisorGmailRow(advisor.id)).toEqual({
      gmail_email: "pat@gmail.com",
      gmail_refresh_token_sealed: sealed,
      gmail_status: "needs_reconnect",
    });
  });

  it("does not ask Google again once the connection needs a reconnect", async () => {
    const { act } = await setUp({ state: "pending", gmailStatus: "needs_reconnect" });

    const outcome = await act("resend");

    expectDelivered(outcome);
    expect(outcome.delivery.channel).toBe("postmark");
    expect(google.requests.filter((r) => new URL(r.url).hostname.endsWith("google.test"))).toHaveLength(0);
  });

  it("uses Postmark without asking Google for an advisor who never connected Gmail", async () => {
    const { act } = await setUp({ gmailStatus: null });

    const outcome = await act("invite");

    expectDelivered(outcome);
    expect(outcome.delivery.channel).toBe("postmark");
    expect(google.requests.map((r) => new URL(r.url).hostname)).toEqual(["api.postmarkapp.com"]);
  });

  it.each([
    [
      "401 from Gmail with a freshly minted token",
      () => gmailError(401, "Request had invalid authentication credentials."),
    ],
    [
      "403 insufficient scopes (gmail.send was removed)",
      () => gmailError(403, "Request had insufficient authentication scopes.", "insufficientPermissions"),
    ],
  ])("falls back and marks needs_reconnect on %s", async (_name, answer) => {
    const { advisor, act } = await setUp();
    google.gmailAnswer = answer;

    const outcome = await act("invite");

    expectDelivered(outcome);
    expect(outcome.delivery.channel).toBe("postmark");
    expect((await advisorGmailRow(advisor.id))!.gmail_status).toBe("needs_reconnect");
    expect(await kvKeys(`gmail-access-token:${advisor.id}:`)).toHaveLength(0);
  });

  it.each([
    ["a Gmail 500", { gmail: () => new Response("Internal error", { status: 500 }) }],
    ["a Gmail 503", { gmail: () => gmailError(503, "The service is currently unavailable.", "backendError") }],
    ["a Gmail 429 rate limit", { gmail: () => gmailError(429, "Too many requests", "rateLimitExceeded") }],
    [
      "a Gmail 403 daily sending limit",
      { gmail: () => gmailError(403, "User-rate limit exceeded.", "userRateLimitExceeded") },
    ],
    ["a Gmail timeout", { gmail: hangs }],
    ["a token endpoint 500", { token: () => new Response("oops", { status: 500 }) }],
    ["a token endpoint timeout", { token: hangs }],
    [
      "a rejected client secret (invalid_client)",
      { token: () => Response.json({ error: "invalid_client" }, { status: 401 }) },
    ],
  ] as const)("falls back to Postmark on %s and leaves the connection as it was", async (_name, fault) => {
    const { advisor, contact, act } = await setUp();
    if ("gmail" in fault) google.gmailAnswer = fault.gmail;
    if ("token" in fault) google.tokenAnswer = fault.token;

    const outcome = await act("invite");

    expectDelivered(outcome);
    expect(outcome.toast).toBe(`Invite sent to ${contact.email} by email from Pride Travelers`);
    expect(google.postmark.sent).toHaveLength(1);
    expect((await advisorGmailRow(advisor.id))!.gmail_status).toBe("connected");
  });
});
