// Browser flows for portal access on the demo data: invite from the trip page, disable from
// the Access tab (with its styled confirm dialog), then reactivate with a fresh invite. htmx swaps
// the row or panel in place; the toast rides on HX-Trigger and public/js/app.js shows it.
// The flows share one fresh database per run, so (b) and (c) run in this order.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, launch, screenshot, signInAsAdvisor } from "./browser.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

async function outboxTo(page, address) {
  const res = await page.request.get(`${BASE_URL}/dev/outbox.json`);
  assert.equal(res.status(), 200);
  const messages = await res.json();
  return messages.filter((m) => m.to === address);
}

function claimTokenOf(mail) {
  const link = mail.links.find((l) => l.includes("/claim/"));
  assert.ok(link, `no claim link in ${JSON.stringify(mail.links)}`);
  const match = /\/portal\/[a-z0-9-]+\/claim\/([A-Za-z0-9_-]+)$/.exec(link);
  assert.ok(match, `unexpected claim link ${link}`);
  return match[1];
}

/** Fails the test if the page swaps in a whole document or throws a script error. */
function watchForErrors(page) {
  const errors = [];
  page.on("pageerror", (err) => errors.push(err.message));
  return errors;
}

test("inviting Ana from the trip page swaps her row to Invite pending, shows where the invite went, and puts it in the dev outbox", async () => {
  const page = await browser.newPage();
  const errors = watchForErrors(page);
  await signInAsAdvisor(page);
  const before = await outboxTo(page, "ana@example.com");

  await page.getByRole("link", { name: /Lisbon & Porto food tour/ }).click();
  const row = page.locator("#traveler-con_ana");
  await row.waitFor();
  assert.equal(await row.locator(".pill").count(), 0, "Ana starts with no portal account");
  const url = page.url();
  const travelersTop = async () => (await page.getByRole("region", { name: "Travelers" }).boundingBox()).y;
  const topBefore = await travelersTop();

  await row.getByRole("button", { name: "Invite to portal" }).click();

  // The row swaps in place: same page, same element id, new pill and button.
  const pendingRow = page.locator("#traveler-con_ana");
  await pendingRow.getByRole("button", { name: "Resend invite" }).waitFor();
  assert.equal(await pendingRow.locator(".pill").innerText(), "Invite pending");
  assert.equal(await pendingRow.getByRole("button", { name: "Invite to portal" }).count(), 0);
  assert.equal(await page.locator("#traveler-con_ana").count(), 1);
  assert.equal(page.url(), url);
  assert.match(await page.getByRole("region", { name: "Travelers" }).innerText(), /Ben Souza/);
  // The header's portal summary follows the row (swapped out of band).
  assert.equal(await page.locator("#trip-portal-summary").innerText(), "0 of 3 in the portal · 1 invited");

  const toast = page.locator("#toasts .toast", { hasText: "Invite sent to ana@example.com via the dev outbox" });
  await toast.waitFor();
  assert.equal(await toast.locator(".toast-message").innerText(), "Invite sent to ana@example.com via the dev outbox");
  // The toast lies over the page's title: nothing under the pointer moved.
  assert.equal(await travelersTop(), topBefore);
  await screenshot(page, "portal-invite-sent");

  const mail = await outboxTo(page, "ana@example.com");
  assert.equal(mail.length, before.length + 1);
  const newest = mail[0];
  assert.match(newest.subject, /Pride Travelers invited you to your trip portal/);
  assert.equal(claimTokenOf(newest).length, 43);
  assert.match(
    newest.links.find((l) => l.includes("/claim/")),
    new RegExp(`^${BASE_URL}/portal/pride-travelers/claim/`),
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test("disabling Farah's access asks for confirmation, then swaps the Access panel to Access disabled with the two reactivation buttons", async () => {
  const page = await browser.newPage();
  const errors = watchForErrors(page);
  await signInAsAdvisor(page);
  await page.goto(`${BASE_URL}/contacts/con_farah/access`);
  const panel = page.locator("#access-panel");
  assert.equal(await panel.locator("#access-pill").innerText(), "Portal active");

  // Keyboard only: focus the button, Enter opens the styled dialog (not the browser's confirm).
  page.on("dialog", () => assert.fail("the browser's own confirm was used"));
  const disable = panel.getByRole("button", { name: "Disable access" });
  await disable.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Please confirm" });
  await dialog.waitFor();
  assert.match(await dialog.locator("#confirm-question").innerText(), /^Disable portal access\?/);
  // The safe answer has focus first; Escape cancels and focus returns to the button.
  assert.equal(await page.evaluate(() => document.activeElement?.id), "confirm-no");
  await screenshot(page, "confirm-dialog");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  assert.equal(await page.evaluate(() => document.activeElement?.id), "access-disable");
  assert.equal(await panel.locator("#access-pill").innerText(), "Portal active");
  // Again, and confirm: Shift+Tab from "Keep things as they are" reaches "Disable access" in the dialog.
  await page.keyboard.press("Enter");
  await dialog.waitFor();
  await page.keyboard.press("Shift+Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Disable access");
  await page.keyboard.press("Enter");

  const swapped = page.locator("#access-panel");
  await swapped.getByRole("button", { name: "Reactivate & reinvite" }).waitFor();
  assert.equal(await swapped.locator("#access-pill").innerText(), "Access disabled");
  const buttons = await swapped.locator(".actions button").allInnerTexts();
  assert.deepEqual(
    buttons.map((b) => b.trim()),
    ["Reactivate & reinvite", "Re-enable only"],
  );
  // The state shows once on this tab: the header's pill is hidden here, and still follows
  // (out-of-band swap) for the Contact info tab; the page was not reloaded.
  assert.equal(await page.locator("#contact-pill").isVisible(), false);
  assert.equal(await page.locator("#contact-pill").textContent(), "Access disabled");
  assert.equal(page.url(), `${BASE_URL}/contacts/con_farah/access`);
  await page
    .locator("#toasts .toast", { hasText: "Portal access disabled for Farah Haddad; they are signed out" })
    .waitFor();
  await screenshot(page, "portal-access-disabled");
  assert.deepEqual(errors, []);
  await page.close();
});

test("dismissing the confirm dialog of Cancel & disable sends nothing and leaves Diego's invite pending", async () => {
  const page = await browser.newPage();
  await signInAsAdvisor(page);
  await page.goto(`${BASE_URL}/contacts/con_diego/access`);
  const panel = page.locator("#access-panel");
  assert.equal(await panel.locator("#access-pill").innerText(), "Invite pending");
  const posts = [];
  page.on("request", (req) => req.method() === "POST" && posts.push(req.url()));

  await panel.getByRole("button", { name: "Cancel & disable" }).click();
  const dialog = page.getByRole("dialog", { name: "Please confirm" });
  await dialog.waitFor();
  await dialog.getByRole("button", { name: "Keep things as they are" }).click();
  await dialog.waitFor({ state: "hidden" });
  // Give a request that should not happen the time to happen.
  await page.waitForTimeout(500);

  assert.deepEqual(posts, []);
  assert.equal(await page.locator("#access-pill").innerText(), "Invite pending");
  assert.equal(await page.locator("#access-panel").getByRole("button", { name: "Resend invite" }).count(), 1);
  await page.close();
});

test("Reactivate & reinvite on Farah's disabled account shows Invite pending and sends her a fresh invite", async () => {
  const page = await browser.newPage();
  const errors = watchForErrors(page);
  await signInAsAdvisor(page);
  const before = await outboxTo(page, "farah@example.com");
  await page.goto(`${BASE_URL}/contacts/con_farah/access`);
  const panel = page.locator("#access-panel");
  assert.equal(
    await panel.locator("#access-pill").innerText(),
    "Access disabled",
    "flow (b) above disabled Farah's access",
  );

  await panel.getByRole("button", { name: "Reactivate & reinvite" }).click();

  const swapped = page.locator("#access-panel");
  await swapped.getByRole("button", { name: "Resend invite" }).waitFor();
  assert.equal(await swapped.locator("#access-pill").innerText(), "Invite pending");
  assert.deepEqual(
    (await swapped.locator(".actions button").allInnerTexts()).map((b) => b.trim()),
    ["Resend invite", "Cancel & disable"],
  );
  assert.equal(await page.locator("#contact-pill").textContent(), "Invite pending");
  await page.locator("#toasts .toast", { hasText: "Invite sent to farah@example.com via the dev outbox" }).waitFor();

  const mail = await outboxTo(page, "farah@example.com");
  assert.equal(mail.length, before.length + 1);
  assert.equal(claimTokenOf(mail[0]).length, 43);
  await screenshot(page, "portal-access-reactivated");
  assert.deepEqual(errors, []);
  await page.close();
});

test("Farah sets her password from the fresh invite and is signed in to the portal again", async () => {
  // Also puts the demo data back as it was (Farah active with the demo client password),
  // since other browser flows in this run sign in as her.
  const advisor = await browser.newPage();
  const [mail] = await outboxTo(advisor, "farah@example.com");
  await advisor.close();
  assert.ok(mail, "flow (c) above sent Farah a fresh invite");
  const link = mail.links.find((l) => l.includes("/claim/"));

  const page = await browser.newPage();
  await page.goto(link);
  await page.getByRole("heading", { name: "Set your password" }).waitFor();
  await page.getByLabel("New password").fill("client-demo-2026");
  await page.getByLabel("Confirm password").fill("client-demo-2026");
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await page.waitForURL(new RegExp(`^${BASE_URL}/portal/pride-travelers(\\?trip=[A-Za-z0-9_-]+)?$`));
  assert.match(await page.locator("h1").innerText(), /Hi Farah/);
  await page.close();

  const check = await browser.newPage();
  await signInAsAdvisor(check);
  await check.goto(`${BASE_URL}/contacts/con_farah/access`);
  assert.equal(await check.locator("#access-pill").innerText(), "Portal active");
  await check.close();
});
