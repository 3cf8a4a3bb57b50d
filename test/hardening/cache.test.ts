// Pages that carry clients' names, emails, phones or sign-in IPs, or a claim token, are never
// stored by browsers or proxies: a signed-out advisor's back button shows nothing.
import { describe, expect, it } from "vitest";
import { get, makeDocument, makeTraveler, post } from "../fixtures";
import { cookieFrom, portalSetUp, storeToken } from "../portal/helpers";

describe("caching", () => {
  it("sends Cache-Control: private, no-store on every dashboard page and fragment", async () => {
    const t = await makeTraveler("active");
    await makeDocument(t.agency.id, t.trip.id);
    const pages = [
      "/trips",
      `/trips/${t.trip.id}`,
      "/contacts",
      `/contacts/${t.contact.id}`,
      `/contacts/${t.contact.id}/access`,
      "/settings",
    ];
    for (const path of pages) {
      for (const headers of [{}, { "HX-Request": "true" }] as Record<string, string>[]) {
        const res = await get(path, t.cookie, headers);
        expect({ path, status: res.status, cache: res.headers.get("Cache-Control") }).toEqual({
          path,
          status: 200,
          cache: "private, no-store",
        });
      }
    }
    const action = await post(`/contacts/${t.contact.id}/access/reset`, {}, t.cookie, { "HX-Request": "true" });
    expect(action.headers.get("Cache-Control")).toBe("private, no-store");
  });

  it("sends it on the claim page, the portal's sign-in pages and the portal home", async () => {
    const { agency, account, slug, contact } = await portalSetUp("active");
    const token = await storeToken(agency.id, account.id, { purpose: "reset" });
    const signedIn = await post(`/portal/${slug}/login`, {
      email: contact.email!,
      password: "client password long enough",
    });
    const paths = [
      `/portal/${slug}/claim/${token}`,
      `/portal/${slug}/claim/not-a-token`,
      `/portal/${slug}/login`,
      `/portal/${slug}/forgot`,
    ];
    for (const path of paths) expect((await get(path)).headers.get("Cache-Control"), path).toBe("private, no-store");
    expect((await get(`/portal/${slug}`, cookieFrom(signedIn))).headers.get("Cache-Control")).toBe("private, no-store");
  });

  it("lets the brand stylesheet be cached (it holds nothing private)", async () => {
    expect((await get("/theme.css?c=9d2463")).headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
  });
});
