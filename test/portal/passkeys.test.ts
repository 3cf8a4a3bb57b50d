// Passkeys through the Worker (SPEC §13): registration and sign-in verified against ES256 and
// RS256 ceremonies recorded by a spec-built software authenticator, and every tampering case
// answered with the same page, changing nothing. Real local D1 and KV.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { PASSKEY_SIGN_IN_REFUSED } from "../../src/portal/passkey-controls";
import { BASE, CLIENT_PASSWORD, get, makeAccount, makeAgency, makeContact, post, signIn } from "../fixtures";
import { b64url, FLAG, SoftAuthenticator } from "../webauthn-authenticator";
import { cookieFrom, GOOD_PASSWORD } from "./helpers";

const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148";

async function activeClient(agencyName = "Pride Travelers") {
  const { agency, advisor } = await makeAgency({ name: agencyName });
  const contact = await makeContact(agency.id);
  const account = (await makeAccount(agency.id, contact, "active", advisor.id))!;
  const slug = agency.portalSlug!;
  const signedIn = await post(`/portal/${slug}/login`, { email: contact.email!, password: CLIENT_PASSWORD });
  expect(signedIn.status).toBe(303);
  return { agency, advisor, contact, account, slug, cookie: cookieFrom(signedIn) };
}

async function json<T>(res: Response): Promise<T> {
  expect(res.headers.get("Content-Type")).toContain("application/json");
  return (await res.json()) as T;
}

async function addPasskey(
  client: { slug: string; cookie: string },
  algorithm: "ES256" | "RS256" = "ES256",
  tamper: Parameters<SoftAuthenticator["register"]>[1] = {},
) {
  const authenticator = await SoftAuthenticator.create({ algorithm, origin: BASE, rpId: "portal.test" });
  const optionsRes = await post(`/portal/${client.slug}/security/passkeys/options`, {}, client.cookie);
  expect(optionsRes.status).toBe(200);
  const options = await json<{ challenge: string; rp: { id: string }; user: { id: string } }>(optionsRes);
  const response = await authenticator.register(options.challenge, tamper);
  const res = await post(
    `/portal/${client.slug}/security/passkeys`,
    { ...response, transports: "internal,hybrid" },
    client.cookie,
    { "User-Agent": IPHONE },
  );
  return { authenticator, options, res };
}

async function signInOptions(slug: string) {
  const res = await post(`/portal/${slug}/login/passkey/options`, {});
  expect(res.status).toBe(200);
  return json<{ challenge: string; rpId: string; userVerification: string }>(res);
}

async function passkeySignIn(
  slug: string,
  authenticator: SoftAuthenticator,
  tamper: Parameters<SoftAuthenticator["assert"]>[1] = {},
) {
  const { challenge } = await signInOptions(slug);
  const assertion = await authenticator.assert(challenge, tamper);
  return { assertion, res: await post(`/portal/${slug}/login/passkey`, assertion) };
}

const passkeysOf = async (accountId: string) =>
  (
    await env.DB.prepare("SELECT * FROM portal_passkeys WHERE account_id = ?1 ORDER BY created_at")
      .bind(accountId)
      .all<{ id: string; algorithm: number; counter: number; name: string; transports: string; last_used_at: number }>()
  ).results;

/** The rows a refused sign-in must leave alone: the passkeys, the account, and no session. */
async function expectRefused(res: Response, accountId: string, before: unknown) {
  expect(res.status).toBe(401);
  expect(await res.text()).toContain(PASSKEY_SIGN_IN_REFUSED.replace("'", "&#39;"));
  expect(res.headers.getSetCookie().some((c) => c.startsWith("__Host-trips_portal="))).toBe(false);
  expect(await snapshot(accountId)).toEqual(before);
}
const snapshot = async (accountId: string) => ({
  passkeys: await passkeysOf(accountId),
  account: await env.DB.prepare("SELECT * FROM portal_accounts WHERE id = ?1").bind(accountId).first(),
});

describe.each(["ES256", "RS256"] as const)("a %s passkey", (algorithm) => {
  it("is added on Sign-in & security and signs the client in, recording its counter and last use", async () => {
    const client = await activeClient();
    const { authenticator, options, res } = await addPasskey(client, algorithm);
    expect(options.rp.id).toBe("portal.test");
    expect(
      new TextDecoder().decode(
        Uint8Array.from(atob(options.user.id.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)),
      ),
    ).toBe(client.account.id);
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`/portal/${client.slug}/security?added=1`);
    const [stored] = await passkeysOf(client.account.id);
    expect(stored).toMatchObject({
      id: authenticator.id,
      algorithm: algorithm === "ES256" ? -7 : -257,
      counter: 0,
      name: "Passkey on iPhone",
      transports: "internal,hybrid",
      last_used_at: null,
    });
    const page = await (await get(`/portal/${client.slug}/security?added=1`, client.cookie)).text();
    expect(page).toContain("Passkey added.");
    expect(page).toContain("Passkey on iPhone");

    const { res: signedIn } = await passkeySignIn(client.slug, authenticator);
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get("Location")).toBe(`/portal/${client.slug}`);
    const home = await get(`/portal/${client.slug}`, cookieFrom(signedIn));
    expect(await home.text()).toContain("Hi Ana");
    const [used] = await passkeysOf(client.account.id);
    expect(used?.counter).toBe(1);
    expect(used?.last_used_at).toBeGreaterThan(0);
    await expect
      .poll(async () =>
        env.DB.prepare("SELECT outcome, method FROM portal_logins WHERE account_id = ?1 ORDER BY at DESC LIMIT 1")
          .bind(client.account.id)
          .first(),
      )
      .toEqual({ outcome: "success", method: "passkey" });
  });
});

describe("passkey sign-in refuses, with the same page and changing nothing", () => {
  async function withPasskey() {
    const client = await activeClient();
    const { authenticator } = await addPasskey(client);
    return { ...client, authenticator, before: await snapshot(client.account.id) };
  }

  it("another agency's account's passkey", async () => {
    const t = await withPasskey();
    const other = await activeClient("Other Agency");
    const { res } = await passkeySignIn(other.slug, t.authenticator);
    await expectRefused(res, t.account.id, t.before);
  });

  it("a replayed assertion (the same challenge twice)", async () => {
    const t = await withPasskey();
    const { assertion, res } = await passkeySignIn(t.slug, t.authenticator);
    expect(res.status).toBe(303);
    const after = await snapshot(t.account.id);
    await expectRefused(await post(`/portal/${t.slug}/login/passkey`, assertion), t.account.id, after);
  });

  it("a wrong origin", async () => {
    const t = await withPasskey();
    const { res } = await passkeySignIn(t.slug, t.authenticator, { origin: "https://portal.test.evil.example" });
    await expectRefused(res, t.account.id, t.before);
  });

  it("a wrong rp id hash", async () => {
    const t = await withPasskey();
    const { res } = await passkeySignIn(t.slug, t.authenticator, { rpId: "evil.example" });
    await expectRefused(res, t.account.id, t.before);
  });

  it("a challenge older than 5 minutes", async () => {
    const t = await withPasskey();
    const { challenge } = await signInOptions(t.slug);
    const bytes = Uint8Array.from(atob(challenge.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
    const hash = b64url(new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)));
    const aged = await env.DB.prepare("UPDATE webauthn_challenges SET expires_at = ?1 WHERE challenge_hash = ?2")
      .bind(Date.now() - 1, hash)
      .run();
    expect(aged.meta.changes).toBe(1);
    const assertion = await t.authenticator.assert(challenge);
    await expectRefused(await post(`/portal/${t.slug}/login/passkey`, assertion), t.account.id, t.before);
  });

  it("a signature counter that went backwards", async () => {
    const t = await withPasskey();
    expect((await passkeySignIn(t.slug, t.authenticator, { counter: 7 })).res.status).toBe(303);
    const after = await snapshot(t.account.id);
    expect(after.passkeys[0]?.counter).toBe(7);
    await expectRefused((await passkeySignIn(t.slug, t.authenticator, { counter: 7 })).res, t.account.id, after);
    await expectRefused((await passkeySignIn(t.slug, t.authenticator, { counter: 3 })).res, t.account.id, after);
  });

  it("a challenge issued to add a passkey, a signature by another key, or no user presence", async () => {
    const t = await withPasskey();
    const registration = await json<{ challenge: string }>(
      await post(`/portal/${t.slug}/security/passkeys/options`, {}, t.cookie),
    );
    const borrowed = await t.authenticator.assert(registration.challenge);
    await expectRefused(await post(`/portal/${t.slug}/login/passkey`, borrowed), t.account.id, t.before);
    const impostor = await SoftAuthenticator.create({ algorithm: "ES256", origin: BASE, rpId: "portal.test" });
    const { challenge } = await signInOptions(t.slug);
    const forged = { ...(await impostor.assert(challenge)), id: t.authenticator.id };
    await expectRefused(await post(`/portal/${t.slug}/login/passkey`, forged), t.account.id, t.before);
    const { res } = await passkeySignIn(t.slug, t.authenticator, { flags: FLAG.UV });
    await expectRefused(res, t.account.id, t.before);
  });

  it("garbage in every field", async () => {
    const t = await withPasskey();
    const forms: Record<string, string>[] = [
      {},
      { id: t.authenticator.id, clientDataJSON: "!!", authenticatorData: "", signature: "" },
      { id: t.authenticator.id, clientDataJSON: "e30", authenticatorData: "AAAA", signature: "AAAA" },
    ];
    for (const form of forms)
      await expectRefused(await post(`/portal/${t.slug}/login/passkey`, form), t.account.id, t.before);
  });
});

describe("passkeys through the lifecycle", () => {
  it("a disabled account's passkey gets the same answer; re-enabling gives it back; reactivating removes it", async () => {
    const t = await activeClient();
    const { authenticator } = await addPasskey(t);
    const advisor = await signIn(t.advisor);
    const act = (action: string) => post(`/contacts/${t.contact.id}/access/${action}`, { confirmed: "yes" }, advisor);
    expect((await act("disable")).status).toBeLessThan(400);
    const before = await snapshot(t.account.id);
    await expectRefused((await passkeySignIn(t.slug, authenticator)).res, t.account.id, before);
    expect((await act("reenable")).status).toBeLessThan(400);
    expect((await passkeySignIn(t.slug, authenticator)).res.status).toBe(303);
    expect((await act("disable")).status).toBeLessThan(400);
    expect((await act("reactivate")).status).toBeLessThan(400);
    expect(await passkeysOf(t.account.id)).toEqual([]);
  });

  it("correcting the email removes the old claimant's passkeys", async () => {
    const t = await activeClient();
    await addPasskey(t);
    expect(await passkeysOf(t.account.id)).toHaveLength(1);
    const res = await post(
      `/contacts/${t.contact.id}`,
      { firstName: "Ana", lastName: "Souza", email: "ana.new@example.com", phone: "" },
      await signIn(t.advisor),
    );
    expect(res.status).toBeLessThan(400);
    expect(await passkeysOf(t.account.id)).toEqual([]);
  });

  it("the Access tab says how the client signs in", async () => {
    const t = await activeClient();
    await addPasskey(t);
    await addPasskey(t, "RS256");
    const html = await (await get(`/contacts/${t.contact.id}/access`, await signIn(t.advisor))).text();
    expect(html).toContain("Password · 2 passkeys");
  });
});

describe("adding and removing passkeys", () => {
  it("refuses a registration for a challenge issued to another account, or from another origin, storing nothing", async () => {
    const x = await activeClient();
    const y = await activeClient();
    const options = await json<{ challenge: string }>(
      await post(`/portal/${x.slug}/security/passkeys/options`, {}, x.cookie),
    );
    const authenticator = await SoftAuthenticator.create({ algorithm: "ES256", origin: BASE, rpId: "portal.test" });
    const stolen = await post(
      `/portal/${y.slug}/security/passkeys`,
      await authenticator.register(options.challenge),
      y.cookie,
    );
    expect(stolen.status).toBe(400);
    expect(await stolen.text()).toContain("No passkey was added.");
    const { res } = await addPasskey(x, "ES256", { origin: "https://evil.example" });
    expect(res.status).toBe(400);
    expect(await passkeysOf(x.account.id)).toEqual([]);
    expect(await passkeysOf(y.account.id)).toEqual([]);
  });

  it("needs a signed-in client", async () => {
    const t = await activeClient();
    expect((await post(`/portal/${t.slug}/security/passkeys/options`, {})).status).toBe(401);
    expect((await get(`/portal/${t.slug}/security`)).status).toBe(303);
  });

  it("removes the client's own passkey, and never another client's", async () => {
    const x = await activeClient();
    const y = await activeClient();
    const { authenticator } = await addPasskey(x);
    const theirs = await post(`/portal/${y.slug}/security/passkeys/remove/${authenticator.id}`, {}, y.cookie);
    expect(theirs.status).toBe(303);
    expect(await passkeysOf(x.account.id)).toHaveLength(1);
    const mine = await post(`/portal/${x.slug}/security/passkeys/remove/${authenticator.id}`, {}, x.cookie);
    expect(mine.headers.get("Location")).toBe(`/portal/${x.slug}/security?removed=1`);
    expect(await passkeysOf(x.account.id)).toEqual([]);
    expect((await passkeySignIn(x.slug, authenticator)).res.status).toBe(401);
  });
});

describe("changing the password on Sign-in & security", () => {
  it("needs the current password and the claim's policy, then ends the other sessions and keeps passkeys", async () => {
    const t = await activeClient();
    await addPasskey(t);
    const otherBrowser = cookieFrom(
      await post(`/portal/${t.slug}/login`, { email: t.contact.email!, password: CLIENT_PASSWORD }),
    );
    const wrong = await post(
      `/portal/${t.slug}/security/password`,
      { current: "not it at all, sorry", password: GOOD_PASSWORD, confirm: GOOD_PASSWORD },
      t.cookie,
    );
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain("That isn&#39;t your current password.");
    const weak = await post(
      `/portal/${t.slug}/security/password`,
      { current: CLIENT_PASSWORD, password: "short", confirm: "short" },
      t.cookie,
    );
    expect(weak.status).toBe(422);
    expect(await weak.text()).toContain("Your password needs at least 12 characters.");

    const changed = await post(
      `/portal/${t.slug}/security/password`,
      { current: CLIENT_PASSWORD, password: GOOD_PASSWORD, confirm: GOOD_PASSWORD },
      t.cookie,
    );
    expect(changed.status).toBe(303);
    expect(changed.headers.get("Location")).toBe(`/portal/${t.slug}/security?changed=1`);
    const thisBrowser = cookieFrom(changed);
    expect((await get(`/portal/${t.slug}`, thisBrowser)).status).toBe(200);
    expect((await get(`/portal/${t.slug}`, otherBrowser)).status).toBe(303);
    expect(await passkeysOf(t.account.id)).toHaveLength(1);
    const newPassword = await post(`/portal/${t.slug}/login`, { email: t.contact.email!, password: GOOD_PASSWORD });
    expect(newPassword.status).toBe(303);
  });
});

describe("the passkey offer after an invite claim", () => {
  it("shows once on the page the client lands on, hidden until the script finds WebAuthn", async () => {
    const { storeToken } = await import("./helpers");
    const { agency, advisor } = await makeAgency();
    const contact = await makeContact(agency.id);
    const account = (await makeAccount(agency.id, contact, "pending", advisor.id))!;
    const token = await storeToken(agency.id, account.id);
    const slug = agency.portalSlug!;
    const claimed = await post(`/portal/${slug}/claim/${token}`, { password: GOOD_PASSWORD, confirm: GOOD_PASSWORD });
    expect(claimed.status).toBe(303);
    const cookies = claimed.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const home = await get(`/portal/${slug}`, cookies);
    const html = await home.text();
    expect(html).toMatch(/<section class="passkey-offer"[^>]*data-passkey-offer[^>]*hidden/);
    expect(html).toContain("Sign in next time with your face, fingerprint or screen lock.");
    expect(home.headers.getSetCookie().some((c) => c.startsWith("trips_portal_passkey_offer=;"))).toBe(true);
    expect(await (await get(`/portal/${slug}`, cookieFrom(claimed))).text()).not.toContain("passkey-offer");
  });

  it("the sign-in page offers passkeys hidden, and autofill on the email field", async () => {
    const { agency } = await makeAgency();
    const html = await (await get(`/portal/${agency.portalSlug}/login`)).text();
    expect(html).toContain('autocomplete="username webauthn"');
    expect(html).toMatch(/class="passkey-sign-in"[^>]*hidden/);
    expect(html).toContain("Sign in with a passkey");
  });
});
