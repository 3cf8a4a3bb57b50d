// A fake of the Google endpoints the app talks to (OAuth token and revoke endpoints, the Gmail
// API's messages/send) and of Postmark's /email, at the fetch boundary. It keeps Google's rules
// that matter here: codes are single-use and bound to the PKCE challenge and redirect URI,
// refresh tokens die when revoked, access tokens are tied to their refresh token.
import { SignJWT } from "jose";
import { base64url } from "../../src/lib/ids";

export const GOOGLE_ENV = {
  GOOGLE_CLIENT_ID: "trips-test.apps.googleusercontent.com",
  GOOGLE_CLIENT_SECRET: "GOCSPX-test-secret",
  TOKEN_SEAL_KEY: "test-token-seal-key-0123456789abcdef0123",
  GOOGLE_AUTH_URL: "https://accounts.google.test/o/oauth2/v2/auth",
  GOOGLE_TOKEN_URL: "https://oauth2.google.test/token",
  GOOGLE_REVOKE_URL: "https://oauth2.google.test/revoke",
  GMAIL_API_URL: "https://gmail.google.test",
};
export const GMAIL_SEND_SCOPE = "https://www.googleapis.com/auth/gmail.send";

export interface Recorded {
  url: string;
  method: string;
  headers: Headers;
  form: URLSearchParams;
  json: Record<string, unknown> | null;
}

type Answer = (req: Recorded, init: RequestInit | undefined) => Response | Promise<Response> | null;

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

export const gmailError = (status: number, message: string, reason?: string) =>
  json(status, { error: { code: status, message, ...(reason ? { errors: [{ domain: "global", reason, message }] } : {}), status: status === 401 ? "UNAUTHENTICATED" : "PERMISSION_DENIED" } });

/** Never answers: only the caller's abort signal ends the request. */
export const hangs: Answer = (_req, init) =>
  new Promise((_resolve, reject) => {
    const signal = init?.signal;
    if (!signal) return reject(new Error("no abort signal was sent"));
    signal.addEventListener("abort", () => reject(signal.reason));
  });

export class FakeGoogle {
  readonly requests: Recorded[] = [];
  /** What the Gmail API accepted, with the access token it came with. */
  readonly gmailSent: { raw: string; accessToken: string; id: string }[] = [];
  readonly postmarkSent: Record<string, unknown>[] = [];
  expiresIn = 3599;
  /** Overrides, checked before the normal behaviour; return null to fall through. */
  tokenAnswer: Answer | null = null;
  gmailAnswer: Answer | null = null;
  private codes = new Map<string, { challenge: string; redirectUri: string; scope: string; email: string }>();
  private refreshTokens = new Map<string, { email: string; revoked: boolean }>();
  private accessTokens = new Map<string, string>();

  /** The advisor approved on Google's consent page: the code Google would send to the callback. */
  consent(authorizeUrl: string, opts: { email?: string; scope?: string } = {}): string {
    const url = new URL(authorizeUrl);
    const code = `4/0A${base64url(crypto.getRandomValues(new Uint8Array(24)))}`;
    this.codes.set(code, {
      challenge: url.searchParams.get("code_challenge") ?? "",
      redirectUri: url.searchParams.get("redirect_uri") ?? "",
      scope: opts.scope ?? url.searchParams.get("scope") ?? "",
      email: opts.email ?? "pat@gmail.com",
    });
    return code;
  }

  /** A refresh token Google knows, as if the advisor had connected earlier. */
  issueRefreshToken(email = "pat@gmail.com"): string {
    const token = `1//0g${base64url(crypto.getRandomValues(new Uint8Array(24)))}`;
    this.refreshTokens.set(token, { email, revoked: false });
    return token;
  }

  /** The advisor removed Trips at myaccount.google.com (or the token expired). */
  revokeOutsideTrips(refreshToken: string) {
    this.refreshTokens.get(refreshToken)!.revoked = true;
  }

  isRevoked(refreshToken: string) {
    return this.refreshTokens.get(refreshToken)?.revoked ?? true;
  }

  calls(path: string) {
    return this.requests.filter((r) => new URL(r.url).pathname === path);
  }

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const body = typeof init?.body === "string" ? init.body : init?.body instanceof URLSearchParams ? init.body.toString() : "";
    const headers = new Headers(init?.headers);
    const isJson = headers.get("Content-Type")?.includes("json");
    const req: Recorded = { url, method: init?.method ?? "GET", headers, form: new URLSearchParams(isJson ? "" : body), json: isJson && body ? JSON.parse(body) : null };
    this.requests.push(req);
    const { origin, pathname } = new URL(url);
    if (req.method === "POST" && url === GOOGLE_ENV.GOOGLE_TOKEN_URL) return (await this.tokenAnswer?.(req, init)) ?? this.token(req);
    if (req.method === "POST" && url === GOOGLE_ENV.GOOGLE_REVOKE_URL) return this.revoke(req);
    if (req.method === "POST" && origin === GOOGLE_ENV.GMAIL_API_URL && pathname === "/gmail/v1/users/me/messages/send") return (await this.gmailAnswer?.(req, init)) ?? this.sendGmail(req);
    if (req.method === "POST" && origin === "https://api.postmarkapp.com" && pathname === "/email") {
      this.postmarkSent.push(req.json!);
      return json(200, { To: req.json!.To, SubmittedAt: new Date().toISOString(), MessageID: `pm-${crypto.randomUUID()}`, ErrorCode: 0, Message: "OK" });
    }
    return new Response("Not found", { status: 404 });
  };

  private async token(req: Recorded): Promise<Response> {
    const f = req.form;
    if (f.get("client_id") !== GOOGLE_ENV.GOOGLE_CLIENT_ID || f.get("client_secret") !== GOOGLE_ENV.GOOGLE_CLIENT_SECRET) {
      return json(401, { error: "invalid_client", error_description: "The OAuth client was not found." });
    }
    if (f.get("grant_type") === "authorization_code") {
      const grant = this.codes.get(f.get("code") ?? "");
      this.codes.delete(f.get("code") ?? "");
      if (!grant) return json(400, { error: "invalid_grant", error_description: "Malformed auth code." });
      if (grant.redirectUri !== f.get("redirect_uri")) return json(400, { error: "redirect_uri_mismatch", error_description: "Bad Request" });
      const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(f.get("code_verifier") ?? "")));
      if (base64url(digest) !== grant.challenge) return json(400, { error: "invalid_grant", error_description: "Invalid code verifier." });
      const refreshToken = this.issueRefreshToken(grant.email);
      const idToken = await new SignJWT({ email: grant.email, email_verified: true, sub: "1098765" })
        .setProtectedHeader({ alg: "HS256" })
        .setIssuer("https://accounts.google.com")
        .setAudience(GOOGLE_ENV.GOOGLE_CLIENT_ID)
        .setIssuedAt()
        .setExpirationTime("1h")
        .sign(crypto.getRandomValues(new Uint8Array(32)));
      return json(200, { access_token: this.mintAccessToken(refreshToken), expires_in: this.expiresIn, refresh_token: refreshToken, scope: grant.scope, token_type: "Bearer", id_token: idToken });
    }
    if (f.get("grant_type") === "refresh_token") {
      const known = this.refreshTokens.get(f.get("refresh_token") ?? "");
      if (!known || known.revoked) return json(400, { error: "invalid_grant", error_description: "Token has been expired or revoked." });
      return json(200, { access_token: this.mintAccessToken(f.get("refresh_token")!), expires_in: this.expiresIn, scope: `${GMAIL_SEND_SCOPE} openid https://www.googleapis.com/auth/userinfo.email`, token_type: "Bearer" });
    }
    return json(400, { error: "unsupported_grant_type" });
  }

  private mintAccessToken(refreshToken: string) {
    const token = `ya29.${base64url(crypto.getRandomValues(new Uint8Array(24)))}`;
    this.accessTokens.set(token, refreshToken);
    return token;
  }

  private revoke(req: Recorded): Response {
    const token = req.form.get("token") ?? "";
    const refresh = this.refreshTokens.get(token) ? token : this.accessTokens.get(token);
    const known = refresh ? this.refreshTokens.get(refresh) : undefined;
    if (!known || known.revoked) return json(400, { error: "invalid_token", error_description: "Token expired or revoked" });
    known.revoked = true;
    return new Response("", { status: 200 });
  }

  private sendGmail(req: Recorded): Response {
    const accessToken = /^Bearer (.+)$/.exec(req.headers.get("Authorization") ?? "")?.[1] ?? "";
    const refresh = this.accessTokens.get(accessToken);
    if (!refresh || this.isRevoked(refresh)) return gmailError(401, "Request had invalid authentication credentials. Expected OAuth 2 access token.");
    const id = `18c${base64url(crypto.getRandomValues(new Uint8Array(6)))}`;
    this.gmailSent.push({ raw: String(req.json?.raw ?? ""), accessToken, id });
    return json(200, { id, threadId: id, labelIds: ["SENT"] });
  }
}
