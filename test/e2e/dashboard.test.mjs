import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, launch, screenshot, signInAsAdvisor } from "./browser.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

test("an advisor signs in, opens a trip and sees its travelers", async () => {
  const page = await browser.newPage();
  await signInAsAdvisor(page, undefined, undefined, { throughForm: true });
  await screenshot(page, "trips");
  // Each trip card says how many of its travelers are in the portal (the demo's Kyoto trip: Farah
  // active, Gus disabled; Patagonia: Diego's invite pending, Elena's expired).
  const card = (title) => page.getByRole("link", { name: new RegExp(title) });
  assert.match(await card("Kyoto in autumn").innerText(), /1 of 2 in the portal/);
  assert.match(await card("Patagonia trekking").innerText(), /0 of 2 in the portal · 1 invited · 1 invite expired/);
  await card("Lisbon & Porto food tour").click();
  const travelers = page.getByRole("region", { name: "Travelers" });
  await travelers.waitFor();
  assert.match(await page.locator("#trip-portal-summary").innerText(), /^0 of 3 in the portal/);
  // A traveler's name looks like the link it is.
  const name = travelers.getByRole("link", { name: "Ana Souza" });
  assert.equal(await name.evaluate((el) => getComputedStyle(el).textDecorationLine), "underline");
  const text = await travelers.innerText();
  assert.match(text, /Ana Souza/);
  assert.match(text, /Primary/i);
  assert.match(text, /ana@example\.com/);
  assert.match(text, /Ben Souza/);
  assert.match(text, /No email on file/);
  await screenshot(page, "trip");
  await page.close();
});

test("a wrong password shows a clear message", async () => {
  const page = await browser.newPage();
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel("Email").fill("pat@pridetravelers.example");
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("alert").waitFor();
  assert.match(await page.getByRole("alert").innerText(), /don.t match an advisor account/);
  await page.close();
});

test("Ben (no email) and Carla (archived) get the way out instead of a button that can only fail", async () => {
  const page = await browser.newPage();
  await signInAsAdvisor(page);
  await page.goto(`${BASE_URL}/trips/trp_lisbon`);
  const carla = page.locator("#traveler-con_carla");
  assert.equal(await carla.getByRole("button").count(), 0);
  assert.equal(await carla.getByRole("link", { name: "Restore contact" }).count(), 1);
  const ben = page.locator("#traveler-con_ben");
  assert.equal(await ben.getByRole("button").count(), 0);
  await ben.getByRole("link", { name: "Add an email" }).click();
  await page.waitForURL(`${BASE_URL}/contacts/con_ben?focus=email#email`);
  // The cursor is already in the email field.
  assert.equal(await page.evaluate(() => document.activeElement?.id), "email");
  await page.close();
});

test("search boxes are styled fields of at least 16px on a phone, so iOS doesn't zoom in when one is tapped", async () => {
  const page = await browser.newPage();
  await signInAsAdvisor(page);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/trips", "/contacts", "/portal-access"]) {
    await page.goto(`${BASE_URL}${path}`);
    const box = page.getByRole("searchbox");
    const style = await box.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        size: Number.parseFloat(s.fontSize),
        radius: Number.parseFloat(s.borderTopLeftRadius),
        width: el.clientWidth,
      };
    });
    assert.ok(style.size >= 16, `${path}: search text is ${style.size}px`);
    assert.ok(style.radius >= 6, `${path}: the box has the fields' rounded border`);
    assert.ok(style.width > 200, `${path}: the box fills the row (${style.width}px)`);
  }
  await page.close();
});

test("on a phone the trip page shows Travelers first, and Tab reaches them before the Share buttons", async () => {
  const page = await browser.newPage();
  await signInAsAdvisor(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${BASE_URL}/trips/trp_lisbon`);
  const travelers = await page.getByRole("region", { name: "Travelers" }).boundingBox();
  const documents = await page.locator("#documents").boundingBox();
  assert.ok(travelers && documents && travelers.y < documents.y, "Travelers are above Invoices & proposals");
  await page.locator(".crumbs a").first().focus();
  const order = [];
  for (let i = 0; i < 30 && order.length < 40; i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => document.activeElement?.closest("#travelers, #documents")?.id ?? ""));
  }
  const firstTraveler = order.indexOf("travelers");
  const firstDocument = order.indexOf("documents");
  assert.ok(firstTraveler >= 0 && firstDocument > firstTraveler, `focus order: ${order.join(",")}`);
  // On a wide screen the Travelers card is the right-hand rail.
  await page.setViewportSize({ width: 1280, height: 800 });
  const wideTravelers = await page.getByRole("region", { name: "Travelers" }).boundingBox();
  const wideDocuments = await page.locator("#documents").boundingBox();
  assert.ok(wideTravelers.x > wideDocuments.x, "Travelers sit to the right of the documents");
  await page.close();
});
