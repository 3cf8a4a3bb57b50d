// What a request that fails answers: a short page (or, for htmx, a toast over an unchanged
// page) that says what to do and leaks nothing. Malformed, oversized and non-form bodies are
// the client's doing (4xx); anything else is our bug, logged with the request id the page shows.
import type { Context, ErrorHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../types";
import { toast } from "../ui/feedback";
import { Document } from "../ui/layout";
import { NOT_UTF8 } from "./guards";

const TITLES: Partial<Record<number, string>> = {
  400: "That request could not be read",
  403: "That form came from somewhere else",
  422: "That form could not be taken",
  413: "That was too much",
  415: "Not a form submission",
  500: "Something went wrong on our side",
};

export const NOTHING_CHANGED =
  "Nothing was changed. Try again in a minute; if it keeps happening, tell us the reference below.";
export const SOME_SAVED =
  "Part of this may already have been saved or sent before the error. Reload the page to see where things stand before trying again; if it keeps happening, tell us the reference below.";

export function errorPage(
  c: Context,
  status: ContentfulStatusCode,
  message: string,
  requestId?: string,
  title = TITLES[status] ?? "That request could not be completed",
) {
  c.header("Cache-Control", "private, no-store");
  if (c.req.header("HX-Request") === "true") {
    toast(c, message, "error");
    c.header("HX-Reswap", "none");
    return c.body(null, status);
  }
  return c.html(
    <Document title={`${title} · Trips`} bodyClass="auth" scripts={false}>
      <main class="auth-card">
        <h1>{title}</h1>
        <p>{message}</p>
        {requestId ? <p class="muted">Reference: {requestId}</p> : null}
      </main>
    </Document>,
    status,
  );
}

/** A form whose fields could not be taken at all (no page of its own to show them on). */
export function formRefused(c: Context, invalid: { first: string }) {
  return errorPage(c, 422, `${invalid.first} Nothing was saved.`);
}

export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof HTTPException && err.status < 500) {
    const message =
      err.status === 400
        ? "The form could not be read. Go back, check it and send it again. Nothing was saved."
        : err.status === 403
          ? "This form was sent from another site or an old page, so it was refused. Reload the page and try again."
          : err.message;
    // A form in a charset we can't read is a form, just not one we can read: say that, not "Not a form submission".
    const title = err.message === NOT_UTF8 ? "That form could not be read" : undefined;
    return errorPage(c, err.status, message, undefined, title);
  }
  const requestId = c.get("requestId") ?? crypto.randomUUID();
  console.error(
    JSON.stringify({ error: "unhandled", requestId, method: c.req.method, path: c.req.path, message: String(err) }),
  );
  // Only a read may say nothing changed: a post can fail after its work is done (a bulk resend
  // whose page failed to draw had already sent its invites), and a read that wrote says so too.
  const mayHaveWritten = !["GET", "HEAD"].includes(c.req.method) || c.get("stats")?.wrote !== false;
  return errorPage(c, 500, mayHaveWritten ? SOME_SAVED : NOTHING_CHANGED, requestId);
};
