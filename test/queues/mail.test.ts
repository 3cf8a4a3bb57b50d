// The MAIL queue (SPEC §11): the action's batch commits the state and an outbound row, the
// consumer sends once and records the result. Postmark is faked at the fetch boundary: a 500
// is retried, a refusal is final, retries exhausted end in the dead-letter queue as send_failed,
// and a redelivered message never sends twice.
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Bindings } from "../../src/env";
import { performPortalAction } from "../../src/portal-access/service";
import { bulkResend } from "../../src/portal-rollup/bulk";
import { postmarkAnswer } from "../fakes";
import {
  accountOf,
  eventsOf,
  get,
  mailSettled,
  makeTraveler,
  POSTMARK_TEST_TOKEN,
  portalMail,
  post,
} from "../fixtures";
import { capturingQueue, deliver, queuedDeps } from "./helpers";

const withPostmark = { ...(env as Bindings), POSTMARK_TOKEN: POSTMARK_TEST_TOKEN } as Bindings;

afterEach(() => vi.restoreAllMocks());

/** Postmark answering each /email call in turn with `answers` (the last one repeats). */
function fakePostmark(...answers: ((req: { json: Record<string, unknown> }) => Response)[]) {
  const calls: Record<string, unknown>[] = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes("postmarkapp.com")) throw new Error(`unexpected fetch ${url}`);
    const json = JSON.parse(String(init?.body ?? "{}"));
    calls.push(json);
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    return answer({ json });
  });
  return calls;
}
const ok = (req: { json: Record<string, unknown> }) =>
  postmarkAnswer.accepted({ json: req.json } as never, undefined) as Response;
const down = () => new Response("Internal Server Error", { status: 500 });
const inactive = () => postmarkAnswer.inactiveRecipient({} as never, undefined) as Response;

/** An advisor's resend, queued as bulk resend queues it: the outbound row and its message. */
async function queuedResend() {
  const t = await makeTraveler("pending");
  const queue = capturingQueue();
  const outcome = await performPortalAction(queuedDeps(queue), {
    agencyId: t.agency.id,
    contactId: t.contact.id,
    action: "resend",
    actor: { id: t.advisor.id, name: t.advisor.name, email: t.advisor.email },
  });
  if (!outcome.ok) throw new Error("resend refused");
  expect(outcome.queuedAs).toMatch(/^mob_/);
  expect(queue.messages).toHaveLength(1);
  return { ...t, message: queue.messages[0]!, outboundId: outcome.queuedAs! };
}

async function outboundRow(id: string) {
  return env.DB.prepare("SELECT * FROM mail_outbound WHERE id = ?").bind(id).first<Record<string, unknown>>();
}

describe("the mail queue", () => {
  it("commits the state and a queued outbound row first; the row holds no link", async () => {
    const t = await queuedResend();
    const row = await outboundRow(t.outboundId);
    expect(row).toMatchObject({ status: "queued", template: "invite", recipient: t.contact.email, attempts: 0 });
    expect(JSON.stringify(row)).not.toMatch(/\/claim\//);
    expect((await accountOf(t.contact.id))!.latest_delivery).toBe("sending");
    // The link rides in the message sealed for this row, not readable as a token.
    expect(t.message.sealedLink).not.toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("retries a Postmark 500 and sends once when Postmark is back", async () => {
    const t = await queuedResend();
    const calls = fakePostmark(down, ok);

    const first = await deliver([t.message], { bindings: withPostmark, attempts: 1 });
    expect(first.retryMessages).toHaveLength(1);
    expect(await outboundRow(t.outboundId)).toMatchObject({ status: "queued", attempts: 1 });
    expect((await outboundRow(t.outboundId))!.last_error).toContain("The agency's email service is having trouble");

    const second = await deliver([t.message], { bindings: withPostmark, attempts: 2 });
    expect(second.retryMessages).toHaveLength(0);
    expect(second.explicitAcks).toHaveLength(1);
    expect(calls).toHaveLength(2);
    expect(await outboundRow(t.outboundId)).toMatchObject({ status: "sent", attempts: 2, channel: "postmark" });
    const account = await accountOf(t.contact.id);
    expect(account!.latest_delivery).toBe("sent");
    const [resent] = (await eventsOf(account!.id)).filter((e) => e.kind === "resent");
    expect(resent).toMatchObject({ channel: "postmark", delivery_status: "sent" });
    expect(resent!.provider_message_id).toMatch(/^pm-/);

    // Redelivered after success: acked, nothing sent.
    const again = await deliver([t.message], { bindings: withPostmark, attempts: 3 });
    expect(again.explicitAcks).toHaveLength(1);
    expect(calls).toHaveLength(2);
  });

  it("sends a message delivered twice at once only once", async () => {
    const t = await queuedResend();
    const calls = fakePostmark(ok);
    await Promise.all([
      deliver([t.message], { bindings: withPostmark }),
      deliver([t.message], { bindings: withPostmark }),
    ]);
    expect(calls).toHaveLength(1);
  });

  it("ends in the dead-letter queue after Postmark fails every retry: one send_failed the advisor sees", async () => {
    const t = await queuedResend();
    const calls = fakePostmark(down);
    for (let attempt = 1; attempt <= 6; attempt++) {
      const result = await deliver([t.message], { bindings: withPostmark, attempts: attempt });
      expect(result.retryMessages).toHaveLength(1);
    }
    expect(calls).toHaveLength(6);

    // The queue moves it to the dead-letter queue, whose consumer records the failure (twice: once).
    await deliver([t.message], { bindings: withPostmark, queue: "trips-mail-dev-dlq" });
    await deliver([t.message], { bindings: withPostmark, queue: "trips-mail-dev-dlq" });
    expect(await outboundRow(t.outboundId)).toMatchObject({ status: "failed" });
    const account = await accountOf(t.contact.id);
    expect(account!.latest_delivery).toBe("failed");
    const failed = (await eventsOf(account!.id)).filter((e) => e.kind === "send_failed");
    expect(failed).toHaveLength(1);
    expect(failed[0]!.detail).toContain("The agency's email service is having trouble");
    const tab = await (await get(`/contacts/${t.contact.id}/access`, t.cookie)).text();
    expect(tab).toContain("Email could not be sent");
  });

  it("doesn't retry an address Postmark refuses: the row fails and the account shows it bounced", async () => {
    const t = await queuedResend();
    const calls = fakePostmark(inactive);
    const result = await deliver([t.message], { bindings: withPostmark });
    expect(result.retryMessages).toHaveLength(0);
    expect(calls).toHaveLength(1);
    expect(await outboundRow(t.outboundId)).toMatchObject({ status: "failed" });
    expect((await accountOf(t.contact.id))!.latest_delivery).toBe("bounced");
  });

  it("never sends a link that died before the consumer got to it (access disabled meanwhile)", async () => {
    const t = await queuedResend();
    const calls = fakePostmark(ok);
    await post(`/contacts/${t.contact.id}/access/cancel_disable`, { confirmed: "yes" }, t.cookie);
    expect((await accountOf(t.contact.id))!.status).toBe("disabled");
    await deliver([t.message], { bindings: withPostmark });
    expect(calls).toHaveLength(0);
    expect(await outboundRow(t.outboundId)).toMatchObject({ status: "cancelled" });
  });

  it("records send_failed at once when the queue itself refuses a bulk resend's batch", async () => {
    const t = await makeTraveler("pending");
    const refusing = {
      send: async () => {
        throw new Error("queue unavailable");
      },
      sendBatch: async () => {
        throw new Error("queue unavailable");
      },
    };
    const report = await bulkResend(queuedDeps(refusing), {
      agencyId: t.agency.id,
      contactIds: [t.contact.id],
      actor: { id: t.advisor.id, name: t.advisor.name, email: t.advisor.email },
    });
    expect(report).toMatchObject({ sent: 0, skipped: [{ contactId: t.contact.id, name: "Ana Souza" }] });
    expect(report.skipped[0]!.reason).toContain("The mail queue didn't take the email");
    const account = await accountOf(t.contact.id);
    expect(await mailSettled(account!.id, 100)).toMatchObject([{ status: "failed" }]);
    expect(account!.latest_delivery).toBe("failed");
    expect((await eventsOf(account!.id)).filter((e) => e.kind === "send_failed")).toHaveLength(1);
  });

  it("carries a client's forgot-password email through the real local queue, replying to the agency", async () => {
    const t = await makeTraveler("active", { agency: { timeZone: "Europe/Lisbon" } });
    const res = await post(`/portal/${t.agency.portalSlug}/forgot`, { email: t.contact.email! });
    expect(res.status).toBe(200);
    expect(await mailSettled(t.account!.id)).toMatchObject([{ status: "sent", template: "fresh_link" }]);
    const [mail] = await portalMail(t.agency.portalSlug!, t.contact.email!);
    expect(mail!.subject).toBe(`Your link to the ${t.agency.name} trip portal`);
    // Nobody clicked: replies go to the agency's contact address (its first advisor), not noreply@.
    expect(mail!.reply_to).toBe(t.advisor.email);
    // The expiry as the agency's clock reads it.
    expect(mail!.text).toMatch(
      /expires in 7 days, on \w+day, \w+ \d{1,2}, \d{4} at \d{1,2}:\d{2} [AP]M \(Western European Time\)\./,
    );
  });
});
