// The real services' edges, for every route the app registers (issue 20): what local D1 and
// workerd let through but Cloudflare's D1 refuses (LIKE patterns over 50 bytes, more than 100
// bound parameters: https://developers.cloudflare.com/d1/platform/limits/), cursors and pages
// that aren't ours, and form bodies in a charset other than UTF-8. Every GET route gets its
// search at the box's maxlength in 1-, 2- and 4-byte UTF-8 and full of % and _, and every
// cursor parameter wrong in length, type, size and encoding; every form route gets three
// charsets. Each answers 2xx, 3xx or a clear 4xx, never a 500, and reads leave D1 unchanged.
// The route list comes from the app, so a new route is covered (or this fails) the day it lands.
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/app";
import { NOT_UTF8 } from "../../src/http/guards";
import { encodeCursor, SEARCH_MAX_CHARS } from "../../src/lib/keyset";
import {
  BASE,
  CLIENT_PASSWORD,
  d1Digest,
  makeContact,
  makeDocument,
  makeSignedInAgency,
  makeTripWithTravelers,
  post,
  send,
} from "../fixtures";
import { cookieFrom } from "../portal/helpers";

const enc = (value: unknown) => encodeCursor(value as (string | number)[]);
/** base64url of raw bytes (a cursor whose JSON isn't UTF-8). */
const rawB64 = (bytes: number[]) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_");

/** Searches a person can type into a box of maxlength 100 (UTF-16 units), and a URL's longer ones. */
const SEARCHES: Record<string, string> = {
  "49 ASCII letters (a 51-byte LIKE pattern)": "x".repeat(49),
  "maxlength in ASCII": "a".repeat(SEARCH_MAX_CHARS),
  "maxlength in 2-byte UTF-8": "é".repeat(SEARCH_MAX_CHARS),
  "maxlength in 4-byte UTF-8": "😀".repeat(SEARCH_MAX_CHARS / 2),
  "maxlength of %": "%".repeat(SEARCH_MAX_CHARS),
  "maxlength of _": "_".repeat(SEARCH_MAX_CHARS),
  "quotes, backslashes and markup": `%_\\'"<b>&`.repeat(10),
  "a URL's 5,000 characters": "b".repeat(5000),
  "a URL's 4-byte characters past the box": "😀".repeat(SEARCH_MAX_CHARS + 1),
};

/** Cursor and page values that aren't one of ours. */
const CURSORS: Record<string, string> = {
  "two numbers where a list keys three texts": enc([1, 2]),
  "one number": enc([1]),
  "an empty key": enc([]),
  "too many parts": enc(["a", "b", "c", "d", "e"]),
  "wrong types": enc(["a", 1, 2]),
  nulls: enc([null, null]),
  "a huge number": enc([1e308, "x"]),
  "an unsafe integer": enc([2 ** 60, "x"]),
  "a fraction": enc([1.5, "x"]),
  "300-character texts": enc(["x".repeat(300), "y".repeat(300), "z".repeat(300)]),
  "an object": enc({ a: 1 }),
  "a string": enc("page"),
  "bytes that aren't UTF-8": rawB64([0x5b, 0x22, 0xff, 0x22, 0x5d]),
  "not base64url": "!!!%%%",
  "not JSON": rawB64([...new TextEncoder().encode("[1,")]),
  "5,000 characters": "A".repeat(5000),
};

const PAGES = ["0", "-1", "1e9", "abc", "99999999999999999999999", "1.5", ""];

/** The GET lists that search and paginate on the server (SPEC §12). */
const LISTS = ["/trips", "/contacts", "/portal-access", "/portal-access/export.csv"];

let ids: Record<string, string> = {};
let advisorCookie = "";
let clientCookie = "";
/** What each list shows on its page 1 (the fixture agency's own rows). */
let pageOneMarker: Record<string, string> = {};

beforeAll(async () => {
  const { agency, advisor, cookie } = await makeSignedInAgency({ name: "Edge Voyages" });
  advisorCookie = cookie;
  const { trip, contacts } = await makeTripWithTravelers(agency.id, advisor.id, [
    { contact: { firstName: "Aaron", lastName: "Aardvark" }, primary: true, account: "active" },
    { contact: { firstName: "Pia" }, account: "pending" },
  ]);
  const document = await makeDocument(agency.id, trip.id, { title: "Edge invoice" });
  const signIn = await post(`/portal/${agency.portalSlug}/login`, {
    email: contacts[0]!.email!,
    password: CLIENT_PASSWORD,
  });
  clientCookie = cookieFrom(signIn);
  pageOneMarker = { "/trips": trip.title, "/contacts": "Aardvark", "/portal-access": "Aardvark" };
  ids = {
    slug: agency.portalSlug!,
    tripId: trip.id,
    contactId: contacts[1]!.id,
    documentId: document.id,
    token: "A".repeat(43),
    action: "resend",
    id: "msg_unknown",
    record: "delivered",
    file: "0".repeat(64),
  };
});

/** A registered path with its parameters filled from the fixture (`:record{a|b}` included). */
const fill = (path: string) => path.replace(/:(\w+)(\{[^}]*\})?/g, (_, name: string) => ids[name] ?? "x");

function registered(method: string) {
  const seen = new Set<string>();
  return buildApp()
    .routes.filter((r) => r.method === method && !seen.has(r.path) && seen.add(r.path))
    .map((r) => r.path);
}

const cookieFor = (path: string) => (path.startsWith("/portal/") ? clientCookie : advisorCookie);

const getWith = (path: string, params: Record<string, string>) =>
  send(`${path}?${new URLSearchParams(params)}`, { method: "GET", headers: { Cookie: cookieFor(path) } });

describe("edge suite: every GET route at the edges of its query", () => {
  it("answers every search and every bad cursor or page with a page, never a 500, and changes nothing", async () => {
    let cases = 0;
    const paths = registered("GET").map(fill);
    expect(paths).toEqual(expect.arrayContaining(LISTS));
    for (const path of paths) {
      const before = await d1Digest();
      const variants: Record<string, string>[] = [
        ...Object.values(SEARCHES).map((q) => ({ q })),
        ...Object.values(CURSORS).flatMap((cursor): Record<string, string>[] => [
          { after: cursor },
          { before: cursor },
          { q: "a", after: cursor },
        ]),
        ...PAGES.map((page) => ({ page })),
        { trip: "x".repeat(5000) },
        { filter: "%".repeat(100) },
      ];
      for (const params of variants) {
        const res = await getWith(path, params);
        const label = `GET ${path} ${JSON.stringify(params).slice(0, 80)}`;
        expect(res.status, label).toBeLessThan(500);
        if (LISTS.includes(path)) expect(res.status, label).toBe(200);
        await res.arrayBuffer();
        cases += 1;
      }
      expect(await d1Digest(), `GET ${path} changed D1`).toBe(before);
    }
    console.log(`edge suite: ${paths.length} GET routes, ${cases} requests`);
  }, 300_000);

  it("shows page 1 for a cursor that isn't one of the list's own", async () => {
    for (const path of LISTS.filter((p) => !p.endsWith(".csv")))
      for (const [name, cursor] of Object.entries(CURSORS)) {
        const html = await (await getWith(path, { after: cursor })).text();
        expect(html, `${path} after ${name}`).toContain(pageOneMarker[path]);
      }
  });
});

describe("search reads anything a person can type", () => {
  it("finds a row by 60 characters of its name on every list and in the export, taking % and _ literally", async () => {
    const { agency, advisor, cookie } = await makeSignedInAgency();
    const long = "Montgomery-Fitzwilliam de la Rochefoucauld-Sénéchal Dupré";
    await makeTripWithTravelers(agency.id, advisor.id, [
      { contact: { firstName: "Zoë", lastName: long, email: "zoe.100%_off@example.com" }, account: "pending" },
      { contact: { firstName: "Other", lastName: "Person", email: "other.100xoff@example.com" }, account: "pending" },
    ]);
    await makeTripWithTravelers(agency.id, advisor.id, [{ contact: { firstName: "Trip" }, account: "none" }], {
      title: `Grand tour ${long}`,
    });
    const needle = `zoë ${long}`.toLowerCase().slice(0, 60);
    expect(new TextEncoder().encode(needle).length).toBeGreaterThan(50);
    for (const path of ["/contacts", "/portal-access", "/portal-access/export.csv"]) {
      const body = await (
        await send(`${path}?q=${encodeURIComponent(needle)}`, { method: "GET", headers: { Cookie: cookie } })
      ).text();
      expect(body, path).toContain(long);
      expect(body, path).not.toContain("Person");
      const literal = await (
        await send(`${path}?q=${encodeURIComponent("100%_off")}`, { method: "GET", headers: { Cookie: cookie } })
      ).text();
      expect(literal, `${path} % and _ are literal`).toContain(long);
      expect(literal, `${path} % and _ are literal`).not.toContain("Person");
    }
    const trips = await (
      await send(`/trips?q=${encodeURIComponent(`grand tour ${long}`.toLowerCase())}`, {
        method: "GET",
        headers: { Cookie: cookie },
      })
    ).text();
    expect(trips).toContain(`Grand tour ${long}`);
  });

  it("says so when an address's search is longer than the box takes, and searches its first 100 characters", async () => {
    const res = await getWith("/contacts", { q: `aardvark${" ".repeat(3)}${"z".repeat(200)}` });
    const html = await res.text();
    expect(html).toContain("Searched for the first 100 characters");
    const fits = await (await getWith("/contacts", { q: "aardvark" })).text();
    expect(fits).not.toContain("Searched for the first 100 characters");
  });
});

describe("form routes and charsets", () => {
  it("refuses a form in any charset but UTF-8 with 415 and a clear message before any work, on every form route", async () => {
    const before = await d1Digest();
    let cases = 0;
    for (const path of registered("POST").map(fill)) {
      const isForm = !/^\/(webhooks\/|dev\/seed$)/.test(path);
      for (const charset of ["iso-8859-1", "utf-16", "UTF-16LE", "x-made-up", '"windows-1252"']) {
        const res = await send(path, {
          body: `contact=${ids.contactId}&q=${"x".repeat(60)}&email=a%40b.example`,
          headers: {
            Cookie: cookieFor(path),
            Origin: BASE,
            "Content-Type": `application/x-www-form-urlencoded; charset=${charset}`,
          },
        });
        const label = `POST ${path} charset=${charset}`;
        expect(res.status, label).toBeLessThan(500);
        if (isForm) {
          expect(res.status, label).toBe(415);
          const page = await res.text();
          expect(page, label).toContain("That form could not be read");
          expect(page, label).toContain("character encoding Trips can&#39;t read");
        }
        cases += 1;
      }
    }
    expect(await d1Digest()).toBe(before);
    expect(NOT_UTF8).toContain("Nothing was saved");
    console.log(`edge suite: ${cases} form posts in other charsets`);
  }, 120_000);

  it("takes UTF-8 however it is spelled", async () => {
    for (const charset of ["utf-8", "UTF-8", '"utf-8"', "utf8"]) {
      const res = await send("/login", {
        body: "email=nobody%40example.com&password=wrong",
        headers: { Origin: BASE, "Content-Type": `application/x-www-form-urlencoded; charset=${charset}` },
      });
      expect(res.status, charset).not.toBe(415);
    }
  });
});

describe("D1's bound-parameter limit", () => {
  it("refuses, here as on D1, a statement that binds more than 100 parameters", async () => {
    const { openDb, TooManyParameters } = await import("../../src/db/client");
    const { db } = openDb(env.DB);
    const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");
    expect(() =>
      db.$client.prepare(`select ${placeholders(101)}`).bind(...Array.from({ length: 101 }, (_, i) => i)),
    ).toThrow(TooManyParameters);
    const [row] = (await db.$client
      .prepare(`select ${placeholders(100)}`)
      .bind(...Array.from({ length: 100 }, (_, i) => i))
      .raw()) as unknown[][];
    expect(row).toHaveLength(100);
  });

  it("builds no json_object with more arguments than D1's 32 per function", async () => {
    const { jsonObject } = await import("../../src/db/client");
    const { sql } = await import("drizzle-orm");
    const fields = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, sql`${i}`]));
    expect(() => jsonObject(fields(16))).not.toThrow();
    expect(() => jsonObject(fields(17))).toThrow(/32 arguments/);
  });
});

describe("a contact with no account in a search", () => {
  it("is found on /contacts by an email of 60 characters", async () => {
    const { agency, cookie } = await makeSignedInAgency();
    const email = `${"long.address.".repeat(4)}x@example.com`;
    await makeContact(agency.id, { firstName: "Lena", lastName: "Long", email });
    const html = await (
      await send(`/contacts?q=${encodeURIComponent(email)}`, { method: "GET", headers: { Cookie: cookie } })
    ).text();
    expect(html).toContain("Lena");
  });
});
