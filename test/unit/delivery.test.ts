// Reading Postmark's webhook records into what the advisor will see.
import { describe, expect, it } from "vitest";
import { readPostmarkRecord } from "../../src/portal-access/delivery";
import { bounceRecord, deliveryRecord, spamComplaintRecord } from "../webhooks/payloads";

describe("reading Postmark records", () => {
  it("reads a Delivery as delivered at DeliveredAt", () => {
    expect(readPostmarkRecord(deliveryRecord("m1"))).toEqual({
      kind: "report",
      messageId: "m1",
      state: "delivered",
      at: new Date("2026-11-29T10:00:00Z"),
      detail: null,
    });
  });

  it.each([
    ["HardBounce", 1, "bounced", "The mailbox doesn't exist."],
    ["BadEmailAddress", 100000, "bounced", "The address isn't a valid email address."],
    ["Blocked", 100006, "bounced", "The recipient's server blocked it."],
    ["ManuallyDeactivated", 100002, "bounced", "Postmark stopped sending to this address after earlier problems."],
    ["Transient", 2, "soft_bounced", "The recipient's server couldn't take it for now. Postmark will keep trying."],
    ["SoftBounce", 4096, "soft_bounced", "The mailbox is full or temporarily unavailable. Postmark will keep trying."],
    ["DnsError", 256, "soft_bounced", "The recipient's mail domain couldn't be reached. Postmark will keep trying."],
  ])("reads a %s bounce in plain words", (type, code, state, detail) => {
    expect(readPostmarkRecord(bounceRecord("m1", type, code))).toMatchObject({ kind: "report", state, detail });
  });

  it("reads a spam complaint", () => {
    expect(readPostmarkRecord(spamComplaintRecord("m1"))).toMatchObject({
      kind: "report",
      state: "complaint",
      detail: "Marked as spam by the recipient.",
    });
  });

  it.each([
    ["an auto-responder", bounceRecord("m1", "AutoResponder", 64)],
    ["an Open record", { RecordType: "Open", MessageID: "m1" }],
  ])("ignores %s (it says nothing about delivery)", (_, body) => {
    expect(readPostmarkRecord(body)).toMatchObject({ kind: "ignored" });
  });

  it.each([
    ["no MessageID", { RecordType: "Delivery", DeliveredAt: "2026-11-29T10:00:00Z" }],
    ["a Delivery without a time", { RecordType: "Delivery", MessageID: "m1" }],
    ["a Bounce with an unreadable time", { ...bounceRecord("m1", "HardBounce", 1), BouncedAt: "yesterday-ish" }],
    ["not an object", "Delivery"],
  ])("refuses %s", (_, body) => {
    expect(readPostmarkRecord(body)).toEqual({ kind: "invalid" });
  });
});
