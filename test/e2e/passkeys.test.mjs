// Passkeys end to end (SPEC §13) with Chromium's virtual authenticator (CDP WebAuthn domain):
// Gus claims the invite Pat's "Reactivate & reinvite" sends, adds a passkey from the offer on his
// portal home, signs out and back in with it, removes it on Sign-in & security; then Pat disables
// his access (the passkey no longer signs in), re-enables it (it does again) and corrects his
// email (it is gone). Gus is left as the demo has him: disabled, at gus@example.com.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, launch, screenshot, signInAsAdvisor } from "./browser.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const SLUG = "pride-travelers";
const REFUSED = "That passkey didn't sign you in.";

async function newestClaimLinkTo(email) {
  const res = await fetch(`${BASE_URL}/dev/outbox.json`);
  const mail = (await res.json()).find((m) => m.to === email);
  assert.ok(mail, `no mail to ${email} in the outbox`);
  return mail.links.find((l) => l.includes("/claim/"));
}

async function accessAction(page, name, expectedPill) {
  await page.goto(`${BASE_URL}/contacts/con_gus/access`);
  await page.locator("#access-panel").getByRole("button", { name }).click();
  const dialog = page.getByRole("dialog", { name: "Please confirm" });
  await dialog
    .waitFor({ timeout: 1000 })
    .then(() => dialog.getByRole("button", { name }).click())
    .catch(() => {});
  await page.locator("#access-pill", { hasText: expectedPill }).waitFor();
}

/** "Sign in with a passkey", with the email field's autofill held off so the button is what signs in. */
async function signInWithPasskey(page) {
  await page.evaluate(() => localStorage.setItem("e2e-no-autofill", "1"));
  await page.goto(`${BASE_URL}/portal/${SLUG}/login`);
  const button = page.getByRole("button", { name: "Sign in with a passkey" });
  await button.waitFor();
  await button.click();
}

test("Gus adds a passkey after claiming, signs in with it, removes it; disabled, it stops; the corrected email ends it", async () => {
  const advisor = await browser.newPage();
  await signInAsAdvisor(advisor);
  await accessAction(advisor, "Reactivate & reinvite", "Invite pending");

  const context = await browser.newContext();
  // The virtual authenticator answers the sign-in page's autofill request at once; a test that
  // means the button holds autofill off.
  await context.addInitScript(() => {
    if (localStorage.getItem("e2e-no-autofill") && window.PublicKeyCredential)
      PublicKeyCredential.isConditionalMediationAvailable = async () => false;
  });
  const client = await context.newPage();
  const cdp = await context.newCDPSession(client);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });

  // The claim lands on the portal home, which offers a passkey once.
  await client.goto(await newestClaimLinkTo("gus@example.com"));
  await client.getByLabel("New password").fill("cherry blossoms on the philosopher's path");
  await client.getByLabel("Confirm password").fill("cherry blossoms on the philosopher's path");
  await client.getByRole("button", { name: "Set password and sign in" }).click();
  await client.waitForURL(new RegExp(`^${BASE_URL}/portal/${SLUG}(\\?trip=[A-Za-z0-9_-]+)?$`));
  const offer = client.getByRole("region", { name: "Add a passkey" });
  await offer.getByText("Sign in next time with your face, fingerprint or screen lock").waitFor();
  await screenshot(client, "passkey-offer");
  await offer.getByRole("button", { name: "Add a passkey" }).click();
  await client.waitForURL(`${BASE_URL}/portal/${SLUG}/security?added=1`);
  await client.getByText("Passkey added.").waitFor();
  assert.match(await client.locator("#passkey-list").innerText(), /Passkey on Linux/);
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  assert.equal(credentials.length, 1);
  assert.equal(credentials[0].isResidentCredential, true);

  // Signed out, the sign-in page's autofill (conditional mediation) offers the passkey, and taking
  // it signs him back in to his portal home.
  await client.goto(`${BASE_URL}/portal/${SLUG}`);
  await client.getByRole("button", { name: "Sign out" }).click();
  await client.waitForURL(`${BASE_URL}/portal/${SLUG}`);
  assert.match(await client.locator("h1").innerText(), /Hi Gus/);
  // And with the button.
  await client.evaluate(() => localStorage.setItem("e2e-no-autofill", "1"));
  await client.getByRole("button", { name: "Sign out" }).click();
  await client.waitForURL(`${BASE_URL}/portal/${SLUG}/login?signedout=1`);
  await signInWithPasskey(client);
  await client.waitForURL(`${BASE_URL}/portal/${SLUG}`);
  assert.match(await client.locator("h1").innerText(), /Hi Gus/);

  // Sign-in & security: Remove, without a confirm; the passkey no longer signs in.
  await client.getByRole("link", { name: "Sign-in & security" }).click();
  await client.getByRole("button", { name: "Remove Passkey on Linux" }).click();
  await client.getByText("Passkey removed.").waitFor();
  await client.getByText("You have no passkeys yet.").waitFor();
  // A new one for the rest of the story.
  await client.getByRole("button", { name: "Add a passkey" }).click();
  await client.waitForURL(`${BASE_URL}/portal/${SLUG}/security?added=1`);
  await client.goto(`${BASE_URL}/portal/${SLUG}`);
  await client.evaluate(() => localStorage.setItem("e2e-no-autofill", "1"));
  await client.getByRole("button", { name: "Sign out" }).click();
  await client.waitForURL(`${BASE_URL}/portal/${SLUG}/login?signedout=1`);
  assert.equal(await client.getByLabel("Email").getAttribute("autocomplete"), "username webauthn");
  await client.getByRole("button", { name: "Sign in with a passkey" }).waitFor();
  await screenshot(client, "passkey-sign-in");

  // Pat disables his access: the passkey gets the neutral answer.
  await accessAction(advisor, "Disable access", "Access disabled");
  await signInWithPasskey(client);
  await client.getByText(REFUSED).waitFor();
  assert.equal(client.url(), `${BASE_URL}/portal/${SLUG}/login/passkey`);
  // Re-enable only gives it back.
  await accessAction(advisor, "Re-enable only", "Portal active");
  await signInWithPasskey(client);
  await client.waitForURL(`${BASE_URL}/portal/${SLUG}`);

  // Pat corrects the email: the old claimant's passkey is gone.
  await advisor.goto(`${BASE_URL}/contacts/con_gus`);
  await advisor.getByLabel("Email").fill("gus.lindqvist@example.com");
  await advisor.getByRole("button", { name: "Save contact" }).click();
  await advisor.waitForURL(`${BASE_URL}/contacts/con_gus/access`);
  assert.match(await advisor.locator("#sign-in-methods").innerText(), /Nothing yet/);
  await signInWithPasskey(client);
  await client.getByText(REFUSED).waitFor();

  // Leave Gus as the demo has him.
  await advisor.goto(`${BASE_URL}/contacts/con_gus`);
  await advisor.getByLabel("Email").fill("gus@example.com");
  await advisor.getByRole("button", { name: "Save contact" }).click();
  await advisor.waitForURL(`${BASE_URL}/contacts/con_gus/access`);
  await accessAction(advisor, "Cancel & disable", "Access disabled");
  await context.close();
  await advisor.close();
});
