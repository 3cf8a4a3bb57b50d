// Bindings and configuration, validated once per environment object with zod so a
// misconfigured deployment fails loudly on its first request instead of deep in a feature.
import { z } from "zod";

export interface Bindings {
  DB: D1Database;
  SESSIONS: KVNamespace;
  AUTH_LIMITER: RateLimit;
  ASSETS?: Fetcher;
  ENVIRONMENT?: string;
  APP_BASE_URL?: string;
  MAIL_FROM?: string;
  POSTMARK_MESSAGE_STREAM?: string;
  POSTMARK_TOKEN?: string;
  POSTMARK_API_URL?: string;
  SESSION_SECRET?: string;
  DEV_SEED_KEY?: string;
}

const configSchema = z
  .object({
    ENVIRONMENT: z.enum(["development", "test", "production"], { error: "ENVIRONMENT must be development, test or production" }),
    APP_BASE_URL: z.url({ error: "APP_BASE_URL must be an absolute URL such as https://portal.example.com" }).transform((u) => u.replace(/\/+$/, "")),
    MAIL_FROM: z.string().min(3, { error: "MAIL_FROM must name the sender, e.g. Trips <noreply@example.com>" }),
    POSTMARK_MESSAGE_STREAM: z.string().default("outbound"),
    POSTMARK_TOKEN: z.string().min(1).optional(),
    POSTMARK_API_URL: z.url().optional(),
    SESSION_SECRET: z.string().min(32, { error: "SESSION_SECRET must be at least 32 characters (wrangler secret put SESSION_SECRET)" }),
    DEV_SEED_KEY: z.string().min(16).optional(),
  })
  .refine((c) => c.ENVIRONMENT !== "production" || !!c.POSTMARK_TOKEN, {
    error: "POSTMARK_TOKEN is required in production (wrangler secret put POSTMARK_TOKEN)",
  });

export type Config = z.infer<typeof configSchema> & {
  /** Mail goes to the local dev outbox instead of Postmark. Never true in production. */
  useDevOutbox: boolean;
};

const cache = new WeakMap<object, Config>();

export function readConfig(env: Bindings): Config {
  const cached = cache.get(env);
  if (cached) return cached;
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  const config = { ...parsed.data, useDevOutbox: parsed.data.ENVIRONMENT !== "production" && !parsed.data.POSTMARK_TOKEN };
  cache.set(env, config);
  return config;
}
