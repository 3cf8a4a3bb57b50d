// Settings → Branding's portal slug, through the Worker against real local D1: a change that would
// break live links asks first, the old slug can keep redirecting (claim links included), no agency
// takes a slug another one keeps, taking one's own old slug back ends its redirect, and clearing
// the slug is refused while clients have accounts.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { SLUG_IN_USE, SLUG_TAKEN } from "../../src/settings/slug-change";
import { d1Digest, d1RoundTrips, get, makeAgency, makeSignedInAgency, makeTripWithTravelers, post } from "../fixtures";
import { GOOD_PASSWORD, storeToken } from "../portal/helpers";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** An agency whose portal is in use: an active client and an invited one with a live link. */
async function agencyInUse() {
  const { agency, advisor, cookie } = await makeSignedInAgency({ name: "Pride Travelers" });
  const { accounts } = await makeTripWithTravelers(agency.id, advisor.id, [
    { contact: { firstName: "Farah", lastName: "Haddad" }, primary: true, account: "active" },
    { contact: { firstName: "Diego", lastName: "Alvarez" }, account: "pending" },
  ]);
  const token = await storeToken(agency.id, accounts[1]!.id);
  return { agency, slug: agency.portalSlug!, cookie, token };
}

const branding = (slug: string, extra: Record<string, string> = {}) => ({
  name: "Pride Travelers",
  portalSlug: slug,
  logoUrl: "",
  brandColor: "#225577",
  timeZone: "",
  ...extra,
});

const slugOf = async (agencyId: string) =>
  (
    await env.DB.prepare("SELECT portal_slug FROM agencies WHERE id = ?")
      .bind(agencyId)
      .first<{ portal_slug: string }>()
  )?.portal_slug ?? null;

const redirectsOf = async (agencyId: string) =>
  (
    await env.DB.prepare("SELECT slug FROM portal_slug_redirects WHERE agency_id = ? ORDER BY slug")
      .bind(agencyId)
      .all<{ slug: string }>()
  ).results.map((r) => r.slug);

/** Changes the slug through the confirmation step, answering it with `oldSlug`. */
async function changeSlug(cookie: string, from: string, to: string, oldSlug: "redirect" | "release") {
  return post("/settings/branding", branding(to, { confirmedFrom: from, oldSlug }), cookie);
}

describe("changing the portal slug while clients use it", () => {
  it("asks first, says what happens, and changes nothing until confirmed", async () => {
    const { agency, slug, cookie } = await agencyInUse();
    const before = await d1Digest();

    const res = await post("/settings/branding", branding(`${slug}-new`, { brandColor: "#f5c400" }), cookie);

    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Change your portal address?");
    expect(html).toContain(
      `Your portal moves from <strong>/portal/${slug}</strong> to <strong>/portal/${slug}-new</strong>`,
    );
    expect(html).toContain("2 clients are signed up or invited and 2 invite or reset links haven&#39;t been used yet");
    expect(html).toContain("Keep the old address redirecting");
    expect(html).toContain("Let the old address go");
    // The answer carries everything that was typed, and the slug it was asked about.
    expect(html).toContain(`<input type="hidden" name="confirmedFrom" value="${slug}"`);
    expect(html).toContain('<input type="hidden" name="brandColor" value="#f5c400"');
    expect(await d1Digest()).toBe(before);
    expect(await slugOf(agency.id)).toBe(slug);
  });

  it("keeps the old slug redirecting when asked, and says so", async () => {
    const { agency, slug, cookie } = await agencyInUse();

    const res = await changeSlug(cookie, slug, `${slug}-new`, "redirect");

    expect(res.status).toBe(303);
    expect(await slugOf(agency.id)).toBe(`${slug}-new`);
    expect(await redirectsOf(agency.id)).toEqual([slug]);
    const page = await (await get("/settings", `${cookie}; ${res.headers.get("Set-Cookie")!.split(";")[0]}`)).text();
    expect(page).toContain(
      escapeHtml(
        `Branding saved. Your portal is now at /portal/${slug}-new; the old address /portal/${slug} forwards there.`,
      ),
    );
    expect(page).toContain(`Old addresses that forward here: /portal/${slug}.`);
  });

  it("lets the old slug go when asked: no redirect, and the old address answers nothing", async () => {
    const { agency, slug, cookie, token } = await agencyInUse();

    const res = await changeSlug(cookie, slug, `${slug}-new`, "release");

    expect(res.status).toBe(303);
    expect(await slugOf(agency.id)).toBe(`${slug}-new`);
    expect(await redirectsOf(agency.id)).toEqual([]);
    expect((await get(`/portal/${slug}/login`)).status).toBe(404);
    expect((await get(`/portal/${slug}/claim/${token}`)).status).toBe(410);
    // The link itself still works at the new address.
    expect((await get(`/portal/${slug}-new/claim/${token}`)).status).toBe(200);
  });

  it("asks again when the slug changed after the advisor confirmed", async () => {
    const { agency, slug, cookie } = await agencyInUse();
    await changeSlug(cookie, slug, `${slug}-b`, "release");
    const before = await d1Digest();

    const res = await changeSlug(cookie, slug, `${slug}-c`, "redirect");

    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`<input type="hidden" name="confirmedFrom" value="${slug}-b"`);
    expect(await d1Digest()).toBe(before);
    expect(await slugOf(agency.id)).toBe(`${slug}-b`);
  });

  it("changes a slug nothing uses without asking", async () => {
    const { agency, cookie } = await makeSignedInAgency({ name: "Quiet Travel" });

    const res = await post("/settings/branding", branding(`${agency.portalSlug}-new`), cookie);

    expect(res.status).toBe(303);
    expect(await slugOf(agency.id)).toBe(`${agency.portalSlug}-new`);
    expect(await redirectsOf(agency.id)).toEqual([]);
  });
});

describe("an old slug kept redirecting", () => {
  it("sends the sign-in page, a claim link and its form post to the new address, with the path and query", async () => {
    const { slug, cookie, token } = await agencyInUse();
    await changeSlug(cookie, slug, `${slug}-new`, "redirect");

    const login = await get(`/portal/${slug}/login?signedout=1`);
    expect(login.status).toBe(308);
    expect(login.headers.get("Location")).toBe(`/portal/${slug}-new/login?signedout=1`);
    expect(login.headers.get("Cache-Control")).toContain("no-store");

    const claim = await get(`/portal/${slug}/claim/${token}`);
    expect(claim.status).toBe(308);
    expect(claim.headers.get("Location")).toBe(`/portal/${slug}-new/claim/${token}`);
    expect(claim.headers.get("Referrer-Policy")).toBe("no-referrer");
    const page = await get(claim.headers.get("Location")!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Set your password");

    const claimPost = await post(`/portal/${slug}/claim/${token}`, { password: GOOD_PASSWORD, confirm: GOOD_PASSWORD });
    expect(claimPost.status).toBe(308);
    expect(claimPost.headers.get("Location")).toBe(`/portal/${slug}-new/claim/${token}`);

    expect((await get(`/portal/${slug}/forgot`)).headers.get("Location")).toBe(`/portal/${slug}-new/forgot`);
  });

  it("costs nothing on the new address: its pages keep one D1 round trip", async () => {
    const { slug, cookie, token } = await agencyInUse();
    await changeSlug(cookie, slug, `${slug}-new`, "redirect");

    expect(d1RoundTrips(await get(`/portal/${slug}-new/login`))).toBe(1);
    expect(d1RoundTrips(await get(`/portal/${slug}-new/claim/${token}`))).toBe(1);
  });

  it("follows the agency through a second change: both old slugs reach the current address", async () => {
    const { agency, slug, cookie } = await agencyInUse();
    await changeSlug(cookie, slug, `${slug}-b`, "redirect");
    await changeSlug(cookie, `${slug}-b`, `${slug}-c`, "redirect");

    expect(await redirectsOf(agency.id)).toEqual([slug, `${slug}-b`]);
    expect((await get(`/portal/${slug}/login`)).headers.get("Location")).toBe(`/portal/${slug}-c/login`);
    expect((await get(`/portal/${slug}-b/login`)).headers.get("Location")).toBe(`/portal/${slug}-c/login`);
  });

  it("can't be taken by another agency", async () => {
    const { slug, cookie } = await agencyInUse();
    await changeSlug(cookie, slug, `${slug}-new`, "redirect");
    const other = await makeSignedInAgency({ name: "Blue Horizon Journeys" });
    const before = await d1Digest();

    const res = await post("/settings/branding", branding(slug), other.cookie);

    expect(res.status).toBe(422);
    expect(await res.text()).toContain(escapeHtml(SLUG_TAKEN));
    expect(await d1Digest()).toBe(before);
  });

  it("ends when the agency takes its old slug back", async () => {
    const { agency, slug, cookie } = await agencyInUse();
    await changeSlug(cookie, slug, `${slug}-new`, "redirect");

    const res = await changeSlug(cookie, `${slug}-new`, slug, "release");

    expect(res.status).toBe(303);
    expect(await slugOf(agency.id)).toBe(slug);
    expect(await redirectsOf(agency.id)).toEqual([]);
    expect((await get(`/portal/${slug}/login`)).status).toBe(200);
    expect((await get(`/portal/${slug}-new/login`)).status).toBe(404);
  });
});

describe("clearing the portal slug", () => {
  it("is refused while the agency has portal accounts, and changes nothing", async () => {
    const { agency, slug, cookie } = await agencyInUse();
    const before = await d1Digest();

    const res = await post("/settings/branding", branding(""), cookie);

    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Nothing was saved. Fix the fields marked below.");
    expect(html).toContain(`<p class="field-error" id="portalSlug-error">${escapeHtml(SLUG_IN_USE)}</p>`);
    expect(await d1Digest()).toBe(before);
    expect(await slugOf(agency.id)).toBe(slug);
  });

  it("is refused even with a confirmation smuggled in", async () => {
    const { slug, cookie } = await agencyInUse();
    const before = await d1Digest();

    const res = await post("/settings/branding", branding("", { confirmedFrom: slug, oldSlug: "redirect" }), cookie);

    expect(res.status).toBe(422);
    expect(await d1Digest()).toBe(before);
  });
});

describe("the confirmation answers", () => {
  it("refuses an answer that isn't one of the choices, changing nothing", async () => {
    const { slug, cookie } = await agencyInUse();
    const before = await d1Digest();

    const res = await post(
      "/settings/branding",
      branding(`${slug}-x`, { confirmedFrom: slug, oldSlug: "both" }),
      cookie,
    );

    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Choose what happens to the old address.");
    expect(await d1Digest()).toBe(before);
  });

  it("keeps a redirect only for the agency that confirmed", async () => {
    const { slug, cookie } = await agencyInUse();
    const other = await makeAgency({ name: "Blue Horizon Journeys" });
    await changeSlug(cookie, slug, `${slug}-new`, "redirect");

    expect(await redirectsOf(other.agency.id)).toEqual([]);
  });
});
