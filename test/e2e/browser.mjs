// Shared browser set-up for the e2e flows: Debian's Chromium driven by playwright-core.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

export const BASE_URL = process.env.E2E_BASE_URL ?? "http://localhost:8787";
const SHOTS = join(process.cwd(), "screenshots");

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

// Sign-in is rate limited (10 a minute per address, and every browser here is one address), so
// an advisor signs in through the form once per run and every test file reuses that session:
// the cookies are kept beside the run's database (E2E_PERSIST_TO), which all the files share.
const sessions = new Map();
const SESSIONS_FILE = process.env.E2E_PERSIST_TO ? join(process.env.E2E_PERSIST_TO, "advisor-sessions.json") : null;

function storedSessions() {
  if (!SESSIONS_FILE || !existsSync(SESSIONS_FILE)) return {};
  return JSON.parse(readFileSync(SESSIONS_FILE, "utf8"));
}

/** `throughForm`: sign in with the form even when a session is kept (the flow that tests sign-in itself). */
export async function signInAsAdvisor(
  page,
  email = "pat@pridetravelers.example",
  password = "travel-demo-2026",
  { throughForm = false } = {},
) {
  const cached = throughForm ? null : (sessions.get(email) ?? storedSessions()[email]);
  if (cached) {
    await page.context().addCookies(cached);
    await page.goto(`${BASE_URL}/trips`);
    return;
  }
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${BASE_URL}/trips`);
  const cookies = (await page.context().cookies()).filter((c) => c.name === "__Host-trips_advisor");
  sessions.set(email, cookies);
  if (SESSIONS_FILE) writeFileSync(SESSIONS_FILE, JSON.stringify({ ...storedSessions(), [email]: cookies }));
}

export async function screenshot(page, name) {
  if (!process.env.E2E_SCREENSHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}
