// The client portal (SPEC §8): claim a link, sign in, forgot password, the portal home.
// Handlers parse, call and render; the rules live in portal-access. Nothing here trusts the
// Host header: links in mail come from the configured base URL.
import { type Context, Hono } from "hono";
import * as z from "zod/mini";
import type { PortalAgency } from "../db/agencies";
import type { RenderContext } from "../i18n/format";
import { m } from "../i18n/messages";
import { inBackground } from "../lib/background";
import { validForm } from "../lib/forms";
import { dummyHashFor, verifyPassword } from "../lib/password";
import { clientIp, isRateLimited } from "../lib/rate-limit";
import {
  claimAccount,
  inspectClaimLink,
  type LoginContext,
  type LoginOutcome,
  linkExpiry,
  performPortalAction,
  recordLogin,
  serviceDeps,
} from "../portal-access";
import { rememberDevice } from "../sessions/devices";
import { closeSignInGate, openSignInGate } from "../sessions/sign-in-gate";
import { throttleKey } from "../sessions/throttle";
import type { AppEnv } from "../types";
import { DocumentPage } from "./document-page";
import { PortalHomePage } from "./home-page";
import { askedLocale, travelerContext, visitorContext } from "./language";
import { loadPortalDocument, loadPortalHome } from "./page-queries";
import {
  findAccountForFreshLink,
  findAccountForSignIn,
  findMovedPortalSlug,
  findPortalAgency,
  isAccountActive,
} from "./queries";
import { inPageWords, refusal } from "./refusals";
import {
  clearClientSession,
  endClientSession,
  issueClientSession,
  offerPasskeyOnce,
  rememberSignInEmail,
  takePasskeyOffer,
  takeSignInEmail,
  validateClientSession,
} from "./session";
import { ClaimPage, ForgotPage, LinkInvalidPage, PortalLoginPage, TooManyAttemptsPage } from "./views";

/** A throttled answer in the passkey script's JSON, which never shows it (pages say m.signin_too_many). */
export const TOO_MANY = m.signin_too_many({}, { locale: "en" });
// Schemas name their refusals with message keys; routes say them in the page's language (refusals.ts).
export const emailField = z.pipe(
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: refusal("signin_email_missing") }),
      z.maxLength(254, { error: refusal("signin_email_too_long") }),
      z.toLowerCase(),
    ),
  z.email({ error: refusal("signin_email_invalid") }),
);
const loginForm = z.object({
  email: emailField,
  password: z
    .string()
    .check(
      z.minLength(1, { error: refusal("signin_password_missing") }),
      z.maxLength(128, { error: refusal("signin_password_too_long") }),
    ),
});
const forgotForm = z.object({ email: emailField });
const claimForm = z.object({ password: z.string(), confirm: z.string() });
const homeView = z.object({
  page: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000)), 1),
  trip: z.optional(z.string().check(z.maxLength(64))),
});

export function loginContext(c: Context): LoginContext {
  const cf = c.req.raw.cf as { country?: string; city?: string } | undefined;
  return {
    ip: c.req.header("CF-Connecting-IP") ?? null,
    country: cf?.country ?? null,
    city: cf?.city ?? null,
    userAgent: c.req.header("User-Agent") ?? null,
  };
}

/** Token pages keep the token out of Referer headers and out of caches. */
function tokenPageHeaders(c: Context) {
  c.header("Referrer-Policy", "no-referrer");
  c.header("Cache-Control", "private, no-store");
}

/**
 * Forgot password and "Email me a fresh link": the same answer for every email. The mail is
 * sent after the response (waitUntil) so timing does not tell whether an account exists.
 */
async function sendFreshLink(c: Context<AppEnv>, slug: string, email: string) {
  const work = (async () => {
    const account = await findAccountForFreshLink(c.get("db"), slug, email);
    if (!account || account.status === "disabled") return;
    await performPortalAction(serviceDeps(c), {
      agencyId: account.agencyId,
      contactId: account.contactId,
      action: "send",
      actor: { id: null, name: "Client (asked for a fresh link)", email: "" },
    });
  })();
  await inBackground(c, work, "fresh link");
}

/**
 * Where a client lands after claiming: the document whose sharing invited them, or the trip the
 * invite was sent from (SPEC §11). Built from ids only; the pages themselves check the client may
 * see them (and answer 404 otherwise), so a stale landing can't show anything it shouldn't.
 */
function landingPath(slug: string, landing: string | null): string {
  const [kind, id] = landing?.split(":") ?? [];
  if (kind === "document" && id) return `/portal/${slug}/documents/${encodeURIComponent(id)}`;
  if (kind === "trip" && id) return `/portal/${slug}?trip=${encodeURIComponent(id)}`;
  return `/portal/${slug}`;
}

/** A page that may have no agency to take a language from (an unknown portal): the visitor's, else English. */
const noAgency = (agency: PortalAgency | null) => agency ?? { portalLanguage: null, timeZone: null };

/**
 * The claim page speaks the traveler's language (their contact's, else the agency's); a pick from
 * its language links (`?lang=`) shows it in that one instead, and the form posts it along.
 */
function claimContext(c: Context, contactLanguage: string | null, agency: PortalAgency) {
  return askedLocale(c) ? visitorContext(c, agency) : travelerContext(c, contactLanguage, agency);
}

/** Where the claim form posts: its own address, with the language picked there (so a refusal keeps it). */
function claimAction(c: Context, slug: string, token: string) {
  const asked = askedLocale(c);
  return `/portal/${slug}/claim/${token}${asked ? `?lang=${asked}` : ""}`;
}

/** Why a client was sent to the sign-in page, so it can say so (signInNotice below). */
type SignedOutWhy = "off" | "expired" | "ended";

/** What the sign-in page says about how the client got there (`?changed=1`, `?expired=1`…). */
function signInNotice(query: Record<string, string>, rc: RenderContext): string | undefined {
  if (query.changed) return m.signin_notice_changed({}, rc);
  if (query.signedout) return m.signin_notice_signed_out({}, rc);
  if (query.expired) return m.signin_notice_expired({}, rc);
  if (query.ended) return m.signin_notice_ended({}, rc);
  return undefined;
}

function signedOut(c: Context<AppEnv>, slug: string, why: SignedOutWhy) {
  clearClientSession(c);
  return c.redirect(`/portal/${slug}/login?${why}=1`, 303);
}

/**
 * The signed-in client of this portal, or the redirect to its sign-in page that says why: their
 * access was turned off, their session expired, or it ended (a password reset elsewhere).
 */
export async function signedInClient(c: Context<AppEnv>, slug: string) {
  const session = await validateClientSession(c, c.get("config").SESSION_SECRET, c.get("kv"), slug);
  if (session.ok) {
    c.set("signedIn", true);
    return { ok: true as const, session: session.session };
  }
  if (session.reason === "expired") return { ok: false as const, response: signedOut(c, slug, "expired") };
  if (session.reason !== "revoked") return { ok: false as const, response: c.redirect(`/portal/${slug}/login`, 303) };
  const active = await isAccountActive(c.get("db"), session.accountId);
  return { ok: false as const, response: signedOut(c, slug, active ? "ended" : "off") };
}

/** Pages under /portal/{slug}/… that need the agency; unknown slugs are a plain 404. */
export async function portalAgency(c: Context<AppEnv>) {
  return findPortalAgency(c.get("db"), c.req.param("slug") ?? "");
}

/**
 * A slug that found no portal may be one an agency kept redirecting when it changed its address:
 * the same path and query on the portal's current address, 308 so a posted form stays a post.
 * Claim links follow too (docs/decisions/008-portal-slug-redirects.md). Asked only after the slug
 * found nothing, so live pages keep their one D1 round trip.
 */
export async function redirectOldSlug(c: Context<AppEnv>, db = c.get("db")): Promise<Response | null> {
  const slug = c.req.param("slug") ?? "";
  const current = await findMovedPortalSlug(db, slug);
  if (!current) return null;
  const url = new URL(c.req.url);
  const rest = url.pathname.slice(`/portal/${slug}`.length);
  // Never cached: the agency may take the old slug back, or let it go.
  c.header("Cache-Control", "private, no-store");
  return c.redirect(`/portal/${current}${rest}${url.search}`, 308);
}

/**
 * The claim page of this link, or the dead link's 410. A form refused before the claim was tried
 * (a field no one could have typed) comes back to it, with why in the page's language.
 */
async function claimPage(c: Context<AppEnv>, refused?: string) {
  const slug = c.req.param("slug") ?? "";
  const token = c.req.param("token") ?? "";
  tokenPageHeaders(c);
  const now = new Date();
  let { agency, link } = await inspectClaimLink(c.get("db"), slug, token, now);
  // A replica may not have a link minted a moment ago: ask the primary before saying it's dead.
  if (!link) ({ agency, link } = await inspectClaimLink(c.get("primaryDb")(), slug, token, now));
  if (!agency) {
    const moved = await redirectOldSlug(c, c.get("primaryDb")());
    if (moved) return moved;
  }
  if (!agency || !link)
    return c.html(<LinkInvalidPage rc={visitorContext(c, noAgency(agency))} agency={agency} />, 410);
  const rc = claimContext(c, link.language, agency);
  return c.html(
    <ClaimPage
      rc={rc}
      agency={agency}
      purpose={link.purpose}
      firstName={link.firstName}
      email={link.email}
      expiresAt={link.expiresAt}
      action={claimAction(c, slug, token)}
      errors={refused ? [inPageWords(rc, refused)] : undefined}
    />,
    refused ? 422 : 200,
  );
}

/**
 * A sign-in form (password, or "Email me a sign-in code") that couldn't be read: the sign-in page
 * again, with the email as typed and why, in the visitor's language.
 */
export async function signInFormRefused(c: Context<AppEnv>, invalid: { first: string; values: { email?: string } }) {
  const agency = await portalAgency(c);
  if (!agency) return (await redirectOldSlug(c)) ?? c.notFound();
  const rc = visitorContext(c, agency);
  return c.html(
    <PortalLoginPage rc={rc} agency={agency} email={invalid.values.email} errors={[inPageWords(rc, invalid.first)]} />,
    422,
  );
}

export const portalRoutes = new Hono<AppEnv>()
  .get("/:slug/claim/:token", (c) => claimPage(c))
  .post(
    "/:slug/claim/:token",
    validForm(claimForm, (c: Context<AppEnv>, invalid) => claimPage(c, invalid.first)),
    async (c) => {
      const { slug, token } = c.req.param();
      tokenPageHeaders(c);
      const form = c.req.valid("form");
      const outcome = await claimAccount(
        {
          ...serviceDeps(c),
          scrypt: c.get("config").scrypt,
          isRateLimited: (accountKey) =>
            isRateLimited(
              c.env.AUTH_LIMITER,
              `portal-claim:ip:${clientIp(c.req.raw)}`,
              `portal-claim:account:${accountKey}`,
            ),
          inBackground: (work, label) => inBackground(c, work, label),
        },
        { slug, token, password: form.password, confirm: form.confirm, login: loginContext(c) },
      );
      if (!outcome.ok) {
        if (outcome.reason === "rate_limited") {
          const rc = visitorContext(c, noAgency(outcome.agency));
          return c.html(
            <TooManyAttemptsPage rc={rc} agency={outcome.agency} message={m.signin_too_many({}, rc)} />,
            429,
          );
        }
        if (outcome.reason === "link_invalid")
          return (
            (outcome.agency ? null : await redirectOldSlug(c)) ??
            c.html(<LinkInvalidPage rc={visitorContext(c, noAgency(outcome.agency))} agency={outcome.agency} />, 410)
          );
        const rc = claimContext(c, outcome.link.language, outcome.agency);
        return c.html(
          <ClaimPage
            rc={rc}
            agency={outcome.agency}
            purpose={outcome.link.purpose}
            firstName={outcome.link.firstName}
            email={outcome.link.email}
            expiresAt={outcome.link.expiresAt}
            action={claimAction(c, slug, token)}
            errors={outcome.errors.map((e) => inPageWords(rc, e))}
          />,
          422,
        );
      }
      // The claim cleared the account's sign-in throttle; this browser skips it from now on too.
      await rememberDevice(c, c.get("config").SESSION_SECRET, outcome.signInKey);
      if (outcome.decision.signIn) {
        await issueClientSession(
          c,
          { accountId: outcome.accountId, agencyId: outcome.agencyId, slug },
          c.get("config").SESSION_SECRET,
          new Date(Date.now() + 1),
        );
        offerPasskeyOnce(c, slug);
        return c.redirect(landingPath(slug, outcome.landing), 303);
      }
      clearClientSession(c);
      rememberSignInEmail(c, slug, outcome.email);
      return c.redirect(`/portal/${slug}/login?changed=1`, 303);
    },
  )
  .get("/:slug/login", async (c) => {
    const agency = await portalAgency(c);
    if (!agency) return (await redirectOldSlug(c)) ?? c.notFound();
    const query = c.req.query();
    const email = takeSignInEmail(c, c.req.param("slug"));
    const rc = visitorContext(c, agency);
    return c.html(
      <PortalLoginPage
        rc={rc}
        agency={agency}
        email={email}
        focusPassword={!!email}
        notice={signInNotice(query, rc)}
        errors={query.off ? [m.signin_access_off({ agency: agency.agencyName }, rc)] : undefined}
      />,
    );
  })
  .post("/:slug/login", validForm(loginForm, signInFormRefused), async (c) => {
    const slug = c.req.param("slug");
    const agency = await portalAgency(c);
    if (!agency) return (await redirectOldSlug(c)) ?? c.notFound();
    const { email, password } = c.req.valid("form");
    const rc = visitorContext(c, agency);
    const now = new Date();
    const gateDeps = { db: c.get("db"), limiter: c.env.AUTH_LIMITER, secret: c.get("config").SESSION_SECRET };
    const [account, gate] = await Promise.all([
      findAccountForSignIn(c.get("db"), slug, email),
      openSignInGate(c, gateDeps, {
        key: throttleKey({ side: "portal", slug, email }),
        ipKey: `portal-login:ip:${clientIp(c.req.raw)}`,
        now,
      }),
    ]);
    // Recorded after the response, so an unknown email and a known one take the same time.
    const record = (outcome: LoginOutcome) =>
      account
        ? inBackground(
            c,
            Promise.resolve(
              recordLogin(
                c.get("db"),
                {
                  ...loginContext(c),
                  agencyId: account.agencyId,
                  accountId: account.accountId,
                  outcome,
                  method: "password",
                },
                now,
              ),
            ),
            "login record",
          )
        : Promise.resolve();
    if (!gate.ok) {
      await record("rate_limited");
      return c.html(
        <PortalLoginPage rc={rc} agency={agency} email={email} errors={[inPageWords(rc, gate.message)]} />,
        429,
      );
    }
    const valid = await verifyPassword(password, account?.passwordHash ?? dummyHashFor(c.get("config").scrypt));
    // A disabled account gets the wrong password's answer even for the right password (SPEC §13:
    // no method signs in, and none says more than a wrong password would); the advisor's
    // Access tab still records the attempt as refused for being disabled.
    if (!account || !valid || account.status !== "active") {
      await closeSignInGate(c, gateDeps, gate, "failure", now);
      await record(account && valid ? "disabled" : "wrong_password");
      return c.html(
        <PortalLoginPage rc={rc} agency={agency} email={email} errors={[m.signin_wrong_password({}, rc)]} />,
        401,
      );
    }
    await closeSignInGate(c, gateDeps, gate, "success", now);
    await record("success");
    await issueClientSession(
      c,
      { accountId: account.accountId, agencyId: account.agencyId, slug },
      c.get("config").SESSION_SECRET,
      now,
    );
    return c.redirect(`/portal/${slug}`, 303);
  })
  .get("/:slug/forgot", async (c) => {
    const agency = await portalAgency(c);
    if (!agency) return (await redirectOldSlug(c)) ?? c.notFound();
    return c.html(<ForgotPage rc={visitorContext(c, agency)} agency={agency} />);
  })
  .post(
    "/:slug/forgot",
    validForm(forgotForm, async (c: Context<AppEnv>, invalid) => {
      const agency = await portalAgency(c);
      if (!agency) return (await redirectOldSlug(c)) ?? c.notFound();
      const rc = visitorContext(c, agency);
      return c.html(<ForgotPage rc={rc} agency={agency} errors={[inPageWords(rc, invalid.first)]} />, 422);
    }),
    async (c) => {
      const slug = c.req.param("slug");
      const agency = await portalAgency(c);
      if (!agency) return (await redirectOldSlug(c)) ?? c.notFound();
      const { email } = c.req.valid("form");
      const rc = visitorContext(c, agency);
      if (
        await isRateLimited(
          c.env.AUTH_LIMITER,
          `portal-forgot:ip:${clientIp(c.req.raw)}`,
          `portal-forgot:email:${slug}:${email}`,
        )
      ) {
        return c.html(<ForgotPage rc={rc} agency={agency} errors={[m.signin_too_many({}, rc)]} />, 429);
      }
      await sendFreshLink(c, slug, email);
      return c.html(<ForgotPage rc={rc} agency={agency} sent={{ email, expiresAt: linkExpiry(new Date()) }} />);
    },
  )
  .post("/:slug/logout", async (c) => {
    const slug = c.req.param("slug");
    await endClientSession(c, c.get("kv"), c.get("config").SESSION_SECRET, slug);
    return c.redirect(`/portal/${slug}/login?signedout=1`, 303);
  })
  .get("/:slug/documents/:documentId", async (c) => {
    const { slug, documentId } = c.req.param();
    const client = await signedInClient(c, slug);
    if (!client.ok) return client.response;
    const found = await loadPortalDocument(c.get("db"), slug, client.session.accountId, documentId.slice(0, 64));
    if (!found) return (await redirectOldSlug(c)) ?? c.notFound();
    return c.html(
      <DocumentPage
        rc={travelerContext(c, found.document.language, found.agency)}
        agency={found.agency}
        document={found.document}
        offerPasskey={takePasskeyOffer(c, slug)}
      />,
    );
  })
  .get("/:slug", async (c) => {
    const slug = c.req.param("slug");
    const client = await signedInClient(c, slug);
    if (!client.ok) return client.response;
    const view = homeView.safeParse(c.req.query());
    const { page, trip } = view.success ? view.data : { page: 1, trip: undefined };
    const today = new Date().toISOString().slice(0, 10);
    const home = await loadPortalHome(c.get("db"), slug, client.session.accountId, { page, tripId: trip, today });
    // Disabled (or archived, or the email corrected) since the session began: KV may lag, D1 does not.
    if (!home) return (await redirectOldSlug(c)) ?? signedOut(c, slug, "off");
    return c.html(
      <PortalHomePage
        rc={travelerContext(c, home.account.language, home.agency)}
        agency={home.agency}
        firstName={home.account.firstName}
        advisor={
          home.account.advisorName ? { name: home.account.advisorName, email: home.account.advisorEmail ?? "" } : null
        }
        trips={home.trips}
        documents={home.documents}
        page={home.page}
        hasMore={home.hasMore}
        oneTrip={!!trip}
        offerPasskey={takePasskeyOffer(c, slug)}
      />,
    );
  });
