// Each request's D1 session (read replication through the Sessions API, SPEC §12). Pages read
// from the nearest replica ("first-unconstrained"); a request that changes things goes to the
// primary, and its browser gets the bookmark of that write in a cookie, so the page it lands on
// next reads at least that (the claim's redirect to the portal home must see the active
// account). Routes that must not trust a replica's "not found" ask the primary: c.get("primaryDb")().
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { type Consistency, type Db, openSession, type QueryStats } from "../db/client";
import type { AppEnv } from "../types";

export const D1_BOOKMARK_COOKIE = "__Host-trips_d1";
/** Replicas catch up in seconds; a bookmark older than this only slows reads down. */
const BOOKMARK_SECONDS = 5 * 60;
const READS = new Set(["GET", "HEAD"]);

function consistencyFor(c: Context): Consistency {
  if (!READS.has(c.req.method)) return { kind: "primary" };
  const bookmark = getCookie(c, D1_BOOKMARK_COOKIE);
  return bookmark && /^[0-9a-f-]{16,128}$/i.test(bookmark) ? { kind: "bookmark", bookmark } : { kind: "replica" };
}

export function openRequestDb(c: Context<AppEnv>, stats: QueryStats) {
  const consistency = consistencyFor(c);
  stats.consistency = consistency.kind;
  const main = openSession(c.env.DB, consistency, stats);
  let primary: Db | undefined;
  return {
    db: main.db,
    primaryDb: () => {
      primary ??= consistency.kind === "primary" ? main.db : openSession(c.env.DB, { kind: "primary" }, stats).db;
      return primary;
    },
    /** After a request that may have written: hand the browser the bookmark of what it wrote. */
    keepBookmark: () => {
      // Webhooks come from servers, not browsers: no cookie for them.
      if (consistency.kind !== "primary" || !stats.wrote || c.req.path.startsWith("/webhooks/")) return;
      const bookmark = main.bookmark();
      if (bookmark)
        setCookie(c, D1_BOOKMARK_COOKIE, bookmark, {
          path: "/",
          secure: true,
          httpOnly: true,
          sameSite: "Lax",
          maxAge: BOOKMARK_SECONDS,
        });
    },
  };
}
