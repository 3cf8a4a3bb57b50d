// Postmark's HTTP API through the official client, with fetch injected so tests fake the
// outside world at the fetch boundary. Failures come back in words an advisor understands.
import { ServerClient } from "postmark";
import type { MailTransport, SendResult } from "./message";

export interface PostmarkOptions {
  token: string;
  messageStream: string;
  fetch?: typeof fetch;
  /** Host of the API, without scheme; tests may point it elsewhere. */
  requestHost?: string;
  timeoutSeconds?: number;
}

export function describePostmarkFailure(err: unknown, to: string): string {
  const e = err as { code?: number; statusCode?: number; message?: string; name?: string };
  if (e.code === 300) return `Postmark refused the address ${to}: it is not a valid email address.`;
  if (e.code === 406)
    return `Postmark won't deliver to ${to}: mail to it bounced or was marked as spam before, so the address is inactive. Check the email address on the Contact info tab.`;
  if (e.code === 10 || e.statusCode === 401)
    return "Postmark rejected the server token. Ask whoever runs Trips to check POSTMARK_TOKEN.";
  if (e.statusCode === 429) return "Postmark is rate limiting us right now. Nothing was sent; try again in a minute.";
  if (e.statusCode !== undefined && e.statusCode >= 500)
    return "Postmark is having trouble right now. Nothing was sent; try again in a minute.";
  if (/timeout|abort/i.test(`${e.name ?? ""} ${e.message ?? ""}`))
    return "Postmark did not answer in time. Nothing was sent; try again in a minute.";
  if (e.statusCode === 422) return `Postmark refused the message to ${to}: ${e.message ?? "invalid request"}.`;
  return `Postmark could not send the email (${e.message ?? "unknown error"}). Nothing was sent; try again in a minute.`;
}

export function postmarkTransport(options: PostmarkOptions): MailTransport {
  const client = new ServerClient(options.token, {
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    // The client merges options over its defaults, so an explicit undefined would erase the API host.
    ...(options.requestHost ? { requestHost: options.requestHost } : {}),
    timeout: options.timeoutSeconds ?? 10,
  });
  return {
    channel: "postmark",
    async send(mail): Promise<SendResult> {
      try {
        const res = await client.sendEmail({
          From: mail.from,
          To: mail.to,
          ReplyTo: mail.replyTo,
          Subject: mail.subject,
          HtmlBody: mail.html,
          TextBody: mail.text,
          Tag: mail.tag,
          MessageStream: options.messageStream,
          TrackLinks: "None" as never,
        });
        if (res.ErrorCode && res.ErrorCode !== 0)
          return {
            ok: false,
            channel: "postmark",
            message: describePostmarkFailure({ code: res.ErrorCode, message: res.Message }, mail.to),
            undeliverable: res.ErrorCode === 300 || res.ErrorCode === 406,
          };
        return { ok: true, channel: "postmark", messageId: res.MessageID };
      } catch (err) {
        const code = (err as { code?: number }).code;
        return {
          ok: false,
          channel: "postmark",
          message: describePostmarkFailure(err, mail.to),
          undeliverable: code === 300 || code === 406,
        };
      }
    },
  };
}
