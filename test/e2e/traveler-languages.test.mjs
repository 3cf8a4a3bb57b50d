// The traveler's language (SPEC §14, issue 25), in real Chromium. Named to run last: it changes
// Farah's and Ivo's languages (putting them back after) and invites Ivo, whom the sharing flow
// expects uninvited; the other flows read both in English.
// - An advisor sets Farah's language to Spanish and sends a password reset: the email and the
//   claim page are in Spanish; she chooses her password and her portal is in Spanish.
// - Ivo's invite in German at 360 px: the email and the claim page fit a small phone, and axe
//   finds nothing serious on the German claim page.
// - A signed-out visitor with JavaScript off switches the sign-in page to German, and the
//   choice follows them to "Forgot password?".
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import AxeBuilder from "@axe-core/playwright";
import { BASE_URL, launch, screenshot, signInAsAdvisor } from "./browser.mjs";

const SMALL_PHONE = { width: 360, height: 740 };
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const DEMO_CLIENT_PASSWORD = "client-demo-2026";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** The newest mail to `to` whose subject matches, once it has landed (after `since`). */
async function newestMail(to, subject, since) {
  for (let i = 0; i < 80; i++) {
    const mail = (await (await fetch(`${BASE_URL}/dev/outbox.json`)).json())
      .filter((m) => m.to === to && subject.test(m.subject) && m.at >= since)
      .at(-1);
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`no mail to ${to} matching ${subject}`);
}

async function setLanguage(advisor, contactId, label) {
  await advisor.goto(`${BASE_URL}/contacts/${contactId}`);
  await advisor.getByLabel("Language").selectOption({ label });
  await advisor.getByRole("button", { name: "Save contact" }).click();
  await advisor.waitForURL(new RegExp(`/contacts/${contactId}`));
}

async function sidewaysScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function seriousAxe(page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("Farah's language set to Spanish: the reset email and the claim page are in Spanish, and so is her portal", async () => {
  const advisor = await browser.newPage();
  await signInAsAdvisor(advisor);
  await setLanguage(advisor, "con_farah", "Spanish (Español)");
  await advisor.goto(`${BASE_URL}/contacts/con_farah/access`);
  assert.match(await advisor.locator("#portal-language").innerText(), /Portal and emails in Spanish\./);

  const since = new Date().toISOString();
  await advisor.getByRole("button", { name: "Send password reset" }).click();
  await advisor.locator("#toasts .toast").first().waitFor();
  const mail = await newestMail("farah@example.com", /contraseña/, since);
  assert.equal(mail.subject, "Elige una nueva contraseña para tu portal de viajes de Pride Travelers");
  assert.match(mail.html, /<html lang="es"/);
  assert.match(mail.text, /Elegir nueva contraseña|Elige una nueva contraseña/);
  assert.doesNotMatch(mail.text, /Choose a new password|expires in 7 days/);

  const context = await browser.newContext({ viewport: SMALL_PHONE });
  const page = await context.newPage();
  await page.goto(mail.links.find((l) => l.includes("/claim/")));
  assert.equal(await page.locator("html").getAttribute("lang"), "es");
  await page.getByRole("heading", { name: "Elige una contraseña nueva" }).waitFor();
  assert.equal(await sidewaysScroll(page), 0, "the Spanish claim page fits 360 px");
  assert.deepEqual(await seriousAxe(page), []);
  await screenshot(page, "claim-es-360");
  // The demo password again, so the demo stays as it was.
  await page.getByLabel("Contraseña nueva").fill(DEMO_CLIENT_PASSWORD);
  await page.getByLabel("Repite la contraseña").fill(DEMO_CLIENT_PASSWORD);
  await page.getByRole("button", { name: "Guardar contraseña nueva" }).click();
  await page.waitForURL(/\/portal\/pride-travelers\/login\?changed=1/);
  // The sign-in page after the reset keeps her language: this browser remembered it.
  assert.equal(await page.locator("html").getAttribute("lang"), "es");
  await page.getByLabel("Contraseña", { exact: true }).fill(DEMO_CLIENT_PASSWORD);
  await page.getByRole("button", { name: "Iniciar sesión", exact: true }).click();
  await page.waitForURL(`${BASE_URL}/portal/pride-travelers`);
  assert.match(await page.locator("h1").innerText(), /Hola, Farah/);
  assert.equal(await sidewaysScroll(page), 0, "the Spanish portal home fits 360 px");
  await context.close();

  await setLanguage(advisor, "con_farah", "Agency default (English)");
  await advisor.close();
});

test("Ivo's invite in German fits a 360 px phone, as does its claim page, with no serious axe finding", async () => {
  const advisor = await browser.newPage();
  await signInAsAdvisor(advisor, "lee@bluehorizon.example");
  await setLanguage(advisor, "con_ivo", "German (Deutsch)");
  await advisor.goto(`${BASE_URL}/contacts/con_ivo/access`);
  const since = new Date().toISOString();
  await advisor.getByRole("button", { name: "Send invite" }).click();
  await advisor.locator("#toasts .toast").first().waitFor();
  const mail = await newestMail("ivo@example.com", /Reiseportal/, since);
  assert.match(mail.html, /<html lang="de"/);

  const context = await browser.newContext({ viewport: SMALL_PHONE });
  const email = await context.newPage();
  await email.setContent(mail.html);
  assert.equal(await sidewaysScroll(email), 0, "the German invite fits 360 px");
  const button = email.getByRole("link", { name: "Passwort festlegen" });
  const box = await button.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= SMALL_PHONE.width, "the button is on screen");
  await screenshot(email, "invite-de-360");

  const page = await context.newPage();
  await page.goto(mail.links.find((l) => l.includes("/claim/")));
  assert.equal(await page.locator("html").getAttribute("lang"), "de");
  await page.getByRole("heading", { name: "Passwort festlegen" }).waitFor();
  assert.equal(await sidewaysScroll(page), 0, "the German claim page fits 360 px");
  assert.deepEqual(await seriousAxe(page), []);
  await screenshot(page, "claim-de-360");
  await context.close();

  await setLanguage(advisor, "con_ivo", "Agency default (English)");
  await advisor.close();
});

test("a signed-out visitor with JavaScript off switches the sign-in page to German, and it stays German", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: SMALL_PHONE });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/portal/pride-travelers/login`);
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  const languages = page.getByRole("navigation", { name: "Language" });
  await languages.getByRole("link", { name: "Deutsch" }).click();
  await page.waitForURL(/\?lang=de$/);
  assert.equal(await page.locator("html").getAttribute("lang"), "de");
  await page.getByRole("heading", { name: "Melden Sie sich bei Ihrem Reiseportal an" }).waitFor();
  assert.equal(
    await page.getByRole("navigation", { name: "Sprache" }).locator("[aria-current]").innerText(),
    "Deutsch",
  );
  await screenshot(page, "sign-in-de-360");

  // Remembered: the next page, reached by an ordinary link, is German too.
  await page.locator('a[href$="/forgot"]').click();
  await page.waitForURL(`${BASE_URL}/portal/pride-travelers/forgot`);
  assert.equal(await page.locator("html").getAttribute("lang"), "de");
  await context.close();

  // The layout and axe need a script in the page (a page without JavaScript can't be measured):
  // the same German page, at the same width.
  const measuring = await browser.newContext({ viewport: SMALL_PHONE });
  const measured = await measuring.newPage();
  await measured.goto(`${BASE_URL}/portal/pride-travelers/login?lang=de`);
  assert.equal(await sidewaysScroll(measured), 0, "the German sign-in page fits 360 px");
  assert.deepEqual(await seriousAxe(measured), []);
  await measuring.close();
});
