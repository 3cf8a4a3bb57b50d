// What every mail transport takes and answers. Sending is a result, not an exception:
// a refused address is an expected outcome the advisor must read in plain words.
export type MailChannel = "gmail" | "postmark" | "outbox";

export const CHANNEL_LABEL: Record<MailChannel, string> = {
  gmail: "Gmail",
  postmark: "the agency's email service",
  outbox: "the dev outbox",
};

/**
 * Where an email went, in an advisor's words for a toast: Postmark is invisible to them (the mail
 * comes from their agency), Gmail is their own mailbox; the dev outbox is a developer's tool.
 */
export function sentByWords(channel: MailChannel, agencyName: string): string {
  if (channel === "postmark") return `by email from ${agencyName}`;
  if (channel === "gmail") return "from your Gmail";
  return `via ${CHANNEL_LABEL.outbox}`;
}

/**
 * How an email left, in the Access tab's words: the mail service stays invisible (the mail
 * comes from the agency), Gmail is the mailbox of whoever sent it, the dev outbox a developer's tool.
 */
export function sentThroughWords(channel: MailChannel, agencyName: string, sender: string | null): string {
  if (channel === "postmark") return `by email from ${agencyName}`;
  if (channel === "gmail") return sender ? `from ${sender}'s Gmail` : "from an advisor's Gmail";
  return `via ${CHANNEL_LABEL.outbox}`;
}

export interface OutgoingMail {
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  tag: string;
}

export type SendResult =
  | { ok: true; channel: MailChannel; messageId: string }
  /**
   * `refused`: the provider turned the email down for good, so trying the same again can't help:
   * `address`, it won't send to this address (inactive after a bounce: the advisor fixes the
   * email); `request`, it can't take the request as built (the operator reads the log; the advisor
   * may retry). Without it the failure may pass (an outage, a timeout).
   */
  | { ok: false; channel: MailChannel; message: string; refused?: "address" | "request" };

export interface MailTransport {
  channel: MailChannel;
  send(mail: OutgoingMail): Promise<SendResult>;
}
