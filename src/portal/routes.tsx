// The client portal (SPEC §8): claim a link, sign in, forgot password, the portal home.
// Handlers validate with zod, call queries and sessions, and render; nothing here trusts
// the Host header: links in mail come from the configured base URL.
import { Hono, type Context } from "hono";
import { z } from "zod";
import { DUMMY_HASH, hashPassword, verifyPassword } from "../lib/password";
import { inBackground } from "../lib/background";
import { clientIp, isRateLimited } from "../lib/rate-limit";
import { defaultTransport } from "../mail/send";
import { renderPortalEmail } from "../mail/render";
import { serviceDeps } from "../portal-access/deps";
import { performPortalAction, senderFor } from "../portal-access/service";
import { hashClaimToken, looksLikeClaimToken } from "../portal-access/tokens";
import type { AppEnv } from "../types";
import { newPasswordForm } from "./passwords";
import { activateAfterClaim, consumeClaimToken, findAccountForFreshLink, findAccountForSignIn, findPortalAgency, loadPortalHome, loginInsert, lookupClaim, type LoginRecord } from "./queries";
import { revokeAccountSessions, revokeClientSession } from "./revocation";
import { clearClientSession, issueClientSession, readClientSession, validateClientSession } from "./session";
import { ClaimPage, ForgotPage, LinkInvalidPage, PortalHomePage, PortalLoginPage } from "./views";

const TOO_MANY = "Too many attempts. Wait a minute and try again.";
const emailField = z.string().trim().toLowerCase().pipe(z.email({ error: "Enter the email address your advisor has on file." }));
const loginForm = z.object({ email: emailField, password: z.string().min(1, { error: "Enter your password." }).max(128, { error: "Enter your password." }) });

async function formOf(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === "string" ? v : ""]));
}

function loginContext(c: Context): Omit<LoginRecord, "agencyId" | "accountId" | "outcome"> {
  const cf = c.req.raw.cf as { country?: string; city?: string } | undefined;
  return { ip: c.req.header("CF-Connecting-IP") ?? null, country: cf?.country ?? null, city: cf?.city ?? null, userAgent: c.req.header("User-Agent") ?? null };
}

/** Token pages keep the token out of Referer headers and out of caches. */
function tokenPageHeaders(c: Context) {
  c.header("Referrer-Policy", "no-referrer");
  c.header("Cache-Control", "no-store");
}

/**
 * Forgot password and "Email me a fresh link": the same answer for every email. The mail is
 * sent after the response (waitUntil) so timing does not tell whether an account exists.
 */
async function sendFreshLink(c: Context<AppEnv>, slug: string, email: string) {
  const work = (async () => {
    const account = await findAccountForFreshLink(c.var.db, slug, email);
    if (!account || account.status === "disabled") return;
    await performPortalAction(
      serviceDeps(c),
      { agencyId: account.agencyId, contactId: account.contactId, action: "send", actor: { id: null, name: "Client (asked for a fresh link)", email: "" } },
    );
  })();
  await inBackground(c, work, "fresh link");
}

export const portalRoutes = new Hono<AppEnv>()
  .get("/:slug/claim/:token", async (c) => {
    const { slug, token } = c.req.param();
    tokenPageHeaders(c);
    const { agency, claim } = looksLikeClaimToken(token) ? await lookupClaim(c.var.db, slug, await hashClaimToken(token), new Date()) : { agency: await findPortalAgency(c.var.db, slug), claim: null };
    if (!agency || !claim) return c.html(<LinkInvalidPage agency={agency} />, 410);
    return c.html(<ClaimPage agency={agency} purpose={claim.purpose} firstName={claim.firstName} action={`/portal/${slug}/claim/${token}`} />);
  })
  .post("/:slug/claim/:token", async (c) => {
    const { slug, token } = c.req.param();
    tokenPageHeaders(c);
    const tokenHash = looksLikeClaimToken(token) ? await hashClaimToken(token) : "";
    const now = new Date();
    const { agency, claim } = tokenHash ? await lookupClaim(c.var.db, slug, tokenHash, now) : { agency: await findPortalAgency(c.var.db, slug), claim: null };
    const accountKey = claim ? claim.accountId : `unknown:${tokenHash.slice(0, 16)}`;
    if (await isRateLimited(c.env.AUTH_LIMITER, `portal-claim:ip:${clientIp(c.req.raw)}`, `portal-claim:account:${accountKey}`)) {
      return c.text(TOO_MANY, 429);
    }
    if (!agency || !claim) return c.html(<LinkInvalidPage agency={agency} />, 410);
    const form = await formOf(c);
    const parsed = newPasswordForm.safeParse({ password: form.password ?? "", confirm: form.confirm ?? "" });
    if (!parsed.success) {
      return c.html(<ClaimPage agency={agency} purpose={claim.purpose} firstName={claim.firstName} action={`/portal/${slug}/claim/${token}`} errors={[...new Set(parsed.error.issues.map((i) => i.message))]} />, 422);
    }
    const passwordHash = await hashPassword(parsed.data.password);
    const consumed = await consumeClaimToken(c.var.db, slug, tokenHash, now);
    if (!consumed) return c.html(<LinkInvalidPage agency={agency} />, 410);
    if (!(await activateAfterClaim(c.var.db, consumed, passwordHash, loginContext(c), now))) return c.html(<LinkInvalidPage agency={agency} />, 410);

    if (consumed.purpose === "invite") {
      await issueClientSession(c, { accountId: consumed.accountId, agencyId: consumed.agencyId, slug }, c.var.config.SESSION_SECRET, new Date(now.getTime() + 1));
      return c.redirect(`/portal/${slug}`, 303);
    }
    // OWASP: after a reset, end every session and have the client sign in with the new password.
    await revokeAccountSessions(c.var.kv, consumed.accountId, now);
    clearClientSession(c);
    const config = c.var.config;
    const notice = renderPortalEmail("password_changed", {
      branding: { agencyName: agency.agencyName, brandColor: agency.brandColor, logoUrl: agency.logoUrl },
      baseUrl: config.APP_BASE_URL,
      url: `${config.APP_BASE_URL}/portal/${slug}/login`,
      firstName: claim.firstName,
    });
    await inBackground(
      c,
      defaultTransport(config, c.var.db).send({ from: senderFor(config.MAIL_FROM, agency.agencyName), to: claim.email, subject: notice.subject, html: notice.html, text: notice.text, tag: "portal-password-changed" }),
      "password-changed notice",
    );
    return c.redirect(`/portal/${slug}/login?changed=1`, 303);
  })
  .get("/:slug/login", async (c) => {
    const agency = await findPortalAgency(c.var.db, c.req.param("slug"));
    if (!agency) return c.notFound();
    const notice = c.req.query("changed") ? "Your password was changed. Sign in with your new password." : c.req.query("signedout") ? "You are signed out." : undefined;
    return c.html(<PortalLoginPage agency={agency} notice={notice} />);
  })
  .post("/:slug/login", async (c) => {
    const slug = c.req.param("slug");
    const agency = await findPortalAgency(c.var.db, slug);
    if (!agency) return c.notFound();
    const form = await formOf(c);
    const parsed = loginForm.safeParse({ email: form.email ?? "", password: form.password ?? "" });
    if (!parsed.success) return c.html(<PortalLoginPage agency={agency} email={form.email} errors={[parsed.error.issues[0]!.message]} />, 422);
    const { email, password } = parsed.data;
    const account = await findAccountForSignIn(c.var.db, slug, email);
    const now = new Date();
    // Recorded after the response, so an unknown email and a known one take the same time.
    const record = (outcome: LoginRecord["outcome"]) =>
      account ? inBackground(c, Promise.resolve(loginInsert(c.var.db, { ...loginContext(c), agencyId: account.agencyId, accountId: account.accountId, outcome }, now)), "login record") : Promise.resolve();
    if (await isRateLimited(c.env.AUTH_LIMITER, `portal-login:ip:${clientIp(c.req.raw)}`, `portal-login:account:${slug}:${email}`)) {
      await record("rate_limited");
      return c.html(<PortalLoginPage agency={agency} email={email} errors={[TOO_MANY]} />, 429);
    }
    const valid = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !valid) {
      await record("wrong_password");
      return c.html(<PortalLoginPage agency={agency} email={email} errors={["That email and password don't match. Check them, or use “Forgot password?” below."]} />, 401);
    }
    if (account.status !== "active") {
      await record("disabled");
      return c.html(<PortalLoginPage agency={agency} email={email} errors={[`Your portal access is turned off. Contact ${agency.agencyName} to restore it.`]} />, 403);
    }
    await record("success");
    await issueClientSession(c, { accountId: account.accountId, agencyId: account.agencyId, slug }, c.var.config.SESSION_SECRET, now);
    return c.redirect(`/portal/${slug}`, 303);
  })
  .get("/:slug/forgot", async (c) => {
    const agency = await findPortalAgency(c.var.db, c.req.param("slug"));
    if (!agency) return c.notFound();
    return c.html(<ForgotPage agency={agency} />);
  })
  .post("/:slug/forgot", async (c) => {
    const slug = c.req.param("slug");
    const agency = await findPortalAgency(c.var.db, slug);
    if (!agency) return c.notFound();
    const form = await formOf(c);
    const parsed = emailField.safeParse(form.email ?? "");
    if (!parsed.success) return c.html(<ForgotPage agency={agency} errors={[parsed.error.issues[0]!.message]} />, 422);
    if (await isRateLimited(c.env.AUTH_LIMITER, `portal-forgot:ip:${clientIp(c.req.raw)}`, `portal-forgot:email:${slug}:${parsed.data}`)) {
      return c.html(<ForgotPage agency={agency} errors={[TOO_MANY]} />, 429);
    }
    await sendFreshLink(c, slug, parsed.data);
    return c.html(<ForgotPage agency={agency} sent />);
  })
  .post("/:slug/logout", async (c) => {
    // Signing out ends this session for good, not just this browser's copy of the cookie.
    const session = await readClientSession(c, c.var.config.SESSION_SECRET, c.req.param("slug"));
    if (session.ok) await revokeClientSession(c.var.kv, session.session.sessionId);
    clearClientSession(c);
    return c.redirect(`/portal/${c.req.param("slug")}/login?signedout=1`, 303);
  })
  .get("/:slug", async (c) => {
    const slug = c.req.param("slug");
    const session = await validateClientSession(c, c.var.config.SESSION_SECRET, c.var.kv, slug);
    if (!session.ok) {
      if (session.reason === "revoked") clearClientSession(c);
      return c.redirect(`/portal/${slug}/login`, 303);
    }
    const home = await loadPortalHome(c.var.db, slug, session.session.accountId);
    if (!home) {
      // Disabled (or archived) since the session began: KV may lag, D1 does not.
      clearClientSession(c);
      return c.redirect(`/portal/${slug}/login`, 303);
    }
    c.header("Cache-Control", "private, no-store");
    return c.html(<PortalHomePage agency={home.agency} firstName={home.account.firstName} trips={home.trips} documents={home.documents} />);
  });
