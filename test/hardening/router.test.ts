// Hono's SmartRouter uses its RegExpRouter (one regular expression for every route) unless a
// route's shape can't be expressed that way; then every request of the app pays the slower
// TrieRouter instead (a CPU profile put the difference at about 0.3 ms a request). A new route
// must not quietly cost every page that.

import { RegExpRouter } from "hono/router/reg-exp-router";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../src/app";

describe("routing", () => {
  it("fits every route the app registers into Hono's RegExpRouter", () => {
    const routes = buildApp().routes;
    /** The first route (in registration order) that RegExpRouter can't take with the ones before it. */
    const firstRefused = (): string | null => {
      for (let i = 1; i <= routes.length; i++) {
        const router = new RegExpRouter<unknown>();
        try {
          for (const route of routes.slice(0, i)) router.add(route.method, route.path, route.handler);
          router.match("GET", "/");
        } catch {
          return `${routes[i - 1]?.method} ${routes[i - 1]?.path}`;
        }
      }
      return null;
    };
    expect(firstRefused()).toBeNull();
  });
});
