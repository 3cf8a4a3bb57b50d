// The MAIL queue's consumer reading Postmark's API errors as Postmark documents them
// (https://postmarkapp.com/developer/api/overview#error-codes): 406 is the address's problem, 300
// is a request Postmark can't take (a bad name, an empty body), which retrying unchanged won't
// fix and which says nothing about the address.
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Bindings } from "../../src/env";
import { performPortalAction } from "../../src/portal-access/service";
import { postmarkAnswer } from "../fakes";
import { accountOf, eventsOf, get, makeTraveler, POSTMARK_TEST_TOKEN } from "../fixtures";
import { capturingQueue, deliver, queuedDeps } from "./helpers";

const withPostmark = { ...(env as Bindings), POSTMARK_TOKEN: POSTMARK_TEST_TOKEN } as Bindings;

afterEach(() => vi.restoreAllMocks());

function postmarkAnswering(answer: () => Response) {
  const calls: unknown[] = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes("postmarkapp.com")) throw new Error(`unexpected fetch ${url}`);
    calls.push(url);
    return answer();
  });
  return calls;
}

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
  return { ...t, message: queue.messages[0]! };
}

describe("the mail queue and Postmark's API errors", () => {
  it.each([
    ["an empty body", postmarkAnswer.emptyBody],
    ["an illegal From", postmarkAnswer.illegalFrom],
    ["an invalid To", postmarkAnswer.invalidAddress],
  ])("records a 300 for %s as a failed send the advisor can retry, logged for the operator", async (_, answer) => {
    const t = await queuedResend();
    const calls = postmarkAnswering(() => answer({} as never, undefined) as Response);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await deliver([t.message], { bindings: withPostmark });
    expect(calls).toHaveLength(1);
    // The same request would be refused the same way: no retry, the failure is recorded now.
    expect(result.retryMessages).toHaveLength(0);
    expect(logged.mock.calls.map((c) => c.join(" ")).join("\n")).toMatch(/ErrorCode 300/);
    const account = (await accountOf(t.contact.id))!;
    expect(account.latest_delivery).toBe("failed");
    const events = await eventsOf(account.id);
    expect(events.at(-1)).toMatchObject({ kind: "send_failed", delivery_status: "failed" });
    expect(events.at(-1)!.detail).not.toContain(t.contact.email!);
    const trip = await (await get(`/trips/${t.trip.id}`, t.cookie)).text();
    expect(trip).not.toContain("Fix email");
    expect(trip).toContain("Resend invite");
  });
});
