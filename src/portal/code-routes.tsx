// Signing in with an emailed code (SPEC §13): "Email me a sign-in code" on the sign-in page
// posts here, and the answer is always the code page. The email leaves after the response
// (waitUntil), so neither the page nor its timing says whether the address has an account; the
// rules and the code itself are portal-access's. Entering a code passes the same gate as a
// password (per IP, and the account's throttle) and signs in exactly as a password does.
import { type Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import * as z from "zod/mini";
import { m } from "../i18n/messages";
import { inBackground } from "../lib/background";
import { validForm } from "../lib/forms";
import { clientIp, isRateLimited } from "../lib/rate-limit";
import {
  emailSignInCode,
  type LoginOutcome,
  portalMailer,
  recordLogin,
  serviceDeps,
  signInWithCode,
} from "../portal-access";
import { closeSignInGate, openSignInGate } from "../sessions/sign-in-gate";
import { throttleKey } from "../sessions/throttle";
import type { AppEnv } from "../types";
import { codePagePath, SignInCodePage } from "./code-views";
import { visitorContext } from "./language";
import { inPageWords, refusal } from "./refusals";
import { emailField, loginContext, portalAgency, redirectOldSlug, signInFormRefused } from "./routes";
import { issueClientSession } from "./session";

const sendForm = z.object({ email: emailField });
const codeForm = z.object({
  email: emailField,
  code: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: refusal("code_missing") }),
      z.maxLength(20, { error: refusal("code_missing") }),
    ),
});

/**
 * The address the code page is for rides in a cookie of its own (10 minutes, the code's life,
 * scoped to the code page), never in the URL, where it would land in logs and history.
 */
const CODE_EMAIL_COOKIE = "trips_portal_code_email";

function rememberCodeEmail(c: Context, slug: string, email: string) {
  setCookie(c, CODE_EMAIL_COOKIE, encodeURIComponent(email), {
    path: codePagePath(slug),
    secure: true,
    httpOnly: true,
    sameSite: "Lax",
    maxAge: 600,
  });
}

function readCodeEmail(c: Context): string | undefined {
  const raw = getCookie(c, CODE_EMAIL_COOKIE);
  if (!raw) return undefined;
  try {
    const email = decodeURIComponent(raw);
    return email.length <= 254 && email.includes("@") ? email : undefined;
  } catch {
    return undefined;
  }
}

export const portalCodeRoutes = new Hono<AppEnv>()
  .post("/:slug/login/code/send", validForm(sendForm, signInFormRefused), async (c) => {
    const slug = c.req.param("slug");
    const agency = await portalAgency(c);
    if (!agency) return (await redirectOldSlug(c)) ?? c.notFound();
    const { email } = c.req.valid("form");
    if (
      await isRateLimited(
        c.env.AUTH_LIMITER,
        // The sign-in page's own per-IP limit: asking for codes and guessing passwords share it.
        `portal-login:ip:${clientIp(c.req.raw)}`,
        `portal-code:email:${slug}:${email}`,
      )
    ) {
      const rc = visitorContext(c, agency);
      return c.html(<SignInCodePage rc={rc} agency={agency} email={email} errors={[m.signin_too_many({}, rc)]} />, 429);
    }
    const config = c.get("config");
    const work = emailSignInCode(
      {
        service: serviceDeps(c),
        // No queue and no Gmail: the code leaves at once through Postmark (the dev outbox locally).
        codeMailer: portalMailer({ config, db: c.get("db") }),
        secret: config.SESSION_SECRET,
      },
      { slug, email },
    );
    await inBackground(c, work, "sign-in code");
    rememberCodeEmail(c, slug, email);
    return c.redirect(codePagePath(slug), 303);
  })
  .get("/:slug/login/code", async (c) => {
    const agency = await portalAgency(c);
    if (!agency) return (await redirectOldSlug(c)) ?? c.notFound();
    c.header("Cache-Control", "private, no-store");
    return c.html(<SignInCodePage rc={visitorContext(c, agency)} agency={agency} email={readCodeEmail(c)} />);
  })
  .post(
    "/:slug/login/code",
    validForm(codeForm, async (c: Context<AppEnv>, invalid) => {
      const agency = await portalAgency(c);
      if (!agency) return (await redirectOldSlug(c)) ?? c.notFound();
      const rc = visitorContext(c, agency);
      return c.html(
        <SignInCodePage rc={rc} agency={agency} email={readCodeEmail(c)} errors={[inPageWords(rc, invalid.first)]} />,
        422,
      );
    }),
    async (c) => {
      const slug = c.req.param("slug");
      const agency = await portalAgency(c);
      if (!agency) return (await redirectOldSlug(c)) ?? c.notFound();
      const { email, code } = c.req.valid("form");
      const now = new Date();
      const config = c.get("config");
      const db = c.get("db");
      const rc = visitorContext(c, agency);
      const page = (error: string, status: 401 | 429) =>
        c.html(<SignInCodePage rc={rc} agency={agency} email={email} errors={[error]} />, status);
      const gateDeps = { db, limiter: c.env.AUTH_LIMITER, secret: config.SESSION_SECRET };
      const gate = await openSignInGate(c, gateDeps, {
        key: throttleKey({ side: "portal", slug, email }),
        ipKey: `portal-login:ip:${clientIp(c.req.raw)}`,
        now,
      });
      if (!gate.ok) return page(inPageWords(rc, gate.message), 429);
      const result = await signInWithCode({ db, secret: config.SESSION_SECRET }, { slug, email, code }, now);
      const account = result.ok ? result : result.account;
      // Recorded after the response, so an unknown email and a known one take the same time.
      const record = (outcome: LoginOutcome) =>
        account
          ? inBackground(
              c,
              Promise.resolve(
                recordLogin(
                  db,
                  {
                    ...loginContext(c),
                    agencyId: account.agencyId,
                    accountId: account.accountId,
                    outcome,
                    method: "sign_in_code",
                  },
                  now,
                ),
              ),
              "login record",
            )
          : Promise.resolve();
      if (!result.ok) {
        await closeSignInGate(c, gateDeps, gate, "failure", now);
        await record(result.account?.status === "disabled" ? "disabled" : "wrong_password");
        return page(m.code_wrong({}, rc), 401);
      }
      await closeSignInGate(c, gateDeps, gate, "success", now);
      await record("success");
      await issueClientSession(
        c,
        { accountId: result.accountId, agencyId: result.agencyId, slug },
        config.SESSION_SECRET,
        now,
      );
      deleteCookie(c, CODE_EMAIL_COOKIE, { path: codePagePath(slug), secure: true });
      return c.redirect(`/portal/${slug}`, 303);
    },
  );
