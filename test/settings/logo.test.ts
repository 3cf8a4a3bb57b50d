// Settings → Branding takes the logo as an upload (SPEC §6): PNG or JPEG by its bytes, at most
// 1 MB, stored in R2 under its hash and served from there to the portal and to emails.
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { BASE, dbSnapshot, get, makeTraveler, portalMail, post } from "../fixtures";

// Blue Horizon's demo logo (scripts/seed-logos/agc_blue.png): a 96×96 indexed-colour PNG.
const PNG = Uint8Array.from(
  atob(
    "iVBORw0KGgoAAAANSUhEUgAAAGAAAABgCAMAAADVRocKAAAADFBMVEUAAAAdX7//////0j95CJhvAAAAAXRSTlMAQObYZgAAALtJREFUeNrt2kEKhDAUA9DE3P/OsxN0lA78H6tOcoC8TQuFBtiEDcFp2BZz/SHB9rj7twLpFUivQJoFN0CaBTdAmoXHAzQnQIAAAQIECBDgK1rjALRLM6CDNAI6SRcgFQQU6n8iUOsfCyj2D4XZgFQVUO4fCHMBqS5MBaQG4dWA1CEEuDWQh9c8YCkkQA+QYxogNzk3OcA/AvAeU7wBgBO45rP0+f/J/i93/2jAP3vwDzf805MLxjOm+c8HAo4rte/3dqEAAAAASUVORK5CYII=",
  ),
  (ch) => ch.charCodeAt(0),
);
// A JPEG's start: SOI, an APP0 segment, then a start-of-frame saying 120 high, 240 wide.
const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x78, 0x00, 0xf0, 0x03, 0x01,
  0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xd9,
]);
const SVG = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40"/></svg>',
);

async function setUp() {
  const t = await makeTraveler("none", { agency: { brandColor: "#225577" } });
  return t;
}

function postBranding(
  cookie: string,
  agency: { name: string; portalSlug: string | null; brandColor: string },
  file?: { bytes: Uint8Array; name: string; type: string },
  extra: Record<string, string> = {},
) {
  const form = new FormData();
  form.set("name", agency.name);
  form.set("portalSlug", agency.portalSlug ?? "");
  form.set("brandColor", agency.brandColor);
  form.set("timeZone", "");
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  form.set("logo", file ? new File([file.bytes], file.name, { type: file.type }) : new File([], ""));
  return exports.default.fetch(
    new Request(`${BASE}/settings/branding`, {
      method: "POST",
      body: form,
      headers: { Origin: BASE, Cookie: cookie },
      redirect: "manual",
    }),
  );
}

const logoOf = async (agencyId: string) =>
  (await env.DB.prepare("SELECT logo_url FROM agencies WHERE id = ?")
    .bind(agencyId)
    .first<{ logo_url: string | null }>())!.logo_url;

const storedKeys = async () => (await env.BRAND_ASSETS.list({ prefix: "logos/" })).objects.map((o) => o.key).sort();

describe("Settings → Branding: logo upload", () => {
  it("stores a PNG in R2 under its hash, serves it immutable, and shows it on the portal and in the next invite", async () => {
    const { agency, contact, trip, cookie } = await setUp();

    const res = await postBranding(cookie, agency, { bytes: PNG, name: "logo.png", type: "image/png" });

    expect(res.status).toBe(303);
    const digest = [...new Uint8Array(await crypto.subtle.digest("SHA-256", PNG))]
      .map((b) => b.toString(16).padStart(2, "0"))
      .join("");
    const path = `/brand/${digest}-96x96.png`;
    expect(await logoOf(agency.id)).toBe(path);
    const stored = await env.BRAND_ASSETS.get(`logos/${digest}-96x96.png`);
    expect(new Uint8Array(await stored!.arrayBuffer())).toEqual(PNG);

    const served = await get(path);
    expect(served.status).toBe(200);
    expect(served.headers.get("Content-Type")).toBe("image/png");
    expect(served.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(served.headers.get("X-Content-Type-Options")).toBe("nosniff");
    // Webmail shows it from its own origin.
    expect(served.headers.get("Cross-Origin-Resource-Policy")).toBe("cross-origin");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PNG);

    const portal = await (await get(`/portal/${agency.portalSlug}/login`)).text();
    expect(portal).toContain(`<img src="${path}" alt="" width="36" height="36"`);
    const settings = await (await get("/settings", cookie)).text();
    expect(settings).toContain(`<img src="${path}"`);

    const invite = await post(`/trips/${trip.id}/travelers/${contact.id}/portal`, {}, cookie, { "HX-Request": "true" });
    expect(invite.status).toBe(200);
    const [mail] = await portalMail(agency.portalSlug!, contact.email!);
    // Emails carry the absolute URL on APP_BASE_URL, shown at 40 px from a 96 px image (2× and more).
    expect(mail!.html).toContain(`<img src="${BASE}${path}" width="40" height="40" alt=""`);
  });

  it("accepts a JPEG by its bytes, whatever its name says, and keeps its proportions", async () => {
    const { agency, cookie } = await setUp();

    const res = await postBranding(cookie, agency, { bytes: JPEG, name: "logo.bin", type: "application/octet-stream" });

    expect(res.status).toBe(303);
    expect(await logoOf(agency.id)).toMatch(/^\/brand\/[0-9a-f]{64}-240x120\.jpg$/);
    const page = await (await get(`/portal/${agency.portalSlug}/login`)).text();
    expect(page).toMatch(/<img src="\/brand\/[0-9a-f]{64}-240x120\.jpg" alt="" width="72" height="36"/);
  });

  const REFUSED = [
    {
      name: "an SVG",
      file: { bytes: SVG, name: "logo.svg", type: "image/svg+xml" },
      message: "The logo must be a PNG or JPEG image (SVG, GIF and other files are not accepted). Nothing was saved.",
    },
    {
      name: "a text file renamed logo.png",
      file: { bytes: new TextEncoder().encode("not an image at all\n"), name: "logo.png", type: "image/png" },
      message: "The logo must be a PNG or JPEG image (SVG, GIF and other files are not accepted). Nothing was saved.",
    },
    {
      name: "a 2 MB image",
      file: (() => {
        const bytes = new Uint8Array(2 * 1024 * 1024);
        bytes.set(PNG);
        return { bytes, name: "huge.png", type: "image/png" };
      })(),
      message: "That file is 2.0 MB; the logo must be at most 1 MB. Nothing was saved.",
    },
  ];

  it.each(REFUSED)("refuses $name with a message and changes nothing", async ({ file, message }) => {
    const { agency, cookie } = await setUp();
    await postBranding(cookie, agency, { bytes: PNG, name: "logo.png", type: "image/png" });
    const before = { db: await dbSnapshot(), keys: await storedKeys(), logo: await logoOf(agency.id) };

    const res = await postBranding(cookie, { ...agency, name: "Renamed Travelers" }, file);

    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(`<p class="field-error" id="logo-error">${message}</p>`);
    expect(html).toMatch(/<input id="logo" name="logo" type="file"[^>]*aria-invalid="true"/);
    // The other fields come back as typed, to save again with another file.
    expect(html).toContain('value="Renamed Travelers"');
    expect(await dbSnapshot()).toEqual(before.db);
    expect(await storedKeys()).toEqual(before.keys);
    expect(await logoOf(agency.id)).toBe(before.logo);
  });

  it("keeps the logo when the form is saved without a file, and removes it when asked", async () => {
    const { agency, cookie } = await setUp();
    await postBranding(cookie, agency, { bytes: PNG, name: "logo.png", type: "image/png" });
    const path = await logoOf(agency.id);

    expect((await postBranding(cookie, { ...agency, name: "Kept Logo Travel" })).status).toBe(303);
    expect(await logoOf(agency.id)).toBe(path);

    expect((await postBranding(cookie, agency, undefined, { removeLogo: "on" })).status).toBe(303);
    expect(await logoOf(agency.id)).toBeNull();
    const portal = await (await get(`/portal/${agency.portalSlug}/login`)).text();
    expect(portal).not.toContain("<img");
    expect(portal).toContain(agency.name);
  });

  it("takes a logo chosen with a slug change that asks first, once the change is confirmed", async () => {
    const { agency, cookie, contact, trip } = await setUp();
    // A pending invite makes the slug change ask first.
    await post(`/trips/${trip.id}/travelers/${contact.id}/portal`, {}, cookie, { "HX-Request": "true" });

    const ask = await postBranding(
      cookie,
      { ...agency, portalSlug: `${agency.portalSlug}-moved` },
      {
        bytes: PNG,
        name: "logo.png",
        type: "image/png",
      },
    );
    expect(ask.status).toBe(200);
    const page = await ask.text();
    const pending = /name="pendingLogo" value="([^"]+)"/.exec(page)?.[1];
    expect(pending).toMatch(/^\/brand\/[0-9a-f]{64}-96x96\.png$/);
    expect(await logoOf(agency.id)).toBeNull();

    const confirmed = await post(
      "/settings/branding",
      {
        name: agency.name,
        portalSlug: `${agency.portalSlug}-moved`,
        brandColor: agency.brandColor,
        timeZone: "",
        pendingLogo: pending!,
        removeLogo: "",
        confirmedFrom: agency.portalSlug!,
        oldSlug: "redirect",
      },
      cookie,
    );
    expect(confirmed.status).toBe(303);
    expect(await logoOf(agency.id)).toBe(pending);
  });

  it("answers 404 for a logo path it doesn't hold, and for names that aren't logo paths", async () => {
    expect((await get(`/brand/${"0".repeat(64)}-10x10.png`)).status).toBe(404);
    expect((await get("/brand/..%2Fsecrets.png")).status).toBe(404);
    expect((await get("/brand/logo.svg")).status).toBe(404);
  });
});
