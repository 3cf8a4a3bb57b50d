// Request guards every route gets, before any feature code runs: a request id, a size cap and
// a form-only rule for bodies, and no caching of anything the Worker answers unless a route
// says otherwise (dashboard and portal pages carry clients' names, emails and sign-in IPs).
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { MAX_LOGO_BYTES } from "../lib/logo";

/** Forms here are a few fields; anything near this is not one of ours. */
export const MAX_BODY_BYTES = 64 * 1024;

export const NOT_UTF8 =
  "This form was sent in a character encoding Trips can't read. Reload the page and send it again. Nothing was saved.";

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);
const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Paths whose posts are not forms (server-to-server webhooks, the dev seed). */
const NOT_FORMS = [/^\/webhooks\//, /^\/dev\/seed$/];

export const requestId: MiddlewareHandler = async (c, next) => {
  c.set("requestId", c.req.header("CF-Ray") ?? crypto.randomUUID());
  await next();
};

/** Every Worker response is private and unstored unless its route chose a cache policy. */
export const noStoreByDefault: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", "private, no-store");
};

/**
 * State-changing requests carry a form or nothing at all. JSON and other bodies get 415 before
 * any work: they would also slip past the CSRF check, which only looks at form posts.
 */
export const formBodiesOnly: MiddlewareHandler = async (c, next) => {
  if (READS.has(c.req.method) || NOT_FORMS.some((p) => p.test(c.req.path))) return next();
  const [type, ...params] = (c.req.header("Content-Type") ?? "").split(";").map((p) => p.trim().toLowerCase());
  if (type ? !FORM_TYPES.has(type) : c.req.raw.body !== null) {
    throw new HTTPException(415, { message: "This address only takes form submissions." });
  }
  // Our pages only send UTF-8 (<meta charset="utf-8">), and the platform's form parser can't
  // read other charsets (it threw: a 500 after whatever the route had done). Refused before
  // any work, whatever the route does with its body.
  const charset = params
    .find((p) => p.startsWith("charset="))
    ?.slice("charset=".length)
    .replace(/^"|"$/g, "");
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
    throw new HTTPException(415, { message: NOT_UTF8 });
  }
  // A multipart body that can't be read is refused here, even by routes that ignore their body.
  if (type === "multipart/form-data") {
    try {
      await c.req.formData();
    } catch {
      throw new HTTPException(400, { message: "Malformed form data." });
    }
  }
  return next();
};

const limitForms = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new HTTPException(413, { message: "That was far more than this form takes. Nothing was saved." });
  },
});

/**
 * The Branding form carries a logo file. It may bring a few times the 1 MB a logo may be, so that
 * an over-large image is refused in the form, with the other fields kept; far more is refused here.
 */
const LOGO_FORM = "/settings/branding";
const limitLogoForm = bodyLimit({
  maxSize: 5 * MAX_LOGO_BYTES,
  onError: () => {
    throw new HTTPException(413, {
      message:
        "That was far more than this form takes: a logo may be a PNG or JPEG of at most 1 MB. Nothing was saved.",
    });
  },
});

export const limitBodies: MiddlewareHandler = (c, next) =>
  c.req.path === LOGO_FORM ? limitLogoForm(c, next) : limitForms(c, next);
