// App-wide small pages: not found, and the per-brand theme stylesheet (so brand colors
// never need inline styles under the strict CSP).
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { type RenderContext, renderContext } from "../i18n/format";
import { htmlLang, LANGUAGE_COOKIE, visitorLocale } from "../i18n/locales";
import { m } from "../i18n/messages";
import { brandPalette, themeVariables } from "./brand";
import { toast } from "./feedback";
import { Document } from "./layout";

const NOT_FOUND = "That page doesn't exist, or it belongs to another agency.";

/**
 * A portal address that found nothing has no agency to take a language from: the visitor's pick
 * (`?lang=`, or the cookie portal/language.ts keeps it in), else English.
 */
function portalVisitorContext(c: Context): RenderContext {
  const locale = visitorLocale({
    query: c.req.query("lang"),
    cookie: getCookie(c, LANGUAGE_COOKIE),
    agencyLanguage: null,
  });
  return renderContext(locale, "UTC");
}

/**
 * The 404. A signed-in advisor gets the dashboard's words and a way back to Trips; anyone else
 * (a traveler who mistyped a portal address, a stranger) a neutral page with no dashboard words
 * and no advisor sign-in, and under /portal/ the words of the portal.
 */
export function notFoundPage(c: Context, who: { advisor: boolean }) {
  if (c.req.header("HX-Request") === "true") {
    // htmx swaps error responses too: keep the page as it is and say why in a toast.
    toast(c, who.advisor ? NOT_FOUND : "That page doesn't exist.", "error");
    c.header("HX-Reswap", "none");
    return c.body(null, 404);
  }
  if (c.req.path.startsWith("/portal/")) {
    // Travelers get a neutral page in their language: no dashboard words, no "Back to trips".
    const rc = portalVisitorContext(c);
    return c.html(
      <Document
        title={m.signin_not_found_title({}, rc)}
        lang={htmlLang(rc.locale)}
        bodyClass="auth portal"
        scripts={false}
      >
        <main class="auth-card">
          <h1>{m.signin_not_found_heading({}, rc)}</h1>
          <p>{m.signin_not_found_text({}, rc)}</p>
        </main>
      </Document>,
      404,
    );
  }
  if (!who.advisor) {
    return c.html(
      <Document title="Not found" bodyClass="auth" scripts={false}>
        <main class="auth-card">
          <h1>This page isn't here</h1>
          <p>
            The address may be mistyped or out of date. If you followed a link someone sent you, check it against the
            message, or ask them for the link again.
          </p>
        </main>
      </Document>,
      404,
    );
  }
  return c.html(
    <Document title="Not found · Trips" bodyClass="auth">
      <main class="auth-card">
        <h1>Page not found</h1>
        <p>{NOT_FOUND}</p>
        <p>
          <a href="/trips" class="btn btn-primary">
            Back to trips
          </a>
        </p>
      </main>
    </Document>,
    404,
  );
}

export function themeCss(c: Context) {
  const color = c.req.query("c") ?? "";
  c.header("Content-Type", "text/css; charset=utf-8");
  c.header("Cache-Control", "public, max-age=31536000, immutable");
  return c.body(themeVariables(brandPalette(/^[0-9a-f]{6}$/.test(color) ? `#${color}` : null)));
}
