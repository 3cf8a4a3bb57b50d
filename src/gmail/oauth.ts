// Google's OAuth 2.0 authorization-code flow with PKCE (RFC 7636) for sending as the advisor:
// the authorize URL, the token endpoint (code exchange and refresh) and revocation. Every
// answer from Google is validated with zod; expected failures come back as results.
import { decodeJwt } from "jose";
import * as z from "zod/mini";
import { base64url } from "../lib/ids";
import type { GoogleConfig } from "./config";

export const GMAIL_SEND_SCOPE = "https://www.googleapis.com/auth/gmail.send";
export const OAUTH_SCOPES = ["openid", "email", GMAIL_SEND_SCOPE] as const;
export const GOOGLE_TIMEOUT_MS = 10_000;

export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
export const globalFetch: FetchLike = (input, init) => fetch(input, init);

export interface GoogleCall {
  fetch?: FetchLike;
  timeoutMs?: number;
}

/** 32 random bytes, base64url: for `state` and the PKCE code verifier (43 characters). */
export function randomToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

export function buildAuthorizeUrl(
  google: GoogleConfig,
  input: { state: string; codeChallenge: string; loginHint?: string | null },
): string {
  const url = new URL(google.authUrl);
  url.search = new URLSearchParams({
    client_id: google.clientId,
    redirect_uri: google.redirectUri,
    response_type: "code",
    scope: OAUTH_SCOPES.join(" "),
    // offline + consent: Google returns a refresh token on every connect, including a reconnect.
    access_type: "offline",
    prompt: "consent",
    state: input.state,
    code_challenge: input.codeChallenge,
    code_challenge_method: "S256",
    ...(input.loginHint ? { login_hint: input.loginHint } : {}),
  }).toString();
  return url.toString();
}

const tokenAnswer = z.object({
  access_token: z.string().check(z.minLength(1)),
  expires_in: z.coerce.number().check(z.int(), z.positive()),
  token_type: z.string().check(z.regex(/^bearer$/i)),
  scope: z._default(z.string(), ""),
  refresh_token: z.optional(z.string().check(z.minLength(1))),
  id_token: z.optional(z.string().check(z.minLength(1))),
});

const tokenError = z.object({ error: z.string(), error_description: z.optional(z.string()) });

export type TokenResult =
  | { ok: true; accessToken: string; expiresIn: number; scopes: string[]; refreshToken?: string; idToken?: string }
  /** `revoked`: Google says the grant is dead (invalid_grant); `failed`: anything else, maybe temporary. */
  | { ok: false; reason: "revoked" | "failed"; message: string };

async function callGoogle(
  call: GoogleCall,
  url: string,
  init: RequestInit,
): Promise<{ ok: true; res: Response } | { ok: false; message: string }> {
  try {
    const res = await (call.fetch ?? globalFetch)(url, {
      ...init,
      signal: AbortSignal.timeout(call.timeoutMs ?? GOOGLE_TIMEOUT_MS),
    });
    return { ok: true, res };
  } catch (err) {
    const e = err as { name?: string; message?: string };
    return {
      ok: false,
      message: /timeout|abort/i.test(`${e.name} ${e.message}`)
        ? "Google did not answer in time."
        : `Google could not be reached (${e.message ?? "network error"}).`,
    };
  }
}

async function postTokenEndpoint(
  google: GoogleConfig,
  form: Record<string, string>,
  call: GoogleCall,
): Promise<TokenResult> {
  const sent = await callGoogle(call, google.tokenUrl, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    body: new URLSearchParams({ client_id: google.clientId, client_secret: google.clientSecret, ...form }),
  });
  if (!sent.ok) return { ok: false, reason: "failed", message: sent.message };
  const body: unknown = await sent.res.json().catch(() => null);
  if (!sent.res.ok) {
    const err = tokenError.safeParse(body);
    if (err.success && err.data.error === "invalid_grant")
      return { ok: false, reason: "revoked", message: err.data.error_description ?? "Google refused the grant." };
    return {
      ok: false,
      reason: "failed",
      message: `Google's token endpoint answered ${sent.res.status}${err.success ? ` (${err.data.error})` : ""}.`,
    };
  }
  const parsed = tokenAnswer.safeParse(body);
  if (!parsed.success)
    return { ok: false, reason: "failed", message: "Google's token endpoint sent an answer we don't understand." };
  const t = parsed.data;
  return {
    ok: true,
    accessToken: t.access_token,
    expiresIn: t.expires_in,
    scopes: t.scope.split(/\s+/).filter(Boolean),
    refreshToken: t.refresh_token,
    idToken: t.id_token,
  };
}

export function exchangeAuthorizationCode(
  google: GoogleConfig,
  input: { code: string; codeVerifier: string },
  call: GoogleCall = {},
) {
  return postTokenEndpoint(
    google,
    {
      grant_type: "authorization_code",
      code: input.code,
      code_verifier: input.codeVerifier,
      redirect_uri: google.redirectUri,
    },
    call,
  );
}

export function refreshAccessToken(google: GoogleConfig, refreshToken: string, call: GoogleCall = {}) {
  return postTokenEndpoint(google, { grant_type: "refresh_token", refresh_token: refreshToken }, call);
}

/** Revoking a refresh token also revokes the access tokens minted from it. */
export async function revokeGoogleToken(
  google: GoogleConfig,
  token: string,
  call: GoogleCall = {},
): Promise<{ ok: boolean }> {
  const sent = await callGoogle(call, google.revokeUrl, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ token }),
  });
  if (!sent.ok) return { ok: false };
  // 400 invalid_token: the token was already revoked or expired, which is what we wanted.
  if (sent.res.ok) return { ok: true };
  const err = tokenError.safeParse(await sent.res.json().catch(() => null));
  return { ok: sent.res.status === 400 && err.success && err.data.error === "invalid_token" };
}

const idTokenClaims = z.object({
  iss: z.enum(["https://accounts.google.com", "accounts.google.com"]),
  aud: z.union([z.string(), z.array(z.string())]),
  email: z.email(),
  email_verified: z.literal(true),
});

/**
 * The Google account's email from the ID token in the token endpoint's answer. Its signature
 * is not checked: it came straight from Google's token endpoint over TLS in exchange for our
 * client secret, which Google's OpenID Connect guide says is enough. Issuer and audience are.
 */
export function readAccountEmail(idToken: string | undefined, clientId: string): string | null {
  if (!idToken) return null;
  try {
    const claims = idTokenClaims.safeParse(decodeJwt(idToken));
    if (!claims.success) return null;
    const audiences = Array.isArray(claims.data.aud) ? claims.data.aud : [claims.data.aud];
    return audiences.includes(clientId) ? claims.data.email : null;
  } catch {
    return null;
  }
}
