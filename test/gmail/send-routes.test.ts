// The advisor's buttons through the Worker's routes with Gmail configured: the trip page's
// send button and the Access tab say truthfully which way the email went. Google and Postmark
// are faked by replacing fetch in this isolate; D1 and KV are the real local ones.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeGoogle } from "../fakes";
import {
  accountOf,
  eventsOf,
  makeDocument,
  makeTraveler,
  POSTMARK_TEST_TOKEN,
  portalMail,
  type SeedState,
  toastOf,
} from "../fixtures";
import { capturingQueue, deliver } from "../queues/helpers";
import { advisorGmailRow, appGet, appPost, connectGmail, gmailEnv } from "./helpers";

let google: FakeGoogle;
beforeEach(() => {
  google = new FakeGoogle();
  vi.spyOn(globalThis, "fetch").mockImplementation(google.fetch);
});
afterEach(() => vi.restoreAllMocks());

/** Postmark configured too, as in production. */
const withPostmark = gmailEnv({ POSTMARK_TOKEN: POSTMARK_TEST_TOKEN });

/** Ana's advisor, signed in, has connected Gmail. */
async function setUp(state: SeedState = "none") {
  const traveler = await makeTraveler(state);
  const { refreshToken } = await connectGmail(google, traveler.advisor.id);
  return { ...traveler, refreshToken };
}

describe("the toast and the Access tab name the channel", () => {
  it("says 'from your Gmail' in the trip page's toast and whose Gmail in the Access tab when Gmail sent it", async () => {
    const { advisor, contact, trip, cookie } = await setUp();

    const res = await appPost(
      `/trips/${trip.id}/travelers/${contact.id}/portal`,
      {},
      cookie,
      { "HX-Request": "true" },
      withPostmark,
    );

    expect(res.status).toBe(200);
    expect(toastOf(res)).toEqual({
      message: `Invite sent to ${contact.email} from your Gmail`,
      kind: "ok",
      target: "body",
    });
    expect(google.gmailSent).toHaveLength(1);
    expect(google.postmark.sent).toHaveLength(0);
    const tab = await (await appGet(`/contacts/${contact.id}/access`, cookie, withPostmark)).text();
    expect(tab).toContain(`from ${advisor.name}&#39;s Gmail · Sent`);
    expect(tab).toMatch(/<dd id="latest-delivery">Invite sent to [^<]* from [^<]+&#39;s Gmail · Sent/);
  });

  it("says 'by email from' the agency and asks for a reconnect in Settings when Google refused the connection", async () => {
    const { agency, advisor, contact, cookie, refreshToken } = await setUp("pending");
    google.revokeOutsideTrips(refreshToken);

    const res = await appPost(
      `/contacts/${contact.id}/access/resend`,
      {},
      cookie,
      { "HX-Request": "true" },
      withPostmark,
    );

    expect(res.status).toBe(200);
    expect(toastOf(res)).toEqual({
      message: `Invite sent to ${contact.email} by email from ${agency.name}`,
      kind: "ok",
      target: "body",
    });
    const tab = await res.text();
    expect(tab).toContain(
      `<dd id="latest-delivery">Invite resent to ${contact.email} by email from ${agency.name} · Sent`,
    );
    expect(tab).not.toContain("Postmark");
    expect(tab).not.toContain("s Gmail");
    expect((await advisorGmailRow(advisor.id))!.gmail_status).toBe("needs_reconnect");
    const settings = await (await appGet("/settings", cookie, withPostmark)).text();
    expect(settings).toContain("Reconnect Gmail</button>");
  });

  it("keeps the dev outbox when Gmail isn't configured on this server, even for a connected advisor", async () => {
    const { contact, trip, cookie } = await setUp();
    const notConfigured = gmailEnv({ GOOGLE_CLIENT_ID: undefined });

    const res = await appPost(
      `/trips/${trip.id}/travelers/${contact.id}/portal`,
      {},
      cookie,
      { "HX-Request": "true" },
      notConfigured,
    );

    expect(toastOf(res)?.message).toBe(`Invite sent to ${contact.email} via the dev outbox`);
    expect(google.requests).toHaveLength(0);
  });
});

describe("only sends an advisor triggers go through Gmail", () => {
  it("sends the auto-invite on first share through Postmark even when the sharing advisor has Gmail connected", async () => {
    const { agency, advisor, contact, trip, cookie } = await makeTraveler("none", {
      agency: { autoInviteOnFirstShare: true },
    });
    const invoice = await makeDocument(agency.id, trip.id);
    await connectGmail(google, advisor.id);
    const queue = capturingQueue();

    const res = await appPost(
      `/trips/${trip.id}/documents/${invoice.id}/share`,
      {},
      cookie,
      { "HX-Request": "true" },
      { ...withPostmark, MAIL: queue as never },
    );

    expect(toastOf(res)?.message).toContain(`Portal invite to ${contact.email} is on its way.`);
    // No click waits for it: it goes through the MAIL queue, whose consumer sends through Postmark.
    expect(google.postmark.sent).toHaveLength(0);
    await deliver(queue.messages, { bindings: withPostmark });
    expect(google.postmark.sent).toHaveLength(1);
    expect(google.requests.filter((r) => new URL(r.url).hostname.endsWith("google.test"))).toHaveLength(0);
    const account = await accountOf(contact.id);
    expect((await eventsOf(account!.id))[0]).toMatchObject({ kind: "invited", channel: "postmark" });
  });

  it("sends a client's own forgot-password request from the agency's address, never the advisor's Gmail", async () => {
    const { agency, contact, account } = await setUp("active");
    const mailToHer = () => portalMail(agency.portalSlug!, contact.email!);
    const before = (await mailToHer()).length;

    const queue = capturingQueue();
    const res = await appPost(
      `/portal/${agency.portalSlug}/forgot`,
      { email: contact.email! },
      undefined,
      {},
      gmailEnv({ MAIL: queue as never }),
    );

    expect(res.status).toBe(200);
    await deliver(queue.messages, { bindings: gmailEnv() });
    expect(await mailToHer()).toHaveLength(before + 1);
    expect((await eventsOf(account!.id)).at(-1)).toMatchObject({ kind: "reset_sent", channel: "outbox" });
    expect(google.requests).toHaveLength(0);
  });
});
