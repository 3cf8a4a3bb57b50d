// `npm run test:e2e`: starts the app on a free port with a fresh local database, then runs
// every browser flow in test/e2e/*.test.mjs (node's test runner, real Chromium).
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, root, startDevServer } from "../../scripts/dev-server.mjs";
import { startFakeGoogle } from "./fake-google.mjs";

const persistTo = mkdtempSync(join(tmpdir(), "trips-e2e-"));
// Gmail is configured against a local fake of Google, so Settings → Gmail runs end to end.
const google = await startFakeGoogle();
const server = await startDevServer({
  port: await freePort(),
  inspectorPort: await freePort(),
  persistTo,
  quiet: true,
  vars: google.vars,
});
let status = 1;
try {
  const dir = join(root, "test", "e2e");
  // `npm run test:e2e -- email-change` runs only the files whose names contain an argument.
  const only = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".test.mjs") && (only.length === 0 || only.some((o) => f.includes(o))))
    .map((f) => join(dir, f));
  // Not spawnSync: the fake Google lives in this process and must keep answering meanwhile.
  const tests = spawn(process.execPath, ["--test", "--test-concurrency=1", ...files], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, E2E_BASE_URL: server.baseUrl, E2E_PERSIST_TO: persistTo, E2E_FAKE_GOOGLE: google.origin },
  });
  status = await new Promise((resolve) => tests.once("exit", (code) => resolve(code ?? 1)));
} finally {
  await server.stop();
  await google.close();
  rmSync(persistTo, { recursive: true, force: true });
}
process.exit(status);
