// Settings → Branding in a real browser: a yellow brand colour stays readable everywhere it is
// used (measured from computed styles, WCAG AA 4.5:1) with a plain warning and a live preview,
// and changing the portal slug while links are live asks first and can keep old links working.
// Both flows put Pride Travelers' colour and slug back as they found them.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import AxeBuilder from "@axe-core/playwright";
import { BASE_URL, launch, screenshot, signInAsAdvisor } from "./browser.mjs";

const PRIDE = {
  name: "Pride Travelers",
  portalSlug: "pride-travelers",
  brandColor: "#9d2463",
};
/** A demo agency's PNG logo, as the dev server seeds it (scripts/seed-logos/). */
const seedLogo = (agencyId) => readFileSync(new URL(`../../scripts/seed-logos/${agencyId}.png`, import.meta.url));
const NEW_SLUG = "pride-travel-co";
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

let browser;
let advisor;
before(async () => {
  browser = await launch();
  // The advisor's browser is in Lisbon: the agency's first save takes that zone.
  advisor = await browser.newContext({ timezoneId: "Europe/Lisbon" });
  await signInAsAdvisor(await advisor.newPage());
});
after(async () => {
  // Whatever happened above, leave Pride as the other flows expect it (posting as the browser would).
  const page = await advisor.newPage();
  await page.goto(`${BASE_URL}/settings`);
  await page.evaluate(async (pride) => {
    const current = document.getElementById("portalSlug")?.value ?? "";
    const body = new URLSearchParams({ ...pride, timeZone: "", confirmedFrom: current, oldSlug: "release" });
    await fetch("/settings/branding", { method: "POST", body });
  }, PRIDE);
  await browser?.close();
});

/** WCAG contrast of two computed CSS colours ("rgb(r, g, b)"). */
function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, b] = css
      .match(/\d+(\.\d+)?/g)
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

async function contrastOf(locator) {
  const { color, background } = await locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return { color: style.color, background: style.backgroundColor };
  });
  return contrast(color, background);
}

async function seriousAxeFindings(page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function saveBrandColor(page, color) {
  await page.goto(`${BASE_URL}/settings`);
  await page.getByLabel("Brand color", { exact: true }).fill(color);
  await page.getByRole("button", { name: "Save branding" }).click();
  await page.waitForURL(`${BASE_URL}/settings`);
}

test("a yellow brand (#f5c400) stays readable: live preview, a plain warning, and 4.5:1 on the portal button and the active nav", async () => {
  const page = await advisor.newPage();
  await page.goto(`${BASE_URL}/settings`);
  const warning = page.locator("#brand-warning");
  assert.equal(await warning.isVisible(), false);
  // The zone field starts from the advisor's browser while the agency has none.
  assert.equal(await page.getByLabel("Time zone").inputValue(), "Europe/Lisbon");

  // The preview repaints as the color is typed, before anything is saved.
  await page.getByLabel("Brand color", { exact: true }).fill("#f5c400");
  await warning.waitFor({ state: "visible" });
  assert.match(await warning.innerText(), /too light for white text: buttons use dark text and links a darker shade/);
  assert.ok((await contrastOf(page.locator(".preview-portal .btn-primary"))) >= 4.5);
  assert.ok((await contrastOf(page.locator(".preview-mail .btn-primary"))) >= 4.5);
  assert.equal(await page.locator("input[type=color]").inputValue(), "#f5c400");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "settings-yellow-phone");
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, "settings-yellow");

  await page.getByRole("button", { name: "Save branding" }).click();
  await page.waitForURL(`${BASE_URL}/settings`);
  assert.match(await page.locator("main").innerText(), /Branding saved\./);
  // Saved: the server says the same without any JavaScript.
  assert.match(await warning.innerText(), /too light for white text/);
  assert.equal(await page.getByLabel("Time zone").inputValue(), "Europe/Lisbon");
  const nav = page.locator(".nav-link.active");
  assert.equal(await nav.innerText(), "Settings");
  const navContrast = await contrastOf(nav);
  assert.ok(navContrast >= 4.5, `active nav ${navContrast.toFixed(2)}:1`);
  assert.deepEqual(await seriousAxeFindings(page), []);

  const clientContext = await browser.newContext();
  const client = await clientContext.newPage();
  await client.goto(`${BASE_URL}/portal/pride-travelers/login`);
  const signIn = client.getByRole("button", { name: "Sign in", exact: true });
  const buttonContrast = await contrastOf(signIn);
  assert.ok(buttonContrast >= 4.5, `portal sign-in button ${buttonContrast.toFixed(2)}:1`);
  const forgot = client.getByRole("link", { name: /Forgot password/ });
  const linkColor = await forgot.evaluate((el) => getComputedStyle(el).color);
  assert.ok(contrast(linkColor, "rgb(255, 255, 255)") >= 4.5);
  assert.deepEqual(await seriousAxeFindings(client), []);
  await screenshot(client, "portal-login-yellow");
  await clientContext.close();

  await saveBrandColor(page, PRIDE.brandColor);
  assert.equal(await warning.isVisible(), false);
  await page.close();
});

/** A claim link that works right now: the newest one in the dev outbox, or a fresh one for Diego. */
async function liveClaimLink(page) {
  const newest = async () =>
    (await (await fetch(`${BASE_URL}/dev/outbox.json`)).json())
      .find((m) => m.to === "diego@example.com")
      ?.links.find((l) => l.includes("/claim/"));
  const link = await newest();
  if (link && (await fetch(link, { redirect: "manual" })).status === 200) return link;
  await page.goto(`${BASE_URL}/trips/trp_patagonia`);
  await page.locator("li.traveler", { hasText: "Diego Alvarez" }).getByRole("button").click();
  await page.locator("#toasts .toast").first().waitFor();
  return newest();
}

test("changing the portal slug with live links asks first; the kept old address forwards sign-in and claim links", async () => {
  const page = await advisor.newPage();
  const oldClaim = new URL(await liveClaimLink(page));
  assert.match(oldClaim.pathname, /^\/portal\/pride-travelers\/claim\//);

  await page.goto(`${BASE_URL}/settings`);
  await page.getByLabel("Portal slug").fill(NEW_SLUG);
  await page.getByRole("button", { name: "Save branding" }).click();
  await page.getByRole("heading", { name: "Change your portal address?" }).waitFor();
  const question = await page.locator("main").innerText();
  assert.match(question, /moves from \/portal\/pride-travelers to \/portal\/pride-travel-co/);
  assert.match(question, /stop working unless it keeps redirecting/);
  assert.equal(await page.getByLabel(/Keep the old address redirecting/).isChecked(), true);
  assert.deepEqual(await seriousAxeFindings(page), []);
  await screenshot(page, "slug-change-confirm");

  await page.getByRole("button", { name: "Change the address" }).click();
  await page.waitForURL(`${BASE_URL}/settings`);
  assert.match(
    await page.locator("main").innerText(),
    /Your portal is now at \/portal\/pride-travel-co; the old address \/portal\/pride-travelers forwards there\./,
  );

  // A client opening the link from an email sent before the change lands on the new address.
  const client = await browser.newContext();
  const tab = await client.newPage();
  await tab.goto(oldClaim.href);
  assert.equal(new URL(tab.url()).pathname, oldClaim.pathname.replace("/pride-travelers/", `/${NEW_SLUG}/`));
  await tab.getByRole("heading", { name: "Set your password" }).waitFor();
  await tab.goto(`${BASE_URL}/portal/pride-travelers/login`);
  assert.equal(tab.url(), `${BASE_URL}/portal/${NEW_SLUG}/login`);
  await tab.getByRole("button", { name: "Sign in", exact: true }).waitFor();

  // Taking the old address back: asks again, and letting the new one go ends every redirect.
  await page.getByLabel("Portal slug").fill(PRIDE.portalSlug);
  await page.getByRole("button", { name: "Save branding" }).click();
  await page.getByRole("heading", { name: "Change your portal address?" }).waitFor();
  await page.getByLabel(/Let the old address go/).check();
  await page.getByRole("button", { name: "Change the address" }).click();
  await page.waitForURL(`${BASE_URL}/settings`);
  assert.match(await page.locator("main").innerText(), /the old address \/portal\/pride-travel-co no longer works/);
  assert.equal((await tab.goto(`${BASE_URL}/portal/${NEW_SLUG}/login`)).status(), 404);
  assert.equal((await tab.goto(`${BASE_URL}/portal/pride-travelers/login`)).status(), 200);
  await client.close();
  await page.close();
});

test("clearing the portal slug while clients have accounts is refused and changes nothing", async () => {
  const page = await advisor.newPage();
  await page.goto(`${BASE_URL}/settings`);
  await page.getByLabel("Portal slug").fill("");
  await page.getByRole("button", { name: "Save branding" }).click();
  await page.getByRole("alert").waitFor();
  assert.match(
    await page.locator("#portalSlug-error").innerText(),
    /can't be left empty while your agency has portal accounts/,
  );
  await page.goto(`${BASE_URL}/settings`);
  assert.equal(await page.getByLabel("Portal slug").inputValue(), PRIDE.portalSlug);
  await page.close();
});

test("a logo is uploaded as a file: an SVG is refused with a message, a PNG shows in the dashboard and the portal", async () => {
  const page = await advisor.newPage();
  await page.goto(`${BASE_URL}/settings`);
  const before = await page.locator("header.topbar img").getAttribute("src");
  await page.getByLabel("Logo", { exact: true }).setInputFiles({
    name: "logo.svg",
    mimeType: "image/svg+xml",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>'),
  });
  await page.getByRole("button", { name: "Save branding" }).click();
  await page.getByRole("alert").waitFor();
  assert.match(await page.locator("#logo-error").innerText(), /must be a PNG or JPEG image/);
  assert.equal(await page.locator("header.topbar img").getAttribute("src"), before);

  // The seed's Blue Horizon logo stands in for an advisor's PNG.
  const png = seedLogo("agc_blue");
  await page.goto(`${BASE_URL}/settings`);
  await page
    .getByLabel("Logo", { exact: true })
    .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "Save branding" }).click();
  await page.waitForURL(`${BASE_URL}/settings`);
  const src = await page.locator("header.topbar img").getAttribute("src");
  assert.match(src, /^\/brand\/[0-9a-f]{64}-96x96\.png$/);
  assert.notEqual(src, before);
  const client = await browser.newContext();
  const tab = await client.newPage();
  const served = await tab.goto(`${BASE_URL}${src}`);
  assert.equal(served.headers()["cache-control"], "public, max-age=31536000, immutable");
  await tab.goto(`${BASE_URL}/portal/${PRIDE.portalSlug}/login`);
  assert.equal(await tab.locator(".auth-brand img").getAttribute("src"), src);
  assert.equal(await tab.locator(".auth-brand img").evaluate((img) => img.naturalWidth), 96);
  await client.close();

  // Pride's own logo back, for the other flows.
  await page.goto(`${BASE_URL}/settings`);
  await page.getByLabel("Logo", { exact: true }).setInputFiles({
    name: "pride.png",
    mimeType: "image/png",
    buffer: seedLogo("agc_pride"),
  });
  await page.getByRole("button", { name: "Save branding" }).click();
  await page.waitForURL(`${BASE_URL}/settings`);
  assert.equal(await page.locator("header.topbar img").getAttribute("src"), before);
  await page.close();
});
