// Gmail test helpers: the Worker's app with Gmail configured (Google's endpoints pointed at the
// fake), an already-connected advisor, and a reader for the RFC 5322 messages the app builds.
import { env } from "cloudflare:workers";
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { buildApp } from "../../src/app";
import { readConfig, type Bindings } from "../../src/env";
import { refreshTokenPurpose } from "../../src/gmail/access-token";
import { readGoogleSetup, type GoogleConfig } from "../../src/gmail/config";
import { sealSecret } from "../../src/lib/seal";
import { BASE } from "../fixtures";
import { GOOGLE_ENV } from "./fake-google";

const app = buildApp();

/** The test bindings plus Gmail's configuration, or with some of it removed. */
export function gmailEnv(overrides: Partial<Bindings> = {}): Bindings {
  return { ...(env as Bindings), ...GOOGLE_ENV, ...overrides };
}

const configured = gmailEnv();
export const GOOGLE: GoogleConfig = (() => {
  const setup = readGoogleSetup(readConfig(configured));
  if (!setup.configured) throw new Error("test Gmail configuration is incomplete");
  return setup.google;
})();

async function send(request: Request, bindings: Bindings) {
  const ctx = createExecutionContext();
  const res = await app.fetch(request, bindings, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

export function appGet(path: string, cookie?: string, bindings = configured) {
  return send(new Request(`${BASE}${path}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" }), bindings);
}

export function appPost(path: string, form: Record<string, string>, cookie?: string, headers: Record<string, string> = {}, bindings = configured) {
  return send(
    new Request(`${BASE}${path}`, {
      method: "POST",
      body: new URLSearchParams(form),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE, ...(cookie ? { Cookie: cookie } : {}), ...headers },
      redirect: "manual",
    }),
    bindings,
  );
}

/** The one-shot flash message a redirect set. */
export function flashOf(res: Response): { message: string; kind: string } | null {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("trips_flash="));
  if (!cookie) return null;
  let value = cookie.slice("trips_flash=".length).split(";")[0]!;
  // Encoded once by setFlash and once more by the cookie serializer.
  while (!value.startsWith("{")) value = decodeURIComponent(value);
  return JSON.parse(value);
}

export async function advisorGmailRow(advisorId: string) {
  return env.DB.prepare("SELECT gmail_email, gmail_refresh_token_sealed, gmail_status FROM advisors WHERE id = ?").bind(advisorId).first<{
    gmail_email: string | null;
    gmail_refresh_token_sealed: string | null;
    gmail_status: string | null;
  }>();
}

/** Stores a connection the way the callback does, for tests that start after connecting. */
export async function storeGmailConnection(advisorId: string, refreshToken: string, email = "pat@gmail.com", status = "connected") {
  const sealed = await sealSecret(refreshToken, GOOGLE.sealKey, refreshTokenPurpose(advisorId));
  await env.DB.prepare("UPDATE advisors SET gmail_email = ?, gmail_refresh_token_sealed = ?, gmail_status = ? WHERE id = ?").bind(email, sealed, status, advisorId).run();
  return sealed;
}

export async function kvKeys(prefix: string) {
  return (await env.SESSIONS.list({ prefix })).keys;
}

// ---- Reading RFC 5322 / MIME messages ----

function fromBase64(b64: string): string {
  const binary = atob(b64.replace(/-/g, "+").replace(/_/g, "/").replace(/\s+/g, ""));
  return new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
}

/** RFC 2047: encoded-words decoded, whitespace between adjacent encoded-words dropped. */
export function decodeHeader(value: string): string {
  return value.replace(/(=\?UTF-8\?B\?[^?]*\?=)\s+(?==\?UTF-8\?B\?)/gi, "$1").replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, b64: string) => fromBase64(b64));
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
