// No page grows with the agency (SPEC §12): with thousands of contacts and trips the lists stay
// one D1 round trip and a bounded page, any page costs what the first costs (the query plan
// walks an index, never sorts the agency), and search finds a row wherever it sits.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { contactsPageQuery } from "../../src/contacts/queries";
import { encodeCursor } from "../../src/lib/keyset";
import { tripsPageQuery } from "../../src/trips/queries";
import { d1RoundTrips, db, get, makeSignedInAgency } from "../fixtures";
import { contactName, makeLargeAgency } from "./large-agency";

async function queryPlan(query: { toSQL: () => { sql: string; params: unknown[] } }) {
  const { sql, params } = query.toSQL();
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...params)
    .all<{ detail: string }>();
  return results.map((r) => r.detail).join("\n");
}

const rowsIn = (html: string, marker: RegExp) => html.match(marker)?.length ?? 0;

describe("lists at scale", () => {
  it("/contacts at 5,000 contacts: one round trip, 50 rows, under 60 KB, and search finds page 80's contact on page 1", async () => {
    const { agency, cookie } = await makeSignedInAgency({ name: "Large Agency" });
    await makeLargeAgency(agency.id, { contacts: 5000, trips: 10 });

    const first = await get("/contacts", cookie);
    const html = await first.text();
    expect(first.status).toBe(200);
    expect(d1RoundTrips(first)).toBe(1);
    expect(new TextEncoder().encode(html).length).toBeLessThanOrEqual(60 * 1024);
    expect(rowsIn(html, /href="\/contacts\/con_/g)).toBe(50);
    expect(html).toContain("First00000 Last00000");
    expect(html).toContain("Invite pending");

    // Contact 3,999 is on page 80 of the list; searching its name shows it at once.
    const { first: f, last: l } = contactName(3999);
    const searched = await (await get(`/contacts?q=${encodeURIComponent(`${f} ${l}`)}`, cookie)).text();
    expect(searched).toContain(`${f} ${l}`);
    expect(rowsIn(searched, /href="\/contacts\/con_/g)).toBe(1);
    // By email too, case-insensitively; the reader's % and _ are taken literally.
    expect(await (await get("/contacts?q=PERSON3999@", cookie)).text()).toContain(`${f} ${l}`);
    expect(rowsIn(await (await get("/contacts?q=%25", cookie)).text(), /href="\/contacts\/con_/g)).toBe(0);

    // Next, then Previous, comes back to the same rows; the pages don't overlap.
    const next = /href="(\/contacts\?after=[^"]+)"/.exec(html)?.[1];
    expect(next).toBeDefined();
    const page2 = await (await get(next!.replace(/&amp;/g, "&"), cookie)).text();
    expect(page2).toContain("First00050 Last00050");
    expect(page2).not.toContain("First00049 Last00049");
    const previous = /href="(\/contacts\?before=[^"]+)"/.exec(page2)?.[1];
    const back = await (await get(previous!.replace(/&amp;/g, "&"), cookie)).text();
    expect(back).toContain("First00000 Last00000");
    expect(back).toContain("First00049 Last00049");

    // Page 80 is read straight off the index, like page 1: no sort of the whole agency.
    const deep = contactName(3950);
    const plan = await queryPlan(
      contactsPageQuery(db, agency.id, { q: "", page: { after: [deep.last, deep.first, "x"], before: null } }),
    );
    expect(plan).toContain("contacts_agency_name_idx");
    expect(plan).not.toMatch(/TEMP B-TREE/);
    // The last sign-in comes with the account: the list never reads the login history.
    expect(plan).not.toMatch(/portal_logins/);
  });

  it("/trips at 2,000 trips: one round trip, 50 tiles, bounded, searchable by destination, no sort", async () => {
    const { agency, cookie } = await makeSignedInAgency({ name: "Large Agency" });
    // Every contact holds a pending account (a live invite), and each trip has three travelers.
    await makeLargeAgency(agency.id, { contacts: 10, trips: 2000, accountsEvery: 1, travelersPerTrip: 3 });
    const res = await get("/trips", cookie);
    const html = await res.text();
    expect(d1RoundTrips(res)).toBe(1);
    expect(rowsIn(html, /class="trip-tile"/g)).toBe(50);
    expect(rowsIn(html, /0 of 3 in the portal · 3 invited/g)).toBe(50);
    expect(new TextEncoder().encode(html).length).toBeLessThanOrEqual(60 * 1024);
    const found = await (await get("/trips?q=zanzibar%201995", cookie)).text();
    expect(rowsIn(found, /class="trip-tile"/g)).toBe(1);
    expect(found).toContain("Trip 01995");
    const plan = await queryPlan(
      tripsPageQuery(db, agency.id, { q: "", page: { after: ["2030-01-01", "x"], before: null }, now: new Date() }),
    );
    expect(plan).toContain("trips_agency_idx");
    expect(plan).not.toMatch(/TEMP B-TREE/);
    // The portal summary is looked up per page row through indexes, never by scanning a table.
    expect(plan).toMatch(/SEARCH trip_travelers USING COVERING INDEX trip_travelers_trip_contact_unique/);
    expect(plan).toMatch(/SEARCH portal_accounts USING INDEX portal_accounts_contact_unique/);
    expect(plan).not.toMatch(/SCAN (trip_travelers|portal_accounts)/);
    // A cursor that isn't one of ours shows the first page rather than an error.
    expect((await get(`/trips?after=${encodeCursor(["x"]).slice(0, 3)}!!`, cookie)).status).toBe(200);
  });
});

describe("the portal home at scale", () => {
  it("a client on 200 trips sees 10 a page, upcoming first, at most 5 documents a trip and a link to the rest", async () => {
    const { makeTraveler, CLIENT_PASSWORD, post } = await import("../fixtures");
    const { cookieFrom } = await import("../portal/helpers");
    const t = await makeTraveler("active", {
      trip: { title: "Past trip", startsOn: "2020-01-01", endsOn: "2020-01-05" },
    });
    const slug = t.agency.portalSlug!;
    const now = Date.now();
    const statements = [];
    for (let i = 0; i < 200; i++) {
      const id = `trp_home_${t.account!.id}_${i}`;
      const day = new Date(Date.UTC(2030, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      statements.push(
        env.DB.prepare(
          "INSERT INTO trips (id, agency_id, title, destination, starts_on, ends_on, created_at) VALUES (?, ?, ?, 'Portugal', ?, ?, ?)",
        ).bind(id, t.agency.id, `Trip ${String(i).padStart(3, "0")}`, day, day, now),
        env.DB.prepare(
          "INSERT INTO trip_travelers (id, agency_id, trip_id, contact_id, is_primary, position) VALUES (?, ?, ?, ?, 1, 0)",
        ).bind(`trv_${id}`, t.agency.id, id, t.contact.id),
      );
      for (let d = 0; d < (i === 0 ? 8 : 2); d++) {
        statements.push(
          env.DB.prepare(
            "INSERT INTO trip_documents (id, agency_id, trip_id, kind, title, amount_cents, currency, first_shared_at, created_at) VALUES (?, ?, ?, 'invoice', ?, 1000, 'USD', ?, ?)",
          ).bind(`doc_${id}_${d}`, t.agency.id, id, `Invoice ${i}-${d}`, now - d * 1000, now),
        );
      }
    }
    for (let i = 0; i < statements.length; i += 100) await env.DB.batch(statements.slice(i, i + 100));

    const session = cookieFrom(
      await post(`/portal/${slug}/login`, { email: t.contact.email!, password: CLIENT_PASSWORD }),
    );
    const res = await get(`/portal/${slug}`, session);
    const html = await res.text();
    expect(d1RoundTrips(res)).toBe(1);
    expect(rowsIn(html, /class="portal-trip"/g)).toBe(10);
    expect(new TextEncoder().encode(html).length).toBeLessThanOrEqual(40 * 1024);
    // Upcoming trips first, soonest first; the past trip waits at the end of the list.
    expect(html.indexOf("Trip 000")).toBeLessThan(html.indexOf("Trip 001"));
    expect(html).not.toContain("Past trip");
    expect(rowsIn(html, /Invoice 0-/g)).toBe(5);
    expect(html).toContain("3 more documents for this trip");

    const oneTrip = await (await get(`/portal/${slug}?trip=trp_home_${t.account!.id}_0`, session)).text();
    expect(rowsIn(oneTrip, /Invoice 0-/g)).toBe(8);

    const last = await (await get(`/portal/${slug}?page=21`, session)).text();
    expect(last).toContain("Past trip");
    expect(last).not.toContain("More trips");
    expect((await get(`/portal/${slug}?page=banana`, session)).status).toBe(200);
  });
});
