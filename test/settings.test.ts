// Settings → Branding and Settings → Client portal, through the Worker's routes against
// real local D1: good input is saved, bad input gets the exact words and changes nothing,
// and an advisor only ever changes their own agency.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { SLUG_RULE } from "../src/settings/routes";
import { dbSnapshot, get, makeAgency, makeSignedInAgency, post } from "./fixtures";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

async function agencyRow(id: string) {
  return env.DB.prepare("SELECT * FROM agencies WHERE id = ?").bind(id).first<{
    id: string;
    name: string;
    portal_slug: string | null;
    logo_url: string | null;
    brand_color: string;
    auto_invite_on_first_share: number;
    remind_before_expiry: number;
  }>();
}

/** The cookie the redirect set (the flash), joined to the session cookie for the next GET. */
const withFlash = (cookie: string, res: Response) => `${cookie}; ${res.headers.get("Set-Cookie")!.split(";")[0]}`;

async function setUp() {
  const { agency, advisor, cookie } = await makeSignedInAgency({ name: "Pride Travelers" });
  return { agency: { ...agency, portalSlug: agency.portalSlug! }, advisor, cookie };
}

const valid = (slug: string) => ({
  name: "Pride Travelers Co",
  portalSlug: slug,
  brandColor: "#AA3366",
});

describe("Settings → Branding", () => {
  it("shows the slug as the address it makes, and says the save button saves the time zone too", async () => {
    const { agency, cookie } = await setUp();
    const html = await (await get("/settings", cookie)).text();
    expect(html).toContain(`Your portal&#39;s address: <a href="/portal/${agency.portalSlug}/login">`);
    expect(html).toContain(`https://portal.test/portal/${agency.portalSlug}</a>`);
    expect(html).toContain("This button saves the branding above and the time zone.");
    expect(html).toContain("Save branding and time zone");
  });

  it("saves valid branding, lower-cases the color and redirects 303 to /settings with a flash", async () => {
    const { agency, cookie } = await setUp();
    const slug = `${agency.portalSlug}-new`;

    const res = await post("/settings/branding", valid(slug), cookie);

    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/settings");
    expect(await agencyRow(agency.id)).toMatchObject({
      name: "Pride Travelers Co",
      portal_slug: slug,
      brand_color: "#aa3366",
    });
    const page = await (await get("/settings", withFlash(cookie, res))).text();
    expect(page).toContain("Branding saved.");
    expect(page).toContain(`value="${slug}"`);
  });

  it("clears the slug when its field is left empty", async () => {
    const { agency, cookie } = await setUp();

    const res = await post("/settings/branding", valid(""), cookie);

    expect(res.status).toBe(303);
    expect(await agencyRow(agency.id)).toMatchObject({ portal_slug: null });
  });

  const REFUSALS: {
    name: string;
    form: (ctx: { taken: string; own: string }) => Record<string, string>;
    field: string;
    message: string;
  }[] = [
    {
      name: "a slug with spaces and punctuation ('No Spaces!')",
      form: () => valid("No Spaces!"),
      field: "portalSlug",
      message: SLUG_RULE,
    },
    { name: "a slug shorter than 3 characters", form: () => valid("ab"), field: "portalSlug", message: SLUG_RULE },
    {
      name: "a slug longer than 40 characters",
      form: () => valid("a".repeat(41)),
      field: "portalSlug",
      message: SLUG_RULE,
    },
    { name: "a slug with capitals", form: () => valid("Pride-Travelers"), field: "portalSlug", message: SLUG_RULE },
    {
      name: "a slug another agency uses",
      form: ({ taken }) => valid(taken),
      field: "portalSlug",
      message: "That portal slug is taken by another agency. Try another.",
    },
    {
      name: "a color that is not #rrggbb",
      form: ({ own }) => ({ ...valid(own), brandColor: "blue" }),
      field: "brandColor",
      message: "Pick a brand color written like #1f6f78.",
    },
    {
      name: "a short hex color",
      form: ({ own }) => ({ ...valid(own), brandColor: "#abc" }),
      field: "brandColor",
      message: "Pick a brand color written like #1f6f78.",
    },
    {
      name: "an agency name of one letter",
      form: ({ own }) => ({ ...valid(own), name: "P" }),
      field: "name",
      message: "Enter your agency's name (2 to 80 characters).",
    },
  ];

  it.each(REFUSALS)(
    "answers 422 with the field's message and changes nothing for $name",
    async ({ form, field, message }) => {
      const { agency, cookie } = await setUp();
      const other = await makeAgency({ name: "Blue Horizon Journeys" });
      const before = await dbSnapshot();

      const submitted = form({ taken: other.agency.portalSlug!, own: agency.portalSlug });
      const res = await post("/settings/branding", submitted, cookie);

      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain("Nothing was saved. Fix the fields marked below.");
      expect(html).toContain(`<p class="field-error" id="${field}-error">${escapeHtml(message)}</p>`);
      expect(html).toMatch(new RegExp(`<input id="${field}" name="${field}"[^>]*aria-invalid="true"`));
      // The advisor's input comes back to be fixed, not the stored value.
      expect(html).toContain(`value="${escapeHtml(submitted[field]!)}"`);
      expect(await dbSnapshot()).toEqual(before);
      expect(await agencyRow(agency.id)).toMatchObject({
        name: "Pride Travelers",
        portal_slug: agency.portalSlug,
        brand_color: "#225577",
      });
    },
  );

  it("refuses a cross-site form post and changes nothing", async () => {
    const { agency, cookie } = await setUp();
    const before = await dbSnapshot();

    const res = await post("/settings/branding", valid(`${agency.portalSlug}-x`), cookie, {
      Origin: "https://evil.example",
    });

    expect(res.status).toBe(403);
    expect(await dbSnapshot()).toEqual(before);
  });

  it("sends a signed-out visitor to the login page and changes nothing", async () => {
    const { agency } = await setUp();
    const before = await dbSnapshot();

    const res = await post("/settings/branding", valid(`${agency.portalSlug}-x`));

    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/login?next=%2Fsettings%2Fbranding");
    expect(await dbSnapshot()).toEqual(before);
  });
});

describe("Settings → Client portal", () => {
  it("has auto-invite on first share off for a new agency, and the box unticked", async () => {
    const { agency, cookie } = await setUp();

    expect((await agencyRow(agency.id))!.auto_invite_on_first_share).toBe(0);
    const html = await (await get("/settings", cookie)).text();
    expect(html).toContain("Send a portal invite on first share");
    expect(html).toMatch(/<input type="checkbox" name="autoInviteOnFirstShare"\s*\/?>/);
  });

  it("turns auto-invite on when the box is ticked, and off again when it is not", async () => {
    const { agency, cookie } = await setUp();

    const on = await post("/settings/portal", { autoInviteOnFirstShare: "on" }, cookie);
    expect(on.status).toBe(303);
    expect(on.headers.get("Location")).toBe("/settings");
    expect((await agencyRow(agency.id))!.auto_invite_on_first_share).toBe(1);
    const onPage = await (await get("/settings", withFlash(cookie, on))).text();
    expect(onPage).toMatch(/<input type="checkbox" name="autoInviteOnFirstShare" checked=""\s*\/?>/);
    expect(onPage).toContain("Portal invites will go out on the first share of a trip&#39;s invoice or proposal.");

    const off = await post("/settings/portal", {}, cookie);
    expect(off.status).toBe(303);
    expect((await agencyRow(agency.id))!.auto_invite_on_first_share).toBe(0);
    const offPage = await (await get("/settings", withFlash(cookie, off))).text();
    expect(offPage).toContain("Auto-invite on first share is off.");
  });

  it("turns expiry reminders on and off, off by default, and refuses a value that isn't a checkbox's", async () => {
    const { agency, cookie } = await setUp();
    expect((await agencyRow(agency.id))!.remind_before_expiry).toBe(0);
    const page = await (await get("/settings", cookie)).text();
    expect(page).toContain("Remind travelers once before an invite expires");
    expect(page).toMatch(/<input type="checkbox" name="remindBeforeExpiry"\s*\/?>/);

    const on = await post("/settings/portal", { remindBeforeExpiry: "on" }, cookie);
    expect(on.status).toBe(303);
    expect(await agencyRow(agency.id)).toMatchObject({ remind_before_expiry: 1, auto_invite_on_first_share: 0 });
    const onPage = await (await get("/settings", withFlash(cookie, on))).text();
    expect(onPage).toContain("one reminder about a day before it expires");
    expect(onPage).toMatch(/<input type="checkbox" name="remindBeforeExpiry" checked=""\s*\/?>/);

    const garbage = await post("/settings/portal", { remindBeforeExpiry: "yes please" }, cookie);
    expect(garbage.status).toBe(422);
    expect(await garbage.text()).toContain("Tick the box or leave it empty.");
    expect((await agencyRow(agency.id))!.remind_before_expiry).toBe(1);

    await post("/settings/portal", {}, cookie);
    expect((await agencyRow(agency.id))!.remind_before_expiry).toBe(0);
  });

  it("changes only the portal setting, not the branding", async () => {
    const { agency, cookie } = await setUp();
    const before = await agencyRow(agency.id);

    await post("/settings/portal", { autoInviteOnFirstShare: "on" }, cookie);

    expect(await agencyRow(agency.id)).toEqual({ ...before, auto_invite_on_first_share: 1 });
  });
});

describe("Settings are scoped to the advisor's own agency", () => {
  it("saves another agency's advisor's branding to their own agency only, ignoring a smuggled agency id", async () => {
    const mine = await setUp();
    const theirs = await makeSignedInAgency({ name: "Blue Horizon Journeys" });
    const mineBefore = await agencyRow(mine.agency.id);

    const res = await post(
      "/settings/branding",
      { ...valid(`${theirs.agency.portalSlug}-2`), agencyId: mine.agency.id, id: mine.agency.id },
      theirs.cookie,
    );

    expect(res.status).toBe(303);
    expect(await agencyRow(mine.agency.id)).toEqual(mineBefore);
    expect(await agencyRow(theirs.agency.id)).toMatchObject({
      name: "Pride Travelers Co",
      portal_slug: `${theirs.agency.portalSlug}-2`,
    });
  });

  it("does not let another agency's advisor take this agency's slug", async () => {
    const mine = await setUp();
    const theirs = await makeSignedInAgency({ name: "Blue Horizon Journeys" });
    const before = await dbSnapshot();

    const res = await post("/settings/branding", valid(mine.agency.portalSlug), theirs.cookie);

    expect(res.status).toBe(422);
    expect(await res.text()).toContain("That portal slug is taken by another agency. Try another.");
    expect(await dbSnapshot()).toEqual(before);
  });

  it("turns auto-invite on for the posting advisor's agency and leaves the other agency off", async () => {
    const mine = await setUp();
    const theirs = await makeSignedInAgency({ name: "Blue Horizon Journeys" });

    await post("/settings/portal", { autoInviteOnFirstShare: "on", agencyId: mine.agency.id }, theirs.cookie);

    expect((await agencyRow(theirs.agency.id))!.auto_invite_on_first_share).toBe(1);
    expect((await agencyRow(mine.agency.id))!.auto_invite_on_first_share).toBe(0);
  });

  it("shows each advisor their own agency's settings", async () => {
    const mine = await setUp();
    const theirs = await makeSignedInAgency({ name: "Blue Horizon Journeys" });

    const html = await (await get("/settings", theirs.cookie)).text();

    expect(html).toContain(`value="${theirs.agency.portalSlug}"`);
    expect(html).not.toContain(mine.agency.portalSlug);
    expect(html).not.toContain("Pride Travelers");
  });
});
