import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { dbSnapshot, get, makeAgency, makeContact, makeTrip, post, signIn } from "../fixtures";

const row = (id: string) =>
  env.DB.prepare("SELECT first_name, last_name, email, phone, archived_at FROM contacts WHERE id = ?").bind(id).first();

describe("editing a contact", () => {
  it("saves a new email so a 'no email on file' contact can be invited", async () => {
    const { agency, advisor } = await makeAgency();
    const ben = await makeContact(agency.id, { firstName: "Ben", lastName: "Souza", email: null });
    const trip = await makeTrip(agency.id, [{ contactId: ben.id, isPrimary: true }]);
    const cookie = await signIn(advisor);
    const refused = await post(`/trips/${trip.id}/travelers/${ben.id}/portal`, {}, cookie, { "HX-Request": "true" });
    expect(JSON.parse(refused.headers.get("HX-Trigger")!).toast.message).toBe(
      "Ben Souza has no email address on file.",
    );

    const saved = await post(
      `/contacts/${ben.id}`,
      { firstName: "Ben", lastName: "Souza", email: " Ben@Example.com ", phone: "+1 415 555 0143" },
      cookie,
    );
    expect(saved.status).toBe(303);
    expect(await row(ben.id)).toEqual({
      first_name: "Ben",
      last_name: "Souza",
      email: "Ben@Example.com",
      phone: "+1 415 555 0143",
      archived_at: null,
    });
    const page = await get(
      saved.headers.get("Location")!,
      `${cookie}; ${saved.headers.get("Set-Cookie")!.split(";")[0]}`,
    );
    expect(await page.text()).toContain("Contact saved.");

    const invited = await post(`/trips/${trip.id}/travelers/${ben.id}/portal`, {}, cookie, { "HX-Request": "true" });
    expect(JSON.parse(invited.headers.get("HX-Trigger")!).toast.message).toBe(
      "Invite sent to Ben@Example.com via the dev outbox",
    );
  });

  it.each([
    [{ email: "not-an-email" }, "Enter an email address like ana@example.com, or leave it empty."],
    [{ firstName: "  " }, "Enter a first name."],
    [{ phone: "call me maybe" }, "Use digits, spaces and + ( ) - . in the phone number."],
  ])("refuses %o with a clear message and changes nothing", async (change, message) => {
    const { agency, advisor } = await makeAgency();
    const ana = await makeContact(agency.id, { firstName: "Ana", lastName: "Souza", email: "ana@example.com" });
    const before = await dbSnapshot();
    const res = await post(
      `/contacts/${ana.id}`,
      { firstName: "Ana", lastName: "Souza", email: "ana@example.com", phone: "", ...change },
      await signIn(advisor),
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(message);
    expect(html).toContain("Nothing was saved.");
    expect(await dbSnapshot()).toEqual(before);
  });

  it("answers 404 for another agency's contact and changes nothing", async () => {
    const mine = await makeAgency();
    const theirs = await makeAgency();
    const hana = await makeContact(theirs.agency.id, { firstName: "Hana", lastName: "Kim" });
    const before = await dbSnapshot();
    const res = await post(
      `/contacts/${hana.id}`,
      { firstName: "Mallory", lastName: "X", email: "", phone: "" },
      await signIn(mine.advisor),
    );
    expect(res.status).toBe(404);
    expect(await dbSnapshot()).toEqual(before);
  });
});

describe("correcting the email of a contact with a portal account", () => {
  it("stops the links sent to the old address and records why in the history", async () => {
    const { makeAccount, tokensOf, eventsOf } = await import("../fixtures");
    const { agency, advisor } = await makeAgency();
    const ana = await makeContact(agency.id, { firstName: "Ana", lastName: "Souza", email: "ana@exmaple.com" });
    const account = (await makeAccount(agency.id, ana, "pending", advisor.id))!;
    expect((await tokensOf(account.id)).filter((t) => t.voided_at === null)).toHaveLength(1);
    const res = await post(
      `/contacts/${ana.id}`,
      { firstName: "Ana", lastName: "Souza", email: "ana@example.com", phone: "" },
      await signIn(advisor),
    );
    expect(res.status).toBe(303);
    expect((await tokensOf(account.id)).filter((t) => t.voided_at === null && t.consumed_at === null)).toHaveLength(0);
    expect((await eventsOf(account.id)).at(-1)).toMatchObject({
      kind: "email_changed",
      detail: "From ana@exmaple.com to ana@example.com",
    });
    const html = await (await get(`/contacts/${ana.id}/access`, await signIn(advisor))).text();
    expect(html).toContain("Invite expired");
  });

  it("leaves links alone when only the name or the email's case changes", async () => {
    const { makeAccount, tokensOf } = await import("../fixtures");
    const { agency, advisor } = await makeAgency();
    const ana = await makeContact(agency.id, { firstName: "Ana", lastName: "Souza", email: "ana@example.com" });
    const account = (await makeAccount(agency.id, ana, "pending", advisor.id))!;
    await post(
      `/contacts/${ana.id}`,
      { firstName: "Anna", lastName: "Souza", email: "Ana@Example.com", phone: "" },
      await signIn(advisor),
    );
    expect((await tokensOf(account.id)).filter((t) => t.voided_at === null)).toHaveLength(1);
  });
});

describe("correcting the email cuts the old address off completely (docs/decisions/005)", () => {
  async function signedInClient() {
    const { makeAccount, CLIENT_PASSWORD } = await import("../fixtures");
    const { storeToken, cookieFrom } = await import("../portal/helpers");
    const { agency, advisor } = await makeAgency({ name: "Pride Travelers" });
    const slug = agency.portalSlug!;
    const ana = await makeContact(agency.id, { firstName: "Ana", lastName: "Souza", email: "ana@typo.example" });
    const account = (await makeAccount(agency.id, ana, "active", advisor.id))!;
    const oldLink = await storeToken(agency.id, account.id, { purpose: "reset" });
    const signedIn = await post(`/portal/${slug}/login`, { email: "ana@typo.example", password: CLIENT_PASSWORD });
    expect(signedIn.status).toBe(303);
    const clientCookie = cookieFrom(signedIn);
    expect((await get(`/portal/${slug}`, clientCookie)).status).toBe(200);
    return {
      agency,
      advisor,
      slug,
      ana,
      account,
      oldLink,
      clientCookie,
      password: CLIENT_PASSWORD,
      advisorCookie: await signIn(advisor),
    };
  }

  it("refuses the old session, the old address, the old password and the old links; a link to the new address lets the client back in", async () => {
    const { outbox, accountOf } = await import("../fixtures");
    const { cookieFrom, GOOD_PASSWORD } = await import("../portal/helpers");
    const { claimTokenFrom } = await import("../fixtures");
    const t = await signedInClient();

    const saved = await post(
      `/contacts/${t.ana.id}`,
      { firstName: "Ana", lastName: "Souza", email: "ana@example.com", phone: "" },
      t.advisorCookie,
    );
    expect(saved.status).toBe(303);
    expect(saved.headers.get("Location")).toBe(`/contacts/${t.ana.id}/access`);
    const flash = saved.headers.get("Set-Cookie")!.split(";")[0]!;
    const access = await (await get(`/contacts/${t.ana.id}/access`, `${t.advisorCookie}; ${flash}`)).text();
    expect(access).toContain(
      "Portal access through ana@typo.example has ended: its links, sessions and password no longer work.",
    );
    expect(access).toContain("Invite expired");
    expect(access).toContain("Send invite to ana@example.com");
    expect(access).not.toContain("Portal active");

    // The session that was signed in through the old address ends on its next request.
    const home = await get(`/portal/${t.slug}`, t.clientCookie);
    expect(home.status).toBe(303);
    expect(home.headers.get("Location")).toBe(`/portal/${t.slug}/login?off=1`);
    // Neither the old address nor the old password signs in any more.
    expect((await post(`/portal/${t.slug}/login`, { email: "ana@typo.example", password: t.password })).status).toBe(
      401,
    );
    expect((await post(`/portal/${t.slug}/login`, { email: "ana@example.com", password: t.password })).status).toBe(
      401,
    );
    // The link sent to the old address is dead, and asking for a fresh one there sends nothing.
    expect((await get(`/portal/${t.slug}/claim/${t.oldLink}`)).status).toBe(410);
    const mailsBefore = (await outbox()).length;
    expect((await post(`/portal/${t.slug}/forgot`, { email: "ana@typo.example" })).status).toBe(200);
    expect((await outbox()).length).toBe(mailsBefore);
    expect(await accountOf(t.ana.id)).toMatchObject({
      status: "pending",
      email: "ana@example.com",
      password_hash: null,
    });
    const { storedLinkDeadline, newestLinkDeadline } = await import("../fixtures");
    expect(await storedLinkDeadline(t.account.id)).toEqual(await newestLinkDeadline(t.account.id));

    // The one way back in: the invite the Access tab offers, sent to the new address.
    const resent = await post(`/contacts/${t.ana.id}/access/resend`, {}, t.advisorCookie, { "HX-Request": "true" });
    expect(JSON.parse(resent.headers.get("HX-Trigger")!).toast.message).toBe(
      "Invite sent to ana@example.com via the dev outbox",
    );
    const mails = (await outbox()).slice(mailsBefore);
    expect(mails.map((m) => m.to_address)).toEqual(["ana@example.com"]);
    const claimed = await post(`/portal/${t.slug}/claim/${claimTokenFrom(mails[0]!.text)}`, {
      password: GOOD_PASSWORD,
      confirm: GOOD_PASSWORD,
    });
    expect(claimed.status).toBe(303);
    expect((await get(`/portal/${t.slug}`, cookieFrom(claimed))).status).toBe(200);
    expect((await post(`/portal/${t.slug}/login`, { email: "ana@example.com", password: GOOD_PASSWORD })).status).toBe(
      303,
    );
  });

  it("keeps a disabled account disabled but still clears its password and links", async () => {
    const { makeAccount, accountOf, eventsOf } = await import("../fixtures");
    const { agency, advisor } = await makeAgency();
    const ana = await makeContact(agency.id, { firstName: "Ana", lastName: "Souza", email: "ana@typo.example" });
    const account = (await makeAccount(agency.id, ana, "disabled", advisor.id))!;
    const saved = await post(
      `/contacts/${ana.id}`,
      { firstName: "Ana", lastName: "Souza", email: "ana@example.com", phone: "" },
      await signIn(advisor),
    );
    expect(saved.status).toBe(303);
    expect(await accountOf(ana.id)).toMatchObject({
      status: "disabled",
      email: "ana@example.com",
      password_hash: null,
    });
    expect((await eventsOf(account.id)).at(-1)).toMatchObject({ kind: "email_changed" });
  });

  it("removing the email leaves the account with no sign-in address", async () => {
    const { makeAccount, accountOf, CLIENT_PASSWORD } = await import("../fixtures");
    const { agency, advisor } = await makeAgency();
    const ana = await makeContact(agency.id, { firstName: "Ana", lastName: "Souza", email: "ana@example.com" });
    await makeAccount(agency.id, ana, "active", advisor.id);
    await post(
      `/contacts/${ana.id}`,
      { firstName: "Ana", lastName: "Souza", email: "", phone: "" },
      await signIn(advisor),
    );
    const after = await accountOf(ana.id);
    expect(after).toMatchObject({ status: "pending", password_hash: null });
    expect(after!.email).toMatch(/@portal\.invalid$/);
    expect(
      (await post(`/portal/${agency.portalSlug}/login`, { email: "ana@example.com", password: CLIENT_PASSWORD }))
        .status,
    ).toBe(401);
  });

  it("refuses an address another contact already signs in with, changing nothing", async () => {
    const { makeAccount } = await import("../fixtures");
    const { agency, advisor } = await makeAgency();
    const ana = await makeContact(agency.id, { firstName: "Ana", lastName: "Souza", email: "ana@example.com" });
    const ben = await makeContact(agency.id, { firstName: "Ben", lastName: "Souza", email: "ben@example.com" });
    await makeAccount(agency.id, ana, "active", advisor.id);
    await makeAccount(agency.id, ben, "active", advisor.id);
    const before = await dbSnapshot();
    const res = await post(
      `/contacts/${ana.id}`,
      { firstName: "Ana", lastName: "Souza", email: "BEN@example.com", phone: "" },
      await signIn(advisor),
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Another contact already uses this email for portal access.");
    expect(await dbSnapshot()).toEqual(before);
  });
});
