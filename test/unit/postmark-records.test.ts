// The fakes' Postmark records are Postmark's documented ones: the webhook examples' fields and the
// bounce-type table's codes (https://postmarkapp.com/developer/api/bounce-api#bounce-types), so a
// delivery test can't pass on a shape Postmark never sends.
import { describe, expect, it } from "vitest";
import { BOUNCE_TYPES, type BounceType, bounceRecord, deliveryRecord, spamComplaintRecord } from "../fakes";

// The fields of the documented examples (bounce, spam complaint and delivery webhook pages).
const BOUNCE_FIELDS = [
  "BouncedAt",
  "CanActivate",
  "Content",
  "Description",
  "Details",
  "DumpAvailable",
  "Email",
  "From",
  "ID",
  "Inactive",
  "MessageID",
  "MessageStream",
  "Metadata",
  "Name",
  "RecordType",
  "ServerID",
  "Subject",
  "Tag",
  "Type",
  "TypeCode",
];
const DELIVERY_FIELDS = [
  "DeliveredAt",
  "Details",
  "MessageID",
  "MessageStream",
  "Metadata",
  "Recipient",
  "RecordType",
  "ServerID",
  "Tag",
];

describe("the fakes' Postmark records", () => {
  it("a spam complaint carries the table's TypeCode 100001 and leaves the address inactive for good", () => {
    expect(spamComplaintRecord("m1")).toMatchObject({
      RecordType: "SpamComplaint",
      Type: "SpamComplaint",
      TypeCode: 100001,
      Inactive: true,
      CanActivate: false,
    });
  });

  it.each(Object.keys(BOUNCE_TYPES) as BounceType[])("a %s bounce carries its code from the table", (type) => {
    expect(bounceRecord("m1", type)).toMatchObject({
      RecordType: "Bounce",
      Type: type,
      TypeCode: BOUNCE_TYPES[type].code,
    });
  });

  it("only the types Postmark deactivates on come marked Inactive", () => {
    const inactive = (Object.keys(BOUNCE_TYPES) as BounceType[]).filter((t) => bounceRecord("m1", t).Inactive);
    expect(inactive.sort()).toEqual(["HardBounce", "ManuallyDeactivated", "SpamComplaint"]);
  });

  it("have exactly the documented examples' fields", () => {
    expect(Object.keys(bounceRecord("m1", "HardBounce")).sort()).toEqual(BOUNCE_FIELDS);
    expect(Object.keys(spamComplaintRecord("m1")).sort()).toEqual(BOUNCE_FIELDS);
    expect(Object.keys(deliveryRecord("m1")).sort()).toEqual(DELIVERY_FIELDS);
  });
});
