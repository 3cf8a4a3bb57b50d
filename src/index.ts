// Worker entry: the HTTP app, the scheduled work and the mail queue's consumer.
import { buildApp } from "./app";
import type { Bindings } from "./env";
import type { MailMessage } from "./lib/mail-message";
import { consumeMail } from "./queues/mail";
import { runReminders } from "./scheduled/reminders";
import { runScheduledSweep } from "./scheduled/sweep";

const app = buildApp();

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    const now = new Date(controller.scheduledTime);
    ctx.waitUntil(Promise.all([runScheduledSweep(env, now), runReminders(env, now)]));
  },
  async queue(batch, env) {
    await consumeMail(batch as MessageBatch<MailMessage>, env);
  },
} satisfies ExportedHandler<Bindings>;
