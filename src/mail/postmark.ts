// Postmark's single-email endpoint, POST https://api.postmarkapp.com/email, spoken with a plain
// fetch: the official `postmark` client added 51.5 KB minified to a Worker that has a 150 KB
// gzipped budget (`npm run size`), and this is the only call we make. fetch is injectable so
// tests fake the outside world at the fetch boundary. Failures come back in words an advisor
// understands. API: https://postmarkapp.com/developer/user-guide/send-email-with-api
import type { MailTransport, SendResult } from "./message";

export interface PostmarkOptions {
  token: string;
  messageStream: string;
  fetch?: typeof fetch;
  /** Host of the API, without scheme; tests may point it elsewhere. */
  requestHost?: string;
  timeoutSeconds?: number;
}

/** Postmark's answer to /email: MessageID on success, ErrorCode and Message on every answer. */
interface PostmarkReply {
  MessageID: string;
  ErrorCode?: number;
  Message?: string;
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

/** The body as JSON; an outage or a proxy may answer text or nothing, which reads as no fields. */
async function readReply(res: Response): Promise<Partial<PostmarkReply>> {
  const text = await res.text();
  try {
    const body: unknown = JSON.parse(text);
    return body && typeof body === "object" ? body : {};
  } catch {
    return {};
  }
}

function failed(err: unknown, to: string): SendResult {
  const code = (err as { code?: number }).code;
  return {
    ok: false,
    channel: "postmark",
    message: describePostmarkFailure(err, to),
    undeliverable: code === 300 || code === 406,
  };
}

export function postmarkTransport(options: PostmarkOptions): MailTransport {
  const send = options.fetch ?? ((input, init) => fetch(input, init));
  const url = `https://${options.requestHost || "api.postmarkapp.com"}/email`;
  return {
    channel: "postmark",
    async send(mail): Promise<SendResult> {
      try {
        const res = await send(url, {
          method: "POST",
          headers: {
            Accept: "application/json",
            "Content-Type": "application/json",
            "X-Postmark-Server-Token": options.token,
          },
          body: JSON.stringify({
            From: mail.from,
            To: mail.to,
            ReplyTo: mail.replyTo,
            Subject: mail.subject,
            HtmlBody: mail.html,
            TextBody: mail.text,
            Tag: mail.tag,
            MessageStream: options.messageStream,
            TrackLinks: "None",
          }),
          // Covers reading the body too: a Postmark that never finishes answering ends here.
          signal: AbortSignal.timeout((options.timeoutSeconds ?? 10) * 1000),
        });
        const reply = await readReply(res);
        if (!res.ok)
          return failed(
            {
              code: reply.ErrorCode ?? 0,
              statusCode: res.status,
              message: reply.Message ?? `Request returned status code ${res.status}`,
            },
            mail.to,
          );
        if (reply.ErrorCode) return failed({ code: reply.ErrorCode, message: reply.Message }, mail.to);
        return { ok: true, channel: "postmark", messageId: reply.MessageID as string };
      } catch (err) {
        // The request never got an answer: network failure, abort or timeout.
        return failed(err, mail.to);
      }
    },
  };
}
