import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, launch, screenshot, signInAsAdvisor } from "./browser.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

test("with auto-invite on, sharing an invoice invites the primary traveler: pill Invite pending, mail in the outbox", async () => {
  const page = await browser.newPage();
  await signInAsAdvisor(page, "lee@bluehorizon.example");
  await page.getByRole("link", { name: "Settings" }).click();
  const toggle = page.getByLabel("Send a portal invite on first share");
  assert.equal(await toggle.isChecked(), false, "auto-invite is off by default");
  await toggle.check();
  await page.locator("#client-portal").getByRole("button", { name: "Save" }).click();
  await page.getByText("Portal invites will go out on the first share").waitFor();

  await page.getByRole("link", { name: "Trips" }).click();
  await page.getByRole("link", { name: /Iceland ring road/ }).click();
  const hana = page.locator("li.traveler", { hasText: "Hana Kim" });
  assert.equal(await hana.locator(".pill").count(), 0);
  await page.locator("li.doc", { hasText: "Invoice BH-207" }).getByRole("button", { name: "Share" }).click();
  await hana.locator(".pill", { hasText: "Invite pending" }).waitFor();
  await page
    .locator("li.doc", { hasText: "Invoice BH-207" })
    .getByText(/^Shared /)
    .waitFor();
  await page.locator("#toasts .toast", { hasText: "Portal invite sent to hana@example.com" }).waitFor();
  await screenshot(page, "share-auto-invite");

  const mail = await (await fetch(`${BASE_URL}/dev/outbox.json`)).json();
  const invite = mail.find((m) => m.to === "hana@example.com");
  assert.ok(invite, "the auto-invite is in the dev outbox");
  assert.match(invite.subject, /Blue Horizon Journeys/);
  assert.ok(invite.links.some((l) => /\/portal\/blue-horizon\/claim\/[A-Za-z0-9_-]{43}$/.test(l)));
  const ivo = page.locator("li.traveler", { hasText: "Ivo Novak" });
  assert.equal(await ivo.locator(".pill").count(), 0, "secondary travelers are never auto-invited");
  await page.close();
});
