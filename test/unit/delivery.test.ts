// Reading Postmark's webhook records into what the advisor will see, by Postmark's bounce-type
// table and the record's Inactive flag: whose problem it is decides whether the row says Fix email.
import { describe, expect, it } from "vitest";
import { readPostmarkRecord } from "../../src/portal-access/mail/delivery";
import { DELIVERY_HINT, needsEmailFix } from "../../src/portal-access/status";
import { type BounceType, bounceRecord, deliveryRecord, spamComplaintRecord } from "../fakes";

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
    ["HardBounce", "The mailbox doesn't exist."],
    ["BadEmailAddress", "The address isn't a valid email address."],
    ["ManuallyDeactivated", "The agency's email service stopped sending to this address after earlier problems."],
  ] as const)("reads a %s bounce as the address's problem: Fix email", (type, detail) => {
    const report = readPostmarkRecord(bounceRecord("m1", type));
    expect(report).toMatchObject({ kind: "report", state: "bounced", detail });
    expect(needsEmailFix({ status: "pending", newestLinkDeadline: null, latestDelivery: "bounced" })).toBe(true);
  });

  it("reads a spam complaint (TypeCode 100001, Inactive) as the address's problem", () => {
    const record = spamComplaintRecord("m1");
    expect(record).toMatchObject({ TypeCode: 100001, Inactive: true });
    expect(readPostmarkRecord(record)).toMatchObject({
      kind: "report",
      state: "complaint",
      detail: "Marked as spam by the recipient.",
    });
  });

  it("reads any bounce Postmark says left the address inactive as the address's problem", () => {
    expect(readPostmarkRecord(bounceRecord("m1", "SoftBounce", { inactive: true }))).toMatchObject({
      kind: "report",
      state: "bounced",
    });
  });

  it.each(["DMARCPolicy", "Blocked"] as const)(
    "reads a %s bounce as the sending side's problem: not delivered, no Fix email, the operator told",
    (type) => {
      const report = readPostmarkRecord(bounceRecord("m1", type));
      expect(report).toMatchObject({
        kind: "report",
        state: "undelivered",
        detail: expect.stringContaining(
          "Refused by the traveler's mail provider because of how the agency's email is set up.",
        ),
        operatorNote: expect.stringContaining(type),
      });
      if (report.kind !== "report") throw new Error("expected a report");
      expect(needsEmailFix({ status: "pending", newestLinkDeadline: null, latestDelivery: report.state })).toBe(false);
    },
  );

  it.each([
    ["Transient", "The recipient's server couldn't take it for now."],
    ["SoftBounce", "The mailbox is full or temporarily unavailable."],
    ["DnsError", "The recipient's mail domain couldn't be reached."],
    ["SpamNotification", "The recipient's mail server filtered it as spam."],
    ["Unknown", "The recipient's server turned it away for an unknown reason."],
    ["ChallengeVerification", "The recipient's server asks the sender to verify themselves."],
    ["VirusNotification", "The recipient's server flagged it as a virus."],
    ["Unconfirmed", "The recipient's server turned it away for an unknown reason."],
    ["SMTPApiError", "The recipient's server turned it away for an unknown reason."],
  ] as const)("reads a %s bounce as not delivered, to send again (Postmark has stopped trying)", (type, reason) => {
    const report = readPostmarkRecord(bounceRecord("m1", type));
    expect(report).toMatchObject({
      kind: "report",
      state: "undelivered",
      detail: `${reason} It was not delivered and won't be tried again: send it again.`,
    });
    if (report.kind !== "report") throw new Error("expected a report");
    expect(report.detail).not.toMatch(/keep trying/i);
    expect(needsEmailFix({ status: "pending", newestLinkDeadline: null, latestDelivery: report.state })).toBe(false);
    expect(DELIVERY_HINT[report.state]).toBe("Not delivered");
  });

  it.each([
    "AutoResponder",
    "Unsubscribe",
    "Subscribe",
    "AddressChange",
    "OpenRelayTest",
    "InboundError",
  ] as const satisfies readonly BounceType[])("ignores a %s record (it says nothing about delivery)", (type) => {
    expect(readPostmarkRecord(bounceRecord("m1", type))).toMatchObject({ kind: "ignored" });
  });

  it("ignores an Open record", () => {
    expect(readPostmarkRecord({ RecordType: "Open", MessageID: "m1" })).toMatchObject({ kind: "ignored" });
  });

  it.each([
    ["no MessageID", { ...deliveryRecord("m1"), MessageID: undefined }],
    ["a Delivery without a time", { ...deliveryRecord("m1"), DeliveredAt: undefined }],
    ["a Bounce with an unreadable time", bounceRecord("m1", "HardBounce", { at: "yesterday-ish" })],
    ["not an object", "Delivery"],
  ])("refuses %s", (_, body) => {
    expect(readPostmarkRecord(body)).toEqual({ kind: "invalid" });
  });
});
