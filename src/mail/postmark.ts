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
  // 300 is "Invalid email request": any request Postmark can't take (a name it can't parse, an
  // empty body, too many recipients), not a verdict on the address.
  // https://postmarkapp.com/support/article/1180-what-does-errorcode-300-mean
  if (e.code === 300)
    return "The agency's email service refused this email as an invalid request. Nothing was sent; try again, and if it keeps failing, ask whoever runs Trips to check the server log.";
  if (e.code === 406)
    return `The agency's email service won't deliver to ${to}: mail to it bounced or was marked as spam before, so the address is inactive. Check the email address on the Contact info tab.`;
  if (e.code === 10 || e.statusCode === 401)
    return "The agency's email service refused this server's token. Ask whoever runs Trips to check POSTMARK_TOKEN.";
  if (e.statusCode === 429)
    return "The agency's email service is turning emails away for a moment. Nothing was sent; try again in a minute.";
  if (e.statusCode !== undefined && e.statusCode >= 500)
    return "The agency's email service is having trouble right now. Nothing was sent; try again in a minute.";
  if (/timeout|abort/i.test(`${e.name ?? ""} ${e.message ?? ""}`))
    return "The agency's email service did not answer in time. Nothing was sent; try again in a minute.";
  if (e.statusCode === 422)
    return `The agency's email service refused the message to ${to}: ${e.message ?? "invalid request"}.`;
  return `The agency's email service could not send the email (${e.message ?? "unknown error"}). Nothing was sent; try again in a minute.`;
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

/**
 * Postmark's API error codes (https://postmarkapp.com/developer/api/overview#error-codes): 406,
 * "Inactive recipient", is the address's problem; 300, "Invalid email request", is ours, told to
 * the operator with Postmark's own message since the advisor's words can't carry it.
 */
function failed(err: unknown, to: string): SendResult {
  const e = err as { code?: number; message?: string };
  if (e.code === 300) console.error(`Postmark ErrorCode 300 (invalid email request) sending to ${to}: ${e.message}`);
  const refused = e.code === 406 ? "address" : e.code === 300 ? "request" : undefined;
  return { ok: false, channel: "postmark", message: describePostmarkFailure(err, to), ...(refused ? { refused } : {}) };
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
