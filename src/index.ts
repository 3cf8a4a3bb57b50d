// Worker entry: the HTTP app and the scheduled sweep.
import { buildApp } from "./app";
import type { Bindings } from "./env";
import { runScheduledSweep } from "./scheduled/sweep";

const app = buildApp();

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runScheduledSweep(env, new Date(controller.scheduledTime)));
  },
} satisfies ExportedHandler<Bindings>;
