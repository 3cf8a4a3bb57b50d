// The one place Gmail sending lives. Sends portal mail as the advisor through the Gmail API (users/me/messages/send, the message
// base64url in `raw`). Any failure answers ok:false so the service falls back to the next
// transport (Postmark) without bothering the advisor; when Google has revoked or expired the
// connection, the connection is also marked needs_reconnect so Settings asks for a reconnect.
import * as z from "zod/mini";
import type { Db } from "../db/client";
import type { MailTransport, SendResult } from "../mail/message";
import { buildMimeMessage, encodeRawMessage } from "../mail/mime";
import { type AccessTokenResult, forgetAccessToken, obtainAccessToken } from "./access-token";
import type { GoogleConfig } from "./config";
import { type FetchLike, GOOGLE_TIMEOUT_MS, globalFetch } from "./oauth";
import { type GmailSender, loadConnectedGmailSender, markGmailNeedsReconnect } from "./queries";

export interface GmailTransportOptions {
  kv: KVNamespace;
  google: GoogleConfig;
  /** The advisor's usable connection, read at send time; null when there is none. */
  loadSender: () => Promise<GmailSender | null>;
  /** Google refused the connection for good. */
  markNeedsReconnect: (sender: GmailSender) => Promise<void>;
  fetch?: FetchLike;
  timeoutMs?: number;
}

/** "Pat at Pride Travelers": the client sees who wrote, and for which agency. */
export function gmailSenderName(sender: Pick<GmailSender, "advisorName" | "agencyName">): string {
  const firstName = sender.advisorName.trim().split(/\s+/)[0] ?? "";
  return firstName ? `${firstName} at ${sender.agencyName}` : sender.agencyName;
}

const sentAnswer = z.object({ id: z.string().check(z.minLength(1)), threadId: z.optional(z.string()) });
const errorReasons = z.optional(z.array(z.object({ reason: z.optional(z.string()) })));
const errorAnswer = z.object({
  error: z.object({ message: z.optional(z.string()), errors: errorReasons, details: errorReasons }),
});

// 403s that say nothing about the advisor's connection: quota, rate limits, the API switched
// off in the Google Cloud project. Reconnecting would not help, so they only fall back.
const NOT_THE_CONNECTION = /ratelimit|quota|dailylimit|limitexceeded|accessnotconfigured|service_disabled/i;

type GmailAnswer =
  | { ok: true; id: string }
  | { ok: false; verdict: "unauthorized" | "rejected" | "failed"; message: string };

async function postToGmail(options: GmailTransportOptions, raw: string, accessToken: string): Promise<GmailAnswer> {
  let res: Response;
  try {
    res = await (options.fetch ?? globalFetch)(`${options.google.gmailApiUrl}/gmail/v1/users/me/messages/send`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${accessToken}`,
        "Content-Type": "application/json",
        Accept: "application/json",
      },
      body: JSON.stringify({ raw }),
      signal: AbortSignal.timeout(options.timeoutMs ?? GOOGLE_TIMEOUT_MS),
    });
  } catch (err) {
    return {
      ok: false,
      verdict: "failed",
      message: `Gmail did not answer (${(err as Error).message ?? "network error"}).`,
    };
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) {
    const sent = sentAnswer.safeParse(body);
    return sent.success
      ? { ok: true, id: sent.data.id }
      : { ok: false, verdict: "failed", message: "Gmail accepted the message but sent no message id." };
  }
  const error = errorAnswer.safeParse(body);
  const reasons = error.success
    ? [...(error.data.error.errors ?? []), ...(error.data.error.details ?? [])].map((e) => e.reason ?? "").join(" ")
    : "";
  const message = `Gmail answered ${res.status}${error.success && error.data.error.message ? `: ${error.data.error.message}` : ""}`;
  if (res.status === 401) return { ok: false, verdict: "unauthorized", message };
  if (res.status === 403 && !NOT_THE_CONNECTION.test(reasons)) return { ok: false, verdict: "rejected", message };
  return { ok: false, verdict: "failed", message };
}

export function gmailTransport(options: GmailTransportOptions): MailTransport {
  const fail = (message: string): SendResult => ({ ok: false, channel: "gmail", message });
  const tokens = {
    kv: options.kv,
    google: options.google,
    call: { fetch: options.fetch, timeoutMs: options.timeoutMs },
  };
  return {
    channel: "gmail",
    async send(mail) {
      const sender = await options.loadSender();
      if (!sender) return fail("Gmail is not connected.");
      // Gmail itself sets Message-ID, and replies go to the advisor's Gmail: no Reply-To.
      const raw = encodeRawMessage(
        buildMimeMessage({
          fromName: gmailSenderName(sender),
          fromAddress: sender.gmailEmail,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
        }),
      );
      const giveUp = async (message: string, connectionDead: boolean) => {
        if (connectionDead) {
          await options.markNeedsReconnect(sender);
          await forgetAccessToken(options.kv, sender);
        }
        console.warn(`Gmail send for advisor ${sender.advisorId} fell back: ${message}`);
        return fail(message);
      };

      let token: AccessTokenResult = await obtainAccessToken(tokens, sender);
      for (let attempt = 1; ; attempt++) {
        if (!token.ok) return giveUp(token.message, token.reason === "revoked");
        const answer = await postToGmail(options, raw, token.accessToken);
        if (answer.ok) return { ok: true, channel: "gmail", messageId: answer.id };
        // A cached token Google no longer takes (revoked early, clock skew): mint a fresh one once.
        if (answer.verdict === "unauthorized" && token.fromCache && attempt === 1) {
          await forgetAccessToken(options.kv, sender);
          token = await obtainAccessToken(tokens, sender, { skipCache: true });
          continue;
        }
        return giveUp(answer.message, answer.verdict !== "failed");
      }
    },
  };
}

/** The signed-in advisor's Gmail, wired to D1 and KV. The connection is read when a message is actually sent, so actions that send nothing cost no extra query. */
export function advisorGmailTransport(deps: {
  db: Db;
  kv: KVNamespace;
  google: GoogleConfig;
  agencyId: string;
  advisorId: string;
  fetch?: FetchLike;
  timeoutMs?: number;
}): MailTransport {
  return gmailTransport({
    kv: deps.kv,
    google: deps.google,
    fetch: deps.fetch,
    timeoutMs: deps.timeoutMs,
    loadSender: () => loadConnectedGmailSender(deps.db, deps.agencyId, deps.advisorId),
    markNeedsReconnect: (sender) =>
      markGmailNeedsReconnect(deps.db, deps.agencyId, sender.advisorId, sender.sealedRefreshToken),
  });
}
