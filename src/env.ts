// Bindings and configuration, validated once per environment object with zod so a
// misconfigured deployment fails loudly on its first request instead of deep in a feature.
import * as z from "zod/mini";
import type { MailMessage } from "./lib/mail-message";
import { PRODUCTION_SCRYPT, type ScryptParams, TEST_SCRYPT } from "./lib/password";

export interface Bindings {
  DB: D1Database;
  SESSIONS: KVNamespace;
  AUTH_LIMITER: RateLimit;
  /** Passkey sign-in options, per IP (wrangler.toml): asked for on every sign-in page view. */
  PASSKEY_OPTIONS_LIMITER?: RateLimit;
  /** Uploaded agency logos (brand/store.ts), served at /brand/…; local R2 in dev and tests. */
  BRAND_ASSETS: R2Bucket;
  /** Mail no click waits for (portal-access/mail/); consumed by this Worker. */
  MAIL: Queue<MailMessage>;
  ASSETS?: Fetcher;
  ENVIRONMENT?: string;
  APP_BASE_URL?: string;
  MAIL_FROM?: string;
  POSTMARK_MESSAGE_STREAM?: string;
  POSTMARK_TOKEN?: string;
  POSTMARK_WEBHOOK_SECRET?: string;
  POSTMARK_API_URL?: string;
  SESSION_SECRET?: string;
  DEV_SEED_KEY?: string;
  GOOGLE_CLIENT_ID?: string;
  GOOGLE_CLIENT_SECRET?: string;
  GOOGLE_AUTH_URL?: string;
  GOOGLE_TOKEN_URL?: string;
  GOOGLE_REVOKE_URL?: string;
  GMAIL_API_URL?: string;
  TOKEN_SEAL_KEY?: string;
  /** "test" lowers the password hashing cost for the test suite; refused outside ENVIRONMENT=test. */
  PASSWORD_HASH_COST?: string;
}

// An empty value in .dev.vars or the dashboard means "not set", not "invalid".
const unsetIfEmpty = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.transform((v: unknown) => (v === "" ? undefined : v)),
    schema,
  );
const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, "");
const optionalString = unsetIfEmpty(z.optional(z.string().check(z.minLength(1))));
const urlOr = (fallback: string, name: string) =>
  unsetIfEmpty(
    z.pipe(
      z._default(z.url({ error: `${name} must be an absolute URL` }), fallback),
      z.transform(withoutTrailingSlash),
    ),
  );

const MAIL_FROM_RULE = "MAIL_FROM must name the sender, e.g. Trips <noreply@example.com>";
const SESSION_SECRET_RULE = "SESSION_SECRET must be at least 32 characters (wrangler secret put SESSION_SECRET)";

const configSchema = z
  .object({
    ENVIRONMENT: z.enum(["development", "test", "production"], {
      error: "ENVIRONMENT must be development, test or production",
    }),
    APP_BASE_URL: z.pipe(
      z.url({ error: "APP_BASE_URL must be an absolute URL such as https://portal.example.com" }),
      z.transform(withoutTrailingSlash),
    ),
    MAIL_FROM: z.string({ error: MAIL_FROM_RULE }).check(z.minLength(3, { error: MAIL_FROM_RULE })),
    POSTMARK_MESSAGE_STREAM: z._default(z.string(), "outbound"),
    POSTMARK_TOKEN: z.optional(
      z.string().check(z.minLength(1, { error: "POSTMARK_TOKEN is empty: set the server token or remove it" })),
    ),
    POSTMARK_WEBHOOK_SECRET: unsetIfEmpty(
      z.optional(
        z.string().check(z.minLength(16, { error: "POSTMARK_WEBHOOK_SECRET must be at least 16 random characters" })),
      ),
    ),
    POSTMARK_API_URL: z.optional(z.url({ error: "POSTMARK_API_URL must be an absolute URL" })),
    SESSION_SECRET: z.string({ error: SESSION_SECRET_RULE }).check(z.minLength(32, { error: SESSION_SECRET_RULE })),
    DEV_SEED_KEY: z.optional(
      z.string().check(z.minLength(16, { error: "DEV_SEED_KEY must be at least 16 random characters" })),
    ),
    // Gmail sending (SPEC §6) is optional: without a client id, secret and seal key, Settings says what to set.
    GOOGLE_CLIENT_ID: optionalString,
    GOOGLE_CLIENT_SECRET: optionalString,
    GOOGLE_AUTH_URL: urlOr("https://accounts.google.com/o/oauth2/v2/auth", "GOOGLE_AUTH_URL"),
    GOOGLE_TOKEN_URL: urlOr("https://oauth2.googleapis.com/token", "GOOGLE_TOKEN_URL"),
    GOOGLE_REVOKE_URL: urlOr("https://oauth2.googleapis.com/revoke", "GOOGLE_REVOKE_URL"),
    GMAIL_API_URL: urlOr("https://gmail.googleapis.com", "GMAIL_API_URL"),
    TOKEN_SEAL_KEY: unsetIfEmpty(
      z.optional(
        z.string().check(
          z.minLength(32, {
            error: "TOKEN_SEAL_KEY must be at least 32 random characters (wrangler secret put TOKEN_SEAL_KEY)",
          }),
        ),
      ),
    ),
    PASSWORD_HASH_COST: unsetIfEmpty(
      z.optional(z.literal("test", { error: 'PASSWORD_HASH_COST must be "test" or unset' })),
    ),
  })
  .check(
    z.refine((c) => c.PASSWORD_HASH_COST !== "test" || c.ENVIRONMENT === "test", {
      error: "PASSWORD_HASH_COST=test weakens password hashes and is only allowed when ENVIRONMENT is test",
    }),
    z.refine((c) => c.ENVIRONMENT !== "production" || !!c.POSTMARK_TOKEN, {
      error: "POSTMARK_TOKEN is required in production (wrangler secret put POSTMARK_TOKEN)",
    }),
    z.refine((c) => c.ENVIRONMENT !== "production" || !!c.POSTMARK_WEBHOOK_SECRET, {
      error: "POSTMARK_WEBHOOK_SECRET is required in production (wrangler secret put POSTMARK_WEBHOOK_SECRET)",
    }),
  );

export type Config = z.infer<typeof configSchema> & {
  /** Mail goes to the local dev outbox instead of Postmark. Never true in production. */
  useDevOutbox: boolean;
  /** The cost new password hashes are made with (and unknown emails are checked against). */
  scrypt: ScryptParams;
};

const cache = new WeakMap<object, Config>();

export function readConfig(env: Bindings): Config {
  const cached = cache.get(env);
  if (cached) return cached;
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  const config = {
    ...parsed.data,
    useDevOutbox: parsed.data.ENVIRONMENT !== "production" && !parsed.data.POSTMARK_TOKEN,
    scrypt: parsed.data.PASSWORD_HASH_COST === "test" ? TEST_SCRYPT : PRODUCTION_SCRYPT,
  };
  cache.set(env, config);
  return config;
}
