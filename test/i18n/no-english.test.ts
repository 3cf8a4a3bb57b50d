/// <reference types="vite/client" />
// SPEC §14's check: every page a traveler sees and every portal email, rendered in Spanish,
// French, German and Portuguese, shows no English word outside names, addresses and the agency's
// own text. How: render each page (and email) twice from the same data, in English and in the
// other language; a word both renderings show is English left behind, unless the language's own
// catalog uses it too, the data holds it (names, trip titles, the agency's name), or ALLOWED
// below lists it with its reason. Text, titles, labels, hints, placeholders, button values and
// the words the page hands its scripts (data-* attributes, JSON) all count.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { portalPasskeys } from "../../src/db/schema";
import { formatClock, formatDate, formatExpiry, formatMoney, renderContext } from "../../src/i18n/format";
import { LOCALE_NAMES, LOCALES, type Locale } from "../../src/i18n/locales";
import { newId } from "../../src/lib/ids";
import { type PortalEmailKind, renderPortalEmail } from "../../src/mail/render";
import { CLIENT_PASSWORD, db, get, makeDocument, makeTraveler, post } from "../fixtures";
import { cookieFrom, storeToken } from "../portal/helpers";

/** Words a non-English page may share with the English one, each with its reason. */
const ALLOWED: Record<string, string> = {
  trips: "the product's name (“Sent by … through Trips”)",
  english: "the language links name each language in itself: English is English's own name",
  ok: "universal",
  pdf: "a file format's name",
  utc: "a time zone's name",
  gmt: "a time zone's name",
  ...Object.fromEntries(
    Object.values(LOCALE_NAMES).map((name) => [name.toLowerCase(), "a language link names its language in itself"]),
  ),
};

const DATA = {
  agency: "Pride Travelers",
  firstName: "Hana",
  lastName: "Watanabe",
  email: "hana.watanabe@example.com",
  advisor: "Pat Rivera",
  trip: "Kyoto Autumn Leaves",
  destination: "Kyoto, Japan",
  document: "Deposit invoice",
  line: "Ryokan deposit",
  passkey: "Hana's iPhone",
};

// Links are addresses, not words.
const words = (text: string) =>
  new Set(
    (
      text
        .replace(/https?:\/\/\S+/g, " ")
        .toLowerCase()
        .match(/\p{L}[\p{L}'’-]*/gu) ?? []
    )
      .flatMap((w) => w.split(/['’-]/))
      .filter((w) => w.length > 1),
  );

/** What a reader (or a screen reader, or the page's scripts) gets of an HTML page, as text. */
function readable(html: string): string {
  // Words in attributes people or scripts read; not URLs, ids or the codes a button posts.
  const attrs = [...html.matchAll(/\s(?:aria-label|title|placeholder|alt|data-[\w-]+)="([^"]*)"/g)]
    .map((x) => x[1]!)
    .filter((v) => !/^(\/|https?:|true$|false$)/.test(v));
  const buttons = [...html.matchAll(/<input[^>]*type="(?:submit|button)"[^>]*value="([^"]*)"/g)].map((x) => x[1]);
  const json = [...html.matchAll(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g)].map((x) => x[1]);
  const text = html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<[^>]+>/g, " ");
  return [text, ...attrs, ...buttons, ...json]
    .join(" ")
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&nbsp;/g, " ");
}

// workerd has no file system: Vite bundles the catalogs in.
const CATALOGS = import.meta.glob("../../messages/*/*.json", { eager: true, import: "default" });

/** Every word a language's catalogs use (its own words, even where English has the same one). */
function catalogWords(locale: Locale): Set<string> {
  const all = Object.entries(CATALOGS)
    .filter(([path]) => path.endsWith(`/${locale}.json`))
    // The messages' words only: keys and the plural rules' syntax are English too.
    .flatMap(([, catalog]) =>
      Object.entries(catalog as Record<string, unknown>)
        .filter(([key]) => key !== "$schema")
        .flatMap(([, message]) =>
          typeof message === "string"
            ? [message]
            : (message as { match: Record<string, string> }[]).flatMap((v) => Object.values(v.match)),
        ),
    );
  expect(all.length).toBeGreaterThan(0);
  return words(all.join(" ").replace(/\{\w+\}/g, " "));
}

const dataWords = words(Object.values(DATA).join(" "));

/** The words Intl writes in that language for the dates, times, zones and money these pages show. */
function intlWords(locale: Locale): Set<string> {
  const rc = renderContext(locale, "Europe/Madrid");
  const at = new Date("2026-12-13T19:30:00Z");
  const months = Array.from({ length: 12 }, (_, i) => formatDate(rc, new Date(Date.UTC(2026, i, 15))));
  return words([formatExpiry(rc, at), formatClock(rc, at), ...months, formatMoney(rc, 250000, "EUR")].join(" "));
}

function englishLeftIn(english: string, other: string, locale: Locale, data = dataWords): string[] {
  const own = new Set([...catalogWords(locale), ...intlWords(locale)]);
  const theirs = words(other);
  return [...words(english)]
    .filter((w) => theirs.has(w) && !own.has(w) && !data.has(w) && !dataWords.has(w) && !(w in ALLOWED))
    .sort();
}

/** One traveler per language, signed in, with a shared document, a passkey and live links. */
async function travelerIn(locale: Locale) {
  const t = await makeTraveler("active", {
    agency: { name: DATA.agency, timeZone: "Europe/Madrid" },
    contact: {
      firstName: DATA.firstName,
      lastName: DATA.lastName,
      email: `${locale}.${DATA.email}`,
      language: locale,
    },
    trip: { title: DATA.trip, destination: DATA.destination, startsOn: "2027-10-02", endsOn: "2027-10-12" },
  });
  const slug = t.agency.portalSlug!;
  const doc = await makeDocument(t.agency.id, t.trip.id, {
    title: DATA.document,
    amountCents: 250000,
    currency: "EUR",
    lineItems: [{ label: DATA.line, amountCents: 250000 }],
    firstSharedAt: new Date("2026-11-14T12:00:00Z"),
    firstSharedBy: t.advisor.id,
  });
  await db.insert(portalPasskeys).values({
    id: newId("pky"),
    agencyId: t.agency.id,
    accountId: t.account!.id,
    publicKey: "x",
    algorithm: -7,
    counter: 0,
    name: DATA.passkey,
    transports: null,
    createdAt: new Date(Date.now() - 3 * 86_400_000),
    lastUsedAt: new Date(Date.now() - 3_600_000),
  });
  const session = cookieFrom(
    await post(`/portal/${slug}/login`, { email: t.contact.email!, password: CLIENT_PASSWORD }),
  );
  const invite = await storeToken(t.agency.id, t.account!.id, { purpose: "reset" });
  return { ...t, slug, session, doc, invite };
}

type Traveler = Awaited<ReturnType<typeof travelerIn>>;

/** Every page a traveler can see, as (name, response) for one traveler in their language. */
const PAGES: Record<string, (t: Traveler, lang: Locale) => Promise<Response>> = {
  "sign-in": (t, lang) => get(`/portal/${t.slug}/login?lang=${lang}`),
  "sign-in, wrong password": (t, lang) =>
    post(`/portal/${t.slug}/login?lang=${lang}`, { email: t.contact.email!, password: "not the password at all" }),
  "sign-in, bad form": (t, lang) => post(`/portal/${t.slug}/login?lang=${lang}`, { email: "nope", password: "" }),
  "sign-in after a password change": (t, lang) => get(`/portal/${t.slug}/login?changed=1&lang=${lang}`),
  "sign-in, session expired": (t, lang) => get(`/portal/${t.slug}/login?expired=1&lang=${lang}`),
  "sign-in, access off": (t, lang) => get(`/portal/${t.slug}/login?off=1&lang=${lang}`),
  forgot: (t, lang) => get(`/portal/${t.slug}/forgot?lang=${lang}`),
  "forgot, sent": (t, lang) => post(`/portal/${t.slug}/forgot?lang=${lang}`, { email: `someone-${lang}@example.com` }),
  "sign-in code": (t, lang) => get(`/portal/${t.slug}/login/code?lang=${lang}`),
  "sign-in code, sent": async (t, lang) => {
    // The send answers with a redirect to the code page, which remembers the address in a cookie.
    const sent = await post(`/portal/${t.slug}/login/code/send?lang=${lang}`, { email: `nobody-${lang}@example.com` });
    const cookies = sent.headers.getSetCookie().map((c) => c.split(";")[0]);
    return get(
      sent.headers.get("Location") ?? `/portal/${t.slug}/login/code`,
      [...cookies, `portal_lang=${lang}`].join("; "),
    );
  },
  "sign-in code, wrong": (t, lang) =>
    post(`/portal/${t.slug}/login/code?lang=${lang}`, { email: `nobody-${lang}@example.com`, code: "000000" }),
  "claim (reset)": (t, lang) => get(`/portal/${t.slug}/claim/${t.invite}?lang=${lang}`),
  "claim, weak password": (t, lang) =>
    post(`/portal/${t.slug}/claim/${t.invite}?lang=${lang}`, { password: "short", confirm: "other" }),
  "link no longer valid (410)": (t, lang) => get(`/portal/${t.slug}/claim/not-a-live-link-token-at-all?lang=${lang}`),
  "portal 404": (t, lang) => get(`/portal/${t.slug}/no-such-page?lang=${lang}`, `portal_lang=${lang}`),
  home: (t) => get(`/portal/${t.slug}`, t.session),
  "home, one trip": (t) => get(`/portal/${t.slug}?trip=${t.trip.id}`, t.session),
  document: (t) => get(`/portal/${t.slug}/documents/${t.doc.id}`, t.session),
  "sign-in & security": (t) => get(`/portal/${t.slug}/security`, t.session),
  "sign-in & security, passkey added": (t) => get(`/portal/${t.slug}/security?added=1`, t.session),
  "sign-in & security, wrong current password": (t) =>
    post(
      `/portal/${t.slug}/security/password`,
      { current: "wrong one entirely", password: "a long new password here", confirm: "a long new password here" },
      t.session,
    ),
};

/** Signed-in pages follow the contact's language: render the English twin by switching it. */
async function setContactLanguage(t: Traveler, locale: Locale) {
  await env.DB.prepare("UPDATE contacts SET language = ? WHERE id = ?").bind(locale, t.contact.id).run();
}

describe("no English left on a traveler's pages", () => {
  for (const locale of LOCALES.filter((l) => l !== "en")) {
    it(`in ${locale}`, async () => {
      const t = await travelerIn(locale);
      const leftovers: Record<string, string[]> = {};
      for (const [name, page] of Object.entries(PAGES)) {
        await setContactLanguage(t, "en");
        const english = await page(t, "en");
        await setContactLanguage(t, locale);
        const other = await page(t, locale);
        expect(other.status, `${name} (${locale})`).toBe(english.status);
        const html = await other.text();
        expect(html, `${name} (${locale})`).toMatch(new RegExp(`<html lang="${locale === "pt" ? "pt-BR" : locale}"`));
        // The fixture's own words: the advisor's name and address, the portal's address, the
        // addresses typed into the forms.
        const fixture = words(
          [t.advisor.name, t.advisor.email, t.slug, `someone-${locale} nobody-${locale} example com`].join(" "),
        );
        const left = englishLeftIn(readable(await english.text()), readable(html), locale, fixture);
        if (left.length) leftovers[name] = left;
      }
      expect(leftovers).toEqual({});
    }, 120_000);
  }
});

describe("no English left in a traveler's emails", () => {
  const KINDS: PortalEmailKind[] = ["invite", "reset", "reminder", "password_changed", "fresh_link", "sign_in_code"];
  const render = (kind: PortalEmailKind, locale: Locale) =>
    renderPortalEmail(kind, {
      locale,
      branding: {
        agencyName: DATA.agency,
        brandColor: "#1f6f78",
        logoUrl: null,
        timeZone: "Europe/Madrid",
        contactEmail: "pat@pridetravelers.example",
      },
      baseUrl: "https://portal.test",
      url: "https://portal.test/portal/pride/claim/abc",
      firstName: DATA.firstName,
      advisorName: DATA.advisor,
      expiresAt: new Date("2026-12-13T19:30:00Z"),
      code: { code: "123456", expiresAt: new Date("2026-12-06T19:40:00Z") },
    });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    it(`in ${locale}`, () => {
      const leftovers: Record<string, string[]> = {};
      for (const kind of KINDS) {
        const english = render(kind, "en");
        const other = render(kind, locale);
        expect(other.html, kind).toMatch(new RegExp(`<html lang="${locale === "pt" ? "pt-BR" : locale}"`));
        for (const part of ["subject", "html", "text"] as const) {
          const read = (s: string) => (part === "html" ? readable(s) : s);
          const left = englishLeftIn(read(english[part]), read(other[part]), locale).filter(
            (w) => !words("pat pridetravelers example portal test pride claim abc").has(w),
          );
          if (left.length) leftovers[`${kind} ${part}`] = left;
        }
      }
      expect(leftovers).toEqual({});
    });
  }
});
