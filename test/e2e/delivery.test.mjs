// Delivery-aware invites, the whole loop on one machine: invite Lucia, Simulate bounce in the
// dev outbox (the same authenticated webhook Postmark would post), the trip row says Bounced
// and offers Fix email; fix the address, send the invite the Access tab offers, Mark delivered,
// and the Access tab says Delivered.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, launch, screenshot, signInAsAdvisor } from "./browser.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

async function outboxRow(page, address) {
  await page.goto(`${BASE_URL}/dev/outbox`);
  const row = page
    .locator("#outbox tbody tr", { has: page.locator("td", { hasText: new RegExp(`^${address}$`) }) })
    .first();
  await row.waitFor();
  return row;
}

test("a bounced invite turns into Fix email; the corrected address gets an invite that shows Delivered", async () => {
  const page = await browser.newPage();
  await signInAsAdvisor(page, "lee@bluehorizon.example");

  await page.goto(`${BASE_URL}/trips/trp_azores`);
  const row = page.locator("#traveler-con_lucia");
  await row.getByRole("button", { name: "Invite to portal" }).click();
  await row.getByRole("button", { name: "Resend invite" }).waitFor();

  await (await outboxRow(page, "lucia@example.com")).getByRole("button", { name: "Simulate bounce" }).click();
  await page.waitForURL(`${BASE_URL}/dev/outbox`);

  await page.goto(`${BASE_URL}/trips/trp_azores`);
  const bounced = page.locator("#traveler-con_lucia");
  assert.equal(await bounced.locator(".delivery-hint").innerText(), "Bounced");
  assert.equal(await bounced.getByRole("button", { name: "Resend invite" }).count(), 0);
  await screenshot(page, "delivery-bounced-row");
  await bounced.getByRole("link", { name: "Fix email" }).click();

  await page.waitForURL(`${BASE_URL}/contacts/con_lucia#email`);
  await page.getByLabel("Email").fill("lucia.ferreira@example.com");
  await page.getByRole("button", { name: "Save contact" }).click();
  await page.waitForURL(`${BASE_URL}/contacts/con_lucia/access`);
  await page.getByRole("button", { name: "Send invite to lucia.ferreira@example.com" }).click();
  await page.locator("#toasts .toast", { hasText: "Invite sent to lucia.ferreira@example.com" }).waitFor();

  await (await outboxRow(page, "lucia.ferreira@example.com")).getByRole("button", { name: "Mark delivered" }).click();
  await page.waitForURL(`${BASE_URL}/dev/outbox`);

  await page.goto(`${BASE_URL}/contacts/con_lucia/access`);
  assert.match(await page.locator("#latest-delivery").innerText(), /to lucia\.ferreira@example\.com .*Delivered/);
  await screenshot(page, "delivery-delivered-access");
  await page.goto(`${BASE_URL}/trips/trp_azores`);
  assert.equal(await page.locator("#traveler-con_lucia .delivery-hint").innerText(), "Delivered");
  await page.close();
});
