// Local-development helpers: seeding demo data and the dev outbox. None of these routes
// exist in production configuration: they answer 404 there.

import { sql } from "drizzle-orm";
import { Hono } from "hono";
import type { PortalAgency } from "../db/agencies";
import { dashboardContext, formatDateTime } from "../i18n/format";
import { findOutboxMessage, listOutbox } from "../mail/outbox";
import { validateClientSession } from "../portal/session";
import { PortalCard } from "../portal/views";
import type { AppEnv } from "../types";
import { Document } from "../ui/layout";
import { seedDemoData, seedDemoLogos } from "./seed";

/**
 * The /dev routes, built only where __DEV_TOOLS__ is on (app.ts): a function rather than a
 * module-level router, so the production bundle, which never calls it, has none of this code.
 */
export function devRoutes() {
  const devRoutes = new Hono<AppEnv>();

  const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

  // Only for a developer's own machine: production configuration never serves these, and
  // neither does a development configuration deployed by mistake (its requests are not local).
  devRoutes.use(async (c, next) => {
    const { ENVIRONMENT } = c.get("config");
    const local = LOCAL_HOSTS.has(new URL(c.req.url).hostname);
    if (ENVIRONMENT === "production" || (ENVIRONMENT === "development" && !local)) return c.notFound();
    await next();
  });

  devRoutes.post("/seed", async (c) => {
    const key = c.get("config").DEV_SEED_KEY;
    if (!key || c.req.header("X-Dev-Seed-Key") !== key)
      return c.text("Seeding needs the DEV_SEED_KEY from .dev.vars.", 403);
    await seedDemoData(c.get("db"), c.get("config").scrypt);
    const form = c.req.header("Content-Type")?.startsWith("multipart/form-data") ? await c.req.formData() : null;
    const logos = new Map<string, Uint8Array>();
    for (const [id, file] of form ?? [])
      if (file instanceof File) logos.set(id, new Uint8Array(await file.arrayBuffer()));
    await seedDemoLogos(c.get("db"), c.env.BRAND_ASSETS, logos);
    return c.text("Demo data is in place.\n");
  });

  /**
   * The one-query floor (SPEC §12) that `npm run bench` measures every page against: what any
   * portal page that needs data must do on this machine, and nothing more. It checks the client's
   * session exactly as the portal does (signature, then the KV revocation flags), makes one
   * trivial D1 round trip through the request's D1 session, and renders the portal's shell.
   */
  devRoutes.get("/floor/:slug", async (c) => {
    const slug = c.req.param("slug");
    const session = await validateClientSession(c, c.get("config").SESSION_SECRET, c.get("kv"), slug);
    if (!session.ok) return c.redirect(`/portal/${slug}/login`, 303);
    c.set("signedIn", true);
    const row = await c.get("db").get<{ one: number }>(sql`select 1 as one`);
    const agency = { agencyName: "Trips", slug, logoUrl: null, brandColor: "#1f6f78" } as PortalAgency;
    return c.html(
      <PortalCard rc={dashboardContext("UTC")} agency={agency} title="Floor">
        <h1>Floor</h1>
        <p>One query answered {row?.one}.</p>
      </PortalCard>,
    );
  });

  const linksIn = (text: string) => [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((m) => m[0]);

  /** The app's GET pages, for the accessibility test: a page type added to the app must be listed there. */
  devRoutes.get("/routes.json", (c) =>
    c.json([
      ...new Set(
        c.var
          .routes()
          .filter((r) => r.method === "GET")
          .map((r) => r.path),
      ),
    ]),
  );

  devRoutes.get("/outbox.json", async (c) => {
    const messages = await listOutbox(c.get("db"));
    return c.json(
      messages.map((m) => ({
        id: m.id,
        // The id the outbox "transport" answered with, as Postmark's MessageID would be.
        messageId: m.id,
        at: m.at.toISOString(),
        from: m.fromAddress,
        to: m.toAddress,
        replyTo: m.replyTo,
        subject: m.subject,
        tag: m.tag,
        text: m.text,
        html: m.html,
        links: linksIn(m.text),
      })),
    );
  });

  devRoutes.get("/outbox", async (c) => {
    const messages = await listOutbox(c.get("db"));
    return c.html(
      <Document title="Dev outbox · Trips">
        <main class="main">
          <div class="page-header">
            <h1>Dev outbox</h1>
            <p class="subtitle">
              Mail that would have gone out. Local development only; set POSTMARK_TOKEN in .dev.vars to send for real.{" "}
              <a href="/dev/outbox.json">JSON</a>
            </p>
          </div>
          {messages.length === 0 ? (
            <p class="empty">No mail yet. Invite a traveler from a trip page and it appears here.</p>
          ) : (
            <section class="table-wrap" aria-label="Messages" tabindex={0}>
              <table class="table stack-on-phone" id="outbox">
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">To</th>
                    <th scope="col">Subject</th>
                    <th scope="col">Link</th>
                    <th scope="col">Delivery</th>
                  </tr>
                </thead>
                <tbody>
                  {messages.map((m) => {
                    const link = linksIn(m.text).find((l) => l.includes("/portal/"));
                    return (
                      <tr>
                        <td>{formatDateTime(dashboardContext("UTC"), m.at)}</td>
                        <td>{m.toAddress}</td>
                        <td>
                          <a href={`/dev/outbox/${m.id}`}>{m.subject}</a>
                        </td>
                        <td>
                          {link ? (
                            <a href={link} class="claim-link">
                              Open link
                            </a>
                          ) : (
                            <span class="muted">—</span>
                          )}
                        </td>
                        <td class="outbox-actions">
                          <form method="post" action={`/dev/outbox/${m.id}/delivered`}>
                            <button type="submit" class="btn btn-small">
                              Mark delivered
                            </button>
                          </form>
                          <form method="post" action={`/dev/outbox/${m.id}/bounce`}>
                            <button type="submit" class="btn btn-small">
                              Simulate bounce
                            </button>
                          </form>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </section>
          )}
        </main>
      </Document>,
    );
  });

  /**
   * Mark delivered / Simulate bounce: the same authenticated webhook Postmark would post, built
   * here and sent through the app, so the whole delivery loop works on one machine.
   */
  devRoutes.post("/outbox/:id/:record{delivered|bounce}", async (c) => {
    const message = await findOutboxMessage(c.get("db"), c.req.param("id"));
    if (!message) return c.notFound();
    const secret = c.get("config").POSTMARK_WEBHOOK_SECRET;
    if (!secret) return c.text("Set POSTMARK_WEBHOOK_SECRET in .dev.vars (npm run dev adds one).", 503);
    const at = new Date().toISOString();
    const payload =
      c.req.param("record") === "delivered"
        ? {
            RecordType: "Delivery",
            MessageID: message.id,
            Recipient: message.toAddress,
            DeliveredAt: at,
            Tag: message.tag ?? "",
          }
        : {
            RecordType: "Bounce",
            MessageID: message.id,
            Type: "HardBounce",
            TypeCode: 1,
            Description: "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
            Details: "Simulated from the dev outbox",
            Email: message.toAddress,
            BouncedAt: at,
            Tag: message.tag ?? "",
            // As Postmark sends it: a hard bounce deactivates the address (later sends answer 406).
            Inactive: true,
          };
    const webhook = await c.get("dispatch")(
      new Request(new URL("/webhooks/postmark", c.req.url), {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Basic ${btoa(`postmark:${secret}`)}` },
        body: JSON.stringify(payload),
      }),
    );
    if (!webhook.ok) return c.text(`The webhook answered ${webhook.status}: ${await webhook.text()}`, 502);
    return c.redirect("/dev/outbox", 303);
  });

  devRoutes.get("/outbox/:id", async (c) => {
    const message = await findOutboxMessage(c.get("db"), c.req.param("id"));
    if (!message) return c.notFound();
    // The email exactly as rendered: inline styles are part of email HTML, scripts never are.
    c.header(
      "Content-Security-Policy",
      "default-src 'none'; img-src 'self' https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    );
    c.header("Referrer-Policy", "no-referrer");
    return c.html(message.html);
  });
  return devRoutes;
}
