// The contacts list shows each contact's portal state and when they last got in (issue 15):
// the newest sign-in or claim, never a failed attempt, from the list's one round trip. The
// logins go through the real writers (recordLogin, the claim route), which stamp the account.
import { describe, expect, it } from "vitest";
import { type LoginOutcome, recordLogin } from "../../src/portal-access/logins";
import { d1RoundTrips, db, get, makeSignedInAgency, makeTripWithTravelers, post } from "../fixtures";
import { GOOD_PASSWORD, storeToken } from "../portal/helpers";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function recordLogins(agencyId: string, accountId: string, logins: { outcome: LoginOutcome; at: number }[]) {
  const from = { ip: "198.51.100.7", country: "PT", city: "Lisbon", userAgent: "Test" };
  for (const l of logins) await recordLogin(db, { agencyId, accountId, outcome: l.outcome, ...from }, new Date(l.at));
}

/** The table row of the contact named `name`, tags and all. */
function rowOf(html: string, name: string): string {
  const row = html.split("<tr>").find((r) => r.includes(`>${name}</a>`));
  if (!row) throw new Error(`No row for ${name}`);
  return row.slice(0, row.indexOf("</tr>"));
}

describe("the contacts list", () => {
  it("shows the last sign-in or claim per contact, ignoring failed attempts, in one round trip", async () => {
    const { agency, advisor, cookie } = await makeSignedInAgency({ timeZone: "Asia/Tokyo" });
    const now = Date.now();
    const { accounts } = await makeTripWithTravelers(agency.id, advisor.id, [
      { contact: { firstName: "Farah", lastName: "Haddad" }, account: "active", primary: true },
      { contact: { firstName: "Gus", lastName: "Lindqvist" }, account: "disabled" },
      { contact: { firstName: "Hugo", lastName: "Claimed" }, account: "pending" },
      { contact: { firstName: "Diego", lastName: "Pending" }, account: "pending" },
      { contact: { firstName: "Ana", lastName: "Nobody" }, account: "none" },
    ]);
    type Account = NonNullable<(typeof accounts)[number]>;
    const [farah, gus, hugo] = accounts as [Account, Account, Account];
    const farahSignedIn = now - 2 * DAY;
    await recordLogins(agency.id, farah.id, [
      { outcome: "success", at: now - 9 * DAY },
      { outcome: "success", at: farahSignedIn },
      // Newer, but none of these got her in.
      { outcome: "wrong_password", at: now - HOUR },
      { outcome: "rate_limited", at: now - HOUR / 2 },
    ]);
    const gusSignedIn = now - 5 * DAY;
    await recordLogins(agency.id, gus.id, [
      { outcome: "success", at: gusSignedIn },
      { outcome: "disabled", at: now - DAY },
    ]);
    // Hugo claims his invite: that signs him in.
    const token = await storeToken(agency.id, hugo.id);
    const claimed = await post(`/portal/${agency.portalSlug}/claim/${token}`, {
      password: GOOD_PASSWORD,
      confirm: GOOD_PASSWORD,
    });
    expect(claimed.status).toBe(303);

    const res = await get("/contacts", cookie);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(d1RoundTrips(res)).toBe(1);
    expect(html).toContain('<th scope="col">Last sign-in</th>');

    const iso = (ms: number) => new Date(ms).toISOString();
    expect(rowOf(html, "Farah Haddad")).toContain(`<time datetime="${iso(farahSignedIn)}"`);
    expect(rowOf(html, "Farah Haddad")).toContain("Portal active");
    expect(rowOf(html, "Gus Lindqvist")).toContain(`<time datetime="${iso(gusSignedIn)}"`);
    expect(rowOf(html, "Gus Lindqvist")).toContain("Access disabled");
    // Said relatively (ui/time.tsx), the exact moment on hover.
    expect(rowOf(html, "Hugo Claimed")).toMatch(/<time datetime="[^"]+" title="[^"]+">just now<\/time>/);
    expect(rowOf(html, "Farah Haddad")).toMatch(/>2 days ago<\/time>/);
    expect(rowOf(html, "Diego Pending")).toMatch(/Last sign-in:.*<span class="muted">Never<\/span>/s);
    expect(rowOf(html, "Diego Pending")).toContain("Invite pending");
    // No account: nothing to say, and the phone layout hides the empty cells.
    expect(rowOf(html, "Ana Nobody")).not.toContain("Last sign-in");
    expect(rowOf(html, "Ana Nobody")).toMatch(/<td><\/td>\s*<td><\/td>\s*$/);

    expect(rowOf(html, "Farah Haddad")).toMatch(/title="[^"]*GMT\+9"/);

    // The search fragment carries the same column, in the agency's time zone too.
    const searched = await get("/contacts?q=farah", cookie, { "HX-Request": "true" });
    expect(d1RoundTrips(searched)).toBe(1);
    const fragment = await searched.text();
    expect(fragment).toContain(`<time datetime="${iso(farahSignedIn)}"`);
    expect(fragment).toMatch(/title="[^"]*GMT\+9"/);
  });
});
