// The advisor's buttons through the Worker's routes with Gmail configured: the trip page's
// send button and the Access tab say truthfully which way the email went. Google and Postmark
// are faked by replacing fetch in this isolate; D1 and KV are the real local ones.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { accountOf, eventsOf, makeAccount, makeAgency, makeContact, makeDocument, makeTrip, outbox, signIn, type SeedState } from "../fixtures";
import { FakeGoogle } from "./fake-google";
import { advisorGmailRow, appGet, appPost, gmailEnv, storeGmailConnection } from "./helpers";

let google: FakeGoogle;
beforeEach(() => {
  google = new FakeGoogle();
  vi.spyOn(globalThis, "fetch").mockImplementation(google.fetch);
});
afterEach(() => vi.restoreAllMocks());

/** Postmark configured too, as in production. */
const withPostmark = gmailEnv({ POSTMARK_TOKEN: "pm-test-token" });

async function setUp(state: SeedState = "none") {
  const { agency, advisor } = await makeAgency({ name: "Pride Travelers" });
  const contact = await makeContact(agency.id, { firstName: "Ana", lastName: "Souza" });
  const trip = await makeTrip(agency.id, [{ contactId: contact.id, isPrimary: true }]);
  const account = await makeAccount(agency.id, contact, state, advisor.id);
  const refreshToken = google.issueRefreshToken("pat@gmail.com");
  await storeGmailConnection(advisor.id, refreshToken);
  return { agency, advisor, contact, trip, account, refreshToken, cookie: await signIn(advisor) };
}

const toastOf = (res: Response) => (JSON.parse(res.headers.get("HX-Trigger") ?? "{}") as { toast?: { message: string; kind: string } }).toast;

describe("the toast and the Access tab name the channel", () => {
  it("says 'via Gmail' on the trip page's button and in the Access tab when Gmail sent it", async () => {
    const { contact, trip, cookie } = await setUp();

    const res = await appPost(`/trips/${trip.id}/travelers/${contact.id}/portal`, {}, cookie, { "HX-Request": "true" }, withPostmark);

    expect(res.status).toBe(200);
    expect(toastOf(res)).toEqual({ message: `Invite sent to ${contact.email} via Gmail`, kind: "ok", target: "body" });
    expect(google.gmailSent).toHaveLength(1);
    expect(google.postmarkSent).toHaveLength(0);
    const tab = await (await appGet(`/contacts/${contact.id}/access`, cookie, withPostmark)).text();
    expect(tab).toMatch(/<dd id="latest-delivery">Invite sent to [^<]*via Gmail · Sent/);
  });

  it("says 'via Postmark' and asks for a reconnect in Settings when Google refused the connection", async () => {
    const { advisor, contact, cookie, refreshToken } = await setUp("pending");
    google.revokeOutsideTrips(refreshToken);

    const res = await appPost(`/contacts/${contact.id}/access/resend`, {}, cookie, { "HX-Request": "true" }, withPostmark);

    expect(res.status).toBe(200);
    expect(toastOf(res)).toEqual({ message: `Invite sent to ${contact.email} via Postmark`, kind: "ok", target: "body" });
    const tab = await res.text();
    expect(tab).toMatch(/<dd id="latest-delivery">Invite resent to [^<]*via Postmark · Sent/);
    expect(tab).not.toContain("via Gmail");
    expect((await advisorGmailRow(advisor.id))!.gmail_status).toBe("needs_reconnect");
    const settings = await (await appGet("/settings", cookie, withPostmark)).text();
    expect(settings).toContain("Reconnect Gmail</button>");
  });

  it("keeps the dev outbox when Gmail isn't configured on this server, even for a connected advisor", async () => {
    const { contact, trip, cookie } = await setUp();
    const notConfigured = gmailEnv({ GOOGLE_CLIENT_ID: undefined });

    const res = await appPost(`/trips/${trip.id}/travelers/${contact.id}/portal`, {}, cookie, { "HX-Request": "true" }, notConfigured);

    expect(toastOf(res)?.message).toBe(`Invite sent to ${contact.email} via the dev outbox`);
    expect(google.requests).toHaveLength(0);
  });
});

describe("only sends an advisor triggers go through Gmail", () => {
  it("sends the auto-invite on first share through Postmark even when the sharing advisor has Gmail connected", async () => {
    const { agency, advisor } = await makeAgency({ name: "Pride Travelers", autoInviteOnFirstShare: true });
    const contact = await makeContact(agency.id, { firstName: "Ana", lastName: "Souza" });
    const trip = await makeTrip(agency.id, [{ contactId: contact.id, isPrimary: true }]);
    const invoice = await makeDocument(agency.id, trip.id);
    await storeGmailConnection(advisor.id, google.issueRefreshToken());

    const res = await appPost(`/trips/${trip.id}/documents/${invoice.id}/share`, {}, await signIn(advisor), { "HX-Request": "true" }, withPostmark);

    expect(toastOf(res)?.message).toContain(`Portal invite sent to ${contact.email} via Postmark`);
    expect(google.postmarkSent).toHaveLength(1);
    expect(google.requests.filter((r) => new URL(r.url).hostname.endsWith("google.test"))).toHaveLength(0);
    const account = await accountOf(contact.id);
    expect((await eventsOf(account!.id))[0]).toMatchObject({ kind: "invited", channel: "postmark" });
  });

  it("sends a client's own forgot-password request from the agency's address, never the advisor's Gmail", async () => {
    const { agency, contact, account } = await setUp("active");
    const before = (await outbox()).length;

    const res = await appPost(`/portal/${agency.portalSlug}/forgot`, { email: contact.email! }, undefined, {}, gmailEnv());

    expect(res.status).toBe(200);
    expect(await outbox()).toHaveLength(before + 1);
    expect((await eventsOf(account!.id)).at(-1)).toMatchObject({ kind: "reset_sent", channel: "outbox" });
    expect(google.requests).toHaveLength(0);
  });
});
