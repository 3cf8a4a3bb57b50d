// Passkeys and "Sign-in & security" on the client portal (SPEC §13). The browser asks for a
// ceremony's options with a small form post answered in JSON, runs the ceremony, and posts the
// result as an ordinary form, so the CSRF and form-only guards apply as everywhere else and the
// answers are pages and redirects. Every passkey sign-in failure gets the same page.
import { type Context, Hono } from "hono";
import * as z from "zod/mini";
import { m } from "../i18n/messages";
import { inBackground } from "../lib/background";
import { validForm } from "../lib/forms";
import { clientIp, isRateLimited } from "../lib/rate-limit";
import { passkeyNameFor, relyingPartyOf } from "../lib/webauthn";
import {
  addPasskey,
  changePassword,
  type LoginOutcome,
  loadSignInSecurity,
  passkeyCreationOptions,
  passkeyRequestOptions,
  recordLogin,
  removePasskey,
  serviceDeps,
  signInWithPasskey,
} from "../portal-access";
import type { AppEnv } from "../types";
import { travelerContext, visitorContext } from "./language";
import { inPageWords, type PlainKey, refusal } from "./refusals";
import { loginContext, portalAgency, redirectOldSlug, signedInClient, TOO_MANY } from "./routes";
import { SecurityPage } from "./security-views";
import { issueClientSession } from "./session";
import { PortalLoginPage } from "./views";

// Base64url fields a ceremony posts; generous caps (an RSA signature is 256 bytes, a COSE key well under 1 KB).
const b64 = (max: number) => z.string().check(z.maxLength(max), z.regex(/^[A-Za-z0-9_-]*={0,2}$/));
const assertionForm = z.object({
  id: b64(1400),
  clientDataJSON: b64(4000),
  authenticatorData: b64(4000),
  signature: b64(2000),
  userHandle: z.optional(b64(200)),
});
const registrationForm = z.object({
  id: b64(1400),
  clientDataJSON: b64(4000),
  attestationObject: b64(16000),
  transports: z.optional(z.string().check(z.maxLength(100))),
});
// The new password's rules are the claim's (lib/password-policy.ts), checked once the current one matches.
const passwordForm = z.object({
  current: z
    .string()
    .check(
      z.minLength(1, { error: refusal("security_current_missing") }),
      z.maxLength(128, { error: refusal("signin_password_too_long") }),
    ),
  password: z.string(),
  confirm: z.string(),
});

const rpOf = (c: Context<AppEnv>) => relyingPartyOf(c.get("config").APP_BASE_URL);

/**
 * Passkey ceremonies are cheap to start but each leaves a challenge row: a limit per IP for the
 * signed-out ones, and per account for adding one (a signed-in client shouldn't lose "Add a
 * passkey" because others behind the same hotel Wi-Fi opened the sign-in page, whose autofill
 * asks for options on every view).
 */
const ceremonyLimited = (c: Context<AppEnv>, what: string, who = `ip:${clientIp(c.req.raw)}`) =>
  isRateLimited(c.env.AUTH_LIMITER, `portal-passkey-${what}:${who}`);

// The passkey script reads these JSON answers but never shows them (it says its own, page-given words).
const NOT_ADDED_JSON = "No passkey was added.";

/** What the page says after a redirect back to it (`?added`, `?removed`, `?changed`). */
const NOTICES: Record<string, PlainKey> = {
  added: "security_notice_added",
  removed: "security_notice_removed",
  changed: "security_notice_changed",
};

/**
 * The Sign-in & security page. Its refusals come as message keys (refusals.ts): the page's
 * language is the traveler's, known only once the page's account is loaded here.
 */
async function securityPage(c: Context<AppEnv>, opts: { errors?: string[]; status?: 200 | 400 | 422 | 429 } = {}) {
  const slug = c.req.param("slug") ?? "";
  const client = await signedInClient(c, slug);
  if (!client.ok) return client.response;
  const page = await loadSignInSecurity(c.get("db"), slug, client.session.accountId);
  if (!page) return (await redirectOldSlug(c)) ?? c.redirect(`/portal/${slug}/login?off=1`, 303);
  const notice = Object.keys(NOTICES).find((k) => c.req.query(k) !== undefined);
  const rc = travelerContext(c, page.language, page.agency);
  return c.html(
    <SecurityPage
      rc={rc}
      agency={page.agency}
      email={page.email}
      passkeys={page.passkeys}
      notice={notice && !opts.errors ? inPageWords(rc, NOTICES[notice] ?? "") : undefined}
      errors={opts.errors?.map((e) => inPageWords(rc, e))}
      now={new Date()}
    />,
    opts.status ?? 200,
  );
}

export const securityRoutes = new Hono<AppEnv>()
  // ── Signing in with a passkey
  .post("/:slug/login/passkey/options", async (c) => {
    if (
      await isRateLimited(
        c.env.PASSKEY_OPTIONS_LIMITER ?? c.env.AUTH_LIMITER,
        `portal-passkey-sign-in-options:ip:${clientIp(c.req.raw)}`,
      )
    )
      return c.json({ error: TOO_MANY }, 429);
    const options = await passkeyRequestOptions(c.get("db"), { slug: c.req.param("slug"), rp: rpOf(c) }, new Date());
    return options ? c.json(options) : c.json({ error: "No portal here." }, 404);
  })
  .post(
    "/:slug/login/passkey",
    validForm(assertionForm, async (c: Context<AppEnv>) => {
      const agency = await portalAgency(c);
      if (!agency) return (await redirectOldSlug(c)) ?? c.notFound();
      const rc = visitorContext(c, agency);
      return c.html(<PortalLoginPage rc={rc} agency={agency} errors={[m.passkey_sign_in_refused({}, rc)]} />, 401);
    }),
    async (c) => {
      const slug = c.req.param("slug");
      const agency = await portalAgency(c);
      if (!agency) return (await redirectOldSlug(c)) ?? c.notFound();
      const rc = visitorContext(c, agency);
      if (await ceremonyLimited(c, "sign-in"))
        return c.html(<PortalLoginPage rc={rc} agency={agency} errors={[m.signin_too_many({}, rc)]} />, 429);
      const now = new Date();
      const outcome = await signInWithPasskey(c.get("db"), { slug, rp: rpOf(c), form: c.req.valid("form") }, now);
      const known = outcome.ok ? outcome : outcome.account;
      const record = (result: LoginOutcome) =>
        known
          ? inBackground(
              c,
              recordLogin(
                c.get("db"),
                {
                  ...loginContext(c),
                  agencyId: known.agencyId,
                  accountId: known.accountId,
                  outcome: result,
                  method: "passkey",
                },
                now,
              ),
              "login record",
            )
          : Promise.resolve();
      if (!outcome.ok) {
        await record(outcome.account?.disabled ? "disabled" : "wrong_password");
        return c.html(<PortalLoginPage rc={rc} agency={agency} errors={[m.passkey_sign_in_refused({}, rc)]} />, 401);
      }
      await record("success");
      await issueClientSession(
        c,
        { accountId: outcome.accountId, agencyId: outcome.agencyId, slug },
        c.get("config").SESSION_SECRET,
        now,
      );
      return c.redirect(`/portal/${slug}`, 303);
    },
  )
  // ── Sign-in & security
  .get("/:slug/security", (c) => securityPage(c))
  .post("/:slug/security/passkeys/options", async (c) => {
    const slug = c.req.param("slug");
    const client = await signedInClient(c, slug);
    if (!client.ok) return c.json({ error: "Sign in again to add a passkey." }, 401);
    if (await ceremonyLimited(c, "add-options", `account:${client.session.accountId}`))
      return c.json({ error: TOO_MANY }, 429);
    const agency = await portalAgency(c);
    if (!agency || agency.agencyId !== client.session.agencyId) return c.json({ error: NOT_ADDED_JSON }, 404);
    const options = await passkeyCreationOptions(
      c.get("db"),
      { agencyId: agency.agencyId, accountId: client.session.accountId, agencyName: agency.agencyName, rp: rpOf(c) },
      new Date(),
    );
    return options ? c.json(options) : c.json({ error: NOT_ADDED_JSON }, 409);
  })
  .post(
    "/:slug/security/passkeys",
    validForm(registrationForm, (c: Context<AppEnv>) =>
      securityPage(c, { errors: [refusal("passkey_not_added")], status: 400 }),
    ),
    async (c) => {
      const slug = c.req.param("slug");
      const client = await signedInClient(c, slug);
      if (!client.ok) return client.response;
      const added = await addPasskey(
        c.get("db"),
        {
          agencyId: client.session.agencyId,
          accountId: client.session.accountId,
          rp: rpOf(c),
          form: c.req.valid("form"),
          name: passkeyNameFor(c.req.header("User-Agent")),
        },
        new Date(),
      );
      if (!added.ok) return securityPage(c, { errors: [refusal("passkey_not_added")], status: 400 });
      return c.redirect(`/portal/${slug}/security?added=1`, 303);
    },
  )
  .post("/:slug/security/passkeys/remove/:passkeyId", async (c) => {
    const { slug, passkeyId } = c.req.param();
    const client = await signedInClient(c, slug);
    if (!client.ok) return client.response;
    await removePasskey(c.get("db"), {
      agencyId: client.session.agencyId,
      accountId: client.session.accountId,
      passkeyId: passkeyId.slice(0, 1400),
    });
    // Already gone (another tab) is the same outcome for the client.
    return c.redirect(`/portal/${slug}/security?removed=1`, 303);
  })
  .post(
    "/:slug/security/password",
    validForm(passwordForm, (c: Context<AppEnv>, invalid) => securityPage(c, { errors: [invalid.first], status: 422 })),
    async (c) => {
      const slug = c.req.param("slug");
      const client = await signedInClient(c, slug);
      if (!client.ok) return client.response;
      const agency = await portalAgency(c);
      if (!agency || agency.agencyId !== client.session.agencyId) return c.redirect(`/portal/${slug}/login`, 303);
      if (
        await isRateLimited(
          c.env.AUTH_LIMITER,
          `portal-password:ip:${clientIp(c.req.raw)}`,
          `portal-password:account:${client.session.accountId}`,
        )
      )
        return securityPage(c, { errors: [refusal("signin_too_many")], status: 429 });
      const form = c.req.valid("form");
      const now = new Date();
      const changed = await changePassword(
        {
          ...serviceDeps(c),
          scrypt: c.get("config").scrypt,
          inBackground: (work, label) => inBackground(c, work, label),
        },
        { agency, accountId: client.session.accountId, ...form },
        now,
      );
      if (!changed.ok) {
        if (changed.reason === "signed_out") return c.redirect(`/portal/${slug}/login?off=1`, 303);
        // A wrong current password is said here; a weak new one comes as the policy's message keys.
        const errors = changed.reason === "wrong_password" ? [refusal("security_wrong_current")] : changed.errors;
        return securityPage(c, { errors, status: 422 });
      }
      // Every session up to now was revoked; this browser gets a fresh one just after.
      await issueClientSession(
        c,
        { accountId: client.session.accountId, agencyId: client.session.agencyId, slug },
        c.get("config").SESSION_SECRET,
        new Date(now.getTime() + 1),
      );
      return c.redirect(`/portal/${slug}/security?changed=1`, 303);
    },
  );
