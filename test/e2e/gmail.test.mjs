// Settings → Gmail in a real browser against the fake Google started by run.mjs: the Connect
// button's POST must be allowed to redirect to Google's consent page (CSP form-action applies
// to that redirect), and the round trip must land back on Settings connected.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, launch, screenshot, signInAsAdvisor } from "./browser.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

test("an advisor connects Gmail through Google's consent page and disconnects it again", {
  skip: !process.env.E2E_FAKE_GOOGLE && "run through npm run test:e2e",
}, async () => {
  const page = await browser.newPage();
  const blocked = [];
  page.on("console", (msg) => /Content Security Policy/i.test(msg.text()) && blocked.push(msg.text()));
  // Sam, not Pat: the other flows send Pat's invites and expect them in the dev outbox.
  await signInAsAdvisor(page, "sam@pridetravelers.example");
  await page.goto(`${BASE_URL}/settings`);
  const card = page.getByRole("region", { name: "Gmail" });
  await card.getByRole("button", { name: "Connect Gmail" }).click();

  await page.waitForURL(`${process.env.E2E_FAKE_GOOGLE}/auth?**`);
  assert.deepEqual(blocked, []);
  await screenshot(page, "gmail-consent");
  await page.getByRole("link", { name: "Allow" }).click();

  await page.waitForURL(`${BASE_URL}/settings`);
  assert.match(await page.getByRole("status").first().innerText(), /Gmail connected as sam\.okafor@gmail\.com/);
  assert.match(await card.innerText(), /Connected as sam\.okafor@gmail\.com/);
  await screenshot(page, "gmail-connected");

  await card.getByRole("button", { name: "Disconnect" }).click();
  const dialog = page.getByRole("dialog", { name: "Please confirm" });
  await dialog.getByRole("button", { name: "Disconnect" }).click();
  await page.waitForURL(`${BASE_URL}/settings`);
  await card.getByRole("button", { name: "Connect Gmail" }).waitFor();
  assert.match(await page.getByRole("status").first().innerText(), /Gmail disconnected\./);
  await page.close();
});
