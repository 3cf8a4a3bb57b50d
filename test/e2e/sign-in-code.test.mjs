// Signing in with an emailed code (SPEC §13, issue 22), with JavaScript off: Hana (Blue Horizon)
// is in the portal (Lee invites her and she claims it, unless the sharing flow already did), then
// asks for a code on the sign-in page, takes it from the dev outbox and lands on her portal home.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, launch, screenshot, signInAsAdvisor } from "./browser.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** The newest mail to `to` in the dev outbox whose subject matches, once it has landed. */
async function newestMail(to, subject) {
  for (let i = 0; i < 50; i++) {
    const mail = (await (await fetch(`${BASE_URL}/dev/outbox.json`)).json()).find(
      (m) => m.to === to && subject.test(m.subject),
    );
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`no mail to ${to} matching ${subject}`);
}

test("a traveler signs in with a code from the dev outbox, with JavaScript off, and the advisor sees 'Sign-in code'", async () => {
  const advisor = await browser.newPage();
  await signInAsAdvisor(advisor, "lee@bluehorizon.example");
  await advisor.goto(`${BASE_URL}/trips/trp_iceland`);
  const row = advisor.locator("li.traveler", { hasText: "Hana Kim" });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // The sharing browser test may have brought Hana into the portal already (it runs first in
  // the full run); otherwise she is invited and claims the invite here.
  const pill = row.locator(".pill");
  const alreadyIn = (await pill.count()) > 0 && /Portal active/.test(await pill.innerText());
  if (alreadyIn) {
    await page.goto(`${BASE_URL}/portal/blue-horizon/login`);
  } else {
    await row.getByRole("button").click();
    await row.locator(".pill").waitFor();
    const invite = await newestMail("hana@example.com", /./);
    const claimLink = invite.links.find((l) => l.includes("/claim/"));
    assert.ok(claimLink, "the invite carries a claim link");
    await page.goto(claimLink);
    await page.getByLabel("New password").fill("northern lights over the fjord");
    await page.getByLabel("Confirm password").fill("northern lights over the fjord");
    await page.getByRole("button", { name: "Set password and sign in" }).click();
    await page.waitForURL(new RegExp(`^${BASE_URL}/portal/blue-horizon`));
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${BASE_URL}/portal/blue-horizon/login?signedout=1`);
  }

  // The password is forgotten by the next trip: the same email, a code instead.
  await page.getByLabel("Email").fill("hana@example.com");
  await page.getByRole("button", { name: "Email me a sign-in code" }).click();
  await page.waitForURL(`${BASE_URL}/portal/blue-horizon/login/code`);
  await page.getByRole("heading", { name: "Enter your sign-in code" }).waitFor();
  assert.match(await page.locator("#code-sent").innerText(), /hana@\s*example\.com/);
  const field = page.getByLabel("6-digit code");
  assert.equal(await field.getAttribute("autocomplete"), "one-time-code");
  assert.equal(await field.getAttribute("inputmode"), "numeric");

  const mail = await newestMail("hana@example.com", /is your sign-in code for Blue Horizon Journeys$/);
  const code = /^(\d{6}) /.exec(mail.subject)[1];

  // A wrong code first: the neutral words, and the way to a new code.
  await field.fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("alert").waitFor();
  assert.match(await page.getByRole("alert").innerText(), /That code is wrong or has expired\./);
  assert.ok(await page.getByRole("button", { name: "Email me a new code" }).isVisible());
  await screenshot(page, "sign-in-code-wrong");

  await page.getByLabel("6-digit code").fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${BASE_URL}/portal/blue-horizon`);
  assert.match(await page.locator("h1").innerText(), /Hi Hana/);
  assert.match(await page.locator("main").innerText(), /Iceland/);
  await context.close();

  // The advisor's Access tab says how she signed in.
  await advisor.goto(`${BASE_URL}/contacts/con_hana/access`);
  const logins = advisor.getByRole("region", { name: "Sign-ins" });
  assert.match(await logins.innerText(), /Sign-in code/);
  assert.match(await logins.innerText(), /Invite link/);
  await advisor.close();
});
