// Sharing documents and the auto-invite on first share (SPEC §7), through the real route.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { pickAutoInviteCandidate } from "../../src/portal-access/auto-invite";
import {
  accountOf,
  dbSnapshot,
  eventsOf,
  get,
  mailSettled,
  makeDocument,
  makeSignedInAgency,
  makeTripWithTravelers,
  portalMail,
  post,
  toastOf,
} from "../fixtures";

type Traveler = {
  first: string;
  email: string | null;
  primary?: boolean;
  archived?: boolean;
  account?: "pending" | "active" | "disabled";
};

/** A signed-in advisor's trip with these travelers (last name "Traveler"), an invoice and a proposal. */
async function setUp(travelers: Traveler[], opts: { autoInvite?: boolean; slug?: string | null } = {}) {
  const signedIn = await makeSignedInAgency({
    autoInviteOnFirstShare: opts.autoInvite ?? true,
    ...(opts.slug === null ? { portalSlug: null } : {}),
  });
  const { agency, advisor } = signedIn;
  const { trip, contacts } = await makeTripWithTravelers(
    agency.id,
    advisor.id,
    travelers.map((t) => ({
      contact: { firstName: t.first, lastName: "Traveler", email: t.email, archivedAt: t.archived ? new Date() : null },
      primary: t.primary,
      account: t.account,
    })),
  );
  const invoice = await makeDocument(agency.id, trip.id, { title: "Invoice INV-1042" });
  const proposal = await makeDocument(agency.id, trip.id, { kind: "proposal", title: "Lisbon proposal" });
  return { ...signedIn, trip, invoice, proposal, contacts };
}

const share = (tripId: string, docId: string, cookie: string) =>
  post(`/trips/${tripId}/documents/${docId}/share`, {}, cookie, { "HX-Request": "true" });

describe("sharing a document", () => {
  it("records the first share once and shows it on the trip page; sharing again changes nothing", async () => {
    const s = await setUp([{ first: "Ana", email: "ana@example.com", primary: true }], { autoInvite: false });
    const first = await share(s.trip.id, s.invoice.id, s.cookie);
    expect(first.status).toBe(200);
    expect(toastOf(first)?.message).toBe("Invoice INV-1042 is shared: the trip's travelers see it in their portal.");
    expect(await first.text()).toContain("Shared ");
    const stamped = await env.DB.prepare("SELECT first_shared_at FROM trip_documents WHERE id = ?")
      .bind(s.invoice.id)
      .first<{ first_shared_at: number }>();
    expect(stamped!.first_shared_at).toBeGreaterThan(0);
    const before = await dbSnapshot();
    const again = await share(s.trip.id, s.invoice.id, s.cookie);
    expect(toastOf(again)?.message).toBe("Invoice INV-1042 was already shared with the trip's travelers.");
    expect(await dbSnapshot()).toEqual(before);
    expect(await (await get(`/trips/${s.trip.id}`, s.cookie)).text()).not.toContain(`/documents/${s.invoice.id}/share`);
  });

  it("answers 404 for another agency's document", async () => {
    const s = await setUp([{ first: "Ana", email: "ana@example.com", primary: true }]);
    const other = await makeSignedInAgency();
    expect((await share(s.trip.id, s.invoice.id, other.cookie)).status).toBe(404);
  });
});

describe("auto-invite on first share", () => {
  it("invites the primary traveler with an email through the mail queue (dev outbox), and records the trigger", async () => {
    const s = await setUp([
      { first: "Ben", email: "ben@example.com" },
      { first: "Ana", email: "ana@example.com", primary: true },
    ]);
    const res = await share(s.trip.id, s.invoice.id, s.cookie);
    expect(toastOf(res)?.message).toBe(
      "Invoice INV-1042 is shared: the trip's travelers see it in their portal. Portal invite to ana@example.com is on its way.",
    );
    const html = await res.text();
    expect(html).toContain('id="traveler-list" hx-swap-oob="true"');
    expect(html).toContain("Invite pending");
    const ana = await accountOf(s.contacts[1]!.id);
    expect(ana!.status).toBe("pending");
    expect(await mailSettled(ana!.id)).toMatchObject([{ status: "sent", template: "invite", attempts: 1 }]);
    expect((await eventsOf(ana!.id))[0]).toMatchObject({
      kind: "invited",
      detail: "First share of Invoice INV-1042",
      channel: "outbox",
    });
    expect(await accountOf(s.contacts[0]!.id)).toBeNull();
    expect(await portalMail(s.agency.portalSlug!, "ana@example.com")).toHaveLength(1);
  });

  it("falls back to the first traveler by position with an email when the primary has none", async () => {
    const s = await setUp([
      { first: "Ana", email: null, primary: true },
      { first: "Ben", email: "ben@example.com" },
      { first: "Cy", email: "cy@example.com" },
    ]);
    await share(s.trip.id, s.invoice.id, s.cookie);
    expect((await accountOf(s.contacts[1]!.id))!.status).toBe("pending");
    expect(await accountOf(s.contacts[2]!.id)).toBeNull();
  });

  it("shares anyway and says why when no traveler has an email", async () => {
    const s = await setUp([{ first: "Ana", email: null, primary: true }]);
    const res = await share(s.trip.id, s.invoice.id, s.cookie);
    expect(res.status).toBe(200);
    expect(toastOf(res)?.message).toContain(
      "No portal invite went out: no traveler on this trip has an email address.",
    );
  });

  it.each(["pending", "active", "disabled"] as const)(
    "does not invite a candidate whose account is %s (nor anyone else)",
    async (state) => {
      const s = await setUp([
        { first: "Ana", email: "ana@example.com", primary: true, account: state },
        { first: "Ben", email: "ben@example.com" },
      ]);
      const accountBefore = await accountOf(s.contacts[0]!.id);
      const mailBefore = (await portalMail(s.agency.portalSlug!)).length;
      const res = await share(s.trip.id, s.invoice.id, s.cookie);
      expect(toastOf(res)?.message).toContain("No portal invite went out: Ana Traveler already has a portal account.");
      expect(await accountOf(s.contacts[0]!.id)).toEqual(accountBefore);
      expect(await accountOf(s.contacts[1]!.id)).toBeNull();
      expect(await portalMail(s.agency.portalSlug!)).toHaveLength(mailBefore);
    },
  );

  it("does not invite an archived candidate", async () => {
    const s = await setUp([
      { first: "Ana", email: "ana@example.com", primary: true, archived: true },
      { first: "Ben", email: "ben@example.com" },
    ]);
    const res = await share(s.trip.id, s.invoice.id, s.cookie);
    expect(toastOf(res)?.message).toContain("No portal invite went out: Ana Traveler is archived.");
    expect(await accountOf(s.contacts[0]!.id)).toBeNull();
    expect(await accountOf(s.contacts[1]!.id)).toBeNull();
  });

  it("does nothing with the toggle off", async () => {
    const s = await setUp([{ first: "Ana", email: "ana@example.com", primary: true }], { autoInvite: false });
    await share(s.trip.id, s.invoice.id, s.cookie);
    expect(await accountOf(s.contacts[0]!.id)).toBeNull();
  });

  it("invites only on the trip's first share: neither the same nor another document invites again", async () => {
    const s = await setUp([{ first: "Ana", email: "ana@example.com", primary: true }], { autoInvite: false });
    await share(s.trip.id, s.invoice.id, s.cookie);
    await env.DB.prepare("UPDATE agencies SET auto_invite_on_first_share = 1 WHERE id = ?").bind(s.agency.id).run();
    await share(s.trip.id, s.invoice.id, s.cookie);
    await share(s.trip.id, s.proposal.id, s.cookie);
    expect(await accountOf(s.contacts[0]!.id)).toBeNull();
  });

  it("never blocks the share when the agency has no portal slug", async () => {
    const s = await setUp([{ first: "Ana", email: "ana@example.com", primary: true }], { slug: null });
    const res = await share(s.trip.id, s.invoice.id, s.cookie);
    expect(res.status).toBe(200);
    expect(toastOf(res)?.message).toContain(
      "No portal invite went out: Set your portal slug under Settings → Branding before sending portal invites.",
    );
    expect(
      await env.DB.prepare("SELECT first_shared_at FROM trip_documents WHERE id = ?")
        .bind(s.invoice.id)
        .first("first_shared_at"),
    ).not.toBeNull();
  });

  it("uses Postmark, not the advisor's connected Gmail", async () => {
    const s = await setUp([{ first: "Ana", email: "ana@example.com", primary: true }]);
    await env.DB.prepare(
      "UPDATE advisors SET gmail_email = 'pat@gmail.com', gmail_status = 'connected', gmail_refresh_token_sealed = 'sealed' WHERE id = ?",
    )
      .bind(s.advisor.id)
      .run();
    const res = await share(s.trip.id, s.invoice.id, s.cookie);
    // The queue's consumer sends through Postmark (locally, the dev outbox); Gmail is never tried.
    expect(toastOf(res)?.message).toContain("is on its way");
    const ana = await accountOf(s.contacts[0]!.id);
    await mailSettled(ana!.id);
    expect((await eventsOf(ana!.id))[0]!.channel).toBe("outbox");
  });
});

describe("pickAutoInviteCandidate", () => {
  const t = (name: string, o: Partial<Parameters<typeof pickAutoInviteCandidate>[0][number]> = {}) => ({
    contactId: name,
    name,
    email: `${name}@x.test`,
    isPrimary: false,
    position: 0,
    archived: false,
    hasAccount: false,
    ...o,
  });
  it("never picks a secondary traveler when the primary with an email is taken", () => {
    expect(
      pickAutoInviteCandidate([t("ana", { isPrimary: true, hasAccount: true }), t("ben", { position: 1 })]),
    ).toEqual({ ok: false, reason: "ana already has a portal account." });
  });
  it("orders the fallback by position, not by list order", () => {
    expect(
      pickAutoInviteCandidate([
        t("cy", { position: 2 }),
        t("ben", { position: 1 }),
        t("ana", { isPrimary: true, email: null }),
      ]),
    ).toMatchObject({ ok: true, candidate: { contactId: "ben" } });
  });
});
