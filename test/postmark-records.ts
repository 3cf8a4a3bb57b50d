// Postmark's own records, as its documentation shows them, in one place: the webhook bodies it
// POSTs (Delivery, Bounce, SpamComplaint) and the bounce-type table they draw Type and TypeCode
// from. Every delivery test builds its records here, so a test can't pass on a shape Postmark
// never sends. Only the MessageID, the time and the address are filled in per test.
//   Delivery:       https://postmarkapp.com/developer/webhooks/delivery-webhook
//   Bounce:         https://postmarkapp.com/developer/webhooks/bounce-webhook
//   SpamComplaint:  https://postmarkapp.com/developer/webhooks/spam-complaint-webhook
//   Bounce types:   https://postmarkapp.com/developer/api/bounce-api#bounce-types
// No cloudflare:* imports: the Node unit project uses it too.

/** Postmark's bounce-type table: Type → TypeCode, Name and Description, as documented. */
export const BOUNCE_TYPES = {
  HardBounce: {
    code: 1,
    name: "Hard bounce",
    description: "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
  },
  Transient: {
    code: 2,
    name: "Message delayed",
    description:
      "The server could not temporarily deliver your message (ex: Message is delayed due to network troubles).",
  },
  Unsubscribe: { code: 16, name: "Unsubscribe request", description: "Unsubscribe or Remove request." },
  Subscribe: {
    code: 32,
    name: "Subscribe request",
    description: "Subscribe request from someone wanting to get added to the mailing list.",
  },
  AutoResponder: {
    code: 64,
    name: "Auto responder",
    description: 'Automatic email responder (ex: "Out of Office" or "On Vacation").',
  },
  AddressChange: { code: 128, name: "Address change", description: "The recipient has requested an address change." },
  DnsError: { code: 256, name: "DNS error", description: "A temporary DNS error." },
  SpamNotification: {
    code: 512,
    name: "Spam notification",
    description:
      "The message was delivered, but was either blocked by the user, or classified as spam, bulk mail, or had rejected content.",
  },
  OpenRelayTest: {
    code: 1024,
    name: "Open relay test",
    description: "The NDR is actually a test email message to see if the mail server is an open relay.",
  },
  Unknown: { code: 2048, name: "Unknown", description: "Unable to classify the NDR." },
  SoftBounce: {
    code: 4096,
    name: "Soft bounce",
    description:
      "Unable to temporarily deliver message (i.e. mailbox full, account disabled, exceeds quota, out of disk space).",
  },
  VirusNotification: {
    code: 8192,
    name: "Virus notification",
    description: "The bounce is actually a virus notification warning about a virus/code infected message.",
  },
  ChallengeVerification: {
    code: 16384,
    name: "Spam challenge verification",
    description: "The bounce is a challenge asking for verification you actually sent the email.",
  },
  BadEmailAddress: {
    code: 100000,
    name: "Invalid email address",
    description: "The address is not a valid email address.",
  },
  SpamComplaint: {
    code: 100001,
    name: "Spam complaint",
    description: "The subscriber explicitly marked this message as spam.",
  },
  ManuallyDeactivated: {
    code: 100002,
    name: "Manually deactivated",
    description: "The email was manually deactivated.",
  },
  Unconfirmed: {
    code: 100003,
    name: "Registration not confirmed",
    description: "The subscriber has not clicked on the confirmation link upon registration or import.",
  },
  Blocked: {
    code: 100006,
    name: "ISP block",
    description: "Blocked from this ISP due to content or blacklisting.",
  },
  SMTPApiError: {
    code: 100007,
    name: "SMTP API error",
    description: "An error occurred while accepting an email through the SMTP API.",
  },
  InboundError: {
    code: 100008,
    name: "Processing failed",
    description: "Unable to deliver inbound message to destination inbound hook.",
  },
  DMARCPolicy: {
    code: 100009,
    name: "DMARC Policy",
    description: "Email rejected due DMARC Policy.",
  },
} as const;

export type BounceType = keyof typeof BOUNCE_TYPES;

/**
 * Postmark deactivates an address (Inactive: true, so later sends answer API error 406) after a
 * hard bounce or a spam complaint, and a manually deactivated address is inactive by definition
 * (https://postmarkapp.com/support/article/815-what-are-bounces-and-spam-complaints).
 */
const DEACTIVATES: ReadonlySet<BounceType> = new Set(["HardBounce", "SpamComplaint", "ManuallyDeactivated"]);

const EXAMPLE_AT = "2026-11-29T10:00:00Z";

/** The delivery webhook's documented example, for one MessageID. */
export const deliveryRecord = (messageId: string, at = EXAMPLE_AT, recipient = "ana@example.com") => ({
  RecordType: "Delivery",
  ServerID: 23,
  MessageStream: "outbound",
  MessageID: messageId,
  Recipient: recipient,
  Tag: "portal-invite",
  DeliveredAt: at,
  Details: "Test delivery webhook details",
  Metadata: { a_key: "a_value", b_key: "b_value" },
});

export interface BounceOptions {
  at?: string;
  email?: string;
  /** Postmark's own answer is the default: true for the types that deactivate the address. */
  inactive?: boolean;
}

/** The bounce webhook's documented example, with Type, TypeCode, Name and Description from the table. */
export const bounceRecord = (messageId: string, type: BounceType, options: BounceOptions = {}) => {
  const t = BOUNCE_TYPES[type];
  return {
    RecordType: "Bounce",
    MessageStream: "outbound",
    ID: 4323372036,
    Type: type,
    TypeCode: t.code,
    Name: t.name,
    Tag: "portal-invite",
    MessageID: messageId,
    Metadata: { a_key: "a_value", b_key: "b_value" },
    ServerID: 23,
    Description: t.description,
    Details: "Test bounce details",
    Email: options.email ?? "ana@example.com",
    From: "noreply@trips.example",
    BouncedAt: options.at ?? EXAMPLE_AT,
    DumpAvailable: true,
    Inactive: options.inactive ?? DEACTIVATES.has(type),
    CanActivate: true,
    Subject: "Pride Travelers invited you to your trip portal",
    Content: "<Full dump of bounce>",
  };
};

/**
 * The spam complaint webhook's documented example. Its page shows TypeCode 512, which is
 * SpamNotification's code in the bounce-type table; Postmark's table (and its API) give
 * SpamComplaint 100001, so the table wins. The address is deactivated for good: Inactive true,
 * CanActivate false.
 */
export const spamComplaintRecord = (messageId: string, at = EXAMPLE_AT, email = "ana@example.com") => ({
  RecordType: "SpamComplaint",
  MessageStream: "outbound",
  ID: 42,
  Type: "SpamComplaint",
  TypeCode: BOUNCE_TYPES.SpamComplaint.code,
  Name: BOUNCE_TYPES.SpamComplaint.name,
  Tag: "portal-invite",
  MessageID: messageId,
  Metadata: { a_key: "a_value", b_key: "b_value" },
  ServerID: 23,
  Description: "",
  Details: "Test spam complaint details",
  Email: email,
  From: "noreply@trips.example",
  BouncedAt: at,
  DumpAvailable: true,
  Inactive: true,
  CanActivate: false,
  Subject: "Pride Travelers invited you to your trip portal",
  Content: "<Abuse report dump>",
});

/**
 * Postmark's /email answers for its API error codes (https://postmarkapp.com/developer/api/overview#error-codes):
 * HTTP 422 with ErrorCode and Message. 300 is "Invalid email request", any malformed request
 * (https://postmarkapp.com/support/article/1180-what-does-errorcode-300-mean); 406 is
 * "Inactive recipient".
 */
export const POSTMARK_API_ERRORS = {
  invalidToAddress: { ErrorCode: 300, Message: "Invalid 'To' address: 'ana@example'." },
  emptyBody: { ErrorCode: 300, Message: "Provide either email TextBody or HtmlBody or both." },
  illegalFrom: {
    ErrorCode: 300,
    Message:
      "Error parsing 'From': Illegal email address 'Pride, Travelers <noreply@trips.example>'. It must contain the '@' symbol.",
  },
  inactiveRecipient: {
    ErrorCode: 406,
    Message:
      "You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: ana@example.com. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.",
  },
  badToken: {
    ErrorCode: 10,
    Message: "The Server Token you provided in the X-Postmark-Server-Token request header was invalid.",
  },
} as const;
