// Starts the app locally the way `npm run dev` and the browser tests both need it:
// local secrets in .dev.vars (created when missing), migrations applied to local D1,
// `wrangler dev` running, and the demo data seeded through the dev-only seed route.

import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);

/** A port nothing listens on right now (for the browser tests and the bench). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "localhost", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function ensureDevVars() {
  const file = join(root, ".dev.vars");
  if (!existsSync(file)) {
    const secret = () => randomBytes(32).toString("base64url");
    writeFileSync(
      file,
      [
        "# Local secrets, created by `npm run dev`. Never commit this file.",
        `SESSION_SECRET=${secret()}`,
        `DEV_SEED_KEY=${secret()}`,
        "# The password Postmark's delivery webhooks authenticate with (user: postmark).",
        `POSTMARK_WEBHOOK_SECRET=${secret()}`,
        "# Set POSTMARK_TOKEN to send real mail; without it mail goes to the dev outbox at /dev/outbox.",
        "",
      ].join("\n"),
    );
    console.log("Created .dev.vars with fresh local secrets.");
  } else if (!/^POSTMARK_WEBHOOK_SECRET=/m.test(readFileSync(file, "utf8"))) {
    // Older .dev.vars files predate delivery webhooks: add the secret, keep everything else.
    writeFileSync(
      file,
      `${readFileSync(file, "utf8").replace(/\n*$/, "\n")}POSTMARK_WEBHOOK_SECRET=${randomBytes(32).toString("base64url")}\n`,
    );
  }
  return Object.fromEntries(
    readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
}

export function applyMigrations(persistTo) {
  const args = ["d1", "migrations", "apply", "DB", "--local", ...(persistTo ? ["--persist-to", persistTo] : [])];
  const result = spawnSync(bin("wrangler"), args, {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, CI: "true" },
  });
  if (result.status !== 0) throw new Error("Applying local D1 migrations failed.");
}

async function waitForServer(baseUrl, child, timeoutMs = 60_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/login`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer on ${baseUrl} within ${timeoutMs / 1000}s.`);
}

/** Starts wrangler dev and seeds; resolves once the app answers. */
export async function startDevServer({ port = 8787, inspectorPort, persistTo, quiet = false, vars = {} } = {}) {
  const devVars = ensureDevVars();
  applyMigrations(persistTo);
  const baseUrl = `http://localhost:${port}`;
  const args = [
    "dev",
    "--port",
    String(port),
    "--ip",
    "localhost",
    "--show-interactive-dev-session=false",
    "--var",
    `APP_BASE_URL:${baseUrl}`,
  ];
  for (const [k, v] of Object.entries(vars)) args.push("--var", `${k}:${v}`);
  if (persistTo) args.push("--persist-to", persistTo);
  if (inspectorPort) args.push("--inspector-port", String(inspectorPort));
  // Miniflare would fetch a sample Request.cf from the internet at start; local development
  // does not need it (the placeholder has no city) and should not depend on the network.
  const env = { CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false", ...process.env };
  const child = spawn(bin("wrangler"), args, {
    cwd: root,
    stdio: quiet ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
    env,
  });
  let output = "";
  if (quiet) {
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
  }
  try {
    await waitForServer(baseUrl, child);
    // The demo agencies' logos ride along, as files an advisor would upload (scripts/seed-logos.mjs).
    const logos = new FormData();
    for (const id of ["agc_pride", "agc_blue"]) {
      const png = readFileSync(join(root, "scripts", "seed-logos", `${id}.png`));
      logos.set(id, new File([png], `${id}.png`, { type: "image/png" }));
    }
    const res = await fetch(`${baseUrl}/dev/seed`, {
      method: "POST",
      headers: { "X-Dev-Seed-Key": devVars.DEV_SEED_KEY, Origin: baseUrl },
      body: logos,
    });
    if (!res.ok) throw new Error(`Seeding demo data failed: ${res.status} ${await res.text()}`);
  } catch (err) {
    child.kill("SIGTERM");
    if (quiet) console.error(output);
    throw err;
  }
  return {
    baseUrl,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}
