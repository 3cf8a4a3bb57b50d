// Agency isolation as a matrix: every advisor route and action, as a page and as an htmx
// fragment, requested by an advisor of another agency with the first agency's ids answers 404
// and changes nothing. The route list comes from the app itself, so a new route can't be left
// out: the last test fails when a registered dashboard route has no entry here.
import { beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/app";
import {
  BASE,
  d1Digest,
  eventually,
  makeContact,
  makeDocument,
  makeSignedInAgency,
  makeTraveler,
  makeTripWithTravelers,
  portalMail,
  post,
  send,
} from "../fixtures";

type Ids = { tripId: string; contactId: string; documentId: string; archivedId: string; activeId: string };

interface Entry {
  /** The path with another agency's ids filled in. */
  path: (ids: Ids) => string;
  form?: Record<string, string> | ((ids: Ids) => Record<string, string>);
  /** Routes without ids are scoped by the session: they must show or change only the requester's agency. */
  scopedBySession?: true;
}

const ACTIONS = ["invite", "resend", "reset", "cancel_disable", "disable", "reenable", "reactivate"];

const MATRIX: Record<string, Entry[]> = {
  "GET /trips": [{ path: () => "/trips", scopedBySession: true }],
  "GET /trips/:tripId": [{ path: (i) => `/trips/${i.tripId}` }],
  "POST /trips/:tripId/travelers/:contactId/portal": [
    { path: (i) => `/trips/${i.tripId}/travelers/${i.contactId}/portal` },
  ],
  "POST /trips/:tripId/documents/:documentId/share": [
    { path: (i) => `/trips/${i.tripId}/documents/${i.documentId}/share` },
  ],
  "GET /contacts": [{ path: () => "/contacts", scopedBySession: true }],
  "GET /contacts/:contactId": [{ path: (i) => `/contacts/${i.contactId}` }],
  "POST /contacts/:contactId": [
    {
      path: (i) => `/contacts/${i.contactId}`,
      form: { firstName: "Mallory", lastName: "X", email: "m@evil.example", phone: "" },
    },
  ],
  "POST /contacts/:contactId/archive": [{ path: (i) => `/contacts/${i.activeId}/archive` }],
  "POST /contacts/:contactId/restore": [{ path: (i) => `/contacts/${i.archivedId}/restore` }],
  "GET /contacts/:contactId/access": [{ path: (i) => `/contacts/${i.activeId}/access` }],
  "POST /contacts/:contactId/access/:action": ACTIONS.map((action) => ({
    path: (i: Ids) => `/contacts/${action === "invite" ? i.contactId : i.activeId}/access/${action}`,
    form: { confirmed: "yes" },
  })),
  "GET /portal-access": [
    { path: () => "/portal-access", scopedBySession: true },
    { path: () => "/portal-access?filter=never-signed-in&q=victim", scopedBySession: true },
  ],
  "GET /portal-access/export.csv": [{ path: () => "/portal-access/export.csv", scopedBySession: true }],
  // Another agency's travelers by id: skipped as "not one of your agency's travelers", untouched.
  "POST /portal-access/resend": [
    { path: () => "/portal-access/resend", form: (i) => ({ contact: i.activeId }), scopedBySession: true },
  ],
  "GET /settings": [{ path: () => "/settings", scopedBySession: true }],
  "POST /settings/branding": [
    {
      path: () => "/settings/branding",
      form: { name: "Mallory Tours", portalSlug: "", logoUrl: "", brandColor: "#000000", timeZone: "Asia/Tokyo" },
      scopedBySession: true,
    },
    {
      // A confirmed slug change: the redirect it keeps is the requester's own, never the victim's.
      path: () => "/settings/branding",
      form: {
        name: "Mallory Tours",
        portalSlug: "mallory-moved",
        logoUrl: "",
        brandColor: "#000000",
        timeZone: "",
        confirmedFrom: "victim-voyages",
        oldSlug: "redirect",
      },
      scopedBySession: true,
    },
  ],
  "POST /settings/portal": [
    { path: () => "/settings/portal", form: { autoInviteOnFirstShare: "on" }, scopedBySession: true },
  ],
  "POST /settings/gmail/connect": [{ path: () => "/settings/gmail/connect", scopedBySession: true }],
  "GET /settings/gmail/callback": [{ path: () => "/settings/gmail/callback?state=x&code=y", scopedBySession: true }],
  "POST /settings/gmail/disconnect": [{ path: () => "/settings/gmail/disconnect", scopedBySession: true }],
};

let ids: Ids;
let victimName = "";
let victimDigest: () => Promise<string>;
let attackerCookie = "";

beforeAll(async () => {
  const victim = await makeSignedInAgency({ name: "Victim Voyages" });
  victimName = "Victim Voyages";
  const { trip, contacts } = await makeTripWithTravelers(victim.agency.id, victim.advisor.id, [
    { contact: { firstName: "Vera", lastName: "Victim" }, primary: true, account: "none" },
    { contact: { firstName: "Vic", lastName: "Active" }, account: "active" },
  ]);
  const document = await makeDocument(victim.agency.id, trip.id, { title: "Victim invoice" });
  const archived = await makeContact(victim.agency.id, {
    firstName: "Val",
    lastName: "Archived",
    archivedAt: new Date(),
  });
  ids = {
    tripId: trip.id,
    contactId: contacts[0]!.id,
    activeId: contacts[1]!.id,
    documentId: document.id,
    archivedId: archived.id,
  };
  const attacker = await makeSignedInAgency({ name: "Mallory Tours" });
  attackerCookie = attacker.cookie;
  // Everything of the victim agency, row by row.
  victimDigest = async () => {
    const { env } = await import("cloudflare:workers");
    const rows = [];
    for (const table of [
      "agencies",
      "advisors",
      "contacts",
      "trips",
      "trip_travelers",
      "trip_documents",
      "portal_accounts",
      "portal_tokens",
      "portal_events",
      "portal_slug_redirects",
    ]) {
      rows.push(
        (await env.DB.prepare(
          `SELECT * FROM ${table} WHERE ${table === "agencies" ? "id" : "agency_id"} = ? ORDER BY rowid`,
        )
          .bind(victim.agency.id)
          .raw()) as unknown[],
      );
    }
    return JSON.stringify(rows);
  };
});

function request(method: string, path: string, entry: Entry, htmx: boolean) {
  const headers: Record<string, string> = { Cookie: attackerCookie, ...(htmx ? { "HX-Request": "true" } : {}) };
  if (method === "GET") return send(path, { method, headers });
  return send(path, {
    body: new URLSearchParams((typeof entry.form === "function" ? entry.form(ids) : entry.form) ?? {}).toString(),
    headers: { ...headers, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" },
  });
}

describe("tenant matrix: another agency's advisor", () => {
  it("gets 404 for every route with the first agency's ids, as a page and as a fragment, and changes nothing", async () => {
    let cases = 0;
    for (const [key, entries] of Object.entries(MATRIX)) {
      const method = key.split(" ")[0]!;
      for (const entry of entries) {
        for (const htmx of [false, true]) {
          const allBefore = await d1Digest();
          const victimBefore = await victimDigest();
          const res = await request(method, entry.path(ids), entry, htmx);
          const body = await res.text();
          const label = `${key} ${entry.path(ids)}${htmx ? " (htmx)" : ""}`;
          if (entry.scopedBySession) {
            expect(res.status, label).toBeLessThan(500);
            for (const secret of [victimName, "Vera", "Victim invoice"]) expect(body, label).not.toContain(secret);
            expect(await victimDigest(), `${label} changed the victim agency`).toBe(victimBefore);
          } else {
            expect(res.status, label).toBe(404);
            for (const secret of ["Vera", "Vic", "Victim invoice"]) expect(body, label).not.toContain(secret);
            expect(await d1Digest(), `${label} changed D1`).toBe(allBefore);
          }
          cases += 1;
        }
      }
    }
    console.log(`tenant matrix: ${Object.keys(MATRIX).length} routes, ${cases} requests`);
    // Two digests of every D1 table per request: slow on a busy 2-core machine.
  }, 120_000);

  it("has an entry for every dashboard route the app registers", () => {
    const registered = buildApp()
      .routes.filter((r) => r.method !== "ALL" && /^\/(trips|contacts|portal-access|settings)(\/|$)/.test(r.path))
      .map((r) => `${r.method} ${r.path}`);
    expect(registered.filter((k) => !(k in MATRIX))).toEqual([]);
  });
});

// The client side (SPEC §13): a portal answers only for its own agency's travelers. Asking for a
// sign-in code, or entering one, on another agency's portal with a traveler's email and real code
// gets the neutral answer and changes nothing of that traveler's.
describe("tenant matrix: the sign-in code routes of another agency's portal", () => {
  it("refuse another agency's traveler's email and code with the neutral answer, changing nothing of theirs", async () => {
    const { env } = await import("cloudflare:workers");
    const victim = await makeTraveler("active", { agency: { name: "Victim Voyages" } });
    const email = victim.contact.email!;
    const mallory = await makeTraveler("active", { contact: { email: `other-${email}` } });
    const victimSlug = victim.agency.portalSlug!;
    await post(`/portal/${victimSlug}/login/code/send`, { email });
    const [mail] = await eventually(
      () => portalMail(victimSlug, email),
      (m) => m.length === 1,
    );
    const code = /^(\d{6}) /.exec(mail!.subject)![1]!;
    const theirs = async () =>
      JSON.stringify(
        await Promise.all(
          ["portal_sign_in_codes", "portal_events", "portal_logins", "portal_accounts"].map((t) =>
            env.DB.prepare(`SELECT * FROM ${t} WHERE agency_id = ? ORDER BY rowid`).bind(victim.agency.id).raw(),
          ),
        ),
      );
    const before = await theirs();
    const slug = mallory.agency.portalSlug!;
    const asked = await post(`/portal/${slug}/login/code/send`, { email });
    expect(asked.status).toBe(303);
    expect(asked.headers.get("Location")).toBe(`/portal/${slug}/login/code`);
    const entered = await post(`/portal/${slug}/login/code`, { email, code });
    expect(entered.status).toBe(401);
    const body = await entered.text();
    expect(body).toContain("That code is wrong or has expired.");
    expect(body).not.toContain("Victim Voyages");
    await new Promise((r) => setTimeout(r, 200));
    expect(await theirs()).toBe(before);
    expect(await portalMail(slug, email)).toEqual([]);
  });
});

// Passkeys and Sign-in & security (SPEC §13): a client of one portal, with their own session,
// reaches nothing of another agency's traveler through these routes, and a passkey of that
// traveler signs in nowhere but their own portal.
describe("tenant matrix: the passkey and Sign-in & security routes across portals", () => {
  it("answer another agency's client neutrally and change nothing of the traveler's", async () => {
    const { env } = await import("cloudflare:workers");
    const { SoftAuthenticator } = await import("../webauthn-authenticator");
    const { cookieFrom } = await import("../portal/helpers");
    const { CLIENT_PASSWORD, get } = await import("../fixtures");
    const signInAs = async (t: Awaited<ReturnType<typeof makeTraveler>>) =>
      cookieFrom(
        await post(`/portal/${t.agency.portalSlug}/login`, { email: t.contact.email!, password: CLIENT_PASSWORD }),
      );
    const victim = await makeTraveler("active", { agency: { name: "Victim Voyages" } });
    const victimSlug = victim.agency.portalSlug!;
    const victimCookie = await signInAs(victim);
    const passkey = await SoftAuthenticator.create({ algorithm: "ES256", origin: BASE, rpId: "portal.test" });
    const options = (await (
      await post(`/portal/${victimSlug}/security/passkeys/options`, {}, victimCookie)
    ).json()) as { challenge: string };
    const added = await post(
      `/portal/${victimSlug}/security/passkeys`,
      await passkey.register(options.challenge),
      victimCookie,
    );
    expect(added.status).toBe(303);
    const mallory = await makeTraveler("active");
    const slug = mallory.agency.portalSlug!;
    const cookie = await signInAs(mallory);
    const theirs = async () =>
      JSON.stringify(
        await Promise.all(
          ["portal_passkeys", "webauthn_challenges", "portal_logins", "portal_accounts"].map((t) =>
            env.DB.prepare(`SELECT * FROM ${t} WHERE agency_id = ? ORDER BY rowid`).bind(victim.agency.id).raw(),
          ),
        ),
      );
    const before = await theirs();
    const answers = [
      await get(`/portal/${victimSlug}/security`, cookie),
      await post(`/portal/${victimSlug}/security/passkeys/options`, {}, cookie),
      await post(`/portal/${victimSlug}/security/passkeys`, await passkey.register(options.challenge), cookie),
      await post(`/portal/${victimSlug}/security/passkeys/remove/${passkey.id}`, {}, cookie),
      await post(`/portal/${slug}/security/passkeys/remove/${passkey.id}`, {}, cookie),
      await post(
        `/portal/${victimSlug}/security/password`,
        { current: CLIENT_PASSWORD, password: "mallory owns this now", confirm: "mallory owns this now" },
        cookie,
      ),
    ];
    for (const res of answers) {
      expect(res.status).not.toBe(200);
      const body = await res.text();
      expect(body).not.toContain("Victim Voyages");
      expect(body).not.toContain(victim.contact.email!);
    }
    const { challenge } = (await (await post(`/portal/${slug}/login/passkey/options`, {})).json()) as {
      challenge: string;
    };
    const signIn = await post(`/portal/${slug}/login/passkey`, await passkey.assert(challenge));
    expect(signIn.status).toBe(401);
    expect(await signIn.text()).not.toContain("Victim Voyages");
    await new Promise((r) => setTimeout(r, 200));
    expect(await theirs()).toBe(before);
  });
});
