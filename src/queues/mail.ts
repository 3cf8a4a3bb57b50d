// The MAIL queue's consumer and its dead-letter queue's: each message is one outbound email
// (portal-access/mail/). A send that fails for a passing reason is retried with backoff;
// one the queue gives up on arrives on the dead-letter queue and is recorded as send_failed.
import { openDb } from "../db/client";
import { type Bindings, readConfig } from "../env";
import { deliverOutbound, giveUpOnOutbound, type MailMessage, portalMailer } from "../portal-access";

export const DEAD_LETTER_SUFFIX = "-dlq";

/** Seconds before the next attempt: 30 s, 1 min, 2 min, … up to 10 min. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 600);
}

export async function consumeMail(batch: MessageBatch<MailMessage>, env: Bindings, now = () => new Date()) {
  const { db } = openDb(env.DB);
  const deadLetters = batch.queue.endsWith(DEAD_LETTER_SUFFIX);
  const config = readConfig(env);
  // No queue: the consumer sends at once, through the same mail owner as a click.
  const deps = { ...portalMailer({ config, db }), secret: config.SESSION_SECRET };
  for (const message of batch.messages) {
    try {
      if (deadLetters) {
        await giveUpOnOutbound(db, message.body.outboundId, now());
        message.ack();
        continue;
      }
      const outcome = await deliverOutbound(deps, message.body, now());
      if (outcome === "retry") message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
      else message.ack();
      console.log(
        JSON.stringify({ job: "mail", outboundId: message.body.outboundId, outcome, attempt: message.attempts }),
      );
    } catch (err) {
      console.error("mail consumer failed", err);
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  }
}
