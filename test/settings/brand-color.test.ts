// The brand colour guard through the Worker: the theme stylesheet every page links carries the
// readable shades, and Settings → Branding previews the saved colour and warns when it had to be
// adjusted (without JavaScript; public/js/branding.js repaints both as the advisor types).
import { describe, expect, it } from "vitest";
import { get, makeSignedInAgency, post } from "../fixtures";

describe("the theme stylesheet", () => {
  it("gives a yellow brand dark text on buttons and a darker yellow for links, cached for a year", async () => {
    const res = await get("/theme.css?c=f5c400&v=2");

    expect(res.headers.get("Content-Type")).toContain("text/css");
    expect(res.headers.get("Cache-Control")).toContain("immutable");
    expect(await res.text()).toBe(
      ":root{--brand:#f5c400;--brand-fill:#f5c400;--on-brand:#111111;--brand-fill-hover:#f7cd26;--brand-text:#826800;--brand-tint:#fef9e6;}\n",
    );
  });

  it("answers anything that isn't a hex colour with the default palette", async () => {
    expect(await (await get("/theme.css?c=%7D%20body%7Bdisplay:none")).text()).toContain("--brand:#1f6f78;");
  });
});

describe("Settings → Branding: the colour", () => {
  it("links the saved colour's theme, previews it, and warns that a yellow was adjusted", async () => {
    const { agency, cookie } = await makeSignedInAgency({ brandColor: "#f5c400" });

    const html = await (await get("/settings", cookie)).text();

    expect(html).toContain('href="/theme.css?c=f5c400&amp;v=2"');
    expect(html).toContain('<figure class="brand-preview" id="brand-preview">');
    expect(html).toContain(agency.name);
    expect(html).toMatch(
      /<p class="alert alert-warn" id="brand-warning" role="status">This color is too light for white text/,
    );
  });

  it("keeps the warning hidden for a colour used as picked", async () => {
    const { cookie } = await makeSignedInAgency({ brandColor: "#1f6f78" });

    const html = await (await get("/settings", cookie)).text();

    expect(html).toContain('<p class="alert alert-warn" id="brand-warning" role="status" hidden=""></p>');
  });

  it("saves a yellow (the guard adjusts how it's used, never refuses it)", async () => {
    const { agency, cookie } = await makeSignedInAgency();

    const res = await post(
      "/settings/branding",
      { name: agency.name, portalSlug: agency.portalSlug!, logoUrl: "", brandColor: "#F5C400", timeZone: "" },
      cookie,
    );

    expect(res.status).toBe(303);
    const html = await (await get("/settings", cookie)).text();
    expect(html).toContain('value="#f5c400"');
    expect(html).toContain("links a darker shade (#826800)");
  });
});
