import { describe, expect, it } from "vitest";
import { d1RoundTrips, get, makeAgency, makeContact, makeDocument, makeTrip, signIn } from "./fixtures";

describe("dashboard pages", () => {
  it("shows a trip's travelers with email and Primary badge, and its documents", async () => {
    const { agency, advisor } = await makeAgency({ name: "Pride Travelers" });
    const ana = await makeContact(agency.id, { firstName: "Ana", lastName: "Souza", email: "ana@example.com" });
    const ben = await makeContact(agency.id, { firstName: "Ben", lastName: "Souza", email: null });
    const trip = await makeTrip(agency.id, [{ contactId: ana.id, isPrimary: true }, { contactId: ben.id }]);
    await makeDocument(agency.id, trip.id, { title: "Invoice INV-1042", amountCents: 485000 });
    const res = await get(`/trips/${trip.id}`, await signIn(advisor));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('aria-label="Travelers"');
    expect(html).toMatch(/id="traveler-[^"]+"[\s\S]*Ana Souza[\s\S]*Primary[\s\S]*ana@example\.com/);
    expect(html).toContain("No email on file");
    expect(html).toContain("Invoice INV-1042");
    expect(html).toContain("$4,850.00");
  });

  it("reports its D1 cost in Server-Timing: one round trip for the trip page", async () => {
    const { agency, advisor } = await makeAgency();
    const trip = await makeTrip(agency.id, [{ contactId: (await makeContact(agency.id)).id, isPrimary: true }]);
    const res = await get(`/trips/${trip.id}`, await signIn(advisor));
    expect(res.headers.get("Server-Timing")).toMatch(
      /^d1;dur=\d+(\.\d)?;desc="1 query", d1-session;desc="replica, \d from primary", kv;desc="1 reads 0 writes"$/,
    );
    expect(d1RoundTrips(res)).toBe(1);
  });

  it("answers 404 for another agency's trip and contact", async () => {
    const mine = await makeAgency();
    const theirs = await makeAgency({ name: "Blue Horizon Journeys" });
    const theirContact = await makeContact(theirs.agency.id, { firstName: "Hana", lastName: "Kim" });
    const theirTrip = await makeTrip(theirs.agency.id, [{ contactId: theirContact.id, isPrimary: true }], {
      title: "Iceland ring road",
    });
    const cookie = await signIn(mine.advisor);
    const trip = await get(`/trips/${theirTrip.id}`, cookie);
    expect(trip.status).toBe(404);
    expect(await trip.text()).not.toContain("Iceland ring road");
    const contact = await get(`/contacts/${theirContact.id}`, cookie);
    expect(contact.status).toBe(404);
    expect(await contact.text()).not.toContain("Hana");
    // …and their own advisor sees them.
    expect((await get(`/trips/${theirTrip.id}`, await signIn(theirs.advisor))).status).toBe(200);
  });

  it("lists only the agency's own trips and contacts", async () => {
    const mine = await makeAgency();
    const theirs = await makeAgency();
    await makeTrip(mine.agency.id, [], { title: "Our Kyoto trip" });
    await makeTrip(theirs.agency.id, [], { title: "Their Iceland trip" });
    await makeContact(theirs.agency.id, { firstName: "Zed", lastName: "Other" });
    const cookie = await signIn(mine.advisor);
    const trips = await (await get("/trips", cookie)).text();
    expect(trips).toContain("Our Kyoto trip");
    expect(trips).not.toContain("Their Iceland trip");
    const contacts = await (await get("/contacts", cookie)).text();
    expect(contacts).not.toContain("Zed Other");
  });

  it("sends security headers on every page", async () => {
    const res = await get("/login");
    expect(res.headers.get("Content-Security-Policy")).toContain("script-src 'self'");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("X-Frame-Options")).toBe("DENY");
  });
});

describe("routing", () => {
  it("answers an unknown path with a neutral 404 to someone not signed in: no dashboard words, no way to the advisor sign-in", async () => {
    const res = await get("/no-such-page");
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain("This page isn&#39;t here");
    expect(html).toContain("The address may be mistyped or out of date.");
    for (const dashboardWords of ["Back to trips", "another agency", 'href="/trips"', 'href="/login"'])
      expect(html).not.toContain(dashboardWords);
    // A traveler who dropped /portal/ from the address, or a bogus advisor cookie, is no different.
    expect(await (await get("/pride-travelers/login", "__Host-trips_advisor=forged.token.here")).text()).toContain(
      "This page isn&#39;t here",
    );
  });

  it("answers a signed-in advisor's unknown path with the dashboard's 404 and a way back to Trips", async () => {
    const { advisor } = await makeAgency();
    const cookie = await signIn(advisor);
    const res = await get("/no-such-page", cookie);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain("Page not found");
    expect(html).toContain("That page doesn&#39;t exist, or it belongs to another agency.");
    expect(html).toContain('href="/trips"');
  });

  it("answers an unknown path under /portal/ with the portal's own words, signed in as an advisor or not", async () => {
    const { advisor } = await makeAgency();
    const cookie = await signIn(advisor);
    for (const who of [undefined, cookie]) {
      const res = await get("/portal/no-such-agency/nothing-here", who);
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(html).toContain("ask your travel advisor for a fresh one");
      expect(html).not.toContain("Back to trips");
    }
  });

  it("checks the advisor session once per request (one KV read), on the bare list paths too", async () => {
    const { advisor } = await makeAgency();
    const cookie = await signIn(advisor);
    for (const path of ["/trips", "/contacts", "/settings"]) {
      const res = await get(path, cookie);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("Server-Timing"), path).toContain('kv;desc="1 reads 0 writes"');
    }
  });

  it("guards every dashboard prefix, including the bare paths", async () => {
    for (const path of ["/trips", "/contacts", "/settings", "/contacts/con_x/access"]) {
      const res = await get(path);
      expect(res.status).toBe(303);
      expect(res.headers.get("Location")).toMatch(/^\/login\?next=/);
    }
  });
});
