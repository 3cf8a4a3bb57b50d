// Trip cards and the trip page say how many of the trip's travelers are in the portal (issue 15):
// counted in the list's own statement (one round trip), by the same rule as the pills, and the
// trip page's line follows a traveler's row when an invite changes it.
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { contacts, portalAccounts } from "../../src/db/schema";
import { portalStatusSql } from "../../src/portal-access/columns";
import { portalStatus } from "../../src/portal-access/status";
import { d1RoundTrips, db, get, makeDocument, makeSignedInAgency, makeTripWithTravelers, post } from "../fixtures";

const tile = (html: string, title: string) => {
  const match = new RegExp(`<a [^>]*class="trip-tile">\\s*<span class="trip-title">${title}</span>[\\s\\S]*?</a>`).exec(
    html,
  );
  if (!match) throw new Error(`No tile for ${title}`);
  return match[0].replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
};

describe("the travelers' portal summary", () => {
  it("counts active, invited and expired travelers on the trip card, in the list's one round trip", async () => {
    const { agency, advisor, cookie } = await makeSignedInAgency();
    await makeTripWithTravelers(
      agency.id,
      advisor.id,
      [
        { account: "active", primary: true },
        { account: "active" },
        { account: "pending" },
        { account: "expired" },
        { account: "disabled" },
        { account: "none" },
        { account: "none", contact: { email: null } },
      ],
      { title: "Mixed company" },
    );
    await makeTripWithTravelers(agency.id, advisor.id, [{ account: "none", primary: true }], {
      title: "Solo trip",
      startsOn: "2027-05-01",
      endsOn: "2027-05-09",
    });
    await makeTripWithTravelers(agency.id, advisor.id, [], {
      title: "Empty trip",
      startsOn: "2027-06-01",
      endsOn: "2027-06-09",
    });

    const res = await get("/trips", cookie);
    const html = await res.text();
    expect(d1RoundTrips(res)).toBe(1);
    expect(tile(html, "Mixed company")).toContain("2 of 7 in the portal · 1 invited · 1 invite expired");
    expect(tile(html, "Solo trip")).toMatch(/ Not in the portal $/);
    expect(tile(html, "Empty trip")).toContain("No travelers yet");

    // A search answers the same summary (the fragment htmx swaps in).
    const searched = await get("/trips?q=mixed", cookie, { "HX-Request": "true" });
    expect(d1RoundTrips(searched)).toBe(1);
    expect(await searched.text()).toContain("2 of 7 in the portal · 1 invited · 1 invite expired");
  });

  it("shows the summary in the trip page's header and keeps it current when an invite changes a row", async () => {
    const { agency, advisor, cookie } = await makeSignedInAgency();
    const { trip, contacts: travelers } = await makeTripWithTravelers(agency.id, advisor.id, [
      { account: "active", primary: true },
      { account: "none" },
      { account: "disabled" },
    ]);
    const page = await get(`/trips/${trip.id}`, cookie);
    expect(d1RoundTrips(page)).toBe(1);
    expect(await page.text()).toMatch(/<p class="subtitle" id="trip-portal-summary">1 of 3 in the portal<\/p>/);

    const invited = await post(`/trips/${trip.id}/travelers/${travelers[1]!.id}/portal`, {}, cookie, {
      "HX-Request": "true",
    });
    expect(invited.status).toBe(200);
    const fragment = await invited.text();
    expect(fragment).toContain(`id="traveler-${travelers[1]!.id}"`);
    expect(fragment).toMatch(/id="trip-portal-summary" hx-swap-oob="true">1 of 3 in the portal · 1 invited</);
  });

  it("updates the summary when sharing a document invites the primary traveler automatically", async () => {
    const { agency, advisor, cookie } = await makeSignedInAgency({ autoInviteOnFirstShare: true });
    const { trip } = await makeTripWithTravelers(agency.id, advisor.id, [{ primary: true }, { account: "active" }]);
    const invoice = await makeDocument(agency.id, trip.id);
    const shared = await post(`/trips/${trip.id}/documents/${invoice.id}/share`, {}, cookie, { "HX-Request": "true" });
    expect(shared.status).toBe(200);
    expect(await shared.text()).toMatch(
      /id="trip-portal-summary" hx-swap-oob="true">1 of 2 in the portal · 1 invited</,
    );
  });

  it("decides each traveler's state in SQL exactly as portalStatus does, at the edges too", async () => {
    const { agency, advisor } = await makeSignedInAgency();
    const { contacts: made } = await makeTripWithTravelers(agency.id, advisor.id, [
      { account: "none" },
      { account: "pending" },
      { account: "expired" },
      { account: "active" },
      { account: "disabled" },
      { account: "pending" },
      { account: "pending" },
    ]);
    const ids = made.map((c) => c.id);
    const now = new Date();
    // Pending with no link deadline at all, and one lapsing this very millisecond.
    await db.batch([
      db.update(portalAccounts).set({ linkDeadline: null }).where(eq(portalAccounts.contactId, ids[5]!)),
      db.update(portalAccounts).set({ linkDeadline: now }).where(eq(portalAccounts.contactId, ids[6]!)),
    ]);
    const rows = await db
      .select({
        contactId: contacts.id,
        sqlStatus: portalStatusSql(now),
        accountStatus: portalAccounts.status,
        deadline: portalAccounts.linkDeadline,
      })
      .from(contacts)
      .leftJoin(portalAccounts, eq(portalAccounts.contactId, contacts.id))
      .where(inArray(contacts.id, ids));
    const byContact = new Map(rows.map((r) => [r.contactId, r]));
    const answers = ids.map((id) => {
      const r = byContact.get(id)!;
      const predicate = portalStatus(
        r.accountStatus ? { status: r.accountStatus, newestLinkDeadline: r.deadline } : null,
        now,
      );
      return { sql: r.sqlStatus, predicate };
    });
    for (const a of answers) expect(a.sql).toBe(a.predicate);
    expect(answers.map((a) => a.predicate)).toEqual([
      "none",
      "pending",
      "expired",
      "active",
      "disabled",
      "pending",
      "expired",
    ]);
  });
});
