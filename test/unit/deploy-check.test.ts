// The first production deploy is rehearsed in CI, and the README says everything a person must
// create or replace before it: each resource wrangler.toml names for env.production, with the
// command that creates it, and each secret production refuses to start without.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { experimental_readRawConfig } from "wrangler";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const pkg = JSON.parse(read("package.json")) as { scripts: Record<string, string> };

interface Production {
  d1_databases?: { database_name: string; database_id: string }[];
  kv_namespaces?: { binding: string; id: string }[];
  r2_buckets?: { bucket_name: string }[];
  queues?: { producers?: { queue: string }[]; consumers?: { queue: string; dead_letter_queue?: string }[] };
}
const production = (
  experimental_readRawConfig({ config: new URL("../../wrangler.toml", import.meta.url).pathname }).rawConfig as {
    env: { production: Production };
  }
).env.production;

/** The README's "Configuration for production" section, up to its first subsection. */
function productionSteps(): string {
  const readme = read("README.md");
  const start = readme.indexOf("## Configuration for production");
  expect(start).toBeGreaterThan(-1);
  const end = readme.indexOf("\n### ", start);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe("deploy rehearsal", () => {
  it("npm run deploy:check builds the production Worker with wrangler's dry run and runs the configuration test", () => {
    const script = pkg.scripts["deploy:check"];
    expect(script).toBeDefined();
    const check = script?.includes("scripts/deploy-check.mjs") ? read("scripts/deploy-check.mjs") : (script ?? "");
    expect(check).toMatch(/"deploy", "--dry-run", "--env", "production", "--outdir"/);
    expect(check).toContain("test/unit/wrangler-config.test.ts");
  });

  it("runs in CI", () => {
    expect(read(".ci/run")).toMatch(/^npm run deploy:check$/m);
  });
});

describe("the README's production steps", () => {
  it("name the command that creates every resource env.production binds", () => {
    const steps = productionSteps();
    for (const db of production.d1_databases ?? []) expect(steps).toContain(`wrangler d1 create ${db.database_name}`);
    for (const kv of production.kv_namespaces ?? [])
      expect(steps).toContain(`wrangler kv namespace create ${kv.binding}`);
    for (const r2 of production.r2_buckets ?? [])
      expect(steps).toContain(`wrangler r2 bucket create ${r2.bucket_name}`);
    const queues = new Set([
      ...(production.queues?.producers ?? []).map((p) => p.queue),
      ...(production.queues?.consumers ?? []).flatMap((c) => [c.queue, c.dead_letter_queue ?? c.queue]),
    ]);
    for (const queue of queues) expect(steps).toContain(`wrangler queues create ${queue}`);
  });

  it("say which placeholder ids to replace, and where", () => {
    const steps = productionSteps();
    const placeholders = [
      ...(production.d1_databases ?? []).map((d) => ["database_id", d.database_id]),
      ...(production.kv_namespaces ?? []).map((k) => ["id", k.id]),
    ].filter(([, id]) => /^0+(-0+)*$/.test(id ?? ""));
    for (const [field] of placeholders) expect(steps).toContain(`\`${field}\``);
    if (placeholders.length > 0) expect(steps).toContain("[[env.production.");
  });

  it("set every secret production requires with wrangler secret put --env production", () => {
    const steps = productionSteps();
    for (const secret of ["SESSION_SECRET", "POSTMARK_TOKEN", "POSTMARK_WEBHOOK_SECRET"])
      expect(steps).toContain(`wrangler secret put ${secret} --env production`);
  });
});
