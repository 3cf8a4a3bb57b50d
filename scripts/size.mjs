// `npm run size`: bundles the production Worker as `npm run deploy` would (minified, nothing uploaded),
// prints its gzipped size and the packages that weigh most, and fails past the budget.
// .ci/run runs it, so the worker can't quietly grow back.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 150;
const out = mkdtempSync(join(tmpdir(), "trips-size-"));
try {
  const built = spawnSync(
    "npx",
    ["wrangler", "deploy", "--dry-run", "--env", "production", "--minify", "--outdir", out, "--metafile"],
    {
      encoding: "utf8",
      env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    },
  );
  if (built.status !== 0) {
    console.error(built.stdout, built.stderr);
    process.exit(1);
  }
  const code = readFileSync(join(out, "index.js"));
  const gz = gzipSync(code, { level: 9 }).length;
  const meta = JSON.parse(readFileSync(join(out, "bundle-meta.json"), "utf8"));
  const byPackage = new Map();
  for (const output of Object.values(meta.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs ?? {})) {
      const pkg =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ??
        (path.startsWith("src/") || path.startsWith("templates/") ? "(our code)" : "(other)");
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
    }
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`worker: ${kb(code.length)} minified, ${kb(gz)} gzipped (budget ${BUDGET_KB} KB gzipped)`);
  console.log("largest parts, minified bytes in the bundle:");
  for (const [pkg, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 8))
    console.log(`  ${kb(bytes).padStart(9)}  ${pkg}`);
  if (gz > BUDGET_KB * 1024) {
    console.error(`The worker is ${kb(gz)} gzipped, over the ${BUDGET_KB} KB budget.`);
    process.exit(1);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
