// No button that can only fail (issue 15): where SPEC §4's refusal is known before the click,
// the trip row and the Access tab offer the way out instead; a request that arrives anyway
// (a stale page, another tab) still gets the refusal in the spec's words.
import { describe, expect, it } from "vitest";
import { get, makeSignedInAgency, makeTripWithTravelers, post, toastOf } from "../fixtures";

describe("the way out instead of a button that can only fail", () => {
  it("offers Add an email, Restore contact and Set your portal slug where the send would be refused", async () => {
    const { agency, advisor, cookie } = await makeSignedInAgency();
    const { trip, contacts } = await makeTripWithTravelers(agency.id, advisor.id, [
      { contact: { firstName: "Ben", lastName: "Souza", email: null }, primary: true },
      { contact: { firstName: "Carla", lastName: "Mendes", archivedAt: new Date() } },
      { contact: { firstName: "Ana", lastName: "Souza" } },
    ]);
    const [ben, carla, ana] = contacts as [(typeof contacts)[0], (typeof contacts)[0], (typeof contacts)[0]];
    const html = await (await get(`/trips/${trip.id}`, cookie)).text();
    expect(html).toContain(
      `href="/contacts/${ben.id}?focus=email#email" class="btn btn-small" id="portal-send-${ben.id}">Add an email</a>`,
    );
    expect(html).toContain(
      `href="/contacts/${carla.id}#restore" class="btn btn-small" id="portal-send-${carla.id}">Restore contact</a>`,
    );
    expect(html).toMatch(new RegExp(`id="portal-send-${ana.id}">[\\s\\S]*?Invite to portal`));

    const access = await (await get(`/contacts/${ben.id}/access`, cookie)).text();
    expect(access).toContain('id="access-way-out">Add an email</a>');
    expect(access).not.toContain('id="access-invite"');
    // The link leads to the email field, with the cursor in it.
    const info = await (await get(`/contacts/${ben.id}?focus=email`, cookie)).text();
    expect(info).toMatch(/<input id="email"[^>]*autofocus/);

    // A request that arrives anyway is still refused in the spec's words, naming the traveler.
    const stale = await post(`/trips/${trip.id}/travelers/${ben.id}/portal`, {}, cookie, { "HX-Request": "true" });
    expect(toastOf(stale)?.message).toBe("Ben Souza has no email address on file.");
  });

  it("offers Set your portal slug while the agency has none", async () => {
    const { agency, advisor, cookie } = await makeSignedInAgency({ portalSlug: null });
    const { trip, contacts } = await makeTripWithTravelers(agency.id, advisor.id, [{ primary: true }]);
    const html = await (await get(`/trips/${trip.id}`, cookie)).text();
    expect(html).toContain(
      `href="/settings?focus=portalSlug#portalSlug" class="btn btn-small" id="portal-send-${contacts[0]!.id}">Set your portal slug</a>`,
    );
  });
});
