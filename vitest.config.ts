// Two test projects. "unit": pure modules (rules, predicates, renderers, parsers) in plain Node,
// from test/unit/. "workers": everything that touches D1, KV or the Worker, inside workerd.

import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

const migrations = await readD1Migrations(fileURLToPath(new URL("./migrations", import.meta.url)));

export default defineConfig({
  // wrangler.toml's build flag (src/build-flags.d.ts): the tests build the development Worker.
  define: { __DEV_TOOLS__: "true" },
  test: {
    testTimeout: 20_000,
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                ENVIRONMENT: "test",
                APP_BASE_URL: "https://portal.test",
                SESSION_SECRET: "test-session-secret-0123456789abcdef0123456789",
                DEV_SEED_KEY: "test-seed-key-0123456789",
                PASSWORD_HASH_COST: "test",
                POSTMARK_WEBHOOK_SECRET: "test-webhook-secret-0123456789",
                TEST_MIGRATIONS: migrations,
              },
            },
          }),
        ],
        test: {
          name: "workers",
          include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
          exclude: ["test/e2e/**", "test/unit/**"],
          setupFiles: ["./test/setup.ts"],
          // One workerd (and one local D1 and KV) per Vitest worker, reused by every file it runs,
          // one file at a time: spawning one per file cost about a second each. Tests build their
          // own rows with fresh ids and look them up by those ids (see test/fixtures.ts).
          isolate: false,
        },
      },
    ],
  },
});
