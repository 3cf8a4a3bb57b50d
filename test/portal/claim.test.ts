import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  accountOf,
  d1RoundTrips,
  dbSnapshot,
  eventsOf,
  eventually,
  get,
  kvReads,
  makeAgency,
  makeTraveler,
  outbox,
  post,
  tokensOf,
} from "../fixtures";
import { cookieFrom, GOOD_PASSWORD, portalSetUp, storeToken } from "./helpers";

const claim = (
  slug: string,
  token: string,
  password = GOOD_PASSWORD,
  confirm = password,
  headers: Record<string, string> = {},
) => post(`/portal/${slug}/claim/${token}`, { password, confirm }, undefined, headers);

describe("claim page", () => {
  it("shows a branded 'Set your password' page in one D1 query, no KV read, under 8 KB, without consuming the link", async () => {
    const { account, agency, slug } = await portalSetUp("pending");
    const token = await storeToken(agency.id, account.id);
    const res = await get(`/portal/${slug}/claim/${token}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Set your password");
    expect(html).toContain("Pride Travelers");
    expect(html).toContain("/theme.css?c=9d2463");
    expect(html).toContain('autocomplete="new-password"');
    expect(html).toContain("Use at least 12 characters");
    // No htmx: the page works without JavaScript; the one small script only adds "Show password".
    expect(html).not.toContain("htmx");
    expect(html.match(/<script/g) ?? []).toHaveLength(1);
    expect(html).toContain("/js/portal.js");
    expect(new TextEncoder().encode(html).length).toBeLessThan(8 * 1024);
    expect(d1RoundTrips(res)).toBe(1);
    expect(kvReads(res)).toBe(0);
    expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
    // Opening the link (mail scanners do) leaves it usable.
    const [stored] = await tokensOf(account.id).then((t) =>
      t.filter((x) => x.consumed_at === null && x.voided_at === null),
    );
    expect(stored).toBeDefined();
    expect((await claim(slug, token)).status).toBe(303);
  });

  it("says 'Choose a new password' for a reset link", async () => {
    const { account, agency, slug } = await portalSetUp("active");
    const token = await storeToken(agency.id, account.id, { purpose: "reset" });
    expect(await (await get(`/portal/${slug}/claim/${token}`)).text()).toContain("Choose a new password");
  });

  it.each([
    ["expired", { ageDays: 8 }],
    ["used", { consumed: true }],
    ["voided", { voided: true }],
  ] as const)("answers 410 for an %s link and changes nothing", async (_, opts) => {
    const { account, agency, slug } = await portalSetUp("pending");
    const token = await storeToken(agency.id, account.id, opts);
    const before = await dbSnapshot();
    const page = await get(`/portal/${slug}/claim/${token}`);
    expect(page.status).toBe(410);
    const html = await page.text();
    expect(html).toContain("That link is no longer valid.");
    expect(html).toContain(`href="/portal/${slug}/login"`);
    expect(html).toContain("Email me a fresh link");
    const posted = await claim(slug, token);
    expect(posted.status).toBe(410);
    expect(await dbSnapshot()).toEqual(before);
  });

  it("answers 410 for another agency's slug and an unknown token, changing nothing", async () => {
    const { account, agency } = await portalSetUp("pending");
    const other = await makeAgency();
    const token = await storeToken(agency.id, account.id);
    const before = await dbSnapshot();
    expect((await get(`/portal/${other.agency.portalSlug}/claim/${token}`)).status).toBe(410);
    expect((await claim(other.agency.portalSlug!, token)).status).toBe(410);
    expect((await get(`/portal/${agency.portalSlug}/claim/not-a-token`)).status).toBe(410);
    expect((await get(`/portal/${agency.portalSlug}/claim/${"A".repeat(43)}`)).status).toBe(410);
    expect(await dbSnapshot()).toEqual(before);
  });

  it("lets exactly one of two concurrent claims of the same link win, even within one millisecond", async () => {
    // Concurrent requests in workerd often share a millisecond: the winner is told apart by its claim id.
    for (let round = 0; round < 15; round++) {
      const { account, agency, slug } = await portalSetUp("pending");
      const token = await storeToken(agency.id, account.id);
      const results = await Promise.all([
        claim(slug, token, GOOD_PASSWORD, GOOD_PASSWORD, { "CF-Connecting-IP": `198.51.100.${round}` }),
        claim(slug, token, "another long passphrase here", "another long passphrase here", {
          "CF-Connecting-IP": `198.51.101.${round}`,
        }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([303, 410]);
      const claimed = (await eventsOf(account.id)).filter((e) => e.kind === "claimed");
      expect(claimed).toHaveLength(1);
    }
  });

  it("sets the password, activates the account, records the login and signs the client in after an invite claim", async () => {
    const { account, agency, slug, contact } = await portalSetUp("pending");
    const token = await storeToken(agency.id, account.id);
    const res = await claim(slug, token, GOOD_PASSWORD, GOOD_PASSWORD, {
      "User-Agent": "Mozilla/5.0 (iPhone) Safari/605",
      "CF-Connecting-IP": "203.0.113.9",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`/portal/${slug}`);
    const setCookie = res.headers.getSetCookie().find((h) => h.startsWith("__Host-trips_portal="))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Secure/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(Number(/Max-Age=(\d+)/.exec(setCookie)![1])).toBeLessThanOrEqual(30 * 86400);
    const after = await accountOf(contact.id);
    expect(after!.status).toBe("active");
    // Hashed with the configured cost (tests run a cheap one; test/unit/password.test.ts pins production).
    expect(after!.password_hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    const login = await env.DB.prepare("SELECT * FROM portal_logins WHERE account_id = ?")
      .bind(account.id)
      .first<{ outcome: string; ip: string; user_agent: string }>();
    expect(login).toMatchObject({
      outcome: "claimed",
      ip: "203.0.113.9",
      user_agent: "Mozilla/5.0 (iPhone) Safari/605",
    });
    const home = await get(`/portal/${slug}`, cookieFrom(res));
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Lisbon &amp; Porto food tour");
    // Single use: the same link is dead now.
    expect((await get(`/portal/${slug}/claim/${token}`)).status).toBe(410);
  });

  it.each([
    ["short", "eleven char", "Your password needs at least 12 characters."],
    ["long", "x".repeat(129), "Your password can be at most 128 characters."],
    ["common", "password1234", "That password is too common and easy to guess."],
    ["common with a year", "Sunshine2026!", "That password is too common and easy to guess."],
  ])("refuses a %s password with a clear message and stores nothing", async (_, password, message) => {
    const { account, agency, slug } = await portalSetUp("pending");
    const token = await storeToken(agency.id, account.id);
    const before = await dbSnapshot();
    const res = await claim(slug, token, password);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain(message);
    expect(await dbSnapshot()).toEqual(before);
  });

  it("refuses mismatched confirmation and keeps the link usable", async () => {
    const { account, agency, slug } = await portalSetUp("pending");
    const token = await storeToken(agency.id, account.id);
    const res = await claim(slug, token, GOOD_PASSWORD, `${GOOD_PASSWORD}!`);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("The two passwords don&#39;t match.");
    expect((await claim(slug, token)).status).toBe(303);
  });

  it("after a reset claim: no sign-in, other sessions revoked, a 'password changed' notice mailed", async () => {
    const { account, agency, slug, contact, advisor } = await portalSetUp("active");
    const { CLIENT_PASSWORD } = await import("../fixtures");
    const signIn = await post(`/portal/${slug}/login`, { email: contact.email!, password: CLIENT_PASSWORD });
    expect(signIn.status).toBe(303);
    const oldSession = cookieFrom(signIn);
    const token = await storeToken(agency.id, account.id, { purpose: "reset" });
    const res = await claim(slug, token);
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`/portal/${slug}/login?changed=1`);
    expect(res.headers.getSetCookie().some((h) => /^__Host-trips_portal=[^;]+;/.test(h) && !/Max-Age=0/.test(h))).toBe(
      false,
    );
    expect((await get(`/portal/${slug}`, oldSession)).status).toBe(303);
    // The notice goes through the mail queue; other tests' queued mail may land meanwhile, so
    // look for hers rather than count the outbox.
    const toHer = async () =>
      (await outbox()).filter(
        (m) => m.to_address === contact.email!.toLowerCase() && m.subject.includes("password was changed"),
      );
    const notices = await eventually(toHer, (m) => m.length > 0, 8000);
    expect(notices.map((m) => ({ subject: m.subject, to_address: m.to_address }))).toEqual([
      { subject: "Your Pride Travelers trip portal password was changed", to_address: contact.email!.toLowerCase() },
    ]);
    // A security notice nobody clicked: replies reach the agency, and it says how to reach it.
    expect(notices[0]!.reply_to).toBe(advisor.email);
    expect(notices[0]!.text).toContain(
      `If this wasn't you, contact Pride Travelers right away: reply to this email or write to ${advisor.email}.`,
    );
    expect((await post(`/portal/${slug}/login`, { email: contact.email!, password: GOOD_PASSWORD })).status).toBe(303);
    expect((await post(`/portal/${slug}/login`, { email: contact.email!, password: CLIENT_PASSWORD })).status).toBe(
      401,
    );
  });

  it("after a reset claim, the sign-in page says the password changed and has the email filled in, once, from a cookie rather than the URL", async () => {
    const { account, agency, slug, contact } = await portalSetUp("active");
    const token = await storeToken(agency.id, account.id, { purpose: "reset" });
    const res = await claim(slug, token);
    const location = res.headers.get("Location")!;
    expect(location).toBe(`/portal/${slug}/login?changed=1`);
    expect(location).not.toContain("@");
    const remembered = res.headers.getSetCookie().find((h) => h.startsWith("trips_portal_email="));
    expect(remembered).toMatch(new RegExp(`Path=/portal/${slug}/login;`));
    expect(remembered).toMatch(/Max-Age=300;.*HttpOnly; Secure; SameSite=Lax/);
    const cookie = remembered!.split(";")[0]!;

    const page = await get(location, cookie);
    const html = await page.text();
    expect(html).toContain("Password changed. Sign in with your new password.");
    expect(html).toContain(`value="${contact.email!.toLowerCase()}"`);
    expect(html).toMatch(/<input id="password"[^>]* autofocus/);
    // Read once: the cookie is cleared, and an invented one fills in nothing that isn't an address.
    expect(page.headers.getSetCookie().some((h) => /^trips_portal_email=;.*Max-Age=0/.test(h))).toBe(true);
    expect(await (await get(`/portal/${slug}/login`)).text()).not.toContain(contact.email!.toLowerCase());
    expect(await (await get(`/portal/${slug}/login`, "trips_portal_email=not-an-address")).text()).not.toContain(
      "not-an-address",
    );
  });

  it("after an invite claim, no email is remembered for the sign-in page (the client is signed in)", async () => {
    const { account, agency, slug } = await portalSetUp("pending");
    const token = await storeToken(agency.id, account.id, { purpose: "invite" });
    const res = await claim(slug, token);
    expect(res.status).toBe(303);
    expect(res.headers.getSetCookie().some((h) => h.startsWith("trips_portal_email="))).toBe(false);
  });

  it("accepts the claim form from a no-referrer page (Origin: null) only when Sec-Fetch-Site says same-origin", async () => {
    const { account, agency, slug } = await portalSetUp("pending");
    const token = await storeToken(agency.id, account.id);
    expect(
      (await claim(slug, token, GOOD_PASSWORD, GOOD_PASSWORD, { Origin: "null", "Sec-Fetch-Site": "cross-site" }))
        .status,
    ).toBe(403);
    expect(
      (await claim(slug, token, GOOD_PASSWORD, GOOD_PASSWORD, { Origin: "null", "Sec-Fetch-Site": "same-origin" }))
        .status,
    ).toBe(303);
  });
});

describe("the claim page in the traveler's language (SPEC §14)", () => {
  async function spanishTraveler() {
    const t = await makeTraveler("pending", { contact: { language: "es" } });
    const token = await storeToken(t.agency.id, t.account!.id);
    return { slug: t.agency.portalSlug!, token };
  }

  it("speaks a Spanish contact's Spanish, toggle and all, and refuses a weak password in Spanish", async () => {
    const { slug, token } = await spanishTraveler();
    const page = await get(`/portal/${slug}/claim/${token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="es"');
    expect(html).toContain("<title>Crea tu contraseña · Pride Travelers</title>");
    expect(html).toContain(
      "Te damos la bienvenida, Ana. Crea una contraseña para tu portal de viajes de Pride Travelers",
    );
    expect(html).toMatch(/Iniciarás sesión como <strong>[^<]+<\/strong>\. Este enlace funciona hasta el <time/);
    expect(html).toContain("Usa al menos 12 caracteres.");
    expect(html).toContain('data-reveal="Mostrar contraseñas"');
    expect(html).toContain("Crear contraseña y entrar");
    expect(html).not.toMatch(/Set your password|Welcome|New password|sign in as/);

    const weak = await claim(slug, token, "corta", "otra");
    expect(weak.status).toBe(422);
    const refused = await weak.text();
    expect(refused).toContain("Tu contraseña necesita al menos 12 caracteres.");
    expect(refused).toContain("Las dos contraseñas no coinciden.");
    // A field no one could have typed comes back to the same page, in Spanish too.
    const control = await claim(slug, token, "una frase larga\ncon salto de línea");
    expect(control.status).toBe(422);
    expect(await control.text()).toContain("No puede contener saltos de línea ni otros caracteres de control.");
  });

  it("shows the language picked with ?lang= instead, and keeps it when the form is refused", async () => {
    const { slug, token } = await spanishTraveler();
    const html = await (await get(`/portal/${slug}/claim/${token}?lang=de`)).text();
    expect(html).toContain("Passwort festlegen");
    expect(html).toContain(`action="/portal/${slug}/claim/${token}?lang=de"`);
    const weak = await post(`/portal/${slug}/claim/${token}?lang=de`, { password: "kurz", confirm: "kurz" });
    expect(weak.status).toBe(422);
    expect(await weak.text()).toContain("Ihr Passwort muss mindestens 12 Zeichen lang sein.");
  });

  it("says a dead link is dead in the visitor's language", async () => {
    const { agency } = await portalSetUp("pending");
    const html = await (await get(`/portal/${agency.portalSlug}/claim/not-a-token?lang=pt`)).text();
    expect(html).toContain("Esse link não é mais válido.");
    expect(html).toMatch(/Já criou uma senha\? <a href="[^"]+">Entre<\/a>\./);
    expect(html).toContain("Receber um novo link");
  });
});

describe("claim rate limit", () => {
  it("answers 429 with the branded page and the same words as elsewhere after too many attempts on one account's link", async () => {
    const { account, agency, slug } = await portalSetUp("pending");
    const token = await storeToken(agency.id, account.id);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await claim(slug, token, "short")).status);
    expect(statuses.slice(0, 10).every((s) => s === 422)).toBe(true);
    const limited = await claim(slug, token);
    expect(limited.status).toBe(429);
    const html = await limited.text();
    expect(html).toContain("Too many attempts. Wait a minute and try again.");
    expect(html).toContain("Pride Travelers");
    expect(html).toContain("<!doctype html>");
  });
});
