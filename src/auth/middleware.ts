// Every dashboard request passes here: no valid advisor session, no page. The advisor's
// agency id set here is what every dashboard query is scoped by.
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../types";
import { readAdvisorSession } from "./session";

export const requireAdvisor = createMiddleware<AppEnv>(async (c, next) => {
  const session = await readAdvisorSession(c, c.get("config").SESSION_SECRET, c.get("kv"));
  if (!session.ok) {
    const url = new URL(c.req.url);
    const login = `/login?next=${encodeURIComponent(url.pathname + url.search)}`;
    if (c.req.header("HX-Request") === "true") {
      c.header("HX-Redirect", login);
      return c.body(null, 401);
    }
    return c.redirect(login, 303);
  }
  c.set("advisor", session.advisor);
  c.set("signedIn", true);
  await next();
});

/**
 * Whether the request carries a valid advisor session, for pages anyone can reach (the 404):
 * only a signed-in advisor is shown the dashboard's words and its way back to Trips.
 */
export async function hasAdvisorSession(c: Context<AppEnv>): Promise<boolean> {
  if (c.get("advisor")) return true;
  return (await readAdvisorSession(c, c.get("config").SESSION_SECRET, c.get("kv"))).ok;
}
