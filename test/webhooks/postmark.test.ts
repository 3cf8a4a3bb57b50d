// POST /webhooks/postmark end to end: authentication, matching by MessageID, idempotency,
// out-of-order records, unknown and other agencies' messages, and what advisors then see.
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { bounceRecord, deliveryRecord, spamComplaintRecord } from "../fakes";
import { d1Digest, get, makeTraveler, post, send } from "../fixtures";

const SECRET = env.POSTMARK_WEBHOOK_SECRET!;
const basic = (user: string, password: string) => `Basic ${btoa(`${user}:${password}`)}`;

function webhook(body: unknown, authorization: string | null = basic("postmark", SECRET)) {
  return send("/webhooks/postmark", {
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "Content-Type": "application/json", ...(authorization ? { Authorization: authorization } : {}) },
  });
}

/** A traveler invited through the app: the invite's provider MessageID is on its event. */
async function invited() {
  const t = await makeTraveler("none");
  await post(`/trips/${t.trip.id}/travelers/${t.contact.id}/portal`, {}, t.cookie, { "HX-Request": "true" });
  const event = await env.DB.prepare(
    "SELECT e.id, e.provider_message_id, e.account_id FROM portal_events e JOIN portal_accounts a ON a.id = e.account_id WHERE a.contact_id = ? AND e.kind = 'invited'",
  )
    .bind(t.contact.id)
    .first<{ id: string; provider_message_id: string; account_id: string }>();
  expect(event?.provider_message_id).toBeTruthy();
  return { ...t, messageId: event!.provider_message_id, eventId: event!.id, accountId: event!.account_id };
}

const eventOf = (id: string) =>
  env.DB.prepare("SELECT delivery_status, delivery_at, delivery_detail FROM portal_events WHERE id = ?")
    .bind(id)
    .first();
const bouncedCount = async (agencyId: string) =>
  (
    await env.DB.prepare("SELECT bounced FROM portal_account_counts WHERE agency_id = ?")
      .bind(agencyId)
      .first<{ bounced: number }>()
  )?.bounced ?? 0;
const accountDelivery = async (id: string) =>
  (
    await env.DB.prepare("SELECT latest_delivery FROM portal_accounts WHERE id = ?")
      .bind(id)
      .first<{ latest_delivery: string }>()
  )?.latest_delivery;

describe("Postmark delivery webhooks", () => {
  it.each([
    ["no credentials", null],
    ["a wrong password", basic("postmark", "not-the-secret-at-all")],
    ["a wrong user", basic("mallory", SECRET)],
    ["garbage", "Basic !!!not base64"],
  ])("answers 401 to %s and changes nothing", async (_, authorization) => {
    const t = await invited();
    const before = await d1Digest();
    const res = await webhook(deliveryRecord(t.messageId), authorization);
    expect(res.status).toBe(401);
    expect(res.headers.get("WWW-Authenticate")).toContain("Basic");
    expect(await d1Digest()).toBe(before);
  });

  it("marks the invite delivered: the Access tab says Delivered with the time, the trip row shows a hint", async () => {
    const t = await invited();
    const res = await webhook(deliveryRecord(t.messageId, "2026-11-29T10:00:00Z"));
    expect(res.status).toBe(200);
    expect(await eventOf(t.eventId)).toMatchObject({
      delivery_status: "delivered",
      delivery_at: Date.parse("2026-11-29T10:00:00Z"),
    });
    expect(await accountDelivery(t.accountId)).toBe("delivered");
    const access = await (await get(`/contacts/${t.contact.id}/access`, t.cookie)).text();
    expect(access).toMatch(/id="latest-delivery">Invite sent to [^<]+ via the dev outbox · Delivered Nov 29, 2026/);
    const trip = await (await get(`/trips/${t.trip.id}`, t.cookie)).text();
    expect(trip).toContain('class="delivery-hint delivery-delivered">Delivered</span>');
  });

  it.each([
    ["a hard bounce", (id: string) => bounceRecord(id, "HardBounce"), "bounced", "The mailbox doesn&#39;t exist."],
    ["a spam complaint", (id: string) => spamComplaintRecord(id), "complaint", "Marked as spam by the recipient."],
  ])("turns the row's button into Fix email after %s, and the Access tab says why", async (_, record, state, words) => {
    const t = await invited();
    expect((await webhook(record(t.messageId))).status).toBe(200);
    expect(await accountDelivery(t.accountId)).toBe(state);
    const trip = await (await get(`/trips/${t.trip.id}`, t.cookie)).text();
    expect(trip).toMatch(
      new RegExp(`<a href="/contacts/${t.contact.id}#email" class="btn btn-small"[^>]*>Fix email</a>`),
    );
    expect(trip).not.toContain("Resend invite");
    const access = await (await get(`/contacts/${t.contact.id}/access`, t.cookie)).text();
    expect(access).toContain(words);
    expect(access).toContain('id="delivery-problem"');
    expect(access).toContain(`href="/contacts/${t.contact.id}#email" class="btn btn-primary">Fix email`);
  });

  it.each([
    ["a soft bounce", "SoftBounce", "The mailbox is full or temporarily unavailable."],
    ["a message delayed (Transient)", "Transient", "The recipient&#39;s server couldn&#39;t take it for now."],
    ["a spam notification", "SpamNotification", "The recipient&#39;s mail server filtered it as spam."],
  ] as const)(
    "says %s was not delivered (Postmark has stopped trying) and offers Resend, not Fix email",
    async (_, type, reason) => {
      const t = await invited();
      await webhook(bounceRecord(t.messageId, type));
      expect(await accountDelivery(t.accountId)).toBe("undelivered");
      const access = await (await get(`/contacts/${t.contact.id}/access`, t.cookie)).text();
      expect(access).toContain(reason);
      expect(access).toContain("It was not delivered and won&#39;t be tried again: send it again.");
      expect(access).not.toMatch(/keep trying|delayed/i);
      expect(access).not.toContain("Fix email");
      const trip = await (await get(`/trips/${t.trip.id}`, t.cookie)).text();
      expect(trip).toContain('class="delivery-hint delivery-undelivered">Not delivered</span>');
      expect(trip).toContain("Resend invite");
      expect(trip).not.toContain("Fix email");
    },
  );

  it.each(["DMARCPolicy", "Blocked"] as const)(
    "a %s bounce blames the agency's email setup, not the address: no Fix email, the operator is warned",
    async (type) => {
      const t = await invited();
      const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
      expect((await webhook(bounceRecord(t.messageId, type))).status).toBe(200);
      const log = warned.mock.calls.map((c) => c.join(" ")).join("\n");
      warned.mockRestore();
      expect(log).toContain(type);
      expect(log).toContain(t.messageId);
      expect(log).toContain("Test bounce details");
      expect(await accountDelivery(t.accountId)).toBe("undelivered");
      const access = await (await get(`/contacts/${t.contact.id}/access`, t.cookie)).text();
      expect(access).toContain(
        "Refused by the traveler&#39;s mail provider because of how the agency&#39;s email is set up.",
      );
      expect(access).not.toContain("Fix email");
      const trip = await (await get(`/trips/${t.trip.id}`, t.cookie)).text();
      expect(trip).not.toContain("Fix email");
      expect(trip).toContain("Resend invite");
      // Portal access's Bounced filter and count are the addresses to fix: this one isn't.
      expect(await bouncedCount(t.agency.id)).toBe(0);
    },
  );

  it("a bounce that left the address inactive turns the row into Fix email, whatever its type", async () => {
    const t = await invited();
    await webhook(bounceRecord(t.messageId, "SoftBounce", { inactive: true }));
    expect(await accountDelivery(t.accountId)).toBe("bounced");
    expect(await bouncedCount(t.agency.id)).toBe(1);
    const trip = await (await get(`/trips/${t.trip.id}`, t.cookie)).text();
    expect(trip).toContain("Fix email");
  });

  it("is idempotent: the same record twice changes nothing the second time", async () => {
    const t = await invited();
    await webhook(bounceRecord(t.messageId, "HardBounce"));
    const before = await d1Digest();
    expect((await webhook(bounceRecord(t.messageId, "HardBounce"))).status).toBe(200);
    expect(await d1Digest()).toBe(before);
  });

  it("never lets an older record overwrite a newer one: a Delivery arriving after a Bounce stays red", async () => {
    const t = await invited();
    await webhook(bounceRecord(t.messageId, "HardBounce", { at: "2026-11-29T10:05:00Z" }));
    const before = await d1Digest();
    expect((await webhook(deliveryRecord(t.messageId, "2026-11-29T10:00:00Z"))).status).toBe(200);
    expect(await d1Digest()).toBe(before);
    expect(await accountDelivery(t.accountId)).toBe("bounced");
    // A genuinely later delivery (a soft bounce that went through) does turn green.
    await webhook(bounceRecord(t.messageId, "Transient", { at: "2026-11-29T10:06:00Z" }));
    await webhook(deliveryRecord(t.messageId, "2026-11-29T10:07:00Z"));
    expect(await accountDelivery(t.accountId)).toBe("delivered");
  });

  it("a Delivery tied with an applied Bounce changes nothing: the row and the event both stay bounced", async () => {
    const t = await invited();
    await webhook(bounceRecord(t.messageId, "HardBounce", { at: "2026-11-29T10:05:00Z" }));
    const before = await d1Digest();
    expect((await webhook(deliveryRecord(t.messageId, "2026-11-29T10:05:00Z"))).status).toBe(200);
    expect(await accountDelivery(t.accountId)).toBe("bounced");
    expect(await eventOf(t.eventId)).toMatchObject({ delivery_status: "bounced" });
    expect(await d1Digest()).toBe(before);
  });

  it("a late Bounce for a send to the old address leaves the corrected address alone", async () => {
    const t = await invited();
    await post(
      `/contacts/${t.contact.id}`,
      { firstName: "Ana", lastName: "Souza", email: "ana.fixed@example.com", phone: "" },
      t.cookie,
    );
    expect(await accountDelivery(t.accountId)).toBeNull();
    expect((await webhook(bounceRecord(t.messageId, "HardBounce"))).status).toBe(200);
    // The old send's own history says it bounced; the account, now about the new address, doesn't.
    expect(await eventOf(t.eventId)).toMatchObject({ delivery_status: "bounced" });
    expect(await accountDelivery(t.accountId)).toBeNull();
    expect(await bouncedCount(t.agency.id)).toBe(0);
    const trip = await (await get(`/trips/${t.trip.id}`, t.cookie)).text();
    expect(trip).not.toContain("Fix email");
  });

  it("a late Delivery for the send before a resend doesn't speak for the resend", async () => {
    const t = await invited();
    await post(`/trips/${t.trip.id}/travelers/${t.contact.id}/portal`, {}, t.cookie, { "HX-Request": "true" });
    await webhook(bounceRecord(t.messageId, "HardBounce"));
    expect(await accountDelivery(t.accountId)).toBe("sent");
  });

  it("answers 200 to an unknown MessageID and changes nothing, so Postmark doesn't retry", async () => {
    await invited();
    const before = await d1Digest();
    const res = await webhook(deliveryRecord("00000000-dead-beef-0000-000000000000"));
    expect(res.status).toBe(200);
    expect(await d1Digest()).toBe(before);
  });

  it.each([
    ["malformed JSON", "{not json"],
    ["JSON that isn't a record", JSON.stringify({ hello: "world" })],
  ])("answers 400 to %s and changes nothing", async (_, body) => {
    await invited();
    const before = await d1Digest();
    expect((await webhook(body)).status).toBe(400);
    expect(await d1Digest()).toBe(before);
  });

  it("touches only the send its MessageID names, whichever agency it belongs to, and answers the same", async () => {
    const a = await invited();
    const b = await invited();
    const res = await webhook(bounceRecord(a.messageId, "HardBounce"));
    expect(await res.text()).toBe("OK");
    expect(await accountDelivery(a.accountId)).toBe("bounced");
    expect(await accountDelivery(b.accountId)).toBe("sent");
    expect(await eventOf(b.eventId)).toMatchObject({ delivery_status: "sent", delivery_at: null });
  });

  it("correcting the email clears Fix email, and the row offers the invite again", async () => {
    const t = await invited();
    await webhook(bounceRecord(t.messageId, "HardBounce"));
    await post(
      `/contacts/${t.contact.id}`,
      { firstName: "Ana", lastName: "Souza", email: "ana.fixed@example.com", phone: "" },
      t.cookie,
    );
    expect(await accountDelivery(t.accountId)).toBeNull();
    const trip = await (await get(`/trips/${t.trip.id}`, t.cookie)).text();
    expect(trip).not.toContain("Fix email");
    expect(trip).toContain("Resend invite");
  });

  it("the dev outbox's Simulate bounce and Mark delivered post the same authenticated webhook", async () => {
    const t = await invited();
    const json = (await (await get("/dev/outbox.json")).json()) as { messageId: string; to: string }[];
    expect(json.find((m) => m.messageId === t.messageId)?.to).toBe(t.contact.email);
    const bounced = await post(`/dev/outbox/${t.messageId}/bounce`, {});
    expect(bounced.status).toBe(303);
    expect(await accountDelivery(t.accountId)).toBe("bounced");
    const page = await (await get("/dev/outbox")).text();
    expect(page).toContain("Simulate bounce");
    expect(page).toContain("Mark delivered");
  });
});
