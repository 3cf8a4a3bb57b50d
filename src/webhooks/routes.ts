// Server-to-server webhooks. POST /webhooks/postmark takes Postmark's Delivery, Bounce and
// SpamComplaint records, authenticated with HTTP Basic (postmark : POSTMARK_WEBHOOK_SECRET,
// compared in constant time). No cookies, no CSRF check (no browser is involved); the body is
// capped by the app's body limit. A MessageID we don't know answers 200 and changes nothing,
// so Postmark doesn't retry it for hours.
import { createHash, timingSafeEqual } from "node:crypto";
import { Hono } from "hono";
import { applyDeliveryReport, readPostmarkRecord } from "../portal-access";
import type { AppEnv } from "../types";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Basic credentials equal to postmark:secret, compared without leaking where they differ. */
export function basicAuthMatches(header: string | undefined, user: string, secret: string): boolean {
  const given = header?.startsWith("Basic ") ? header.slice(6).trim() : "";
  let decoded = "";
  try {
    decoded = atob(given);
  } catch {
    decoded = "";
  }
  return timingSafeEqual(digest(decoded), digest(`${user}:${secret}`));
}

export const webhookRoutes = new Hono<AppEnv>().post("/postmark", async (c) => {
  const secret = c.get("config").POSTMARK_WEBHOOK_SECRET;
  if (!secret) return c.text("Delivery webhooks are not configured on this server (POSTMARK_WEBHOOK_SECRET).", 503);
  if (!basicAuthMatches(c.req.header("Authorization"), "postmark", secret)) {
    c.header("WWW-Authenticate", 'Basic realm="Postmark webhooks"');
    return c.text("Unauthorized", 401);
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return c.text("The body is not JSON.", 400);
  }
  const report = readPostmarkRecord(body);
  if (report.kind === "invalid") return c.text("Not a Postmark Delivery, Bounce or SpamComplaint record.", 400);
  if (report.kind === "report") {
    // The sending domain's setup is the operator's to fix; no advisor screen can.
    if (report.operatorNote) console.warn(report.operatorNote);
    await applyDeliveryReport(c.get("db"), report);
  }
  return c.text("OK");
});
