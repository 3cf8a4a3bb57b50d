// Anonymous traffic can't block or undo an advisor's deliberate send (docs/decisions/007):
// clients' fresh-link requests have a budget of their own, and don't replace a link an advisor
// sent minutes ago.
import { describe, expect, it } from "vitest";
import { eventsOf, eventually, makeTraveler, portalMail, post, toastOf, tokensOf } from "../fixtures";

const liveLinks = async (accountId: string) =>
  (await tokensOf(accountId)).filter(
    (t) => t.consumed_at === null && t.voided_at === null && t.expires_at > Date.now(),
  );

describe("mail budgets", () => {
  it("three anonymous forgot-password requests don't use up the advisor's Send", async () => {
    const t = await makeTraveler("pending");
    const slug = t.agency.portalSlug!;
    for (let i = 0; i < 3; i++) {
      expect((await post(`/portal/${slug}/forgot`, { email: t.contact.email! })).status).toBe(200);
      await eventually(
        () => portalMail(slug, t.contact.email!),
        (m) => m.length === i + 1,
      );
    }
    const clientSends = (await eventsOf(t.account!.id)).filter((e) => e.kind === "resent");
    expect(clientSends).toHaveLength(3);

    // A fourth anonymous request is over the client's own budget: nothing is sent…
    await post(`/portal/${slug}/forgot`, { email: t.contact.email! });
    await new Promise((r) => setTimeout(r, 200));
    expect(await portalMail(slug, t.contact.email!)).toHaveLength(3);

    // …but the advisor's deliberate send still goes out.
    const res = await post(`/trips/${t.trip.id}/travelers/${t.contact.id}/portal`, {}, t.cookie, {
      "HX-Request": "true",
    });
    expect(toastOf(res)).toEqual({
      message: `Invite sent to ${t.contact.email} via the dev outbox`,
      kind: "ok",
      target: "body",
    });
    expect(await portalMail(slug, t.contact.email!)).toHaveLength(4);
  });

  it("a forgot-password request doesn't void the link an advisor sent a few minutes ago", async () => {
    const t = await makeTraveler("pending");
    const slug = t.agency.portalSlug!;
    await post(`/trips/${t.trip.id}/travelers/${t.contact.id}/portal`, {}, t.cookie, { "HX-Request": "true" });
    const [advisorLink] = await liveLinks(t.account!.id);
    expect(advisorLink).toBeDefined();
    const mails = (await portalMail(slug, t.contact.email!)).length;

    expect((await post(`/portal/${slug}/forgot`, { email: t.contact.email! })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect((await liveLinks(t.account!.id)).map((l) => l.id)).toEqual([advisorLink!.id]);
    expect(await portalMail(slug, t.contact.email!)).toHaveLength(mails);
  });
});
