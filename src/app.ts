// Builds the Hono app: cross-cutting middleware, then one sub-app per feature.
import { type Context, Hono } from "hono";
import { csrf } from "hono/csrf";
import { secureHeaders } from "hono/secure-headers";
import { hasAdvisorSession, requireAdvisor } from "./auth/middleware";
import { authRoutes } from "./auth/routes";
import { brandRoutes } from "./brand/routes";
import { contactRoutes } from "./contacts/routes";
import { countingKv, newQueryStats, serverTiming } from "./db/client";
import { devRoutes } from "./dev/routes";
import { readConfig } from "./env";
import { formActionSources } from "./gmail/config";
import { gmailRoutes } from "./gmail/routes";
import { openRequestDb } from "./http/d1-session";
import { onError } from "./http/errors";
import { formBodiesOnly, limitBodies, noStoreByDefault, requestId } from "./http/guards";
import { portalCodeRoutes } from "./portal/code-routes";
import { languageRoutes } from "./portal/language-routes";
import { portalRoutes } from "./portal/routes";
import { securityRoutes } from "./portal/security-routes";
import { rollupRoutes } from "./portal-rollup/routes";
import { settingsRoutes } from "./settings/routes";
import { tripRoutes } from "./trips/routes";
import type { AppEnv } from "./types";
import { notFoundPage, themeCss } from "./ui/pages";
import { webhookRoutes } from "./webhooks/routes";

export function buildApp() {
  const app = new Hono<AppEnv>();

  app.use(requestId);
  app.use(async (c, next) => {
    c.set("config", readConfig(c.env));
    c.set("dispatch", async (request) => app.fetch(request, c.env, c.executionCtx));
    c.set("routes", () => app.routes.map((r) => ({ method: r.method, path: r.path })));
    const stats = newQueryStats();
    const d1 = openRequestDb(c, stats);
    c.set("db", d1.db);
    c.set("primaryDb", d1.primaryDb);
    c.set("stats", stats);
    c.set("kv", countingKv(c.env.SESSIONS, stats));
    await next();
    d1.keepBookmark();
    // In production only signed-in responses say what they cost: to a stranger, the D1 work a
    // sign-in did would tell a known email from an unknown one. Development, tests and the bench
    // read it everywhere.
    if (c.get("config").ENVIRONMENT !== "production" || c.get("signedIn"))
      c.res.headers.set("Server-Timing", serverTiming(stats));
  });

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "https:", "data:"],
        connectSrc: ["'self'"],
        // Browsers apply form-action to the redirects after a post too, and Connect Gmail posts
        // here, then redirects to Google's consent page.
        formAction: [(c) => formActionSources((c as Context<AppEnv>).get("config"))],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: "same-origin",
      strictTransportSecurity: "max-age=63072000; includeSubDomains",
      // The same as frame-ancestors 'none', for browsers that only know the older header.
      xFrameOptions: "DENY",
      // Nothing here uses the camera, microphone, location or payments; WebAuthn stays allowed on
      // our own pages for passkeys (SPEC §13). Hono's feature list lacks publickey-credentials-create.
      permissionsPolicy: {
        camera: [],
        microphone: [],
        geolocation: [],
        payment: [],
        publickeyCredentialsGet: ["self"],
        ...({ publickeyCredentialsCreate: ["self"] } as object),
      },
      // Routes that need a different policy (token pages, the rendered dev email) set their own.
      overwrite: false,
    }),
  );

  app.use(noStoreByDefault);
  // Bodies are small forms or nothing (415/413 before any work), and form posts must come from
  // our own pages: Sec-Fetch-Site same-origin, or a matching Origin.
  app.use(limitBodies);
  app.use(formBodiesOnly);
  app.use(csrf());

  app.get("/theme.css", themeCss);
  app.get("/", (c) => c.redirect("/trips", 302));
  app.route("/", authRoutes);
  app.route("/brand", brandRoutes);
  // Left out of the production build (wrangler.toml define): only development and tests have /dev.
  if (__DEV_TOOLS__) app.route("/dev", devRoutes());
  app.route("/portal", portalCodeRoutes);
  app.route("/portal", portalRoutes);
  app.route("/portal", securityRoutes);
  app.route("/portal", languageRoutes);
  app.route("/webhooks", webhookRoutes);

  // The advisor dashboard: every path under these prefixes needs a signed-in advisor. Scoped
  // by prefix so the portal, sign-in and unknown paths (a plain 404) never pass through it.
  const dashboard = new Hono<AppEnv>();
  // "/trips/*" matches "/trips" itself too.
  for (const prefix of ["/trips", "/contacts", "/portal-access", "/settings"])
    dashboard.use(`${prefix}/*`, requireAdvisor);
  dashboard.route("/trips", tripRoutes);
  dashboard.route("/contacts", contactRoutes);
  dashboard.route("/portal-access", rollupRoutes);
  dashboard.route("/settings/gmail", gmailRoutes);
  dashboard.route("/settings", settingsRoutes);
  app.route("/", dashboard);

  app.notFound(async (c) => notFoundPage(c, { advisor: await hasAdvisorSession(c) }));
  app.onError(onError);
  return app;
}
