import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { dbSnapshot, get, makeAgency, makeContact, makeTrip, post, signIn } from "../fixtures";

const row = (id: string) => env.DB.prepare("SELECT first_name, last_name, email, phone, archived_at FROM contacts WHERE id = ?").bind(id).first();

describe("editing a contact", () => {
  it("saves a new email so a 'no email on file' contact can be invited", async () => {
    const { agency, advisor } = await makeAgency();
    const ben = await makeContact(agency.id, { firstName: "Ben", lastName: "Souza", email: null });
    const trip = await makeTrip(agency.id, [{ contactId: ben.id, isPrimary: true }]);
    const cookie = await signIn(advisor);
    const refused = await post(`/trips/${trip.id}/travelers/${ben.id}/portal`, {}, cookie, { "HX-Request": "true" });
    expect(JSON.parse(refused.headers.get("HX-Trigger")!).toast.message).toBe("This contact has no email address on file.");

    const saved = await post(`/contacts/${ben.id}`, { firstName: "Ben", lastName: "Souza", email: " Ben@Example.com ", phone: "+1 415 555 0143" }, cookie);
    expect(saved.status).toBe(303);
    expect(await row(ben.id)).toEqual({ first_name: "Ben", last_name: "Souza", email: "Ben@Example.com", phone: "+1 415 555 0143", archived_at: null });
    const page = await get(saved.headers.get("Location")!, `${cookie}; ${saved.headers.get("Set-Cookie")!.split(";")[0]}`);
    expect(await page.text()).toContain("Contact saved.");

    const invited = await post(`/trips/${trip.id}/travelers/${ben.id}/portal`, {}, cookie, { "HX-Request": "true" });
    expect(JSON.parse(invited.headers.get("HX-Trigger")!).toast.message).toBe("Invite sent to Ben@Example.com via the dev outbox");
  });

  it.each([
    [{ email: "not-an-email" }, "Enter an email address like ana@example.com, or leave it empty."],
    [{ firstName: "  " }, "Enter a first name."],
    [{ phone: "call me maybe" }, "Use digits, spaces and + ( ) - . in the phone number."],
  ])("refuses %o with a clear message and changes nothing", async (change, message) => {
    const { agency, advisor } = await makeAgency();
    const ana = await makeContact(agency.id, { firstName: "Ana", lastName: "Souza", email: "ana@example.com" });
    const before = await dbSnapshot();
    const res = await post(`/contacts/${ana.id}`, { firstName: "Ana", lastName: "Souza", email: "ana@example.com", phone: "", ...change }, await signIn(advisor));
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
    const res = await post(`/contacts/${hana.id}`, { firstName: "Mallory", lastName: "X", email: "", phone: "" }, await signIn(mine.advisor));
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
    const res = await post(`/contacts/${ana.id}`, { firstName: "Ana", lastName: "Souza", email: "ana@example.com", phone: "" }, await signIn(advisor));
    expect(res.status).toBe(303);
    expect((await tokensOf(account.id)).filter((t) => t.voided_at === null && t.consumed_at === null)).toHaveLength(0);
    expect((await eventsOf(account.id)).at(-1)).toMatchObject({ kind: "email_changed", detail: "From ana@exmaple.com to ana@example.com" });
    const html = await (await get(`/contacts/${ana.id}/access`, await signIn(advisor))).text();
    expect(html).toContain("Invite expired");
  });

  it("leaves links alone when only the name or the email's case changes", async () => {
    const { makeAccount, tokensOf } = await import("../fixtures");
    const { agency, advisor } = await makeAgency();
    const ana = await makeContact(agency.id, { firstName: "Ana", lastName: "Souza", email: "ana@example.com" });
    const account = (await makeAccount(agency.id, ana, "pending", advisor.id))!;
    await post(`/contacts/${ana.id}`, { firstName: "Anna", lastName: "Souza", email: "Ana@Example.com", phone: "" }, await signIn(advisor));
    expect((await tokensOf(account.id)).filter((t) => t.voided_at === null)).toHaveLength(1);
  });
});
