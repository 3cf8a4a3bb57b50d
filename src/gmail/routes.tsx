// Settings → Gmail: Connect (OAuth 2.0 authorization code + PKCE, state bound to the advisor's
// session), Google's callback, and Disconnect (revoke at Google, then forget). Every outcome
// ends on /settings with a flash that says what happened in plain words.
import { type Context, Hono } from "hono";
import * as z from "zod/mini";
import { sealSecret, unsealSecret } from "../lib/seal";
import type { AppEnv } from "../types";
import { setFlash } from "../ui/feedback";
import { cacheAccessToken, forgetAccessToken, refreshTokenPurpose } from "./access-token";
import { readGoogleSetup } from "./config";
import {
  buildAuthorizeUrl,
  exchangeAuthorizationCode,
  GMAIL_SEND_SCOPE,
  pkceChallenge,
  randomToken,
  readAccountEmail,
  revokeGoogleToken,
} from "./oauth";
import { saveOAuthState, takeOAuthState } from "./oauth-state";
import { deleteGmailConnection, loadGmailConnection, loadSealedRefreshToken, saveGmailConnection } from "./queries";

const NOTHING_CONNECTED = "Nothing was connected; try Connect Gmail again.";

const randomTokenShape = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));
const callbackQuery = z.union([
  z.object({
    state: randomTokenShape,
    code: z.string().check(z.minLength(1), z.maxLength(2048)),
    scope: z.optional(z.string().check(z.maxLength(4096))),
  }),
  z.object({ state: randomTokenShape, error: z.string().check(z.minLength(1), z.maxLength(200)) }),
]);

function backToSettings(c: Context<AppEnv>, message: string, kind: "ok" | "error" = "ok") {
  setFlash(c, message, kind);
  return c.redirect("/settings", 303);
}

/** For advisors, not operators: the setup itself (which settings) is in the README and the server's log. */
function notConfigured(missing: string[]) {
  console.warn(`Gmail sending is not configured: set ${missing.join(", ")} (README, "Sending from advisors' Gmail").`);
  return "Gmail sending isn't available on this Trips server yet. Invites go out by email from your agency's address.";
}

export const gmailRoutes = new Hono<AppEnv>()
  .post("/connect", async (c) => {
    const setup = readGoogleSetup(c.get("config"));
    if (!setup.configured) return backToSettings(c, notConfigured(setup.missing), "error");
    const advisor = c.get("advisor");
    const state = randomToken();
    const codeVerifier = randomToken();
    await saveOAuthState(c.get("kv"), state, { advisorId: advisor.id, sessionId: advisor.sessionId, codeVerifier });
    // Reconnecting: Google preselects the account that was connected before.
    const previous = await loadGmailConnection(c.get("db"), advisor.agencyId, advisor.id);
    return c.redirect(
      buildAuthorizeUrl(setup.google, {
        state,
        codeChallenge: await pkceChallenge(codeVerifier),
        loginHint: previous?.email,
      }),
      303,
    );
  })
  .get("/callback", async (c) => {
    // The URL carries the authorization code: it must not leak to the next page as a referrer.
    c.header("Referrer-Policy", "no-referrer");
    const query = callbackQuery.safeParse(c.req.query());
    if (!query.success) return backToSettings(c, `Google's answer was incomplete. ${NOTHING_CONNECTED}`, "error");
    const stored = await takeOAuthState(c.get("kv"), query.data.state);
    if (!stored)
      return backToSettings(c, `That Gmail sign-in has expired or was already used. ${NOTHING_CONNECTED}`, "error");
    const advisor = c.get("advisor");
    if (stored.advisorId !== advisor.id || stored.sessionId !== advisor.sessionId) {
      return backToSettings(c, `That Gmail sign-in was started in another session. ${NOTHING_CONNECTED}`, "error");
    }
    if ("error" in query.data) {
      const why =
        query.data.error === "access_denied"
          ? "you declined on Google's page"
          : `Google reported "${query.data.error}"`;
      return backToSettings(c, `Gmail was not connected: ${why}.`, "error");
    }
    const setup = readGoogleSetup(c.get("config"));
    if (!setup.configured) return backToSettings(c, notConfigured(setup.missing), "error");
    const { google } = setup;

    const tokens = await exchangeAuthorizationCode(google, {
      code: query.data.code,
      codeVerifier: stored.codeVerifier,
    });
    if (!tokens.ok)
      return backToSettings(
        c,
        `Google didn't complete the connection (${tokens.message}) ${NOTHING_CONNECTED}`,
        "error",
      );
    const email = readAccountEmail(tokens.idToken, google.clientId);
    const refusal = !tokens.scopes.includes(GMAIL_SEND_SCOPE)
      ? "Gmail was not connected: Google didn't grant permission to send email. Connect again and tick “Send email on your behalf”."
      : !tokens.refreshToken
        ? `Google didn't grant lasting access. ${NOTHING_CONNECTED}`
        : !email
          ? `Google didn't say which verified account you chose. ${NOTHING_CONNECTED}`
          : null;
    if (refusal !== null || !tokens.refreshToken || !email) {
      // Hand back what Google granted rather than leave an unused grant behind.
      await revokeGoogleToken(google, tokens.refreshToken ?? tokens.accessToken);
      return backToSettings(c, refusal ?? NOTHING_CONNECTED, "error");
    }

    const sealedRefreshToken = await sealSecret(tokens.refreshToken, google.sealKey, refreshTokenPurpose(advisor.id));
    await saveGmailConnection(c.get("db"), advisor.agencyId, advisor.id, { email, sealedRefreshToken });
    // The first send can use the access token Google just gave us instead of refreshing.
    await cacheAccessToken(
      c.get("kv"),
      google,
      { advisorId: advisor.id, sealedRefreshToken },
      tokens.accessToken,
      tokens.expiresIn,
    );
    return backToSettings(
      c,
      `Gmail connected as ${email}. Invites, resends and resets you send now go out from that address.`,
    );
  })
  .post("/disconnect", async (c) => {
    const advisor = c.get("advisor");
    const sealed = await loadSealedRefreshToken(c.get("db"), advisor.agencyId, advisor.id);
    if (!sealed) return backToSettings(c, "Gmail was already disconnected.");
    const setup = readGoogleSetup(c.get("config"));
    const refreshToken = setup.configured
      ? await unsealSecret(sealed, setup.google.sealKey, refreshTokenPurpose(advisor.id))
      : null;
    const revoked = setup.configured && refreshToken ? (await revokeGoogleToken(setup.google, refreshToken)).ok : false;
    await deleteGmailConnection(c.get("db"), advisor.agencyId, advisor.id);
    await forgetAccessToken(c.get("kv"), { advisorId: advisor.id, sealedRefreshToken: sealed });
    return backToSettings(
      c,
      revoked
        ? "Gmail disconnected. Trips can no longer send as you; invites go out from the agency's address again."
        : "Gmail disconnected here, but Google didn't confirm it revoked access. You can remove Trips at myaccount.google.com/permissions.",
    );
  });
