// `node scripts/email-screenshots.mjs`: renders the portal invite with the real renderer and
// photographs it in Debian's Chromium at 600 px and 375 px wide, light, dark (prefers-color-scheme,
// as Apple Mail and Outlook for Mac apply our dark rules) and forced dark (Chromium's automatic
// darkening, the way Gmail's apps and Outlook darken an email on their own); and in German (the
// longest words) and Spanish on a 360 px phone, to see that the words wrap where they should.
// Writes docs/screenshots/invite-*.png for the README.
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";

const root = join(import.meta.dirname, "..");
const bundled = join(tmpdir(), `render-${process.pid}.mjs`);
await build({ entryPoints: [join(root, "src/mail/render.ts")], bundle: true, format: "esm", outfile: bundled });
const { renderPortalEmail } = await import(pathToFileURL(bundled).href);
rmSync(bundled);

const BASE = "https://portal.example";
const logo = readFileSync(join(root, "scripts/seed-logos/agc_pride.png"));
const logoPath = `/brand/${"0".repeat(64)}-96x96.png`;

const emails = {
  pride: {
    agencyName: "Pride Travelers",
    brandColor: "#9d2463",
    logoUrl: logoPath,
    timeZone: "Europe/Lisbon",
    contactEmail: "pat@pridetravelers.example",
  },
  sunny: {
    agencyName: "Sunny Side Journeys & Expeditions of the Algarve",
    brandColor: "#f5c400",
    logoUrl: null,
    timeZone: "Europe/Lisbon",
  },
};

function invite(branding, locale) {
  return renderPortalEmail("invite", {
    locale,
    branding,
    baseUrl: BASE,
    url: `${BASE}/portal/pride-travelers/claim/Zq7xV1mN0pLr8sT2uW4yA6cE9gI3kO5qS7uW9yB1dF3`,
    firstName: "Ana",
    advisorName: "Pat Rivera",
    expiresAt: new Date("2026-12-13T19:30:00Z"),
  }).html;
}

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];
const modes = {
  light: { args: [], scheme: "light" },
  dark: { args: [], scheme: "dark" },
  // Chromium's own darkening of a page, ignoring its dark rules: what a client that inverts does.
  "forced-dark": { args: ["--enable-features=WebContentsForceDark"], scheme: "light" },
};

// Pride (a dark brand and a logo) at both widths; Sunny (a light brand, a long name, no logo) on a
// phone; Pride in German and Spanish on a small phone. [agency, width, modes, language]
const SHOTS = [
  ["pride", 600, ["light", "dark", "forced-dark"], "en"],
  ["pride", 375, ["light", "forced-dark"], "en"],
  ["sunny", 375, ["light", "forced-dark"], "en"],
  ["pride", 360, ["light", "dark"], "de"],
  ["pride", 360, ["light", "dark"], "es"],
];

for (const [mode, { args, scheme }] of Object.entries(modes)) {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: [...FLAGS, ...args] });
  for (const [name, width, wanted, locale] of SHOTS) {
    if (!wanted.includes(mode)) continue;
    // A reading pane a little wider than the card at 600, a phone at its width; as tall as the email.
    const page = await browser.newPage({ viewport: { width: width === 600 ? 680 : width, height: 200 } });
    await page.emulateMedia({ colorScheme: scheme });
    await page.route(`${BASE}/brand/**`, (route) => route.fulfill({ body: logo, contentType: "image/png" }));
    await page.setContent(invite(emails[name], locale), { waitUntil: "load" });
    const file =
      locale === "en"
        ? `docs/screenshots/invite-${name}-${width}-${mode}.png`
        : `docs/screenshots/invite-${locale}-${width}-${mode}.png`;
    await page.screenshot({ path: join(root, file), fullPage: true });
    console.log(file);
    await page.close();
  }
  await browser.close();
}
