// Shared browser set-up for the e2e flows: Debian's Chromium driven by playwright-core.
import { mkdirSync } from "node:fs";
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

// Sign-in is rate limited (10 a minute per address and per account), so each test file signs
// an advisor in through the form once and reuses that session cookie in its later pages.
const sessions = new Map();

export async function signInAsAdvisor(page, email = "pat@pridetravelers.example", password = "travel-demo-2026") {
  const cached = sessions.get(email);
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
  sessions.set(
    email,
    (await page.context().cookies()).filter((c) => c.name === "__Host-trips_advisor"),
  );
}

export async function screenshot(page, name) {
  if (!process.env.E2E_SCREENSHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}
