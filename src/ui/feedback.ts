// How an action tells the advisor what happened: a toast for htmx requests (HX-Trigger),
// and a one-shot flash cookie after a plain form post's redirect (pages work without JS).
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

export type ToastKind = "ok" | "error";
export interface Flash {
  message: string;
  kind: ToastKind;
}

const FLASH_COOKIE = "trips_flash";

/** JSON with every non-ASCII character escaped, so it is a valid HTTP header value. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function isHtmx(c: Context): boolean {
  return c.req.header("HX-Request") === "true";
}

export function toast(c: Context, message: string, kind: ToastKind = "ok") {
  c.header("HX-Trigger", asciiJson({ toast: { message, kind, target: "body" } }));
}

export function setFlash(c: Context, message: string, kind: ToastKind = "ok") {
  setCookie(c, FLASH_COOKIE, encodeURIComponent(asciiJson({ message, kind })), {
    path: "/",
    httpOnly: true,
    secure: true,
    sameSite: "Lax",
    maxAge: 60,
  });
}

export function takeFlash(c: Context): Flash | undefined {
  const raw = getCookie(c, FLASH_COOKIE);
  if (!raw) return undefined;
  deleteCookie(c, FLASH_COOKIE, { path: "/", secure: true });
  try {
    const parsed = JSON.parse(decodeURIComponent(raw)) as Flash;
    return typeof parsed.message === "string"
      ? { message: parsed.message, kind: parsed.kind === "error" ? "error" : "ok" }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Tells the advisor how an action went, the one way every action does: on an htmx request a
 * toast rides on HX-Trigger with the fragment that swaps in; after a plain form post (no
 * JavaScript) a flash cookie carries the message through a redirect.
 */
export async function answerAction(
  c: Context,
  r: { message: string; failed: boolean; redirectTo: string; fragment: () => Response | Promise<Response> },
): Promise<Response> {
  const kind: ToastKind = r.failed ? "error" : "ok";
  if (!isHtmx(c)) {
    setFlash(c, r.message, kind);
    return c.redirect(r.redirectTo, 303);
  }
  toast(c, r.message, kind);
  return r.fragment();
}
