// Which language the traveler gets (SPEC §14): an email uses the contact's language, else the
// agency's; a page for a known traveler (claim, signed in) the same; a page before we know who
// (sign-in, forgot, code) the agency's, or the one picked with ?lang=, remembered in a cookie; a
// signed-in pick is saved on the contact. The advisor chooses both on the dashboard, where bad
// input gets a clear message and changes nothing.
import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agencies, contacts } from "../../src/db/schema";
import { sendDueReminders } from "../../src/portal-access/reminders";
import {
  CLIENT_PASSWORD,
  claimTokenFrom,
  d1RoundTrips,
  db,
  dbSnapshot,
  get,
  makeContact,
  makeSignedInAgency,
  makeTraveler,
  portalMail,
  post,
  tokensOf,
} from "../fixtures";
import { cookieFrom, portalSetUp, storeToken } from "../portal/helpers";
import { capturingQueue, deliver, queuedDeps } from "../queues/helpers";

const htmlLang = async (res: Response) => /<html lang="([^"]+)"/.exec(await res.text())?.[1];

async function contactLanguage(contactId: string) {
  const [row] = await db.select({ language: contacts.language }).from(contacts).where(eq(contacts.id, contactId));
  return row?.language ?? null;
}

describe("a page for a known traveler", () => {
  it("claims in the contact's language, else in the agency's", async () => {
    const spanish = await makeTraveler("pending", { agency: { portalLanguage: "fr" }, contact: { language: "es" } });
    const token = await storeToken(spanish.agency.id, spanish.account!.id);
    expect(await htmlLang(await get(`/portal/${spanish.agency.portalSlug}/claim/${token}`))).toBe("es");

    const noLanguage = await makeTraveler("pending", { agency: { portalLanguage: "fr" } });
    const token2 = await storeToken(noLanguage.agency.id, noLanguage.account!.id);
    expect(await htmlLang(await get(`/portal/${noLanguage.agency.portalSlug}/claim/${token2}`))).toBe("fr");
  });

  it("keeps the claim page to one D1 round trip in any language", async () => {
    const t = await makeTraveler("pending", { contact: { language: "de" } });
    const token = await storeToken(t.agency.id, t.account!.id);
    const res = await get(`/portal/${t.agency.portalSlug}/claim/${token}`);
    expect(d1RoundTrips(res)).toBe(1);
    expect(await htmlLang(res)).toBe("de");
  });

  it("shows the signed-in portal in the contact's language and saves a pick there", async () => {
    const t = await makeTraveler("active", { agency: { portalLanguage: "pt" } });
    const slug = t.agency.portalSlug!;
    const session = cookieFrom(
      await post(`/portal/${slug}/login`, { email: t.contact.email!, password: CLIENT_PASSWORD }),
    );
    expect(await htmlLang(await get(`/portal/${slug}`, session))).toBe("pt-BR");

    const picked = await post(`/portal/${slug}/language`, { lang: "de", back: `/portal/${slug}/security` }, session);
    expect(picked.status).toBe(303);
    expect(picked.headers.get("Location")).toBe(`/portal/${slug}/security`);
    expect(await contactLanguage(t.contact.id)).toBe("de");
    expect(await htmlLang(await get(`/portal/${slug}`, session))).toBe("de");
  });

  it("refuses a language that isn't one of the five, changing nothing, and never sends anyone elsewhere", async () => {
    const t = await makeTraveler("active", { contact: { language: "es" } });
    const slug = t.agency.portalSlug!;
    const session = cookieFrom(
      await post(`/portal/${slug}/login`, { email: t.contact.email!, password: CLIENT_PASSWORD }),
    );
    const before = await dbSnapshot();
    const bad = await post(`/portal/${slug}/language`, { lang: "xx" }, session);
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Choose one of the languages offered.");
    expect(await dbSnapshot()).toEqual(before);

    for (const back of ["https://evil.example/", "//evil.example/x", "/portal/other-agency", "/settings"]) {
      const res = await post(`/portal/${slug}/language`, { lang: "fr", back }, session);
      expect(res.headers.get("Location")).toBe(`/portal/${slug}`);
    }
  });

  it("saves nothing on another agency's portal with this agency's session", async () => {
    const t = await makeTraveler("active", { contact: { language: "es" } });
    const other = await makeTraveler("active", { contact: { language: "fr" } });
    const slug = t.agency.portalSlug!;
    const session = cookieFrom(
      await post(`/portal/${slug}/login`, { email: t.contact.email!, password: CLIENT_PASSWORD }),
    );
    const res = await post(`/portal/${other.agency.portalSlug}/language`, { lang: "de" }, session);
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toContain(`/portal/${other.agency.portalSlug}/login`);
    expect(await contactLanguage(t.contact.id)).toBe("es");
    expect(await contactLanguage(other.contact.id)).toBe("fr");
  });

  it("saves nothing without a session", async () => {
    const t = await makeTraveler("active", { contact: { language: "es" } });
    const res = await post(`/portal/${t.agency.portalSlug}/language`, { lang: "de" });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toContain("/login");
    expect(await contactLanguage(t.contact.id)).toBe("es");
  });
});

describe("a page before we know who", () => {
  it("uses the agency's language, a ?lang= pick (remembered in a cookie), and ignores anything else", async () => {
    const { agency } = await makeSignedInAgency({ portalLanguage: "fr" });
    const login = `/portal/${agency.portalSlug}/login`;
    expect(await htmlLang(await get(login))).toBe("fr");

    const picked = await get(`${login}?lang=de`);
    expect(await htmlLang(picked.clone())).toBe("de");
    const cookie = picked.headers.getSetCookie().find((h) => h.startsWith("portal_lang="));
    expect(cookie).toMatch(/^portal_lang=de;.*Path=\/portal/);
    const remembered = cookie!.split(";")[0]!;

    for (const path of [login, `/portal/${agency.portalSlug}/forgot`, `/portal/${agency.portalSlug}/login/code`])
      expect(await htmlLang(await get(path, remembered)), path).toBe("de");

    expect(await htmlLang(await get(`${login}?lang=klingon`))).toBe("fr");
    expect(await htmlLang(await get(login, "portal_lang=<script>"))).toBe("fr");
  });

  it("offers the other languages as plain links, each named in its own language", async () => {
    const { agency } = await makeSignedInAgency();
    const html = await (await get(`/portal/${agency.portalSlug}/login`)).text();
    expect(html).toContain('<span aria-current="true" lang="en">English</span>');
    for (const [code, lang, name] of [
      ["es", "es", "Español"],
      ["fr", "fr", "Français"],
      ["de", "de", "Deutsch"],
      ["pt", "pt-BR", "Português"],
    ])
      expect(html).toContain(`<a href="?lang=${code}" hreflang="${lang}" lang="${lang}">${name}</a>`);
  });
});

describe("email", () => {
  it("reaches a Spanish-speaking contact in Spanish through the queue, and others in the agency's language", async () => {
    const { agency, cookie } = await makeSignedInAgency({ portalLanguage: "de" });
    const spanish = await makeContact(agency.id, { firstName: "Lucía", language: "es" });
    const german = await makeContact(agency.id, { firstName: "Jonas" });
    for (const c of [spanish, german]) {
      const res = await post(`/contacts/${c.id}/access/invite`, {}, cookie);
      expect(res.status).toBeLessThan(400);
    }
    const [toLucia] = await portalMail(agency.portalSlug!, spanish.email!);
    const [toJonas] = await portalMail(agency.portalSlug!, german.email!);
    expect(toLucia?.html).toContain('<html lang="es"');
    expect(toJonas?.html).toContain('<html lang="de"');

    // The link in the Spanish email opens a Spanish claim page.
    const claim = await get(`/portal/${agency.portalSlug}/claim/${claimTokenFrom(toLucia!.text)}`);
    expect(await htmlLang(claim)).toBe("es");
  });
});

describe("mail the cron sends, with no request to ask", () => {
  it("reminds a German-speaking contact in German, at an agency whose default is French", async () => {
    const t = await makeTraveler("pending", {
      agency: { remindBeforeExpiry: true, portalLanguage: "fr" },
      contact: { language: "de" },
    });
    const [token] = await tokensOf(t.account!.id);
    const queue = capturingQueue();
    await sendDueReminders(queuedDeps(queue), new Date(Number(token!.expires_at) - 23 * 60 * 60_000));
    await deliver(queue.messages.filter((m) => m.sealedLink));
    const [mail] = await portalMail(t.agency.portalSlug!, t.contact.email!);
    expect(mail?.subject).toBe("Erinnerung: Ihr Reiseportal von Pride Travelers wartet auf Sie");
    expect(mail?.html).toContain('<html lang="de"');
  });
});

describe("the advisor's choices", () => {
  it("shows the traveler's language on the Access tab, and whose default it is", async () => {
    const { agency, cookie } = await makeSignedInAgency({ portalLanguage: "fr" });
    const own = await makeContact(agency.id, { language: "pt" });
    const byDefault = await makeContact(agency.id);
    const ownTab = await (await get(`/contacts/${own.id}/access`, cookie)).text();
    expect(ownTab).toMatch(/Portal and emails in <strong>Portuguese<\/strong>\./);
    const defaultTab = await (await get(`/contacts/${byDefault.id}/access`, cookie)).text();
    expect(defaultTab).toMatch(/Portal and emails in <strong>French<\/strong> \(the agency&#39;s default\)\./);
  });

  it("saves a contact's language and the agency's portal language", async () => {
    const { agency, cookie } = await makeSignedInAgency();
    const contact = await makeContact(agency.id, { firstName: "Ana", lastName: "Souza" });
    const saved = await post(
      `/contacts/${contact.id}`,
      { firstName: "Ana", lastName: "Souza", email: contact.email!, phone: "", language: "pt" },
      cookie,
    );
    expect(saved.status).toBe(303);
    expect(await contactLanguage(contact.id)).toBe("pt");
    await post(
      `/contacts/${contact.id}`,
      { firstName: "Ana", lastName: "Souza", email: contact.email!, phone: "", language: "" },
      cookie,
    );
    expect(await contactLanguage(contact.id)).toBeNull();

    const settings = await post("/settings/portal", { portalLanguage: "es" }, cookie);
    expect(settings.status).toBe(303);
    const [row] = await db.select({ l: agencies.portalLanguage }).from(agencies).where(eq(agencies.id, agency.id));
    expect(row?.l).toBe("es");
    const info = await (await get(`/contacts/${contact.id}`, cookie)).text();
    expect(info).toContain('<option value="" selected="">Agency default (Spanish)</option>');
  });

  it("refuses a language that isn't one of the five with a clear message, changing nothing", async () => {
    const { agency, cookie } = await makeSignedInAgency({ portalLanguage: "de" });
    const contact = await makeContact(agency.id, { firstName: "Ana", lastName: "Souza", language: "fr" });
    const before = await dbSnapshot();
    const badContact = await post(
      `/contacts/${contact.id}`,
      { firstName: "Ana", lastName: "Souza", email: contact.email!, phone: "", language: "it" },
      cookie,
    );
    expect(badContact.status).toBe(422);
    expect(await badContact.text()).toContain("Choose Agency default or one of the five portal languages.");
    const badAgency = await post("/settings/portal", { portalLanguage: "en-GB" }, cookie);
    expect(badAgency.status).toBe(422);
    expect(await badAgency.text()).toContain("Choose one of the five portal languages.");
    expect(await dbSnapshot()).toEqual(before);
    // And D1 itself refuses what no form would send.
    await expect(
      env.DB.prepare("UPDATE contacts SET language = 'xx' WHERE id = ?").bind(contact.id).run(),
    ).rejects.toThrow(/CHECK/);
  });
});

describe("a reset's claim page", () => {
  it("follows a ?lang= pick on the claim page itself", async () => {
    const t = await portalSetUp("active");
    const token = await storeToken(t.agency.id, t.account.id, { purpose: "reset" });
    expect(await htmlLang(await get(`/portal/${t.slug}/claim/${token}?lang=fr`))).toBe("fr");
  });
});
