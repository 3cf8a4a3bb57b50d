// A fake of Google's OAuth endpoints for the browser tests, on a local port: a consent page
// with an Allow button, a token endpoint that checks the PKCE verifier, and revocation.
// The Worker under `wrangler dev` is pointed at it through GOOGLE_*_URL variables.
import { createHash, randomBytes } from "node:crypto";
import { createServer } from "node:http";

const b64url = (buf) => Buffer.from(buf).toString("base64url");

export const FAKE_GOOGLE_CLIENT = { id: "trips-e2e.apps.googleusercontent.com", secret: "GOCSPX-e2e-secret" };

export function startFakeGoogle() {
  const codes = new Map();
  const revoked = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    let body = "";
    for await (const chunk of req) body += chunk;
    const form = new URLSearchParams(body);
    const json = (status, value) =>
      res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(value));

    if (req.method === "GET" && url.pathname === "/auth") {
      const q = url.searchParams;
      const back = new URL(q.get("redirect_uri"));
      const code = `4/0A${b64url(randomBytes(18))}`;
      codes.set(code, {
        challenge: q.get("code_challenge"),
        redirectUri: q.get("redirect_uri"),
        scope: q.get("scope"),
      });
      back.search = new URLSearchParams({ state: q.get("state"), code, scope: q.get("scope") }).toString();
      const page = `<!doctype html><title>Sign in - Google Accounts</title><h1>Trips wants to send email on your behalf</h1><a href="${back.href.replace(/&/g, "&amp;")}">Allow</a>`;
      return res.writeHead(200, { "Content-Type": "text/html" }).end(page);
    }
    if (req.method === "POST" && url.pathname === "/token") {
      if (form.get("client_id") !== FAKE_GOOGLE_CLIENT.id || form.get("client_secret") !== FAKE_GOOGLE_CLIENT.secret)
        return json(401, { error: "invalid_client" });
      const grant = codes.get(form.get("code"));
      codes.delete(form.get("code"));
      const challenge = createHash("sha256")
        .update(form.get("code_verifier") ?? "")
        .digest("base64url");
      if (!grant || grant.redirectUri !== form.get("redirect_uri") || grant.challenge !== challenge)
        return json(400, { error: "invalid_grant" });
      const claims = {
        iss: "https://accounts.google.com",
        aud: FAKE_GOOGLE_CLIENT.id,
        email: "sam.okafor@gmail.com",
        email_verified: true,
        sub: "42",
      };
      const idToken = `${b64url(JSON.stringify({ alg: "RS256", typ: "JWT" }))}.${b64url(JSON.stringify(claims))}.${b64url(randomBytes(32))}`;
      return json(200, {
        access_token: `ya29.${b64url(randomBytes(18))}`,
        expires_in: 3599,
        refresh_token: `1//0g${b64url(randomBytes(18))}`,
        scope: grant.scope,
        token_type: "Bearer",
        id_token: idToken,
      });
    }
    if (req.method === "POST" && url.pathname === "/revoke") {
      revoked.push(form.get("token"));
      return res.writeHead(200).end();
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) =>
    server.listen(0, "localhost", () => {
      const origin = `http://localhost:${server.address().port}`;
      resolve({
        origin,
        revoked,
        vars: {
          GOOGLE_CLIENT_ID: FAKE_GOOGLE_CLIENT.id,
          GOOGLE_CLIENT_SECRET: FAKE_GOOGLE_CLIENT.secret,
          TOKEN_SEAL_KEY: b64url(randomBytes(32)),
          GOOGLE_AUTH_URL: `${origin}/auth`,
          GOOGLE_TOKEN_URL: `${origin}/token`,
          GOOGLE_REVOKE_URL: `${origin}/revoke`,
          GMAIL_API_URL: origin,
        },
        close: () => new Promise((r) => server.close(r)),
      });
    }),
  );
}
