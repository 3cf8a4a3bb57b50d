// Picks how mail leaves: Postmark when a token is configured, the dev outbox otherwise
// (never in production: configuration refuses to start without a Postmark token there).
// Advisor-triggered sends may put the advisor's Gmail first; auto-invites never do.
import type { Db } from "../db/client";
import type { Config } from "../env";
import type { MailTransport } from "./message";
import { outboxTransport } from "./outbox";
import { postmarkTransport } from "./postmark";

export function defaultTransport(config: Config, db: Db, fetchImpl?: typeof fetch): MailTransport {
  if (config.useDevOutbox) return outboxTransport(db);
  // Configuration refuses production without a token, and useDevOutbox is set whenever it is missing elsewhere.
  if (!config.POSTMARK_TOKEN) throw new Error("POSTMARK_TOKEN is not set");
  return postmarkTransport({
    token: config.POSTMARK_TOKEN,
    messageStream: config.POSTMARK_MESSAGE_STREAM,
    requestHost: config.POSTMARK_API_URL ? new URL(config.POSTMARK_API_URL).host : undefined,
    fetch: fetchImpl,
  });
}
