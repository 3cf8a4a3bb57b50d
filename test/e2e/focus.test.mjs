// Keyboard focus and toasts on the demo data (issue 15): after each action on the Access tab that
// replaces the button pressed (Re-enable only, Disable access, Cancel & disable, Reactivate &
// reinvite) focus lands on the panel's heading, with htmx and without JavaScript; an error toast
// names the traveler, sits above the content instead of over it, and stays until it is closed.
// Every flow leaves the demo data as it found it (Gus disabled, Elena pending, Ben without an
// email), since the other browser flows of the run share the database.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, launch, screenshot, signInAsAdvisor } from "./browser.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** What has keyboard focus, in words an assertion can compare. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}` : "none";
  });

/** Waits briefly for focus to settle (htmx focuses after the swap settles), then compares. */
async function assertFocus(page, expected) {
  await page
    .waitForFunction(
      (want) => {
        const el = document.activeElement;
        return `${el?.tagName.toLowerCase()}${el?.id ? `#${el.id}` : ""}` === want;
      },
      expected,
      { timeout: 2000 },
    )
    .catch(() => {});
  assert.equal(await focused(page), expected);
}

/** Fails on the browser's own confirm: questions are asked in the page's styled dialog. */
function noBrowserConfirms(page) {
  const asked = [];
  page.on("dialog", (dialog) => {
    asked.push(`browser confirm: ${dialog.message()}`);
    return dialog.dismiss();
  });
  return asked;
}

/** Confirms the open dialog from the keyboard (Shift+Tab to the action, Enter), keeping what it asked. */
async function confirmFromKeyboard(page, asked) {
  const dialog = page.getByRole("dialog", { name: "Please confirm" });
  await dialog.waitFor();
  asked.push(await dialog.locator("#confirm-question").innerText());
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
}

/** Presses an Access-tab button from the keyboard, as a keyboard user would. */
async function pressAccessButton(page, name) {
  const button = page.locator("#access-panel").getByRole("button", { name });
  await button.focus();
  await page.keyboard.press("Enter");
}

function watchForErrors(page) {
  const errors = [];
  page.on("pageerror", (err) => errors.push(err.message));
  return errors;
}

test("Re-enable only, then Disable access, leave focus on the Access panel's heading (Gus)", async () => {
  const page = await browser.newPage();
  const errors = watchForErrors(page);
  const asked = noBrowserConfirms(page);
  await signInAsAdvisor(page);
  await page.goto(`${BASE_URL}/contacts/con_gus/access`);
  assert.equal(await page.locator("#access-pill").innerText(), "Access disabled");

  await pressAccessButton(page, "Re-enable only");
  await page.locator("#access-panel").getByRole("button", { name: "Disable access" }).waitFor();
  assert.equal(await page.locator("#access-pill").innerText(), "Portal active");
  await assertFocus(page, "h2#access-heading");
  assert.equal(await page.locator("#access-heading").innerText(), "Portal access");

  await pressAccessButton(page, "Disable access");
  await confirmFromKeyboard(page, asked);
  await page.locator("#access-panel").getByRole("button", { name: "Re-enable only" }).waitFor();
  assert.equal(await page.locator("#access-pill").innerText(), "Access disabled");
  await assertFocus(page, "h2#access-heading");
  await page.locator("#toasts .toast-ok", { hasText: "Portal access disabled for Gus Lindqvist" }).waitFor();
  assert.equal(asked.length, 1, "only Disable access asks first");
  assert.match(asked[0], /^Disable portal access\?/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("Cancel & disable, then Reactivate & reinvite, leave focus on the Access panel's heading (Elena)", async () => {
  const page = await browser.newPage();
  const errors = watchForErrors(page);
  const asked = noBrowserConfirms(page);
  await signInAsAdvisor(page);
  await page.goto(`${BASE_URL}/contacts/con_elena/access`);
  assert.match(await page.locator("#access-pill").innerText(), /^Invite (pending|expired)$/);

  await pressAccessButton(page, "Cancel & disable");
  await confirmFromKeyboard(page, asked);
  await page.locator("#access-panel").getByRole("button", { name: "Reactivate & reinvite" }).waitFor();
  await assertFocus(page, "h2#access-heading");

  await pressAccessButton(page, "Reactivate & reinvite");
  await page.locator("#access-panel").getByRole("button", { name: "Cancel & disable" }).waitFor();
  assert.equal(await page.locator("#access-pill").innerText(), "Invite pending");
  await assertFocus(page, "h2#access-heading");
  await page.locator("#toasts .toast-ok", { hasText: "Invite sent to elena@example.com via the dev outbox" }).waitFor();
  assert.equal(asked.length, 1, "only Cancel & disable asks first");
  assert.match(asked[0], /^Cancel the pending invite/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("without JavaScript, the page after Re-enable only and a confirmed Disable access lands on the heading", async () => {
  const signedIn = await browser.newPage();
  await signInAsAdvisor(signedIn);
  const cookies = await signedIn.context().cookies();
  await signedIn.close();
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/contacts/con_gus/access`);

  await page.getByRole("button", { name: "Re-enable only" }).click();
  await page.waitForURL(`${BASE_URL}/contacts/con_gus/access#access-heading`);
  assert.equal(await page.locator("#access-pill").innerText(), "Portal active");
  assert.match(await page.locator(".alert-ok").innerText(), /Portal access re-enabled for Gus Lindqvist/);
  await assertFocus(page, "h2#access-heading");

  // No confirm dialog without JavaScript: a page of its own asks first.
  await page.getByRole("button", { name: "Disable access" }).click();
  await page.getByRole("heading", { name: "Please confirm" }).waitFor();
  await assertFocus(page, "h2#access-heading");
  await page.locator("#access-panel").getByRole("button", { name: "Disable access" }).click();
  await page.waitForURL(`${BASE_URL}/contacts/con_gus/access#access-heading`);
  assert.equal(await page.locator("#access-pill").innerText(), "Access disabled");
  await assertFocus(page, "h2#access-heading");
  await context.close();
});

test("an error toast names the traveler, sits above the travelers instead of over them, and stays until closed", async () => {
  // A stale page: the trip page offers Ben an invite while his email is on file; another tab
  // then clears it, and the click arrives anyway.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await signInAsAdvisor(page);
  const saveBen = async (email) => {
    const tab = await context.newPage();
    await tab.goto(`${BASE_URL}/contacts/con_ben`);
    await tab.getByLabel("Email").fill(email);
    await tab.getByRole("button", { name: "Save contact" }).click();
    await tab.waitForURL(/\/contacts\/con_ben(\/access)?$/);
    await tab.close();
  };
  await saveBen("ben@example.com");
  await page.goto(`${BASE_URL}/trips/trp_lisbon`);
  const invite = page.locator("#traveler-con_ben").getByRole("button", { name: "Invite to portal" });
  await invite.waitFor();
  await saveBen("");

  await invite.click();
  const toast = page.locator("#toasts .toast-error");
  await toast.waitFor();
  assert.equal(await toast.locator(".toast-message").innerText(), "Ben Souza has no email address on file.");

  // Above the content, not over it: the toast and the Travelers card don't overlap.
  const toastBox = await toast.boundingBox();
  const travelers = await page.getByRole("region", { name: "Travelers" }).boundingBox();
  assert.ok(toastBox && travelers);
  assert.ok(toastBox.y + toastBox.height <= travelers.y, "the toast ends above the Travelers card");
  await screenshot(page, "toast-error-phone");

  // Still there well after a success toast would have gone.
  await page.waitForTimeout(7000);
  assert.equal(await toast.count(), 1);

  // The close button is keyboard-reachable (just before the breadcrumb) and labelled.
  await page.locator(".crumbs a").first().focus();
  await page.keyboard.press("Shift+Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")), "Dismiss message");
  await page.keyboard.press("Enter");
  assert.equal(await page.locator("#toasts .toast").count(), 0);
  assert.notEqual(await focused(page), "body", "closing the toast doesn't drop focus to the page");
  assert.deepEqual(errors, []);
  await context.close();
});
