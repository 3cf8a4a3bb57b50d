// Emailed sign-in codes (SPEC §13, issue 22) through the Worker: the same answer for every email,
// a code only for active accounts (a fresh invite for pending ones), 10 minutes, single use, dead
// after 5 wrong entries, one live code per account, stored as an HMAC, within the client's mail
// budget and the sign-in rate limits; and signing in with it exactly as a password does.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { emailSignInCode } from "../../src/portal-access/code-sign-in";
import { portalMailer } from "../../src/portal-access/mail/send";
import { hashSignInCode } from "../../src/portal-access/sign-in-codes";
import { FakePostmark } from "../fakes";
import {
  BASE,
  db,
  eventsOf,
  eventually,
  get,
  MAIL_FROM,
  makeAccount,
  makeContact,
  makeTraveler,
  outbox,
  portalMail,
  post,
  postmarkVia,
  toastOf,
} from "../fixtures";
import { cookieFrom } from "./helpers";

const SECRET = "test-session-secret-0123456789abcdef0123456789";
const WRONG = "That code is wrong or has expired.";

async function codeRow(accountId: string) {
  return env.DB.prepare("SELECT * FROM portal_sign_in_codes WHERE account_id = ?").bind(accountId).first<{
    code_hash: string;
    expires_at: number;
    created_at: number;
    wrong_attempts: number;
  }>();
}

async function loginsOf(accountId: string) {
  const { results } = await env.DB.prepare("SELECT * FROM portal_logins WHERE account_id = ? ORDER BY at")
    .bind(accountId)
    .all<{ outcome: string; method: string | null }>();
  return results;
}

/** The codes emailed to `address` on this portal, newest last. */
async function codesMailed(slug: string, address: string): Promise<string[]> {
  return (await portalMail(slug, address))
    .map((m) => /^(\d{6}) is your sign-in code for /.exec(m.subject)?.[1])
    .filter((c): c is string => !!c);
}

async function askForCode(slug: string, email: string, ip?: string) {
  return post(`/portal/${slug}/login/code/send`, { email }, undefined, ip ? { "CF-Connecting-IP": ip } : {});
}

/** Asks for a code and waits for the email it sends (after the response). */
async function mailedCode(slug: string, email: string): Promise<string> {
  const before = (await codesMailed(slug, email)).length;
  expect((await askForCode(slug, email)).status).toBe(303);
  // The email leaves after the response; on a busy machine that can take a few seconds.
  const codes = await eventually(
    () => codesMailed(slug, email),
    (c) => c.length > before,
    10_000,
  );
  expect(codes.length).toBe(before + 1);
  return codes.at(-1)!;
}

function enterCode(slug: string, email: string, code: string, ip?: string) {
  return post(`/portal/${slug}/login/code`, { email, code }, undefined, ip ? { "CF-Connecting-IP": ip } : {});
}

describe("asking for a sign-in code", () => {
  it("emails an active account a 6-digit code, branded, replying to the agency, stored only as an HMAC", async () => {
    const t = await makeTraveler("active", { agency: { timeZone: "Europe/Lisbon" } });
    const slug = t.agency.portalSlug!;
    const email = t.contact.email!;
    const res = await askForCode(slug, email.toUpperCase());
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`/portal/${slug}/login/code`);
    const [mail] = await eventually(
      () => portalMail(slug, email),
      (m) => m.length === 1,
    );
    const code = /^(\d{6}) is your sign-in code for Pride Travelers$/.exec(mail!.subject)?.[1];
    expect(code).toMatch(/^\d{6}$/);
    expect(mail!.reply_to).toBe(t.advisor.email);
    expect(mail!.from_address).toContain("Pride Travelers");
    expect(mail!.text).toContain(code);
    expect(mail!.text).toContain("If you didn't ask for this, ignore this email.");
    expect(mail!.text).toMatch(/expires in 10 minutes, at \d{1,2}:\d{2} [AP]M \(Western European Time\)/);
    expect(mail!.html).toContain(`${BASE}/portal/${slug}/login/code`);

    const row = await codeRow(t.account.id);
    expect(row!.code_hash).toBe(await hashSignInCode(SECRET, t.account.id, code!));
    expect(row!.code_hash).not.toContain(code);
    expect(row!.expires_at - row!.created_at).toBe(10 * 60 * 1000);
    const sent = (await eventsOf(t.account.id)).filter((e) => e.kind === "code_sent");
    expect(sent).toEqual([expect.objectContaining({ recipient: email, channel: "outbox", delivery_status: "sent" })]);
  });

  it("answers unknown, pending, disabled and active emails with the same page; only active gets a code, pending its invite", async () => {
    const t = await makeTraveler("active");
    const slug = t.agency.portalSlug!;
    const pending = await makeContact(t.agency.id, { firstName: "Pia" });
    await makeAccount(t.agency.id, pending, "pending", t.advisor.id);
    const disabled = await makeContact(t.agency.id, { firstName: "Dora" });
    await makeAccount(t.agency.id, disabled, "disabled", t.advisor.id);
    const unknown = `nobody-${crypto.randomUUID()}@example.com`;

    const answers = [];
    for (const email of [unknown, pending.email!, disabled.email!, t.contact.email!]) {
      const res = await askForCode(slug, email);
      const page = await get(res.headers.get("Location")!, cookieFrom(res, "trips_portal_code_email"));
      const body = (await page.text()).replace(/<wbr\s*\/?>/g, "").replaceAll(email, "EMAIL");
      answers.push({ status: res.status, location: res.headers.get("Location"), page: page.status, body });
    }
    for (const a of answers.slice(1)) expect(a).toEqual(answers[0]);
    expect(answers[0]!.body).toContain("Enter your sign-in code");

    await eventually(
      () => codesMailed(slug, t.contact.email!),
      (c) => c.length === 1,
    );
    // The pending traveler's fresh invite comes through the queue.
    const invite = await eventually(
      () => portalMail(slug, pending.email!),
      (m) => m.length === 1,
    );
    expect(invite[0]!.text).toContain(`/portal/${slug}/claim/`);
    expect(await codesMailed(slug, pending.email!)).toEqual([]);
    expect(await portalMail(slug, disabled.email!)).toEqual([]);
    expect((await outbox()).filter((m) => m.to_address === unknown)).toEqual([]);
  });

  it("replaces the older code: only the newest works", async () => {
    const t = await makeTraveler("active");
    const slug = t.agency.portalSlug!;
    const first = await mailedCode(slug, t.contact.email!);
    const second = await mailedCode(slug, t.contact.email!);
    if (first !== second) expect((await enterCode(slug, t.contact.email!, first)).status).toBe(401);
    expect((await enterCode(slug, t.contact.email!, second)).status).toBe(303);
  });

  it("spends the client's own mail budget: a fourth request in 10 minutes sends nothing, the advisor's send still goes", async () => {
    const t = await makeTraveler("active");
    const slug = t.agency.portalSlug!;
    for (let i = 0; i < 3; i++) await mailedCode(slug, t.contact.email!);
    expect((await askForCode(slug, t.contact.email!)).status).toBe(303);
    await new Promise((r) => setTimeout(r, 200));
    expect(await codesMailed(slug, t.contact.email!)).toHaveLength(3);

    const res = await post(`/trips/${t.trip.id}/travelers/${t.contact.id}/portal`, {}, t.cookie, {
      "HX-Request": "true",
    });
    expect(toastOf(res)?.message).toBe(`Password reset sent to ${t.contact.email} via the dev outbox`);
    // Four requests, each waiting for its email: more than the default 20 s when the machine is busy.
  }, 60_000);

  it("is rate limited per IP and per email with the sign-in page's words", async () => {
    const t = await makeTraveler("active");
    const slug = t.agency.portalSlug!;
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const statuses = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await askForCode(slug, `someone-${i}-${crypto.randomUUID()}@example.com`, ip)).status);
    expect(statuses.slice(0, 10).every((s) => s === 303)).toBe(true);
    const limited = await askForCode(slug, "another@example.com", ip);
    expect(limited.status).toBe(429);
    expect(await limited.text()).toContain("Too many attempts. Wait a minute and try again.");

    const email = `target-${crypto.randomUUID()}@example.com`;
    const perEmail = [];
    for (let i = 0; i < 11; i++) perEmail.push((await askForCode(slug, email)).status);
    expect(perEmail.at(-1)).toBe(429);
  });

  it("sends through Postmark (never Gmail) at once, with the agency's Reply-To and its own tag", async () => {
    const t = await makeTraveler("active");
    const fake = new FakePostmark();
    const mailer = {
      ...portalMailer({ config: { useDevOutbox: true } as never, db }),
      transports: [postmarkVia(fake.fetch)],
    };
    const outcome = await emailSignInCode(
      {
        service: { ...mailer, kv: env.SESSIONS },
        codeMailer: { ...mailer, baseUrl: BASE, mailFrom: MAIL_FROM },
        secret: SECRET,
      },
      { slug: t.agency.portalSlug!, email: t.contact.email! },
    );
    expect(outcome).toEqual({ sent: "code" });
    expect(fake.sent).toHaveLength(1);
    const sent = fake.sent[0] as { Subject: string; ReplyTo: string; Tag: string; To: string };
    expect(sent.Subject).toMatch(/^\d{6} is your sign-in code for Pride Travelers$/);
    expect(sent.ReplyTo).toBe(t.advisor.email);
    expect(sent.Tag).toBe("portal-sign-in-code");
    expect(sent.To).toBe(t.contact.email);
    const [event] = (await eventsOf(t.account.id)).filter((e) => e.kind === "code_sent");
    expect(event).toMatchObject({ channel: "postmark", delivery_status: "sent" });
    expect(event!.provider_message_id).toMatch(/^pm-/);
  });
});

describe("entering a sign-in code", () => {
  it("signs the client in as a password does, records 'Sign-in code', and works once", async () => {
    const t = await makeTraveler("active");
    const slug = t.agency.portalSlug!;
    const code = await mailedCode(slug, t.contact.email!);
    const res = await enterCode(slug, t.contact.email!, code);
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`/portal/${slug}`);
    const home = await get(`/portal/${slug}`, cookieFrom(res));
    expect(home.status).toBe(200);
    expect(await home.text()).toContain(t.trip.title);
    await eventually(
      () => loginsOf(t.account.id),
      (l) => l.length === 1,
    );
    expect(await loginsOf(t.account.id)).toEqual([
      expect.objectContaining({ outcome: "success", method: "sign_in_code" }),
    ]);
    expect(await codeRow(t.account.id)).toBeNull();
    // The advisor's Access tab says how.
    const tab = await (await get(`/contacts/${t.contact.id}/access`, t.cookie)).text();
    expect(tab).toMatch(/<td>Signed in<\/td><td>Sign-in code<\/td>/);

    const again = await enterCode(slug, t.contact.email!, code);
    expect(again.status).toBe(401);
    expect(await again.text()).toContain(WRONG);
  });

  it("refuses an expired code with the neutral answer and a way to ask for a new one", async () => {
    const t = await makeTraveler("active");
    const slug = t.agency.portalSlug!;
    const code = await mailedCode(slug, t.contact.email!);
    await env.DB.prepare("UPDATE portal_sign_in_codes SET expires_at = ? WHERE account_id = ?")
      .bind(Date.now() - 1, t.account.id)
      .run();
    const res = await enterCode(slug, t.contact.email!, code);
    expect(res.status).toBe(401);
    const body = await res.text();
    expect(body).toContain(WRONG);
    expect(body).toContain(`action="/portal/${slug}/login/code/send"`);
    expect(body).toContain("Email me a new code");
  });

  it("kills the code after 5 wrong entries", async () => {
    const t = await makeTraveler("active");
    const slug = t.agency.portalSlug!;
    const code = await mailedCode(slug, t.contact.email!);
    const wrong = code === "000000" ? "000001" : "000000";
    for (let i = 0; i < 5; i++) expect((await enterCode(slug, t.contact.email!, wrong)).status).toBe(401);
    expect((await codeRow(t.account.id))!.wrong_attempts).toBe(5);
    // The account's throttle now asks for a pause; from a browser it skips, the code is still dead.
    const res = await enterCode(slug, t.contact.email!, code);
    expect([401, 429]).toContain(res.status);
    expect(res.headers.get("Set-Cookie") ?? "").not.toContain("__Host-trips_portal=");
    const logins = await eventually(
      () => loginsOf(t.account.id),
      (l) => l.length >= 5,
    );
    expect(logins.slice(0, 5).every((l) => l.outcome === "wrong_password" && l.method === "sign_in_code")).toBe(true);
  });

  it("lets exactly one of two concurrent submits of the same code in", async () => {
    const t = await makeTraveler("active");
    const slug = t.agency.portalSlug!;
    const code = await mailedCode(slug, t.contact.email!);
    const results = await Promise.all([
      enterCode(slug, t.contact.email!, code),
      enterCode(slug, t.contact.email!, code),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([303, 401]);
  });

  it("throttles guesses per IP with the sign-in page's limit", async () => {
    const t = await makeTraveler("active");
    const slug = t.agency.portalSlug!;
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const statuses = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await enterCode(slug, `guess-${i}-${crypto.randomUUID()}@example.com`, "123456", ip)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it("gives a disabled account the wrong-code answer: disabling killed its code", async () => {
    const t = await makeTraveler("active");
    const slug = t.agency.portalSlug!;
    const code = await mailedCode(slug, t.contact.email!);
    const disable = await post(`/contacts/${t.contact.id}/access/disable`, { confirmed: "yes" }, t.cookie, {
      "HX-Request": "true",
    });
    expect(disable.status).toBe(200);
    expect(await codeRow(t.account.id)).toBeNull();
    const res = await enterCode(slug, t.contact.email!, code);
    expect(res.status).toBe(401);
    expect(await res.text()).toContain(WRONG);
  });

  it("refuses a code of another agency's account with the neutral answer, changing nothing", async () => {
    const victim = await makeTraveler("active", { agency: { name: "Victim Voyages" } });
    const attacker = await makeTraveler("active", { contact: { email: victim.contact.email } });
    const code = await mailedCode(victim.agency.portalSlug!, victim.contact.email!);
    const res = await enterCode(attacker.agency.portalSlug!, victim.contact.email!, code);
    expect(res.status).toBe(401);
    expect(await res.text()).toContain(WRONG);
    // The victim's code still works on its own portal.
    expect((await codeRow(victim.account.id))!.wrong_attempts).toBe(0);
    expect((await enterCode(victim.agency.portalSlug!, victim.contact.email!, code)).status).toBe(303);
  });

  it("asks for the code again when the field is empty, without counting it", async () => {
    const t = await makeTraveler("active");
    const slug = t.agency.portalSlug!;
    const res = await enterCode(slug, t.contact.email!, "");
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Enter the 6-digit code from the email.");
  });
});

describe("the code page", () => {
  it("has the field the phone's keyboard fills, and works without JavaScript", async () => {
    const t = await makeTraveler("none");
    const res = await get(`/portal/${t.agency.portalSlug}/login/code`);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain("Enter your sign-in code");
    expect(body).toMatch(/<label for="code">6-digit code<\/label>/);
    expect(body).toMatch(
      /<input[^>]*id="code"[^>]*inputmode="numeric"[^>]*autocomplete="one-time-code"[^>]*pattern="\[0-9\]\{6\}"/,
    );
    expect(body).toContain(`<form method="post" action="/portal/${t.agency.portalSlug}/login/code"`);
  });

  it("is offered on the sign-in page as a button posting the same email", async () => {
    const t = await makeTraveler("none");
    const body = await (await get(`/portal/${t.agency.portalSlug}/login`)).text();
    expect(body).toContain(`formaction="/portal/${t.agency.portalSlug}/login/code/send"`);
    expect(body).toContain("Email me a sign-in code");
  });
});

describe("the code page in the visitor's language (SPEC §14)", () => {
  it("speaks German after ?lang=de on the sign-in page, and says a wrong or missing code in German", async () => {
    const t = await makeTraveler("none");
    const slug = t.agency.portalSlug!;
    const language = cookieFrom(await get(`/portal/${slug}/login?lang=de`), "portal_lang");
    const sent = await post(`/portal/${slug}/login/code/send`, { email: "niemand@example.com" }, language);
    expect(sent.status).toBe(303);
    const cookies = `${language}; ${cookieFrom(sent, "trips_portal_code_email")}`;
    const page = await get(`/portal/${slug}/login/code`, cookies);
    const html = await page.text();
    expect(html).toContain('<html lang="de"');
    expect(html).toContain("<title>Anmeldecode eingeben · Pride Travelers</title>");
    expect(html).toMatch(
      /Wenn <strong><span class="email-address">niemand<wbr\/>@example.com<\/span><\/strong> Zugang/,
    );
    expect(html).toMatch(/<label for="code">6-stelliger Code<\/label>/);
    expect(html).toContain("Neuen Code senden");
    expect(html).not.toMatch(/Enter your|6-digit|Email me/);

    const wrong = await post(`/portal/${slug}/login/code`, { email: "niemand@example.com", code: "123456" }, cookies);
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain("Dieser Code ist falsch oder abgelaufen.");
    const missing = await post(`/portal/${slug}/login/code`, { email: "niemand@example.com", code: "" }, cookies);
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain("Geben Sie den 6-stelligen Code aus der E-Mail ein.");
  });
});
