// What every mail transport takes and answers. Sending is a result, not an exception:
// a refused address is an expected outcome the advisor must read in plain words.
export type MailChannel = "gmail" | "postmark" | "outbox";

export const CHANNEL_LABEL: Record<MailChannel, string> = {
  gmail: "Gmail",
  postmark: "Postmark",
  outbox: "the dev outbox",
};

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
  /** `undeliverable`: the provider won't send to this address at all (invalid, or inactive after a bounce). */
  | { ok: false; channel: MailChannel; message: string; undeliverable?: boolean };

export interface MailTransport {
  channel: MailChannel;
  send(mail: OutgoingMail): Promise<SendResult>;
}
