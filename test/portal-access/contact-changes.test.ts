// Archive and restore as lifecycle decisions through the routes: what changes, and that every
// refusal leaves D1 exactly as it was.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { sessionsRevokedBefore } from "../../src/sessions/revocation";
import {
  accountOf,
  dbSnapshot,
  eventsOf,
  get,
  makeAccount,
  makeAgency,
  makeContact,
  newestLinkDeadline,
  post,
  signIn,
  storedLinkDeadline,
  tokensOf,
} from "../fixtures";

async function flashAfter(res: Response, cookie: string) {
  const flash = res.headers.get("Set-Cookie")?.split(";")[0];
  return (await get(res.headers.get("Location") ?? "/", flash ? `${cookie}; ${flash}` : cookie)).text();
}

describe("archiving and restoring a contact", () => {
  it.each(["pending", "active"] as const)(
    "archiving a contact with %s access disables it by cascade, voids its links and signs the client out",
    async (state) => {
      const { agency, advisor } = await makeAgency();
      const contact = await makeContact(agency.id);
      const account = (await makeAccount(agency.id, contact, state, advisor.id))!;
      const cookie = await signIn(advisor);
      const res = await post(`/contacts/${contact.id}/archive`, {}, cookie);
      expect(res.status).toBe(303);
      expect(await flashAfter(res, cookie)).toContain("Contact archived. Their portal access is disabled.");
      expect(await accountOf(contact.id)).toMatchObject({ status: "disabled", disabled_why: "archived" });
      expect((await tokensOf(account.id)).filter((t) => t.consumed_at === null && t.voided_at === null)).toEqual([]);
      expect((await eventsOf(account.id)).at(-1)).toMatchObject({ kind: "archived_cascade" });
      expect(await sessionsRevokedBefore(env.SESSIONS, account.id)).not.toBeNull();
      expect(await storedLinkDeadline(account.id)).toEqual(await newestLinkDeadline(account.id));
    },
  );

  it("refuses to archive an archived contact, changing nothing", async () => {
    const { agency, advisor } = await makeAgency();
    const contact = await makeContact(agency.id, { archivedAt: new Date() });
    await makeAccount(agency.id, contact, "disabled", advisor.id);
    const cookie = await signIn(advisor);
    const before = await dbSnapshot();
    const res = await post(`/contacts/${contact.id}/archive`, {}, cookie);
    expect(await flashAfter(res, cookie)).toContain("Ana Souza was already archived.");
    expect(await dbSnapshot()).toEqual(before);
  });

  it("restoring gives no access back", async () => {
    const { agency, advisor } = await makeAgency();
    const contact = await makeContact(agency.id);
    await makeAccount(agency.id, contact, "active", advisor.id);
    const cookie = await signIn(advisor);
    await post(`/contacts/${contact.id}/archive`, {}, cookie);
    const res = await post(`/contacts/${contact.id}/restore`, {}, cookie);
    expect(await flashAfter(res, cookie)).toContain(
      "Contact restored. Portal access stays disabled until you re-enable it on the Access tab.",
    );
    expect(await accountOf(contact.id)).toMatchObject({ status: "disabled", disabled_why: "archived" });
  });

  it("refuses to restore a contact that is not archived, changing nothing", async () => {
    const { agency, advisor } = await makeAgency();
    const contact = await makeContact(agency.id);
    const cookie = await signIn(advisor);
    const before = await dbSnapshot();
    const res = await post(`/contacts/${contact.id}/restore`, {}, cookie);
    expect(await flashAfter(res, cookie)).toContain("Ana Souza is not archived.");
    expect(await dbSnapshot()).toEqual(before);
  });

  it.each(["archive", "restore"])("answers 404 to %s for another agency's contact, changing nothing", async (verb) => {
    const mine = await makeAgency();
    const theirs = await makeAgency();
    const contact = await makeContact(theirs.agency.id, verb === "restore" ? { archivedAt: new Date() } : {});
    const before = await dbSnapshot();
    expect((await post(`/contacts/${contact.id}/${verb}`, {}, await signIn(mine.advisor))).status).toBe(404);
    expect(await dbSnapshot()).toEqual(before);
  });
});
