// The agency's time zone: picked in Settings → Branding (checked against the zones the runtime
// knows), and every dashboard time shown in it, relative where people think relatively, without a
// single extra D1 round trip (the zone rides on the page's own agency read).
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { d1Digest, d1RoundTrips, get, makeSignedInAgency, makeTraveler, post } from "../fixtures";

const zoneOf = async (agencyId: string) =>
  (await env.DB.prepare("SELECT time_zone FROM agencies WHERE id = ?").bind(agencyId).first<{ time_zone: string }>())
    ?.time_zone ?? null;

const branding = (slug: string, timeZone: string) => ({
  name: "Pride Travelers",
  portalSlug: slug,
  logoUrl: "",
  brandColor: "#225577",
  timeZone,
});

describe("Settings → Branding: time zone", () => {
  it("offers the zones with UTC chosen and the advisor's browser asked to fill it in while the agency has none", async () => {
    const { cookie } = await makeSignedInAgency();

    const res = await get("/settings", cookie);

    const html = await res.text();
    expect(html).toMatch(/<select id="timeZone" name="timeZone"[^>]*data-from-browser="true"/);
    expect(html).toContain('<option value="UTC" selected="">UTC</option>');
    expect(html).toContain('<option value="America/New_York">America/New York</option>');
    expect(html).toContain('<script src="/js/branding.js?v=');
    expect(d1RoundTrips(res)).toBe(1);
  });

  it("saves a zone from the list and shows it chosen, no longer asking the browser", async () => {
    const { agency, cookie } = await makeSignedInAgency();

    const res = await post("/settings/branding", branding(agency.portalSlug!, "Europe/Lisbon"), cookie);

    expect(res.status).toBe(303);
    expect(await zoneOf(agency.id)).toBe("Europe/Lisbon");
    const html = await (await get("/settings", cookie)).text();
    expect(html).toContain('<option value="Europe/Lisbon" selected="">Europe/Lisbon</option>');
    expect(html).not.toContain("data-from-browser");
  });

  it("keeps the saved zone when the form sends none", async () => {
    const { agency, cookie } = await makeSignedInAgency({ timeZone: "Asia/Tokyo" });

    await post("/settings/branding", branding(agency.portalSlug!, ""), cookie);

    expect(await zoneOf(agency.id)).toBe("Asia/Tokyo");
  });

  it.each(["Mars/Olympus_Mons", "europe/lisbon", "GMT+25", "Local"])(
    "refuses the unknown zone %s with a clear message and changes nothing",
    async (zone) => {
      const { agency, cookie } = await makeSignedInAgency({ timeZone: "Asia/Tokyo" });
      const before = await d1Digest();

      const res = await post("/settings/branding", { ...branding(agency.portalSlug!, zone), name: "Renamed" }, cookie);

      expect(res.status).toBe(422);
      expect(await res.text()).toContain(
        '<p class="field-error" id="timeZone-error">Pick your time zone from the list, like Europe/Lisbon.</p>',
      );
      expect(await d1Digest()).toBe(before);
    },
  );
});

describe("dashboard times in the agency's zone", () => {
  it("shows the Access tab's times relatively, exact in the agency's zone on hover, in one D1 round trip", async () => {
    const t = await makeTraveler("active", { agency: { timeZone: "Asia/Tokyo" } });

    const res = await get(`/contacts/${t.contact.id}/access`, t.cookie);

    const html = await res.text();
    expect(html).toMatch(
      /<time datetime="\d{4}-\d\d-\d\dT[\d:.]+Z" title="[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M GMT\+9">/,
    );
    expect(html).not.toContain(" UTC<");
    expect(html).not.toMatch(/title="[^"]*UTC"/);
    expect(d1RoundTrips(res)).toBe(1);
  });

  it("keeps the zone in the htmx fragment, which has no page frame", async () => {
    const t = await makeTraveler("active", { agency: { timeZone: "America/Los_Angeles" } });

    const res = await get(`/contacts/${t.contact.id}/access`, t.cookie, { "HX-Request": "true" });

    const html = await res.text();
    expect(html).not.toContain("<html");
    expect(html).toMatch(/title="[^"]+ P[SD]T"/);
  });

  it("shows UTC until the agency picks a zone", async () => {
    const t = await makeTraveler("active");

    const html = await (await get(`/contacts/${t.contact.id}/access`, t.cookie)).text();

    expect(html).toMatch(/title="[^"]+ UTC"/);
  });

  it("says how long a pending invite has left", async () => {
    const t = await makeTraveler("pending", { agency: { timeZone: "Europe/Lisbon" } });

    const html = await (await get(`/contacts/${t.contact.id}/access`, t.cookie)).text();

    expect(html).toMatch(/Invite, expires <time datetime="[^"]+" title="[^"]+">in \d days?<\/time>/);
  });
});
