// App-wide small pages: not found, and the per-brand theme stylesheet (so brand colors
// never need inline styles under the strict CSP).
import type { Context } from "hono";
import { brandPalette, themeVariables } from "./brand";
import { toast } from "./feedback";
import { Document } from "./layout";

const NOT_FOUND = "That page doesn't exist, or it belongs to another agency.";

export function notFoundPage(c: Context) {
  if (c.req.header("HX-Request") === "true") {
    // htmx swaps error responses too: keep the page as it is and say why in a toast.
    toast(c, NOT_FOUND, "error");
    c.header("HX-Reswap", "none");
    return c.body(null, 404);
  }
  if (c.req.path.startsWith("/portal/")) {
    // Travelers get a neutral page: no dashboard words, no "Back to trips".
    return c.html(
      <Document title="Not found" bodyClass="auth portal" scripts={false}>
        <main class="auth-card">
          <h1>This page isn't here</h1>
          <p>
            The address may be mistyped, or what it showed is no longer shared. If you followed a link from an email,
            ask your travel advisor for a fresh one.
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
