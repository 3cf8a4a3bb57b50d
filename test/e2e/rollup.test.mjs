// Portal access as Pat: filter "Pending over 3 days", select all on the page, Resend invite,
// read the summary, and find the new invites in the dev outbox once the mail queue (run for
// real by wrangler dev) has sent them. The same page works without JavaScript.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, launch, screenshot, signInAsAdvisor } from "./browser.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

async function outboxTo(address) {
  const mails = await (await fetch(`${BASE_URL}/dev/outbox.json`)).json();
  return mails.filter((m) => m.to === address);
}

async function eventually(read, done, timeoutMs = 15_000) {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

test("Pat resends every invite pending over 3 days in one go, and the mail queue delivers them", async () => {
  const page = await browser.newPage();
  await signInAsAdvisor(page);
  await page.getByRole("link", { name: "Portal access" }).click();
  await page.waitForURL(`${BASE_URL}/portal-access`);
  await page.getByRole("link", { name: /^Pending over 3 days \d+$/ }).click();
  await page.waitForURL(`${BASE_URL}/portal-access?filter=pending-3d`);
  const rows = page.locator(".rollup-table tbody tr");
  const names = await rows.locator(".person-link").allInnerTexts();
  assert.ok(names.includes("Marta Silva") && names.includes("Omar Nasser"), `rows: ${names.join(", ")}`);
  const emails = await rows.locator(".muted.small:first-of-type").allInnerTexts();
  const before = Object.fromEntries(await Promise.all(emails.map(async (e) => [e, (await outboxTo(e)).length])));
  await screenshot(page, "rollup-pending");

  await page.getByLabel(/Select all on this page/).check();
  for (const box of await page.locator("input.row-select").all()) assert.equal(await box.isChecked(), true);
  await page.getByRole("button", { name: "Resend invite" }).click();

  const summary = page.locator("#bulk-summary h2");
  await summary.waitFor();
  // Keyboard and screen-reader users land on the answer.
  assert.equal(await page.evaluate(() => document.activeElement?.id), "bulk-summary");
  const [, sent, skipped] = /(\d+) invites? sent, (\d+) skipped/.exec(await summary.innerText()) ?? [];
  assert.ok(Number(sent) >= 2, `summary: ${await summary.innerText()}`);
  assert.equal(Number(sent) + Number(skipped), names.length);
  await screenshot(page, "rollup-summary");

  for (const address of ["marta@example.com", "omar@example.com"]) {
    const mails = await eventually(
      () => outboxTo(address),
      (m) => m.length > (before[address] ?? 0),
    );
    assert.equal(mails.length, (before[address] ?? 0) + 1, `${address} got the resent invite`);
    assert.match(mails.at(-1).subject, /invited you to your trip portal/);
  }
  await page.close();
});

test("without JavaScript, the filters, search and Select all still work", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAsAdvisor(page);
  await page.goto(`${BASE_URL}/portal-access`);
  await page.getByRole("searchbox", { name: "Search portal accounts" }).fill("farah");
  await page.getByRole("button", { name: "Search" }).click();
  await page.waitForURL(`${BASE_URL}/portal-access?q=farah`);
  assert.deepEqual(await page.locator(".rollup-table .person-link").allInnerTexts(), ["Farah Haddad"]);
  // Farah is active: nothing on the page to resend.
  assert.equal(await page.locator("input.row-select").count(), 0);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${BASE_URL}/portal-access?filter=disabled`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no sideways scroll on a phone (${width}px)`);
  await screenshot(page, "rollup-phone");
  await context.close();
});

test("Resend invite waits for a ticked row and says why", async () => {
  const page = await browser.newPage();
  await signInAsAdvisor(page);
  await page.goto(`${BASE_URL}/portal-access`);
  const resend = page.getByRole("button", { name: "Resend invite" });
  assert.equal(await resend.isDisabled(), true);
  assert.match(await page.locator("#bulk-status").innerText(), /Tick at least one traveler/);
  const first = page.locator("input.row-select").first();
  // The whole cell is the box's target: at least 24px.
  const hit = await first.evaluate((el) => el.closest("label").getBoundingClientRect());
  assert.ok(hit.width >= 24 && hit.height >= 24, `hit area ${hit.width}x${hit.height}`);
  await first.check();
  assert.equal(await resend.isDisabled(), false);
  assert.equal(await page.locator("#bulk-status").innerText(), "1 selected.");
  await first.uncheck();
  assert.equal(await resend.isDisabled(), true);
  await page.getByLabel(/Select all on this page/).check();
  assert.equal(await resend.isDisabled(), false);
  // A search swaps the table in: nothing is ticked there, so Resend waits again. It searches for
  // a traveler whose invite is pending now (other browser tests may have moved the demo's on).
  const pendingName = await page.locator("tr:has(input.row-select) .person-link").first().innerText();
  const q = pendingName.split(" ")[0].toLowerCase();
  await page.getByRole("searchbox", { name: "Search portal accounts" }).fill(q);
  await page.waitForURL(new RegExp(`q=${q}`));
  await page.locator(".rollup-table .person-link", { hasText: pendingName }).waitFor();
  assert.equal(await page.getByRole("button", { name: "Resend invite" }).isDisabled(), true);
  // The Link expires column and Export CSV (following the search) sit with the list.
  assert.ok((await page.locator(".rollup-table thead").innerText()).toUpperCase().includes("LINK EXPIRES"));
  assert.match(await page.getByRole("link", { name: "Export CSV" }).getAttribute("href"), new RegExp(`q=${q}`));
  await page.close();
});

test("a bulk resend right after a single resend skips that traveler, saying when, and includes them when ticked", async () => {
  const page = await browser.newPage();
  await signInAsAdvisor(page);
  await page.goto(`${BASE_URL}/contacts/con_marta/access`);
  await page.locator("#access-panel").getByRole("button", { name: "Resend invite" }).click();
  await page.locator("#toasts .toast-ok").waitFor();

  await page.goto(`${BASE_URL}/portal-access?q=marta`);
  await page.getByLabel("Select Marta Silva").check();
  await page.getByRole("button", { name: "Resend invite" }).click();
  const summary = page.locator("#bulk-summary");
  await summary.waitFor();
  assert.match(await summary.locator("h2").innerText(), /0 invites sent, 1 skipped/);
  assert.match(await summary.innerText(), /Marta Silva: emailed (less than a minute|1 minute) ago, so skipped/);
  await screenshot(page, "rollup-skipped-recent");

  await page.getByLabel("Select Marta Silva").check();
  await page.getByLabel("Include travelers emailed in the last 10 minutes").check();
  await page.getByRole("button", { name: "Resend invite" }).click();
  await page.locator("#bulk-summary h2", { hasText: "1 invite sent, 0 skipped" }).waitFor();
  await page.close();
});
