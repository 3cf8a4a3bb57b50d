// The Portal access page (SPEC §11): each filter against a generated agency whose right answer
// is known, search, pages, one D1 round trip; bulk resend with mixed rows; the CSV export.
import { env, exports } from "cloudflare:workers";
import { fillPlaceholders } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import {
  FILTER_LABEL,
  FILTERS,
  type RollupFilter,
  rollupBinding,
  rollupStatement,
} from "../../src/portal-rollup/queries";
import {
  accountOf,
  BASE,
  CLIENT_PASSWORD,
  d1RoundTrips,
  eventsOf,
  get,
  mailSettled,
  makeContact,
  makeSignedInAgency,
  makeTraveler,
  makeTripWithTravelers,
  portalMail,
  post,
  tokensOf,
} from "../fixtures";
import { expected, KINDS, makeRollupAgency, rollupName } from "./generated";

/** The rows' traveler names on a page of the list. */
function namesOn(html: string): string[] {
  return [...html.matchAll(/class="person-link">([^<]+)<\/a>/g)].map((m) => m[1]!);
}

function countsOn(html: string): Record<string, number> {
  return Object.fromEntries(
    [...html.matchAll(/class="filter(?: active)?"[^>]*>([^<]+?) <span class="count">(\d+)<\/span>/g)].map((m) => [
      m[1]!.trim(),
      Number(m[2]),
    ]),
  );
}

/** Every row of a filtered view, following Next links. */
async function allPages(path: string, cookie: string) {
  const names: string[] = [];
  let url: string | null = path;
  for (let guard = 0; url && guard < 50; guard++) {
    const html = await (await get(url, cookie)).text();
    names.push(...namesOn(html));
    url = /<a href="([^"]+)" class="btn">Next →<\/a>/.exec(html)?.[1]?.replace(/&amp;/g, "&") ?? null;
  }
  return names;
}

function postBulk(pairs: [string, string][], cookie: string) {
  return exports.default.fetch(
    new Request(`${BASE}/portal-access/resend`, {
      method: "POST",
      body: new URLSearchParams(pairs),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE, Cookie: cookie },
      redirect: "manual",
    }),
  );
}

describe("the Portal access page", () => {
  it("puts every account in the filters its definition says, with the right counts, across pages", async () => {
    const { agency, advisor, cookie } = await makeSignedInAgency();
    const count = 8 * 15; // 120 accounts: three pages of All
    await makeRollupAgency(agency.id, advisor.id, count);
    const want = (f: RollupFilter) =>
      Array.from({ length: count }, (_, i) => i)
        .filter((i) => expected(KINDS[i % KINDS.length]!)[f])
        .map((i) => `${rollupName(i).first} ${rollupName(i).last}`);

    const res = await get("/portal-access", cookie);
    expect(res.status).toBe(200);
    expect(d1RoundTrips(res)).toBe(1);
    const html = await res.text();
    expect(html).toContain('aria-current="page">Portal access</a>');
    const counts = countsOn(html);
    for (const f of FILTERS) expect(counts[FILTER_LABEL[f]], f).toBe(want(f).length);
    expect(counts).toMatchObject({ All: 120, "Pending over 3 days": 45, "Expiring within 24 h": 15, Bounced: 15 });
    expect(counts).toMatchObject({ "Never signed in": 90, Disabled: 15 });

    for (const f of FILTERS) {
      const path = f === "all" ? "/portal-access" : `/portal-access?filter=${f}`;
      expect((await allPages(path, cookie)).sort(), f).toEqual(want(f).sort());
    }

    // Next, then Previous, comes back to the same first page in the same order.
    const link = (html: string, label: string) =>
      new RegExp(`<a href="([^"]+)" class="btn">${label}</a>`).exec(html)?.[1]?.replace(/&amp;/g, "&");
    const first = await (await get("/portal-access", cookie)).text();
    const second = await (await get(link(first, "Next →")!, cookie)).text();
    expect(namesOn(second)).toHaveLength(50);
    expect(namesOn(second)).not.toContain(namesOn(first)[0]);
    const back = await (await get(link(second, "← Previous")!, cookie)).text();
    expect(namesOn(back)).toEqual(namesOn(first));
  });

  it("searches by name or email within a filter, keeping both in the URL, and counts what the search finds", async () => {
    const { agency, advisor, cookie } = await makeSignedInAgency();
    await makeRollupAgency(agency.id, advisor.id, 40);
    // Traveler00002 is kind 2 (expiring within 24 h), Traveler00010 kind 2 too; t2@ matches 2, 20..29.
    const res = await get("/portal-access?filter=expiring-24h&q=Traveler0000", cookie);
    const html = await res.text();
    expect(namesOn(html)).toEqual(["Traveler00002 Roll00002"]);
    expect(countsOn(html)).toMatchObject({ All: 10, "Expiring within 24 h": 1 });
    expect(html).toContain('href="/portal-access?filter=pending-3d&amp;q=Traveler0000"');
    expect(html).toContain('<input type="hidden" name="filter" value="expiring-24h"');
    const byEmail = await (await get("/portal-access?q=t13%40rollup", cookie)).text();
    expect(namesOn(byEmail)).toEqual(["Traveler00013 Roll00013"]);
    // A stale or made-up filter shows All rather than an error.
    expect((await get("/portal-access?filter=%3Cscript%3E", cookie)).status).toBe(200);
  });

  it("stays one round trip and bounded at 10,000 accounts, on any filter and any page", async () => {
    const { agency, advisor, cookie } = await makeSignedInAgency();
    await makeRollupAgency(agency.id, advisor.id, 10_000);
    for (const f of FILTERS) {
      const res = await get(`/portal-access?filter=${f}`, cookie);
      expect(d1RoundTrips(res), f).toBe(1);
      const html = await res.text();
      expect(html.length, f).toBeLessThan(80_000);
      expect(namesOn(html).length, f).toBeLessThanOrEqual(50);
    }
    const html = await (await get("/portal-access", cookie)).text();
    expect(countsOn(html)).toMatchObject({ All: 10_000, Disabled: 1_250, "Never signed in": 7_500 });
    // The counts read the agency's kept row and three narrow ranges of an index, never every
    // account; a page walks the roll-up index in order and never sorts.
    const now = new Date();
    for (const filter of FILTERS) {
      const { shape, values } = rollupBinding(agency.id, { filter, q: "", page: { after: null, before: null } }, now);
      const { sql, params } = new SQLiteAsyncDialect().sqlToQuery(rollupStatement(shape));
      const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .bind(...fillPlaceholders(params, values))
        .all<{ detail: string }>();
      const steps = plan.results.map((r) => r.detail);
      const accounts = steps.filter((s) => / portal_accounts /.test(s));
      expect(
        accounts.filter((s) => /COVERING INDEX/.test(s)),
        filter,
      ).toEqual([
        expect.stringMatching(/portal_accounts_status_idx \(agency_id=\? AND status=\? AND invited_at>\?\)/),
        expect.stringMatching(/portal_accounts_status_idx \(agency_id=\? AND status=\? AND invited_at=\?\)/),
        expect.stringMatching(
          /portal_accounts_deadline_idx \(agency_id=\? AND status=\? AND link_deadline>\? AND link_deadline<\?\)/,
        ),
      ]);
      const kept = steps.filter((s) => / portal_account_counts /.test(s));
      expect(kept, filter).toHaveLength(5);
      for (const step of kept)
        expect(step).toMatch(
          /^SEARCH portal_account_counts USING INDEX sqlite_autoindex_portal_account_counts_1 \(agency_id=\?\)$/,
        );
      expect(steps.join("\n"), filter).not.toMatch(/SCAN (portal_accounts|contacts|advisors|agencies)/);
      const page = accounts.filter((s) => !/COVERING INDEX/.test(s));
      if (filter === "expiring-24h") {
        // Either walk the list's order, or sort just the day's range of deadlines: both bounded.
        expect(page.join(), filter).toMatch(
          /portal_accounts_rollup_idx|portal_accounts_deadline_idx \(.*link_deadline>\? AND link_deadline<\?\)/,
        );
      } else {
        expect(page, filter).toEqual([expect.stringMatching(/USING INDEX portal_accounts_rollup_idx/)]);
        expect(steps.join("\n"), filter).not.toMatch(/TEMP B-TREE/);
      }
    }
  }, 60_000);
});

describe("last sign-in", () => {
  it("moves a client out of Never signed in when they sign in, and shows when", async () => {
    const t = await makeTraveler("active");
    const never = async () => namesOn(await (await get("/portal-access?filter=never-signed-in", t.cookie)).text());
    expect(await never()).toEqual(["Ana Souza"]);
    await post(`/portal/${t.agency.portalSlug}/login`, {
      email: t.contact.email!,
      password: "wrong password entirely",
    });
    expect(await never()).toEqual(["Ana Souza"]);
    const signedIn = await post(`/portal/${t.agency.portalSlug}/login`, {
      email: t.contact.email!,
      password: CLIENT_PASSWORD,
    });
    expect(signedIn.status).toBe(303);
    expect(await never()).toEqual([]);
    const row = await (await get("/portal-access", t.cookie)).text();
    expect(row).not.toContain('<span class="muted">Never</span>');
  });
});

describe("bulk resend", () => {
  it("resends to the rows the lifecycle allows, skips the rest with a reason each, and changes nothing for them", async () => {
    const { agency, advisor, cookie } = await makeSignedInAgency({ name: "Pride Travelers" });
    const { contacts } = await makeTripWithTravelers(agency.id, advisor.id, [
      { contact: { firstName: "Pia", lastName: "Pending" }, account: "pending" },
      { contact: { firstName: "Ed", lastName: "Expired" }, account: "expired" },
      { contact: { firstName: "Ada", lastName: "Active" }, account: "active" },
      { contact: { firstName: "Dan", lastName: "Disabled" }, account: "disabled" },
      { contact: { firstName: "Cap", lastName: "Capped" }, account: "pending" },
    ]);
    const [pia, ed, ada, dan, cap] = contacts as [(typeof contacts)[0], ...(typeof contacts)[0][]];
    const arch = await makeContact(agency.id, { firstName: "Archie", lastName: "Archived", archivedAt: new Date() });
    await env.DB.prepare(
      "INSERT INTO portal_accounts (id, agency_id, contact_id, email, status, disabled_why, created_at) VALUES (?, ?, ?, ?, 'disabled', 'archived', ?)",
    )
      .bind(`pac_arch_${arch.id}`, agency.id, arch.id, arch.email, Date.now())
      .run();
    const capAccount = await accountOf(cap!.id);
    for (let i = 0; i < 3; i++)
      await env.DB.prepare(
        "INSERT INTO portal_events (id, agency_id, account_id, at, kind, actor_id, actor_label, recipient) VALUES (?, ?, ?, ?, 'resent', ?, ?, ?)",
      )
        .bind(
          `pev_cap_${cap!.id}_${i}`,
          agency.id,
          capAccount!.id,
          Date.now() - (i + 1) * 60_000,
          advisor.id,
          advisor.name,
          cap!.email,
        )
        .run();
    const skippedRows = [ada!, dan!, cap!, arch];
    const before = await Promise.all(skippedRows.map(async (c) => snapshot(c.id)));

    // Cap was emailed minutes ago: only with the box ticked does the 3-in-10-minutes cap decide.
    const res = await postBulk(
      [
        ["includeRecent", "on"],
        ...[pia!, ed!, ada!, dan!, cap!, arch].map((c) => ["contact", c.id] as [string, string]),
      ],
      cookie,
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("2 invites sent, 4 skipped");
    expect(html).toMatch(/<strong>Ada Active<\/strong>: Nothing changed: this contact now has active portal access/);
    expect(html).toMatch(
      /<strong>Dan Disabled<\/strong>: Nothing changed: this contact now has portal access disabled|<strong>Dan Disabled<\/strong>: Portal access for this contact is disabled/,
    );
    expect(html).toMatch(/<strong>Cap Capped<\/strong>: This contact has already been sent 3 portal emails/);
    expect(html).toMatch(/<strong>Archie Archived<\/strong>: This contact is archived/);

    for (const [i, c] of skippedRows.entries()) expect(await snapshot(c.id), c.firstName).toEqual(before[i]);
    for (const c of [pia!, ed!]) {
      const account = await accountOf(c.id);
      expect((await eventsOf(account!.id)).at(-1)).toMatchObject({ kind: "resent", actor_id: advisor.id });
      expect(await mailSettled(account!.id)).toMatchObject([{ status: "sent", template: "invite" }]);
      expect(await portalMail(agency.portalSlug!, c.email!)).toHaveLength(1);
    }
  });

  it("skips a traveler emailed in the last 10 minutes, saying how long ago, unless the advisor includes them", async () => {
    const { agency, advisor, cookie } = await makeSignedInAgency();
    const { contacts } = await makeTripWithTravelers(agency.id, advisor.id, [
      { contact: { firstName: "Rita", lastName: "Recent" }, account: "pending" },
      { contact: { firstName: "Olga", lastName: "Older" }, account: "pending" },
      { contact: { firstName: "Fay", lastName: "Failed" }, account: "pending" },
    ]);
    const [rita, olga, fay] = contacts as [(typeof contacts)[0], (typeof contacts)[0], (typeof contacts)[0]];
    const emailed = async (c: typeof rita, minutesAgo: number, kind: string, delivery: string | null) =>
      env.DB.prepare(
        "INSERT INTO portal_events (id, agency_id, account_id, at, kind, actor_id, actor_label, recipient, delivery_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      )
        .bind(
          `pev_recent_${c.id}`,
          agency.id,
          (await accountOf(c.id))!.id,
          Date.now() - minutesAgo * 60_000 - 30_000,
          kind,
          advisor.id,
          advisor.name,
          c.email,
          delivery,
        )
        .run();
    await emailed(rita, 4, "resent", "sent");
    await emailed(olga, 11, "reminded", "delivered");
    // A send that failed reached nobody: it doesn't hold the next one back.
    await emailed(fay, 2, "resent", "failed");
    const before = await snapshot(rita.id);

    const html = await (
      await postBulk(
        [rita, olga, fay].map((c) => ["contact", c.id]),
        cookie,
      )
    ).text();
    expect(html).toContain("2 invites sent, 1 skipped");
    expect(html).toContain("<strong>Rita Recent</strong>: emailed 4 minutes ago, so skipped");
    expect(html).toContain("Include travelers emailed in the last 10 minutes");
    expect(await snapshot(rita.id)).toEqual(before);
    expect(await portalMail(agency.portalSlug!, rita.email!)).toHaveLength(0);

    const again = await (
      await postBulk(
        [
          ["includeRecent", "on"],
          ["contact", rita.id],
          ["contact", olga.id],
        ],
        cookie,
      )
    ).text();
    expect(again).toContain("2 invites sent, 0 skipped");
    expect((await eventsOf((await accountOf(rita.id))!.id)).at(-1)).toMatchObject({ kind: "resent" });
    expect(await mailSettled((await accountOf(rita.id))!.id)).toMatchObject([{ status: "sent", template: "invite" }]);
  });

  it("with 'Select all on this page' and no JavaScript, resends to every pending row of the page", async () => {
    const { agency, advisor, cookie } = await makeSignedInAgency();
    const { contacts } = await makeTripWithTravelers(agency.id, advisor.id, [
      { contact: { firstName: "One" }, account: "pending" },
      { contact: { firstName: "Two" }, account: "expired" },
    ]);
    const page = await (await get("/portal-access?filter=pending-3d", cookie)).text();
    const onPage = [...page.matchAll(/name="onPage" value="([^"]+)"/g)].map((m) => m[1]!);
    expect(onPage.sort()).toEqual(contacts.map((c) => c.id).sort());
    const res = await postBulk(
      [["filter", "pending-3d"], ["all", "on"], ...onPage.map((id) => ["onPage", id] as [string, string])],
      cookie,
    );
    expect(await res.text()).toContain("2 invites sent, 0 skipped");
  });

  it("refuses an empty selection, more than 100 rows, or ids that aren't ids, and changes nothing", async () => {
    const { agency, advisor, cookie } = await makeSignedInAgency();
    const { contacts } = await makeTripWithTravelers(agency.id, advisor.id, [{ account: "pending" }]);
    const before = await snapshot(contacts[0]!.id);
    const cases: [[string, string][], string][] = [
      [[], "Select at least one traveler to resend an invite to."],
      [
        Array.from({ length: 101 }, (_, i) => ["contact", `con_${i}`] as [string, string]),
        "Select at most 100 travelers at a time.",
      ],
      [[["contact", "<script>alert(1)</script>"]], "That selection isn&#39;t one of your travelers."],
    ];
    for (const [pairs, message] of cases) {
      const res = await postBulk(pairs, cookie);
      expect(res.status).toBe(422);
      expect(await res.text()).toContain(message);
    }
    expect(await snapshot(contacts[0]!.id)).toEqual(before);
  });

  it("takes exactly 100 selected rows, its maximum, and a search of any length (D1 binds at most 100 parameters)", async () => {
    const { agency, advisor, cookie } = await makeSignedInAgency();
    const { contactIds } = await makeRollupAgency(agency.id, advisor.id, 100);
    const q = "traveler".padEnd(60, "x");
    const res = await postBulk([["q", q], ...contactIds.map((id) => ["contact", id] as [string, string])], cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    const [, sent, skipped] = /(\d+) invites? sent, (\d+) skipped/.exec(html) ?? [];
    expect(Number(sent) + Number(skipped)).toBe(100);
    // Pending kinds (0, 1, 2, 3 and 7 of 8) are resent; active and disabled rows are skipped.
    expect(Number(sent)).toBe(100 - contactIds.filter((_, i) => [4, 5, 6].includes(i % 8)).length);
    expect(html).toContain(`value="${q}"`);
  });

  it("skips another agency's travelers without touching them", async () => {
    const mine = await makeSignedInAgency();
    const theirs = await makeSignedInAgency();
    const { contacts } = await makeTripWithTravelers(theirs.agency.id, theirs.advisor.id, [{ account: "pending" }]);
    const before = await snapshot(contacts[0]!.id);
    const html = await (await postBulk([["contact", contacts[0]!.id]], mine.cookie)).text();
    expect(html).toContain("0 invites sent, 1 skipped");
    expect(html).toContain("Not one of your agency&#39;s travelers.");
    expect(await snapshot(contacts[0]!.id)).toEqual(before);
  });
});

describe("CSV export", () => {
  it("exports the filtered list as UTF-8 CSV with formulas defused", async () => {
    const { agency, advisor, cookie } = await makeSignedInAgency();
    await makeTripWithTravelers(agency.id, advisor.id, [
      { contact: { firstName: '=HYPERLINK("http://evil")', lastName: "Zoë" }, account: "pending" },
      { contact: { firstName: "Ana", lastName: 'Souza, "Jr"' }, account: "active" },
    ]);
    const res = await get("/portal-access/export.csv", cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="portal-access-all-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const csv = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true }).decode(await res.arrayBuffer());
    expect(csv.startsWith('\uFEFF"Traveler","Email"')).toBe(true);
    expect(csv).toContain('"\'=HYPERLINK(""http://evil"") Zoë"');
    expect(csv).toContain('"Ana Souza, ""Jr"""');
    expect(csv).toContain('"Portal active"');
    const pending = new TextDecoder().decode(
      await (await get("/portal-access/export.csv?filter=disabled", cookie)).arrayBuffer(),
    );
    expect(pending.trim().split("\r\n")).toHaveLength(1);
  });
});

/** Everything bulk resend could change for a contact. */
async function snapshot(contactId: string) {
  const account = await accountOf(contactId);
  if (!account) return null;
  return { account, tokens: await tokensOf(account.id), events: await eventsOf(account.id) };
}
