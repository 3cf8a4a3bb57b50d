// Correcting a traveler's email cuts the old address off completely (docs/decisions/005): the
// client signed in through the old address is signed out, can't sign in with the old address
// or the old password, and the old link is dead; the invite the Access tab offers, sent to the
// new address, is the one way back in. Uses Blue Horizon's Jonas, whose demo email has a typo.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, launch, screenshot, signInAsAdvisor } from "./browser.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const OLD = "jonas@exmaple.com";
const NEW = "jonas@example.com";
const FIRST_PASSWORD = "northern lights over the fjord";
const SECOND_PASSWORD = "black sand beaches and puffins";

async function newestClaimLinkTo(email) {
  const res = await fetch(`${BASE_URL}/dev/outbox.json`);
  const mail = (await res.json()).find((m) => m.to === email);
  assert.ok(mail, `no mail to ${email} in the outbox`);
  return mail.links.find((l) => l.includes("/claim/"));
}

async function claim(page, link, password) {
  await page.goto(link);
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("Confirm password").fill(password);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await page.waitForURL(new RegExp(`^${BASE_URL}/portal/blue-horizon(\\?trip=[A-Za-z0-9_-]+)?$`));
}

test("after Lee corrects Jonas's email, nothing works through the old address until the invite to the new one is claimed", async () => {
  const advisorContext = await browser.newContext();
  const clientContext = await browser.newContext();
  const advisor = await advisorContext.newPage();
  const client = await clientContext.newPage();

  // Jonas is invited and claims her portal: signed in through the old address.
  await signInAsAdvisor(advisor, "lee@bluehorizon.example");
  await advisor.goto(`${BASE_URL}/trips/trp_azores`);
  const row = advisor.locator("#traveler-con_jonas");
  await row.getByRole("button", { name: "Invite to portal" }).click();
  await row.getByRole("button", { name: "Resend invite" }).waitFor();
  const firstLink = await newestClaimLinkTo(OLD);
  await claim(client, firstLink, FIRST_PASSWORD);
  assert.match(await client.locator("h1").innerText(), /Hi Jonas/);

  // Lee corrects the email on the Contact info tab.
  await advisor.goto(`${BASE_URL}/contacts/con_jonas`);
  await advisor.getByLabel("Email").fill(NEW);
  await advisor.getByRole("button", { name: "Save contact" }).click();
  await advisor.waitForURL(`${BASE_URL}/contacts/con_jonas/access`);
  const page = await advisor.locator("main").innerText();
  assert.match(page, new RegExp(`Portal access through ${OLD} has ended`));
  assert.match(await advisor.locator("#access-pill").innerText(), /Invite expired/);
  const sendNew = advisor.getByRole("button", { name: `Send invite to ${NEW}` });
  await sendNew.waitFor();
  await screenshot(advisor, "email-changed-access-tab");

  // The old session ends on its next request.
  await client.goto(`${BASE_URL}/portal/blue-horizon`);
  await client.waitForURL(`${BASE_URL}/portal/blue-horizon/login?off=1`);
  await client.getByText("Your portal access is turned off.").waitFor();
  // Neither the old address nor the old password signs in.
  for (const email of [OLD, NEW]) {
    await client.getByLabel("Email").fill(email);
    await client.getByLabel("Password").fill(FIRST_PASSWORD);
    await client.getByRole("button", { name: "Sign in", exact: true }).click();
    await client.getByText("That email and password don't match.").waitFor();
  }
  // The first link is dead.
  const dead = await client.goto(firstLink);
  assert.equal(dead.status(), 410);

  // The one way back in: the invite to the new address.
  await sendNew.click();
  await advisor.locator("#toasts .toast", { hasText: `Invite sent to ${NEW}` }).waitFor();
  assert.match(await advisor.locator("#access-pill").innerText(), /Invite pending/);
  await claim(client, await newestClaimLinkTo(NEW), SECOND_PASSWORD);
  assert.match(await client.locator("h1").innerText(), /Hi Jonas/);

  await advisorContext.close();
  await clientContext.close();
});
