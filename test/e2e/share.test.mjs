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
  // No click waits for an auto-invite: it goes through the mail queue, which wrangler dev runs.
  await page.locator("#toasts .toast", { hasText: "Portal invite to hana@example.com is on its way" }).waitFor();
  await screenshot(page, "share-auto-invite");

  let invite;
  for (let tries = 0; !invite && tries < 60; tries++) {
    if (tries) await new Promise((r) => setTimeout(r, 250));
    const mail = await (await fetch(`${BASE_URL}/dev/outbox.json`)).json();
    invite = mail.find((m) => m.to === "hana@example.com");
  }
  assert.ok(invite, "the auto-invite is in the dev outbox");
  assert.match(invite.subject, /Blue Horizon Journeys/);
  assert.ok(invite.links.some((l) => /\/portal\/blue-horizon\/claim\/[A-Za-z0-9_-]{43}$/.test(l)));
  const ivo = page.locator("li.traveler", { hasText: "Ivo Novak" });
  assert.equal(await ivo.locator(".pill").count(), 0, "secondary travelers are never auto-invited");
  await page.close();

  // Hana claims the invite the share sent and lands on the invoice it was about.
  const client = await (await browser.newContext()).newPage();
  await client.goto(invite.links.find((l) => l.includes("/claim/")));
  // Password managers get the account's email as the username.
  assert.equal(
    await client.locator('input[name="username"][autocomplete="username"]').getAttribute("value"),
    "hana@example.com",
  );
  assert.equal(await client.locator('input[autocomplete="new-password"]').count(), 2);
  await client.getByLabel("New password").fill("northern lights over the fjord");
  // One toggle shows both fields; its label stays, aria-pressed says what it does now.
  const reveal = client.getByRole("button", { name: "Show passwords" });
  await reveal.click();
  assert.equal(await reveal.getAttribute("aria-pressed"), "true");
  assert.equal(await client.getByLabel("New password").getAttribute("type"), "text");
  assert.equal(await client.getByLabel("Confirm password").getAttribute("type"), "text");
  await client.getByLabel("Confirm password").fill("northern lights over the fjord");
  await reveal.click();
  assert.equal(await reveal.getAttribute("aria-pressed"), "false");
  assert.equal(await client.getByLabel("Confirm password").getAttribute("type"), "password");
  await client.getByRole("button", { name: "Set password and sign in" }).click();
  await client.waitForURL(/\/portal\/blue-horizon\/documents\/doc_iceland_inv$/);
  assert.match(await client.locator("h1").innerText(), /Invoice BH-207/);
  assert.match(await client.locator("main").innerText(), /Guesthouses, 9 nights/);
  await screenshot(client, "portal-document");
  // Print or save as PDF opens the browser's print dialog; printed, the page keeps the agency,
  // the traveler, the document's number, dates and total, and drops its controls.
  await client.evaluate(() => {
    window.print = () => document.body.setAttribute("data-printed", "yes");
  });
  await client.getByRole("button", { name: "Print or save as PDF" }).click();
  assert.equal(await client.locator("body").getAttribute("data-printed"), "yes");
  await client.emulateMedia({ media: "print" });
  const printed = await client.locator("main").innerText();
  for (const words of ["Blue Horizon Journeys", "Prepared for", "Hana", "Invoice BH-207", "Dates", "Total"])
    assert.ok(printed.includes(words), `printed copy has ${words}`);
  assert.equal(await client.getByRole("button", { name: "Print or save as PDF" }).isVisible(), false);
  assert.equal(await client.getByRole("navigation", { name: "Breadcrumb" }).isVisible(), false);
  await client.emulateMedia({ media: "screen" });

  // From the portal home, the document opens from its link.
  await client.goto(`${BASE_URL}/portal/blue-horizon`);
  await screenshot(client, "portal-home");
  await client.getByRole("link", { name: "Invoice BH-207" }).click();
  await client.waitForURL(/\/documents\/doc_iceland_inv$/);
  await client.close();
});
