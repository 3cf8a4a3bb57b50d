// Postmark webhook bodies as Postmark documents and sends them (Delivery, Bounce, SpamComplaint),
// with the MessageID and times filled in per test.
export const deliveryRecord = (messageId: string, at = "2026-11-29T10:00:00Z") => ({
  RecordType: "Delivery",
  ServerID: 23,
  MessageStream: "outbound",
  MessageID: messageId,
  Recipient: "ana@example.com",
  Tag: "portal-invite",
  DeliveredAt: at,
  Details: "Test delivery webhook details",
  Metadata: {},
});

export const bounceRecord = (messageId: string, type: string, typeCode: number, at = "2026-11-29T10:00:00Z") => ({
  RecordType: "Bounce",
  ID: 4323372036,
  Type: type,
  TypeCode: typeCode,
  Name: type,
  Tag: "portal-invite",
  MessageID: messageId,
  ServerID: 23,
  MessageStream: "outbound",
  Description: "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
  Details: "Test bounce details",
  Email: "ana@example.com",
  From: "noreply@trips.example",
  BouncedAt: at,
  DumpAvailable: true,
  Inactive: type === "HardBounce",
  CanActivate: true,
  Subject: "Pride Travelers invited you to your trip portal",
  Content: "",
  Metadata: {},
});

export const spamComplaintRecord = (messageId: string, at = "2026-11-29T10:00:00Z") => ({
  ...bounceRecord(messageId, "SpamComplaint", 512, at),
  RecordType: "SpamComplaint",
});
