import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, launch, screenshot, signInAsAdvisor } from "./browser.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

async function inviteFromTrip(page, tripTitle, travelerName) {
  await signInAsAdvisor(page);
  await page.getByRole("link", { name: tripTitle }).click();
  const row = page.locator("li.traveler", { hasText: travelerName });
  await row.getByRole("button").click();
  await row.locator(".pill").waitFor();
}

async function newestLinkTo(email) {
  const res = await fetch(`${BASE_URL}/dev/outbox.json`);
  const mail = (await res.json()).find((m) => m.to === email);
  assert.ok(mail, `no mail to ${email} in the outbox`);
  return mail.links.find((l) => l.includes("/claim/"));
}

test("a traveler goes from the invite email in the dev outbox to the portal home, signed in", async () => {
  const advisor = await browser.newPage();
  await inviteFromTrip(advisor, "Patagonia trekking", "Elena Park");
  await advisor.close();

  const page = await browser.newPage();
  await page.goto(`${BASE_URL}/dev/outbox`);
  await page.locator("tr", { hasText: "elena@example.com" }).first().getByRole("link", { name: "Open link" }).click();
  await page.getByRole("heading", { name: "Set your password" }).waitFor();
  await screenshot(page, "claim");
  await page.getByLabel("New password").fill("a long walk on the beach at dusk");
  await page.getByLabel("Confirm password").fill("a long walk on the beach at dusk");
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await page.waitForURL(new RegExp(`^${BASE_URL}/portal/pride-travelers(\\?trip=[A-Za-z0-9_-]+)?$`));
  assert.match(await page.locator("h1").innerText(), /Hi Elena/);
  assert.match(await page.locator("main").innerText(), /Patagonia trekking/);
  await screenshot(page, "portal-home");
  await page.close();
});

test("the claim page renders and submits with JavaScript disabled (Referrer-Policy no-referrer, Origin null)", async () => {
  const advisor = await browser.newPage();
  await inviteFromTrip(advisor, "Patagonia trekking", "Diego Alvarez");
  await advisor.close();
  const link = await newestLinkTo("diego@example.com");

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(link);
  assert.equal(response.status(), 200);
  assert.equal(response.headers()["referrer-policy"], "no-referrer");
  await page.getByLabel("New password").fill("short");
  await page.getByLabel("Confirm password").fill("short");
  // Bypass the browser's own minlength check to see the server's message.
  await page.locator("form").evaluate((f) => f.setAttribute("novalidate", ""));
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await page.getByRole("alert").waitFor();
  assert.match(await page.getByRole("alert").innerText(), /at least 12 characters/);
  await page.getByLabel("New password").fill("sunrise over the andes mountains");
  await page.getByLabel("Confirm password").fill("sunrise over the andes mountains");
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await page.waitForURL(new RegExp(`^${BASE_URL}/portal/pride-travelers(\\?trip=[A-Za-z0-9_-]+)?$`));
  assert.match(await page.locator("h1").innerText(), /Hi Diego/);

  // The link is single use.
  const again = await page.goto(link);
  assert.equal(again.status(), 410);
  assert.match(await page.locator("h1").innerText(), /That link is no longer valid\./);
  await context.close();
});

test("a client who claimed their invite signs in again later and signs out", async () => {
  const page = await browser.newPage();
  await page.goto(`${BASE_URL}/portal/pride-travelers/login`);
  await page.getByLabel("Email").fill("elena@example.com");
  await page.getByLabel("Password").fill("a long walk on the beach at dusk");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${BASE_URL}/portal/pride-travelers`);
  assert.match(await page.locator("main").innerText(), /Patagonia trekking/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/portal\/pride-travelers\/login/);
  await page.close();
});
