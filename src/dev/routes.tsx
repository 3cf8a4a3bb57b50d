// Local-development helpers: seeding demo data, and (later) the dev outbox. None of these
// routes exist in production configuration: they answer 404 there.
import { Hono } from "hono";
import type { AppEnv } from "../types";
import { seedDemoData } from "./seed";

export const devRoutes = new Hono<AppEnv>();

devRoutes.use(async (c, next) => {
  if (c.var.config.ENVIRONMENT === "production") return c.notFound();
  await next();
});

devRoutes.post("/seed", async (c) => {
  const key = c.var.config.DEV_SEED_KEY;
  if (!key || c.req.header("X-Dev-Seed-Key") !== key) return c.text("Seeding needs the DEV_SEED_KEY from .dev.vars.", 403);
  await seedDemoData(c.var.db);
  return c.text("Demo data is in place.\n");
});
