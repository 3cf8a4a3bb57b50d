// Driving the MAIL queue's consumer by hand, for tests that need its bindings (Postmark faked
// at fetch) or its retries in their own order. Everything else uses the real local queue.
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import type { Bindings } from "../../src/env";
import { outboxTransport } from "../../src/mail/outbox";
import type { MailMessage, MailQueue } from "../../src/portal-access/mail/outbound";
import { consumeMail } from "../../src/queues/mail";
import { BASE, db, MAIL_FROM } from "../fixtures";

/** The test Worker's SESSION_SECRET (vitest.config.ts), which seals the links in queue messages. */
export const SESSION_SECRET = "test-session-secret-0123456789abcdef0123456789";

/** Portal-access service dependencies whose mail goes to `queue` (a capturing one, or one that refuses). */
export function queuedDeps(queue: MailQueue) {
  return {
    db,
    kv: env.SESSIONS,
    transports: [outboxTransport(db)],
    baseUrl: BASE,
    mailFrom: MAIL_FROM,
    queue: { mail: queue, secret: SESSION_SECRET },
  };
}

/** A MAIL binding that keeps what is sent to it, so the test decides when it is consumed. */
export function capturingQueue(): MailQueue & { messages: MailMessage[] } {
  const messages: MailMessage[] = [];
  return {
    messages,
    async send(body: MailMessage) {
      messages.push(body);
      return { metadata: {} } as never;
    },
    async sendBatch(batch: Iterable<MessageSendRequest<MailMessage>>) {
      for (const m of batch) messages.push(m.body);
      return { metadata: {} } as never;
    },
  };
}

let delivery = 0;

/** Delivers the messages to the Worker's queue handler as one batch (attempt `attempts`), and says what it acked or retried. */
export async function deliver(
  messages: MailMessage[],
  options: { bindings?: Bindings; attempts?: number; queue?: string } = {},
) {
  const batch = createMessageBatch<MailMessage>(
    options.queue ?? "trips-mail-dev",
    messages.map((body) => ({ id: `msg-${++delivery}`, timestamp: new Date(), attempts: options.attempts ?? 1, body })),
  );
  const ctx = createExecutionContext();
  await consumeMail(batch, options.bindings ?? (env as Bindings));
  return getQueueResult(batch, ctx);
}
