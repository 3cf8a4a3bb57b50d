import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import {
  CLIENT_PASSWORD,
  d1RoundTrips,
  dbSnapshot,
  eventually,
  get,
  makeAgency,
  makeContact,
  outbox,
  post,
  signIn,
  tokensOf,
} from "../fixtures";
import { cookieFrom, GOOD_PASSWORD, portalSetUp, storeToken } from "./helpers";

async function clientSignIn(slug: string, email: string, password = CLIENT_PASSWORD) {
  return post(`/portal/${slug}/login`, { email, password });
}

describe("client sessions", () => {
  it("signs an active client in and shows their trips and shared documents only", async () => {
    const { slug, contact, agency, trip } = await portalSetUp("active");
    await env.DB.prepare(
      "INSERT INTO trip_documents (id, agency_id, trip_id, kind, title, amount_cents, currency, first_shared_at, created_at) VALUES ('doc_shared', ?1, ?2, 'invoice', 'Invoice INV-1042', 485000, 'USD', ?3, ?3), ('doc_unshared', ?1, ?2, 'proposal', 'Draft proposal', 100, 'USD', NULL, ?3)",
    )
      .bind(agency.id, trip.id, Date.now())
      .run();
    const res = await clientSignIn(slug, contact.email!.toUpperCase());
    expect(res.status).toBe(303);
    const home = await get(`/portal/${slug}`, cookieFrom(res));
    const html = await home.text();
    expect(html).toContain("Hi Ana");
    expect(html).toContain("Invoice INV-1042");
    expect(html).toContain("$4,850.00");
    expect(html).not.toContain("Draft proposal");
    expect(d1RoundTrips(home)).toBe(1);
  });

  it("signs the client out on the next request after Disable access; Re-enable only lets the same password in again", async () => {
    const { slug, contact, advisor } = await portalSetUp("active");
    const session = cookieFrom(await clientSignIn(slug, contact.email!));
    expect((await get(`/portal/${slug}`, session)).status).toBe(200);

    const advisorCookie = await signIn(advisor);
    expect(
      (await post(`/contacts/${contact.id}/access/disable`, {}, advisorCookie, { "HX-Request": "true" })).status,
    ).toBe(200);
    const after = await get(`/portal/${slug}`, session);
    expect(after.status).toBe(303);
    // The sign-in page they land on says why.
    expect(after.headers.get("Location")).toBe(`/portal/${slug}/login?off=1`);
    expect(await (await get(after.headers.get("Location")!)).text()).toContain(
      "Your portal access is turned off. Contact Pride Travelers to restore it.",
    );
    // The right password for a disabled account gets the wrong password's answer (SPEC §13).
    const refused = await clientSignIn(slug, contact.email!);
    expect(refused.status).toBe(401);
    const refusedPage = await refused.text();
    expect(refusedPage).toContain("That email and password don&#39;t match.");
    expect(refusedPage).not.toContain("turned off");

    expect(
      (await post(`/contacts/${contact.id}/access/reenable`, {}, advisorCookie, { "HX-Request": "true" })).status,
    ).toBe(200);
    const again = await clientSignIn(slug, contact.email!);
    expect(again.status).toBe(303);
    expect((await get(`/portal/${slug}`, cookieFrom(again))).status).toBe(200);
  });

  it("refuses a disabled client from D1 even when KV has not caught up", async () => {
    const { slug, contact } = await portalSetUp("active");
    const session = cookieFrom(await clientSignIn(slug, contact.email!));
    // Disabled straight in D1, with no KV flag written: the home page's query still refuses.
    await env.DB.prepare("UPDATE portal_accounts SET status = 'disabled' WHERE contact_id = ?").bind(contact.id).run();
    expect((await get(`/portal/${slug}`, session)).status).toBe(303);
  });

  it("after Reactivate & reinvite the old password no longer works", async () => {
    const { slug, contact, advisor } = await portalSetUp("disabled");
    const advisorCookie = await signIn(advisor);
    expect(
      (await post(`/contacts/${contact.id}/access/reactivate`, {}, advisorCookie, { "HX-Request": "true" })).status,
    ).toBe(200);
    const res = await clientSignIn(slug, contact.email!);
    expect(res.status).toBe(401);
  });

  it("does not let a session for one agency's portal into another's", async () => {
    const { slug, contact } = await portalSetUp("active");
    const other = await makeAgency();
    const session = cookieFrom(await clientSignIn(slug, contact.email!));
    expect((await get(`/portal/${other.agency.portalSlug}`, session)).status).toBe(303);
  });

  it("records every sign-in attempt for the Access tab", async () => {
    const { slug, contact, account } = await portalSetUp("active");
    await clientSignIn(slug, contact.email!, "wrong password entirely");
    await clientSignIn(slug, contact.email!);
    const read = async () =>
      (
        await env.DB.prepare("SELECT outcome FROM portal_logins WHERE account_id = ? ORDER BY at, rowid")
          .bind(account.id)
          .all<{ outcome: string }>()
      ).results;
    const results = await eventually(read, (r) => r.length >= 2);
    expect(results.map((r) => r.outcome)).toEqual(["wrong_password", "success"]);
  });

  it("throttles guesses at one account from unknown browsers with backoff, in the same words as elsewhere", async () => {
    const { slug, contact } = await portalSetUp("active");
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await clientSignIn(slug, contact.email!, `wrong password number ${i}`)).status);
    // Five free failures; the fifth starts a one-second wait, so the sixth is throttled.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const throttled = await clientSignIn(slug, contact.email!);
    expect(throttled.status).toBe(429);
    expect(await throttled.text()).toContain("Too many attempts. Wait a minute and try again.");
    // A backoff, not a wall: once the wait is over, the right password gets in again.
    await new Promise((r) => setTimeout(r, 1100));
    expect((await clientSignIn(slug, contact.email!)).status).toBe(303);
  });

  it("answers forgot-password identically for an existing and an unknown email, and mails only the real one", async () => {
    const { slug, contact, account } = await portalSetUp("active");
    const mailBefore = (await outbox()).length;
    const known = await post(`/portal/${slug}/forgot`, { email: contact.email! });
    const unknown = await post(`/portal/${slug}/forgot`, { email: "nobody-here@example.com" });
    expect(known.status).toBe(unknown.status);
    expect(known.status).toBe(200);
    const [a, b] = [await known.text(), await unknown.text()];
    // The same words either way; only the address each one typed is repeated back.
    const withoutAddress = (html: string) => html.replace(/<span class="email-address">.*?<\/span>/g, "ADDRESS");
    expect(withoutAddress(a)).toBe(withoutAddress(b));
    expect(b).toContain('<span class="email-address">nobody-here<wbr/>@example.com</span>');
    const words = a.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
    expect(words).toContain(
      `If ${contact.email!.toLowerCase()} has access to this portal, a link is on its way to it.`,
    );
    expect(words).toMatch(/The link works once and expires in 7 days, on [A-Z][a-z]{2} \d{1,2}, \d{4}\./);
    expect(words).toContain("Check your spam or junk folder");
    const mail = await eventually(outbox, (m) => m.length > mailBefore);
    expect(mail).toHaveLength(mailBefore + 1);
    expect(mail.at(-1)!.subject).toContain("Your link to the");
    expect(
      (
        await eventually(
          () => tokensOf(account.id),
          (t) => t.length > 1,
        )
      ).at(-1)!.purpose,
    ).toBe("reset");
  });

  it("sends a pending client a fresh invite from the 'Email me a fresh link' form", async () => {
    const { slug, contact, account } = await portalSetUp("expired");
    const res = await post(`/portal/${slug}/forgot`, { email: contact.email! });
    expect(res.status).toBe(200);
    const tokens = await eventually(
      () => tokensOf(account.id),
      (t) => t.length > 1,
    );
    expect(tokens.at(-1)!.purpose).toBe("invite");
    expect(tokens.at(-1)!.expires_at).toBeGreaterThan(Date.now());
    // Asking for a fresh link is not an invitation: who invited them, and when, stays as it was.
    const after = await env.DB.prepare("SELECT invited_by, invited_at FROM portal_accounts WHERE id = ?")
      .bind(account.id)
      .first();
    expect(after).toEqual({ invited_by: account.invitedBy, invited_at: account.invitedAt!.getTime() });
  });

  it("answers a malformed forgot-password email with a clear message and changes nothing", async () => {
    const { slug } = await portalSetUp("active");
    const before = await dbSnapshot();
    const res = await post(`/portal/${slug}/forgot`, { email: "not an email" });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Enter the email address your advisor has on file.");
    expect(await dbSnapshot()).toEqual(before);
  });

  it("shows a 404 for a portal slug no agency has", async () => {
    expect((await get("/portal/no-such-agency/login")).status).toBe(404);
  });

  it("never lets a disabled contact's other-agency twin sign in with the same email", async () => {
    const first = await portalSetUp("active");
    const otherAgency = await makeAgency();
    await makeContact(otherAgency.agency.id, { email: first.contact.email });
    expect((await clientSignIn(otherAgency.agency.portalSlug!, first.contact.email!)).status).toBe(401);
  });
});

describe("the sign-in page in the visitor's language (SPEC §14)", () => {
  const GERMAN = "portal_lang=de";

  it("speaks German after ?lang=de, remembers it in a cookie, and refuses bad input in German", async () => {
    const { slug, contact } = await portalSetUp("active");
    const page = await get(`/portal/${slug}/login?lang=de`);
    expect(page.status).toBe(200);
    const cookie = page.headers.getSetCookie().find((h) => h.startsWith("portal_lang="));
    expect(cookie).toMatch(/^portal_lang=de;/);
    expect(cookie).toMatch(/HttpOnly/i);
    const html = await page.text();
    expect(html).toContain('<html lang="de"');
    expect(html).toContain("<title>Anmelden · Pride Travelers</title>");
    expect(html).toContain("Melden Sie sich bei Ihrem Reiseportal an");
    expect(html).toContain('<label for="email">E-Mail-Adresse</label>');
    expect(html).toContain("Anmeldecode zusenden");
    expect(html).toContain("Mit Passkey anmelden");
    expect(html).toContain("Passwort vergessen?");
    // The passkey script's status words come with the page, in its language.
    expect(html).toContain('data-passkey-failed="Es wurde kein Passkey verwendet.');
    expect(html).not.toMatch(/Sign in|Email me|Forgot password/);

    const wrong = await post(`/portal/${slug}/login`, { email: contact.email!, password: "not it at all" }, GERMAN);
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain("E-Mail-Adresse und Passwort passen nicht zusammen.");
    const empty = await post(`/portal/${slug}/login`, { email: "", password: "" }, GERMAN);
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain("Geben Sie Ihre E-Mail-Adresse ein.");
    const notAnEmail = await post(`/portal/${slug}/forgot`, { email: "not an email" }, GERMAN);
    expect(notAnEmail.status).toBe(422);
    expect(await notAnEmail.text()).toContain("Geben Sie die E-Mail-Adresse ein, die Ihr Reisebüro von Ihnen hat.");
    // A field no one could have typed: the shared check's words, in German too.
    const control = await post(`/portal/${slug}/login`, { email: "a@b.example\r\nBcc: x", password: "x" }, GERMAN);
    expect(control.status).toBe(422);
    expect(await control.text()).toContain("Dieses Feld darf keine Zeilenumbrüche");
  });

  it("says why the client is back on the sign-in page, and throttles, in German", async () => {
    const { slug, contact } = await portalSetUp("active");
    expect(await (await get(`/portal/${slug}/login?expired=1`, GERMAN)).text()).toContain(
      "Ihre Sitzung ist abgelaufen.",
    );
    expect(await (await get(`/portal/${slug}/login?off=1`, GERMAN)).text()).toContain(
      "Ihr Zugang zum Portal ist deaktiviert. Wenden Sie sich an Pride Travelers",
    );
    for (let i = 0; i < 6; i++) await post(`/portal/${slug}/login`, { email: contact.email!, password: `wrong ${i}` });
    const throttled = await post(`/portal/${slug}/login`, { email: contact.email!, password: CLIENT_PASSWORD }, GERMAN);
    expect(throttled.status).toBe(429);
    expect(await throttled.text()).toContain("Zu viele Versuche. Warten Sie eine Minute");
  });

  it("speaks the agency's portal language when the visitor picked none", async () => {
    const { agency } = await makeAgency({ portalLanguage: "fr" });
    const html = await (await get(`/portal/${agency.portalSlug}/forgot`)).text();
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain("Mot de passe oublié\u00a0?");
    expect(html).toContain("M’envoyer un lien");
  });

  it("answers a portal address that found nothing in the visitor's language", async () => {
    const res = await get("/portal/no-such-agency/login", GERMAN);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<html lang="de"');
    expect(html).toContain("Diese Seite gibt es hier nicht");
    expect(await (await get("/portal/no-such-agency/login")).text()).toContain("This page isn&#39;t here");
  });
});

describe("signing out", () => {
  it("ends the session itself: a copy of the old cookie no longer opens the portal, other devices stay signed in", async () => {
    const { slug, contact } = await portalSetUp("active");
    const phone = cookieFrom(await clientSignIn(slug, contact.email!));
    const laptop = cookieFrom(await clientSignIn(slug, contact.email!));
    const out = await post(`/portal/${slug}/logout`, {}, phone);
    expect(out.status).toBe(303);
    expect((await get(`/portal/${slug}`, phone)).status).toBe(303);
    expect((await get(`/portal/${slug}`, laptop)).status).toBe(200);
  });
});

describe("session tokens must expire", () => {
  it("refuses a correctly signed client or advisor token that carries no exp", async () => {
    const { SignJWT } = await import("jose");
    const { slug, account, agency, advisor } = await portalSetUp("active");
    const key = new TextEncoder().encode(env.SESSION_SECRET!);
    const forever = (claims: Record<string, unknown>, sub: string) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(sub)
        .setJti(`jti-${sub}`)
        .setIssuedAt()
        .sign(key);
    const client = await forever({ kind: "client", agy: agency.id, slug, iatms: Date.now() }, account.id);
    const home = await get(`/portal/${slug}`, `__Host-trips_portal=${client}`);
    expect(home.status).toBe(303);
    expect(home.headers.get("Location")).toBe(`/portal/${slug}/login`);
    const dashboard = await forever(
      { kind: "advisor", agy: agency.id, name: advisor.name, email: advisor.email },
      advisor.id,
    );
    const trips = await get("/trips", `__Host-trips_advisor=${dashboard}`);
    expect(trips.status).toBe(303);
    expect(trips.headers.get("Location")).toMatch(/^\/login/);
  });
});

describe("no client can lock out an advisor or another client", () => {
  it("a browser that signed in before keeps getting in while the account is guessed at from elsewhere", async () => {
    const { slug, contact, account } = await portalSetUp("active");
    const first = await clientSignIn(slug, contact.email!);
    expect(first.status).toBe(303);
    const device = cookieFrom(first, "__Host-trips_device");

    // 30 wrong guesses from all over the place: the account is throttled for unknown browsers.
    for (let i = 0; i < 30; i++) await clientSignIn(slug, contact.email!, `guess number ${i} here`);
    expect((await clientSignIn(slug, contact.email!)).status).toBe(429);

    // The owner's browser is not.
    const owner = await post(`/portal/${slug}/login`, { email: contact.email!, password: CLIENT_PASSWORD }, device);
    expect(owner.status).toBe(303);
    expect(owner.headers.get("Location")).toBe(`/portal/${slug}`);

    // The throttled attempts are one summarised row; the real sign-ins stay in the last 10.
    const { results } = await env.DB.prepare(
      "SELECT outcome, attempts FROM portal_logins WHERE account_id = ? ORDER BY at DESC LIMIT 10",
    )
      .bind(account.id)
      .all<{ outcome: string; attempts: number }>();
    const throttledRows = results.filter((r) => r.outcome === "rate_limited");
    expect(throttledRows).toHaveLength(1);
    expect(throttledRows[0]!.attempts).toBeGreaterThan(1);
    expect(results.filter((r) => r.outcome === "success")).toHaveLength(2);
  });

  it("a client locked out by guesses from ever-new IPs gets in after resetting their password on a new phone", async () => {
    const { slug, contact, account, agency } = await portalSetUp("active");
    const email = contact.email!.toLowerCase();
    const lockedUntil = async () =>
      (
        await env.DB.prepare("SELECT locked_until FROM sign_in_throttles WHERE key = ?")
          .bind(`portal:${slug}:${email}`)
          .first<{ locked_until: number | null }>()
      )?.locked_until ?? null;
    // Only Date is faked: D1, KV, the queue and the per-IP limiter run as usual.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      let now = Date.now();
      const guessedAt: number[] = [];
      const guess = async () => {
        vi.setSystemTime(now);
        guessedAt.push(now);
        // post() gives every request a new client IP, so the per-IP limit never steps in.
        expect((await clientSignIn(slug, email, `guess number ${guessedAt.length} here`)).status).toBe(401);
        now = (await lockedUntil()) ?? now + 1000;
      };
      // Ten guesses, then on at each lock's end until the lock is 15 minutes, then an hour more.
      for (let i = 0; i < 10; i++) await guess();
      while (now - guessedAt.at(-1)! < 15 * 60_000) await guess();
      const hourFrom = guessedAt.at(-1)!;
      while (now < hourFrom + 60 * 60_000) await guess();
      expect(guessedAt.filter((t) => t > hourFrom).length).toBeLessThanOrEqual(5);

      // Halfway through a lock, the owner can't get in from a browser new to the account.
      now -= 7 * 60_000;
      vi.setSystemTime(now);
      expect((await clientSignIn(slug, email)).status).toBe(429);

      // So they reset their password on a new phone: the claim page is where it's chosen.
      const token = await storeToken(agency.id, account.id, { purpose: "reset" });
      const claimed = await post(`/portal/${slug}/claim/${token}`, { password: GOOD_PASSWORD, confirm: GOOD_PASSWORD });
      expect(claimed.status).toBe(303);
      expect(claimed.headers.get("Location")).toBe(`/portal/${slug}/login?changed=1`);
      // Signing in on the phone (with whatever cookies the claim left it) works at once...
      const phone = claimed.headers
        .getSetCookie()
        .map((h) => h.split(";")[0])
        .join("; ");
      const signedIn = await post(`/portal/${slug}/login`, { email, password: GOOD_PASSWORD }, phone);
      expect(signedIn.status).toBe(303);
      expect(signedIn.headers.get("Location")).toBe(`/portal/${slug}`);
      // ...because the claim cleared the account's throttle and remembered the phone.
      expect(await lockedUntil()).toBeNull();
      expect(phone).toContain("__Host-trips_device=");

      // The guesser carries on; the phone still gets in.
      for (let i = 0; i < 8; i++) await clientSignIn(slug, email, `another guess ${i} here`);
      expect((await clientSignIn(slug, email, GOOD_PASSWORD)).status).toBe(429);
      expect((await post(`/portal/${slug}/login`, { email, password: GOOD_PASSWORD }, phone)).status).toBe(303);
    } finally {
      vi.useRealTimers();
    }
  });

  it("an invite claim clears the account's throttle and remembers the browser too", async () => {
    const { slug, contact, account, agency } = await portalSetUp("pending");
    const email = contact.email!.toLowerCase();
    for (let i = 0; i < 8; i++) await clientSignIn(slug, email, `guess number ${i} here`);
    const token = await storeToken(agency.id, account.id);
    const claimed = await post(`/portal/${slug}/claim/${token}`, { password: GOOD_PASSWORD, confirm: GOOD_PASSWORD });
    expect(claimed.status).toBe(303);
    const browser = cookieFrom(claimed, "__Host-trips_device");
    expect(
      await env.DB.prepare("SELECT count(*) AS n FROM sign_in_throttles WHERE key = ?")
        .bind(`portal:${slug}:${email}`)
        .first("n"),
    ).toBe(0);
    // Signed out later, they sign back in from the same browser.
    expect((await post(`/portal/${slug}/login`, { email, password: GOOD_PASSWORD }, browser)).status).toBe(303);
  });

  it("a device cookie for one account doesn't exempt another account", async () => {
    const a = await portalSetUp("active");
    const device = cookieFrom(await clientSignIn(a.slug, a.contact.email!), "__Host-trips_device");
    const b = await portalSetUp("active");
    for (let i = 0; i < 6; i++) await clientSignIn(b.slug, b.contact.email!, `guess number ${i} here`);
    const res = await post(`/portal/${b.slug}/login`, { email: b.contact.email!, password: CLIENT_PASSWORD }, device);
    expect(res.status).toBe(429);
  });

  it("the same holds for advisors: their own browser gets in while their account is under attack", async () => {
    const { ADVISOR_PASSWORD } = await import("../fixtures");
    const { advisor } = await makeAgency();
    const first = await post("/login", { email: advisor.email, password: ADVISOR_PASSWORD });
    expect(first.status).toBe(303);
    const device = cookieFrom(first, "__Host-trips_device");
    for (let i = 0; i < 30; i++) await post("/login", { email: advisor.email, password: `guess number ${i} here` });
    expect((await post("/login", { email: advisor.email, password: ADVISOR_PASSWORD })).status).toBe(429);
    expect((await post("/login", { email: advisor.email, password: ADVISOR_PASSWORD }, device)).status).toBe(303);
  });
});
