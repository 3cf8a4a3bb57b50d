// Sending portal mail through Postmark: the service is called directly with the real
// Postmark client, and the outside world is faked at the fetch boundary with answers shaped
// like Postmark's HTTP API. D1 and KV are the real local ones.
import { describe, expect, it, vi } from "vitest";
import { sha256Hex } from "../../src/lib/ids";
import type { PortalAction } from "../../src/portal-access/lifecycle";
import type { ActionOutcome } from "../../src/portal-access/service";
import { type Answer, FakePostmark, POSTMARK_EMAIL_URL, postmarkAnswer } from "../fakes";
import {
  accountOf,
  claimTokenFrom,
  eventsOf,
  get,
  makeTraveler,
  POSTMARK_TEST_TOKEN,
  performAs,
  postmarkVia,
  type SeedState,
  tokensOf,
} from "../fixtures";

async function setUp(state: SeedState = "none", email = "ana@example.com", agencyName = "Pride Travelers") {
  const traveler = await makeTraveler(state, {
    agency: { name: agencyName },
    contact: { firstName: "Ana", lastName: "Souza", email },
  });
  const act = (api: FakePostmark, action: PortalAction, transportOptions?: { timeoutSeconds?: number }) =>
    performAs(traveler, action, [postmarkVia(api.fetch, transportOptions)]);
  return { ...traveler, act };
}

function expectOk(outcome: ActionOutcome): asserts outcome is Extract<ActionOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`expected the action to go ahead, got ${JSON.stringify(outcome)}`);
}

describe("Postmark: a successful send", () => {
  it("posts to https://api.postmarkapp.com/email when no other API host is configured", async () => {
    const { act } = await setUp();
    const postmark = new FakePostmark();

    expectOk(await act(postmark, "invite"));

    expect(postmark.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`POST ${POSTMARK_EMAIL_URL}`]);
  });

  it("posts the invite with the server token, the agency as sender, the advisor as Reply-To and the claim link in both bodies", async () => {
    const { agency, advisor, contact, act } = await setUp();
    const postmark = new FakePostmark();

    const outcome = await act(postmark, "invite");
    expectOk(outcome);

    expect(postmark.requests).toHaveLength(1);
    const [req] = postmark.requests;
    expect(req!.method).toBe("POST");
    expect(new URL(req!.url).pathname).toBe("/email");
    expect(req!.headers.get("X-Postmark-Server-Token")).toBe(POSTMARK_TEST_TOKEN);
    expect(req!.headers.get("Accept")).toBe("application/json");
    expect(req!.headers.get("Content-Type")).toBe("application/json");

    const body = req!.json!;
    expect(body.From).toBe('"Pride Travelers" <noreply@trips.example>');
    expect(body.To).toBe(contact.email);
    expect(body.ReplyTo).toBe(advisor.email);
    expect(body.Subject).toBe("Pat at Pride Travelers invited you to your trip portal");
    expect(body.MessageStream).toBe("outbound");
    expect(body.Tag).toBe("portal-invite");

    const claimLink = new RegExp(
      `https://portal\\.test/portal/${agency.portalSlug}/claim/([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])`,
    );
    const inHtml = claimLink.exec(String(body.HtmlBody));
    const inText = claimLink.exec(String(body.TextBody));
    expect(inHtml?.[1]).toHaveLength(43);
    expect(inText?.[1]).toBe(inHtml?.[1]);

    // The link in the mail is the one D1 holds the hash of, and D1 holds only the hash.
    const tokens = await tokensOf(outcome.accountId);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.token_hash).toBe(await sha256Hex(inText![1]!));
    expect(JSON.stringify(tokens)).not.toContain(inText![1]!);
  });

  it("records the event as sent through Postmark with Postmark's message id, and says so in the toast", async () => {
    const { contact, act } = await setUp();
    const postmark = new FakePostmark();

    const outcome = await act(postmark, "invite");
    expectOk(outcome);

    expect(outcome.toast).toBe("Invite sent to ana@example.com by email from Pride Travelers");
    expect(outcome.delivery).toMatchObject({ ok: true, channel: "postmark" });
    const events = await eventsOf(outcome.accountId);
    expect(events).toHaveLength(1);
    const messageId = (outcome.delivery as { messageId: string }).messageId;
    expect(messageId).toMatch(/^pm-/);
    expect(events[0]).toMatchObject({
      kind: "invited",
      channel: "postmark",
      recipient: contact.email,
      provider_message_id: messageId,
      delivery_status: "sent",
    });
    expect(events.some((e) => e.kind === "send_failed")).toBe(false);
    expect((await accountOf(contact.id))!.status).toBe("pending");
  });

  it("sends a password reset for an active account through Postmark and tags it as a reset", async () => {
    const { contact, act } = await setUp("active");
    const postmark = new FakePostmark();

    const outcome = await act(postmark, "reset");
    expectOk(outcome);

    expect(outcome.toast).toBe("Password reset sent to ana@example.com by email from Pride Travelers");
    expect(postmark.requests[0]!.json!.Tag).toBe("portal-reset");
    expect(postmark.requests[0]!.json!.Subject).toBe("Choose a new password for your Pride Travelers trip portal");
    expect(claimTokenFrom(String(postmark.requests[0]!.json!.TextBody))).toHaveLength(43);
    expect((await accountOf(contact.id))!.status).toBe("active");
  });

  it("keeps header-breaking characters of the agency name out of the From header", async () => {
    const { act } = await setUp("none", "ana@example.com", 'Pride "Travelers"\r\nBcc: spy@evil.example <x>');
    const postmark = new FakePostmark();

    expectOk(await act(postmark, "invite"));

    const from = String(postmark.requests[0]!.json!.From);
    expect(from).not.toMatch(/[\r\n]/);
    expect(from).toMatch(/^"[^"]*" <noreply@trips\.example>$/);
    expect(from).toContain("Pride Travelers");
  });
});

/** API error 300 is any invalid request: the advisor can retry, the operator reads the log. */
const INVALID_REQUEST =
  "The agency's email service refused this email as an invalid request. Nothing was sent; try again, and if it keeps failing, ask whoever runs Trips to check the server log.";

const FAILURES: {
  name: string;
  answer: Answer;
  email: string;
  toast: string;
  transportOptions?: { timeoutSeconds: number };
}[] = [
  {
    name: "Postmark refuses the request as invalid, naming the To address (ErrorCode 300)",
    answer: postmarkAnswer.invalidAddress,
    email: "ana@example",
    toast: INVALID_REQUEST,
  },
  {
    name: "Postmark refuses the request as invalid for an empty body (ErrorCode 300)",
    answer: postmarkAnswer.emptyBody,
    email: "ana@example.com",
    toast: INVALID_REQUEST,
  },
  {
    name: "Postmark has marked the recipient inactive (ErrorCode 406)",
    answer: postmarkAnswer.inactiveRecipient,
    email: "ana@example.com",
    toast:
      "The agency's email service won't deliver to ana@example.com: mail to it bounced or was marked as spam before, so the address is inactive. Check the email address on the Contact info tab.",
  },
  {
    name: "Postmark answers 500",
    answer: postmarkAnswer.serverError,
    email: "ana@example.com",
    toast: "The agency's email service is having trouble right now. Nothing was sent; try again in a minute.",
  },
  {
    name: "Postmark rejects the server token (401, ErrorCode 10)",
    answer: postmarkAnswer.badToken,
    email: "ana@example.com",
    toast: "The agency's email service refused this server's token. Ask whoever runs Trips to check POSTMARK_TOKEN.",
  },
  {
    name: "the request is aborted (AbortError)",
    answer: postmarkAnswer.aborted,
    email: "ana@example.com",
    toast: "The agency's email service did not answer in time. Nothing was sent; try again in a minute.",
  },
  {
    name: "the request times out (TimeoutError)",
    answer: postmarkAnswer.timedOut,
    email: "ana@example.com",
    toast: "The agency's email service did not answer in time. Nothing was sent; try again in a minute.",
  },
  {
    name: "Postmark never answers and the client's own timeout fires",
    answer: postmarkAnswer.hangs,
    email: "ana@example.com",
    toast: "The agency's email service did not answer in time. Nothing was sent; try again in a minute.",
    transportOptions: { timeoutSeconds: 0.05 },
  },
];

describe("Postmark: a failed invite is reported in plain words, recorded, and can be retried", () => {
  it.each(FAILURES)(
    "records a send_failed event and keeps the account pending when $name; a resend then succeeds",
    async ({ answer, email, toast, transportOptions }) => {
      const { contact, advisor, act } = await setUp("none", email);
      const failing = new FakePostmark(answer);

      const outcome = await act(failing, "invite", transportOptions);
      expectOk(outcome);

      // The advisor reads what went wrong, in words, and nothing that looks like a stack trace.
      expect(failing.requests).toHaveLength(1);
      expect(outcome.delivery).toMatchObject({ ok: false, channel: "postmark" });
      expect(outcome.toast).toBe(toast);

      const account = await accountOf(contact.id);
      expect(account!.status).toBe("pending");
      expect(account!.password_hash).toBeNull();

      const events = await eventsOf(account!.id);
      expect(events.map((e) => e.kind)).toEqual(["invited", "send_failed"]);
      expect(events[0]).toMatchObject({
        channel: "postmark",
        recipient: email,
        delivery_status: "failed",
        provider_message_id: null,
      });
      expect(events[1]).toMatchObject({
        channel: "postmark",
        recipient: email,
        delivery_status: "failed",
        detail: toast,
        provider_message_id: null,
      });

      // Retry from the state the failure left: "Resend invite" goes through.
      const working = new FakePostmark();
      const retry = await act(working, "resend");
      expectOk(retry);
      expect(retry.toast).toBe(`Invite sent to ${email} by email from Pride Travelers`);
      expect(working.requests).toHaveLength(1);
      expect(working.requests[0]!.json).toMatchObject({ To: email, ReplyTo: advisor.email, MessageStream: "outbound" });

      expect((await accountOf(contact.id))!.status).toBe("pending");
      const after = await eventsOf(account!.id);
      expect(after.map((e) => e.kind)).toEqual(["invited", "send_failed", "resent"]);
      expect(after[2]).toMatchObject({
        channel: "postmark",
        recipient: email,
        delivery_status: "sent",
        provider_message_id: (retry.delivery as { messageId: string }).messageId,
      });

      // Only the link that actually went out works: the undelivered one is voided.
      const tokens = await tokensOf(account!.id);
      expect(tokens).toHaveLength(2);
      expect(tokens[0]!.voided_at).not.toBeNull();
      expect(tokens[1]!.voided_at).toBeNull();
      expect(tokens[1]!.token_hash).toBe(await sha256Hex(claimTokenFrom(String(working.requests[0]!.json!.TextBody))));
    },
  );

  it("leaves an active account active with its password when a password reset cannot be sent, and the reset can be retried", async () => {
    const { contact, act } = await setUp("active");
    const before = await accountOf(contact.id);

    const outcome = await act(new FakePostmark(postmarkAnswer.inactiveRecipient), "reset");
    expectOk(outcome);
    expect(outcome.toast).toBe(
      "The agency's email service won't deliver to ana@example.com: mail to it bounced or was marked as spam before, so the address is inactive. Check the email address on the Contact info tab.",
    );

    const account = await accountOf(contact.id);
    expect(account!.status).toBe("active");
    expect(account!.password_hash).toBe(before!.password_hash);
    const events = await eventsOf(account!.id);
    expect(events.map((e) => e.kind)).toEqual(["reset_sent", "send_failed"]);
    expect(events[1]!.detail).toBe(outcome.toast);

    const retry = await act(new FakePostmark(), "reset");
    expectOk(retry);
    expect(retry.toast).toBe("Password reset sent to ana@example.com by email from Pride Travelers");
    expect((await eventsOf(account!.id)).at(-1)).toMatchObject({
      kind: "reset_sent",
      channel: "postmark",
      delivery_status: "sent",
    });
  });
});

describe("Postmark's API errors mean what Postmark documents (https://postmarkapp.com/developer/api/overview#error-codes)", () => {
  it.each([
    ["an invalid To address", postmarkAnswer.invalidAddress, "ana@example"],
    ["an empty body", postmarkAnswer.emptyBody, "ana@example.com"],
    ["an illegal From", postmarkAnswer.illegalFrom, "ana@example.com"],
  ])(
    "300 for %s is a failed send to retry, logged for the operator, never blamed on the address",
    async (_, answer, email) => {
      const { contact, trip, cookie, act } = await setUp("none", email);
      const logged = vi.spyOn(console, "error").mockImplementation(() => {});
      const outcome = await act(new FakePostmark(answer), "invite");
      expectOk(outcome);
      expect(outcome.toast).toBe(INVALID_REQUEST);
      expect(outcome.toast).not.toContain(email);
      expect((await accountOf(contact.id))!.latest_delivery).toBe("failed");
      expect(logged.mock.calls.map((c) => c.join(" ")).join("\n")).toMatch(/ErrorCode 300/);
      logged.mockRestore();
      const row = await (await get(`/trips/${trip.id}`, cookie)).text();
      expect(row).not.toContain("Fix email");
      expect(row).toContain("Resend invite");
    },
  );

  it("406 (inactive recipient) is the address's problem: the row says Fix email", async () => {
    const { contact, trip, cookie, act } = await setUp("none");
    const outcome = await act(new FakePostmark(postmarkAnswer.inactiveRecipient), "invite");
    expectOk(outcome);
    expect((await accountOf(contact.id))!.latest_delivery).toBe("bounced");
    const row = await (await get(`/trips/${trip.id}`, cookie)).text();
    expect(row).toContain("Fix email");
  });
});
