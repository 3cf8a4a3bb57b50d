// The outside world the Worker calls over HTTP, faked at the fetch boundary: Google (the OAuth
// token and revoke endpoints, the Gmail API's messages/send) and Postmark's /email. Each fake
// keeps the provider's rules that matter here: Google's codes are single-use and bound to the
// PKCE challenge and redirect URI, refresh tokens die when revoked, access tokens are tied to
// their refresh token; Postmark answers with its documented error codes. Plus a reader for the
// RFC 5322 messages Gmail receives. No cloudflare:* imports: the Node unit project uses it too.
import { SignJWT } from "jose";
import { base64url } from "../src/lib/ids";
import { POSTMARK_API_ERRORS } from "./postmark-records";

// Postmark's webhook records and API errors as documented, for every delivery test.
export * from "./postmark-records";

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
export const POSTMARK_EMAIL_URL = "https://api.postmarkapp.com/email";

export interface Recorded {
  url: string;
  method: string;
  headers: Headers;
  form: URLSearchParams;
  json: Record<string, unknown> | null;
}

/** How a fake answers one request; null falls through to its normal behaviour. */
export type Answer = (req: Recorded, init: RequestInit | undefined) => Response | Promise<Response> | null;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

function record(input: RequestInfo | URL, init: RequestInit | undefined): Recorded {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  const body =
    typeof init?.body === "string" ? init.body : init?.body instanceof URLSearchParams ? init.body.toString() : "";
  const headers = new Headers(init?.headers);
  const isJson = headers.get("Content-Type")?.includes("json");
  return {
    url,
    method: init?.method ?? "GET",
    headers,
    form: new URLSearchParams(isJson ? "" : body),
    json: isJson && body ? JSON.parse(body) : null,
  };
}

/** Never answers: only the caller's abort signal ends the request. */
export const hangs: Answer = (_req, init) =>
  new Promise((_resolve, reject) => {
    const signal = init?.signal;
    if (!signal) return reject(new Error("no abort signal was sent"));
    signal.addEventListener("abort", () => reject(signal.reason));
  });

// ---- Postmark ----

/** Postmark's answers to POST /email, shaped like its HTTP API. */
export const postmarkAnswer = {
  accepted: ((req) =>
    json(200, {
      To: req.json?.To,
      SubmittedAt: "2026-11-20T10:15:00.0000000-05:00",
      MessageID: `pm-${crypto.randomUUID()}`,
      ErrorCode: 0,
      Message: "OK",
    })) as Answer,
  // ErrorCode 300, "Invalid email request": any malformed request, an address or otherwise.
  invalidAddress: (() => json(422, POSTMARK_API_ERRORS.invalidToAddress)) as Answer,
  emptyBody: (() => json(422, POSTMARK_API_ERRORS.emptyBody)) as Answer,
  illegalFrom: (() => json(422, POSTMARK_API_ERRORS.illegalFrom)) as Answer,
  inactiveRecipient: (() => json(422, POSTMARK_API_ERRORS.inactiveRecipient)) as Answer,
  serverError: (() =>
    new Response("Internal Server Error", { status: 500, headers: { "Content-Type": "text/plain" } })) as Answer,
  badToken: (() => json(401, POSTMARK_API_ERRORS.badToken)) as Answer,
  aborted: (() => Promise.reject(new DOMException("The operation was aborted", "AbortError"))) as Answer,
  timedOut: (() =>
    Promise.reject(new DOMException("The operation was aborted due to timeout", "TimeoutError"))) as Answer,
  hangs,
};

/** Postmark's /email: records every request and answers with `answer` (accepted by default). */
export class FakePostmark {
  readonly requests: Recorded[] = [];
  /** The messages Postmark accepted. */
  readonly sent: Record<string, unknown>[] = [];
  constructor(public answer: Answer = postmarkAnswer.accepted) {}

  readonly fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> =>
    this.handle(record(input, init), init);

  async handle(req: Recorded, init: RequestInit | undefined): Promise<Response> {
    this.requests.push(req);
    // Postmark only accepts a POST to /email for a single message (the host is checked in its own test).
    if (req.method !== "POST" || new URL(req.url).pathname !== "/email")
      return json(404, { ErrorCode: 404, Message: "Not found" });
    const res = (await this.answer(req, init)) ?? (await postmarkAnswer.accepted(req, init))!;
    if (res.ok) this.sent.push(req.json!);
    return res;
  }
}

// ---- Google ----

export const gmailError = (status: number, message: string, reason?: string) =>
  json(status, {
    error: {
      code: status,
      message,
      ...(reason ? { errors: [{ domain: "global", reason, message }] } : {}),
      status: status === 401 ? "UNAUTHENTICATED" : "PERMISSION_DENIED",
    },
  });

/** Google's endpoints, and Postmark's behind the same fetch as in production. */
export class FakeGoogle {
  /** Every request, Google's and Postmark's. */
  readonly requests: Recorded[] = [];
  /** What the Gmail API accepted, with the access token it came with. */
  readonly gmailSent: { raw: string; accessToken: string; id: string }[] = [];
  readonly postmark = new FakePostmark();
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
    const req = record(input, init);
    this.requests.push(req);
    const { origin, pathname } = new URL(req.url);
    if (req.method === "POST" && req.url === GOOGLE_ENV.GOOGLE_TOKEN_URL)
      return (await this.tokenAnswer?.(req, init)) ?? this.token(req);
    if (req.method === "POST" && req.url === GOOGLE_ENV.GOOGLE_REVOKE_URL) return this.revoke(req);
    if (req.method === "POST" && origin === GOOGLE_ENV.GMAIL_API_URL && pathname === "/gmail/v1/users/me/messages/send")
      return (await this.gmailAnswer?.(req, init)) ?? this.sendGmail(req);
    if (origin === new URL(POSTMARK_EMAIL_URL).origin) return this.postmark.handle(req, init);
    return new Response("Not found", { status: 404 });
  };

  private async token(req: Recorded): Promise<Response> {
    const f = req.form;
    if (
      f.get("client_id") !== GOOGLE_ENV.GOOGLE_CLIENT_ID ||
      f.get("client_secret") !== GOOGLE_ENV.GOOGLE_CLIENT_SECRET
    ) {
      return json(401, { error: "invalid_client", error_description: "The OAuth client was not found." });
    }
    if (f.get("grant_type") === "authorization_code") {
      const grant = this.codes.get(f.get("code") ?? "");
      this.codes.delete(f.get("code") ?? "");
      if (!grant) return json(400, { error: "invalid_grant", error_description: "Malformed auth code." });
      if (grant.redirectUri !== f.get("redirect_uri"))
        return json(400, { error: "redirect_uri_mismatch", error_description: "Bad Request" });
      const digest = new Uint8Array(
        await crypto.subtle.digest("SHA-256", new TextEncoder().encode(f.get("code_verifier") ?? "")),
      );
      if (base64url(digest) !== grant.challenge)
        return json(400, { error: "invalid_grant", error_description: "Invalid code verifier." });
      const refreshToken = this.issueRefreshToken(grant.email);
      const idToken = await new SignJWT({ email: grant.email, email_verified: true, sub: "1098765" })
        .setProtectedHeader({ alg: "HS256" })
        .setIssuer("https://accounts.google.com")
        .setAudience(GOOGLE_ENV.GOOGLE_CLIENT_ID)
        .setIssuedAt()
        .setExpirationTime("1h")
        .sign(crypto.getRandomValues(new Uint8Array(32)));
      return json(200, {
        access_token: this.mintAccessToken(refreshToken),
        expires_in: this.expiresIn,
        refresh_token: refreshToken,
        scope: grant.scope,
        token_type: "Bearer",
        id_token: idToken,
      });
    }
    if (f.get("grant_type") === "refresh_token") {
      const known = this.refreshTokens.get(f.get("refresh_token") ?? "");
      if (!known || known.revoked)
        return json(400, { error: "invalid_grant", error_description: "Token has been expired or revoked." });
      return json(200, {
        access_token: this.mintAccessToken(f.get("refresh_token")!),
        expires_in: this.expiresIn,
        scope: `${GMAIL_SEND_SCOPE} openid https://www.googleapis.com/auth/userinfo.email`,
        token_type: "Bearer",
      });
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
    if (!known || known.revoked)
      return json(400, { error: "invalid_token", error_description: "Token expired or revoked" });
    known.revoked = true;
    return new Response("", { status: 200 });
  }

  private sendGmail(req: Recorded): Response {
    const accessToken = /^Bearer (.+)$/.exec(req.headers.get("Authorization") ?? "")?.[1] ?? "";
    const refresh = this.accessTokens.get(accessToken);
    if (!refresh || this.isRevoked(refresh))
      return gmailError(401, "Request had invalid authentication credentials. Expected OAuth 2 access token.");
    const id = `18c${base64url(crypto.getRandomValues(new Uint8Array(6)))}`;
    this.gmailSent.push({ raw: String(req.json?.raw ?? ""), accessToken, id });
    return json(200, { id, threadId: id, labelIds: ["SENT"] });
  }
}

// ---- Reading the RFC 5322 / MIME messages Gmail receives ----

function fromBase64(b64: string): string {
  const binary = atob(b64.replace(/-/g, "+").replace(/_/g, "/").replace(/\s+/g, ""));
  return new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
}

/** RFC 2047: encoded-words decoded, whitespace between adjacent encoded-words dropped. */
export function decodeHeader(value: string): string {
  return value
    .replace(/(=\?UTF-8\?B\?[^?]*\?=)\s+(?==\?UTF-8\?B\?)/gi, "$1")
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, b64: string) => fromBase64(b64));
}

export interface ParsedPart {
  headers: Record<string, string>;
  body: string;
}

function splitHeaders(block: string): { headers: Record<string, string>; rawHeaders: string; body: string } {
  const at = block.indexOf("\r\n\r\n");
  const rawHeaders = block.slice(0, at);
  const headers: Record<string, string> = {};
  for (const line of rawHeaders.replace(/\r\n[ \t]/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, rawHeaders, body: block.slice(at + 4) };
}

/** Decodes a Gmail `raw` value: the message source, its headers (RFC 2047 decoded) and its parts. */
export function readRawMessage(raw: string) {
  const source = fromBase64(raw);
  const { headers, rawHeaders, body } = splitHeaders(source);
  const decoded = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, decodeHeader(v)]));
  const boundary = /boundary="([^"]+)"/.exec(headers["content-type"] ?? "")?.[1];
  const parts: ParsedPart[] = [];
  if (boundary) {
    const chunks = body.split(`--${boundary}`);
    for (const chunk of chunks.slice(1, -1)) {
      const part = splitHeaders(chunk.replace(/^\r\n/, ""));
      const text = part.headers["content-transfer-encoding"] === "base64" ? fromBase64(part.body) : part.body;
      parts.push({ headers: part.headers, body: text });
    }
    if (!chunks.at(-1)!.startsWith("--")) throw new Error("multipart body has no closing boundary");
  }
  return { source, rawHeaders, headers: decoded, parts };
}
