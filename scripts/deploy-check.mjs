// `npm run deploy:check`: rehearses the production deploy without a Cloudflare account. Wrangler
// builds and validates exactly what `npm run deploy` would upload (`--dry-run --env production`:
// bindings, assets, config) into a temporary folder, and the configuration test holds
// wrangler.toml to the platform's rules that no local run checks (one consumer per queue,
// production links never on localhost). .ci/run runs it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const env = { ...process.env, WRANGLER_SEND_METRICS: "false" };
const run = (args) => spawnSync("npx", args, { stdio: "inherit", env }).status === 0;

const out = mkdtempSync(join(tmpdir(), "trips-deploy-check-"));
let ok = false;
try {
  ok =
    run(["wrangler", "deploy", "--dry-run", "--env", "production", "--outdir", out]) &&
    run(["vitest", "run", "--project", "unit", "test/unit/wrangler-config.test.ts"]);
} finally {
  rmSync(out, { recursive: true, force: true });
}
if (!ok) {
  console.error("deploy:check failed: `npm run deploy` would not go through as configured.");
  process.exit(1);
}
