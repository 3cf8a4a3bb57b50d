// Serves uploaded logos at /brand/<sha-256>-<w>x<h>.<png|jpg> to pages and to mail clients.
// The name is the content's hash, so the answer never changes: cached for a year, immutable.
import { Hono } from "hono";
import { parseLogoPath } from "../lib/logo";
import type { AppEnv } from "../types";
import { readLogo } from "./store";

export const brandRoutes = new Hono<AppEnv>().get("/:file", async (c) => {
  const parsed = parseLogoPath(`/brand/${c.req.param("file")}`);
  const object = parsed ? await readLogo(c.env.BRAND_ASSETS, parsed.file) : null;
  if (!parsed || !object) return c.notFound();
  return c.body(object.body, 200, {
    "Content-Type": parsed.contentType,
    "Content-Length": String(object.size),
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: `"${parsed.file.slice(0, 64)}"`,
    "X-Content-Type-Options": "nosniff",
    // Mail clients and webmail show it from their own origins.
    "Cross-Origin-Resource-Policy": "cross-origin",
  });
});
