// Accessibility: axe-core (WCAG 2.2 AA and best-practice rules) on every page type, advisor and
// client, at a desktop and a phone size; any serious or critical finding fails. The page types
// are listed once, here, and the last test fails when the app registers a GET page this list
// doesn't cover, so a new page can't skip the check.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import AxeBuilder from "@axe-core/playwright";
import { BASE_URL, launch, signInAsAdvisor } from "./browser.mjs";

const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
];
// Travelers open their links on small phones: client pages are also checked at 360 px, and must not scroll sideways.
const SMALL_PHONE = { name: "small phone", width: 360, height: 740 };
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Every GET route of the app: a page checked here, or why it isn't a page. */
const PAGES = {
  "/login": { who: "nobody", path: "/login" },
  "/trips": { who: "advisor", path: "/trips" },
  "/trips/:tripId": { who: "advisor", path: "/trips/trp_lisbon" },
  "/contacts": { who: "advisor", path: "/contacts" },
  "/contacts/:contactId": { who: "advisor", path: "/contacts/con_ana" },
  "/contacts/:contactId/access": { who: "advisor", path: "/contacts/con_farah/access" },
  "/portal-access": { who: "advisor", path: "/portal-access?filter=pending-3d" },
  "/settings": { who: "advisor", path: "/settings" },
  "/dev/outbox": { who: "nobody", path: "/dev/outbox" },
  "/portal/:slug/login": { who: "nobody", path: "/portal/pride-travelers/login" },
  "/portal/:slug/forgot": { who: "nobody", path: "/portal/pride-travelers/forgot" },
  "/portal/:slug/login/code": { who: "nobody", path: "/portal/pride-travelers/login/code" },
  "/portal/:slug/claim/:token": { who: "nobody", path: "claim" },
  "/portal/:slug": { who: "client", path: "/portal/pride-travelers" },
  "/portal/:slug/security": { who: "client", path: "/portal/pride-travelers/security" },
  "/portal/:slug/documents/:documentId": { who: "client", path: "/portal/pride-travelers/documents/doc_kyoto_inv" },
};
const EXTRA = [
  { who: "nobody", path: "/portal/pride-travelers/claim/this-link-is-not-valid-at-all" },
  { who: "nobody", path: "/portal/no-such-agency/login" },
  // The 404, neutral to a stranger and the dashboard's to a signed-in advisor.
  { who: "nobody", path: "/no-such-page" },
  { who: "advisor", path: "/no-such-page" },
  // The styled confirmation dialog, open over the Access tab.
  { who: "advisor", path: "/contacts/con_farah/access", press: "Disable access", state: "the open confirm dialog" },
];
const NOT_PAGES = {
  "/": "redirects to /trips",
  "/theme.css": "a stylesheet",
  "/brand/:file": "an uploaded logo (PNG or JPEG)",
  "/portal-access/export.csv": "a CSV download",
  "/dev/outbox.json": "JSON",
  "/dev/routes.json": "JSON",
  "/dev/floor/:slug": "the bench's one-query floor: the portal's bare shell, not a page anyone visits",
  "/dev/outbox/:id": "an email's own HTML, shown as the mail client would",
  "/settings/gmail/callback": "Google's redirect back; answers with a redirect",
};

let browser;
let advisorContext;
let clientContext;
let claimPath;
before(async () => {
  browser = await launch();
  advisorContext = await browser.newContext();
  const advisor = await advisorContext.newPage();
  await signInAsAdvisor(advisor);
  // A live claim link: resend Diego's invite and take it from the dev outbox.
  await advisor.goto(`${BASE_URL}/trips/trp_patagonia`);
  await advisor.locator("li.traveler", { hasText: "Diego Alvarez" }).getByRole("button").click();
  await advisor.locator("#toasts .toast").first().waitFor();
  const mail = (await (await fetch(`${BASE_URL}/dev/outbox.json`)).json()).find((m) => m.to === "diego@example.com");
  claimPath = new URL(mail.links.find((l) => l.includes("/claim/"))).pathname;
  clientContext = await browser.newContext();
  const client = await clientContext.newPage();
  await client.goto(`${BASE_URL}/portal/pride-travelers/login`);
  await client.getByLabel("Email").fill("farah@example.com");
  await client.getByLabel("Password").fill("client-demo-2026");
  await client.getByRole("button", { name: "Sign in", exact: true }).click();
  await client.waitForURL(`${BASE_URL}/portal/pride-travelers`);
});
after(async () => browser?.close());

async function check(target) {
  const context =
    target.who === "advisor" ? advisorContext : target.who === "client" ? clientContext : await browser.newContext();
  const findings = [];
  const client = target.path === "claim" || target.path.startsWith("/portal/");
  for (const viewport of client ? [...VIEWPORTS, SMALL_PHONE] : VIEWPORTS) {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`${BASE_URL}${target.path === "claim" ? claimPath : target.path}`);
    if (target.press) {
      await page.getByRole("button", { name: target.press }).first().click();
      await page.getByRole("dialog").waitFor();
    }
    if (client) {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) findings.push(`${viewport.name}: scrolls sideways by ${overflow}px`);
    }
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    for (const v of violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
      findings.push(
        `${viewport.name} ${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
      );
    }
    await page.close();
  }
  return findings;
}

test("no page type has a serious or critical axe finding, at desktop and phone sizes", async () => {
  const findings = [];
  for (const target of [...Object.values(PAGES), ...EXTRA]) {
    for (const f of await check(target))
      findings.push(`${target.path}${target.state ? ` (${target.state})` : ""}: ${f}`);
  }
  assert.deepEqual(findings, []);
});

// SPEC §14: the traveler's pages in the other four languages, at the small phone size where
// longer words (German) would break a layout first. Signed-out pages take ?lang=; Farah's
// signed-in pages follow her pick from the page's own language form, put back to English after.
const OTHER_LANGUAGES = [
  { lang: "es", name: "Español" },
  { lang: "fr", name: "Français" },
  { lang: "de", name: "Deutsch" },
  { lang: "pt", name: "Português" },
];
const SIGNED_OUT = [
  "/portal/pride-travelers/login",
  "/portal/pride-travelers/forgot",
  "/portal/pride-travelers/login/code",
  "claim",
  "/portal/pride-travelers/claim/this-link-is-not-valid-at-all",
  "/portal/pride-travelers/no-such-page",
];
const SIGNED_IN = [
  "/portal/pride-travelers",
  "/portal/pride-travelers/security",
  "/portal/pride-travelers/documents/doc_kyoto_inv",
];

async function checkInLanguage(context, url, lang) {
  const page = await context.newPage();
  await page.setViewportSize(SMALL_PHONE);
  await page.goto(url);
  const findings = [];
  const htmlLang = await page.locator("html").getAttribute("lang");
  if (htmlLang !== (lang === "pt" ? "pt-BR" : lang)) findings.push(`html lang is ${htmlLang}`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (overflow > 0) findings.push(`scrolls sideways by ${overflow}px`);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  for (const v of violations.filter((v) => v.impact === "serious" || v.impact === "critical"))
    findings.push(`${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  await page.close();
  return findings;
}

for (const { lang, name } of OTHER_LANGUAGES) {
  test(`the traveler's pages in ${name}: no serious axe finding, nothing wider than 360 px`, {
    timeout: 180_000,
  }, async () => {
    const findings = [];
    const visitor = await browser.newContext();
    try {
      for (const path of SIGNED_OUT) {
        const url = `${BASE_URL}${path === "claim" ? claimPath : path}?lang=${lang}`;
        for (const f of await checkInLanguage(visitor, url, lang)) findings.push(`${path}: ${f}`);
      }
    } finally {
      await visitor.close();
    }
    // Farah picks the language on her own portal (the form under the card), and back to English after.
    const client = await clientContext.newPage();
    try {
      await client.goto(`${BASE_URL}/portal/pride-travelers`);
      await client.getByRole("button", { name, exact: true }).click();
      await client.waitForURL(`${BASE_URL}/portal/pride-travelers`);
      for (const path of SIGNED_IN)
        for (const f of await checkInLanguage(clientContext, `${BASE_URL}${path}`, lang))
          findings.push(`${path}: ${f}`);
    } finally {
      await client.goto(`${BASE_URL}/portal/pride-travelers`);
      await client.getByRole("button", { name: "English", exact: true }).click();
      await client.waitForURL(`${BASE_URL}/portal/pride-travelers`);
      await client.close();
    }
    assert.deepEqual(findings, []);
  });
}

test("every GET page the app registers is in the list above", async () => {
  const routes = await (await fetch(`${BASE_URL}/dev/routes.json`)).json();
  const unlisted = routes.filter((r) => !(r in PAGES) && !(r in NOT_PAGES));
  assert.deepEqual(unlisted, []);
});
