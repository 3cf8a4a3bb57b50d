// Gmail test helpers: the Worker's app with Gmail configured (Google's endpoints pointed at the
// fake in ../fakes.ts), an already-connected advisor, and what D1 and KV hold about it.

import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { buildApp } from "../../src/app";
import { type Bindings, readConfig } from "../../src/env";
import { refreshTokenPurpose } from "../../src/gmail/access-token";
import { type GoogleConfig, readGoogleSetup } from "../../src/gmail/config";
import { sealSecret } from "../../src/lib/seal";
import { type FakeGoogle, GOOGLE_ENV } from "../fakes";
import { BASE } from "../fixtures";

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
  return send(
    new Request(`${BASE}${path}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" }),
    bindings,
  );
}

export function appPost(
  path: string,
  form: Record<string, string>,
  cookie?: string,
  headers: Record<string, string> = {},
  bindings = configured,
) {
  return send(
    new Request(`${BASE}${path}`, {
      method: "POST",
      body: new URLSearchParams(form),
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: BASE,
        ...(cookie ? { Cookie: cookie } : {}),
        ...headers,
      },
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
  return env.DB.prepare("SELECT gmail_email, gmail_refresh_token_sealed, gmail_status FROM advisors WHERE id = ?")
    .bind(advisorId)
    .first<{
      gmail_email: string | null;
      gmail_refresh_token_sealed: string | null;
      gmail_status: string | null;
    }>();
}

/** Stores a connection the way the callback does, for tests that start after connecting. */
export async function storeGmailConnection(
  advisorId: string,
  refreshToken: string,
  email = "pat@gmail.com",
  status = "connected",
) {
  const sealed = await sealSecret(refreshToken, GOOGLE.sealKey, refreshTokenPurpose(advisorId));
  await env.DB.prepare(
    "UPDATE advisors SET gmail_email = ?, gmail_refresh_token_sealed = ?, gmail_status = ? WHERE id = ?",
  )
    .bind(email, sealed, status, advisorId)
    .run();
  return sealed;
}

/** The advisor connected Gmail earlier: Google knows the refresh token and D1 holds it sealed. */
export async function connectGmail(
  google: FakeGoogle,
  advisorId: string,
  status: "connected" | "needs_reconnect" = "connected",
) {
  const refreshToken = google.issueRefreshToken("pat@gmail.com");
  const sealed = await storeGmailConnection(advisorId, refreshToken, "pat@gmail.com", status);
  return { refreshToken, sealed };
}

export async function kvKeys(prefix: string) {
  return (await env.SESSIONS.list({ prefix })).keys;
}
