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
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(`${BASE_URL}/portal/pride-travelers`);
  assert.match(await page.locator("main").innerText(), /Patagonia trekking/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/portal\/pride-travelers\/login/);
  await page.close();
});

test("after a reset, the sign-in page has the email filled in and says the password changed (no automatic sign-in)", async () => {
  const page = await browser.newPage();
  const before = await newestLinkTo("elena@example.com");
  await page.goto(`${BASE_URL}/portal/pride-travelers/forgot`);
  await page.getByLabel("Your email").fill("elena@example.com");
  await page.getByRole("button", { name: "Email me a link" }).click();
  const sent = page.locator("#forgot-sent");
  await sent.waitFor();
  const words = await sent.innerText();
  assert.match(words, /If elena@example\.com has access to this portal, a link is on its way to it\./);
  assert.match(words, /expires in 7 days, on [A-Z][a-z]{2} \d{1,2}, \d{4}/);
  assert.match(words, /spam or junk folder/);
  await screenshot(page, "forgot-sent");

  // The reset goes through the mail queue: wait for the new link.
  let link = before;
  for (let i = 0; i < 60 && link === before; i++) {
    await new Promise((r) => setTimeout(r, 250));
    link = await newestLinkTo("elena@example.com");
  }
  assert.notEqual(link, before, "a reset link arrived");
  await page.goto(link);
  await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
  await page.getByLabel("New password").fill("tide pools at low water");
  await page.getByLabel("Confirm password").fill("tide pools at low water");
  await page.getByRole("button", { name: "Save new password" }).click();
  await page.waitForURL(`${BASE_URL}/portal/pride-travelers/login?changed=1`);
  assert.equal(await page.getByRole("status").innerText(), "Password changed. Sign in with your new password.");
  assert.equal(await page.getByLabel("Email").inputValue(), "elena@example.com");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "password");
  await screenshot(page, "sign-in-after-reset");
  await page.keyboard.type("tide pools at low water");
  await page.keyboard.press("Enter");
  await page.waitForURL(`${BASE_URL}/portal/pride-travelers`);
  assert.match(await page.locator("h1").innerText(), /Hi Elena/);
  // Read once: the next visit to the sign-in page starts empty.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/portal\/pride-travelers\/login/);
  assert.equal(await page.getByLabel("Email").inputValue(), "");
  await page.close();
});
