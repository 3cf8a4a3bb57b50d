// D1 read replication (SPEC §12): pages read from a replica, a claim link that a replica doesn't
// know yet is looked up on the primary before anyone hears "no longer valid", writes go to the
// primary, and a browser that just wrote reads its own write through the bookmark cookie.
import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { buildApp } from "../../src/app";
import { BASE, d1RoundTrips, makeTraveler } from "../fixtures";
import { portalSetUp, storeToken } from "./helpers";

/** env with a D1 whose sessions are recorded, and whose replicas can be made to lag (answer no rows). */
function recordingEnv(opts: { lagging?: boolean } = {}) {
  const constraints: string[] = [];
  const DB = new Proxy(env.DB, {
    get(target, prop, receiver) {
      if (prop !== "withSession") return Reflect.get(target, prop, receiver);
      return (constraint: string) => {
        constraints.push(constraint);
        const session = target.withSession(constraint);
        if (!opts.lagging || constraint !== "first-unconstrained") return session;
        // A replica that hasn't caught up: no claim link it is asked for exists there yet (any
        // SHA-256 a statement binds is one nobody has), and batches come back empty.
        const unknownLink = (v: unknown) => (typeof v === "string" && /^[0-9a-f]{64}$/.test(v) ? "0".repeat(64) : v);
        return {
          prepare: (q: string) => {
            const statement = session.prepare(q);
            return new Proxy(statement, {
              get: (target, prop, receiver) =>
                prop === "bind"
                  ? (...values: unknown[]) => target.bind(...values.map(unknownLink))
                  : Reflect.get(target, prop, receiver),
            });
          },
          getBookmark: () => session.getBookmark(),
          batch: async (statements: D1PreparedStatement[]) =>
            (await session.batch(statements)).map((r) => ({ ...r, results: [] })),
        };
      };
    },
  });
  return { env: { ...env, DB }, constraints };
}

function fetchWith(e: object, path: string, init: RequestInit = {}) {
  return buildApp().fetch(new Request(`${BASE}${path}`, { redirect: "manual", ...init }), e, createExecutionContext());
}

describe("read replicas", () => {
  it("serves the claim page from a replica in one round trip when the replica has the link", async () => {
    const { agency, account, slug } = await portalSetUp("pending");
    const token = await storeToken(agency.id, account.id);
    const spy = recordingEnv();
    const res = await fetchWith(spy.env, `/portal/${slug}/claim/${token}`);
    expect(res.status).toBe(200);
    expect(spy.constraints).toEqual(["first-unconstrained"]);
    expect(d1RoundTrips(res)).toBe(1);
    expect(res.headers.get("Server-Timing")).toContain('d1-session;desc="replica');
  });

  it("asks the primary before answering 410 when a lagging replica doesn't have a link minted a moment ago", async () => {
    const { agency, account, slug } = await portalSetUp("pending");
    const token = await storeToken(agency.id, account.id);
    const spy = recordingEnv({ lagging: true });
    const res = await fetchWith(spy.env, `/portal/${slug}/claim/${token}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Set your password");
    expect(spy.constraints).toEqual(["first-unconstrained", "first-primary"]);
    expect(d1RoundTrips(res)).toBe(2);
  });

  it("answers 410 for a dead link only after the primary agrees", async () => {
    const { slug } = await portalSetUp("pending");
    const spy = recordingEnv();
    const res = await fetchWith(spy.env, `/portal/${slug}/claim/${"A".repeat(43)}`);
    expect(res.status).toBe(410);
    expect(spy.constraints).toEqual(["first-unconstrained", "first-primary"]);
  });

  it("sends writes to the primary and hands the browser a bookmark that its next page reads with", async () => {
    const t = await makeTraveler("none");
    const write = recordingEnv();
    const posted = await fetchWith(write.env, `/trips/${t.trip.id}/travelers/${t.contact.id}/portal`, {
      method: "POST",
      headers: {
        Cookie: t.cookie,
        Origin: BASE,
        "Content-Type": "application/x-www-form-urlencoded",
        "HX-Request": "true",
      },
      body: "",
    });
    expect(posted.status).toBe(200);
    expect(write.constraints).toEqual(["first-primary"]);
    const bookmarkCookie = posted.headers.getSetCookie().find((h) => h.startsWith("__Host-trips_d1="));
    expect(bookmarkCookie).toMatch(/HttpOnly/i);
    const bookmark = bookmarkCookie!.split(";")[0]!.split("=")[1]!;

    const read = recordingEnv();
    const page = await fetchWith(read.env, `/trips/${t.trip.id}`, {
      headers: { Cookie: `${t.cookie}; __Host-trips_d1=${bookmark}` },
    });
    expect(page.status).toBe(200);
    expect(read.constraints).toEqual([bookmark]);
    expect(page.headers.get("Server-Timing")).toContain('d1-session;desc="bookmark');
    expect(await page.text()).toContain("Invite pending");
  });

  it("gives no bookmark for a request that wrote nothing, and ignores a bookmark that isn't one", async () => {
    const t = await makeTraveler("none");
    const spy = recordingEnv();
    const res = await fetchWith(spy.env, "/trips", {
      headers: { Cookie: `${t.cookie}; __Host-trips_d1=not a bookmark` },
    });
    expect(res.status).toBe(200);
    expect(spy.constraints).toEqual(["first-unconstrained"]);
    expect(res.headers.getSetCookie().some((h) => h.startsWith("__Host-trips_d1="))).toBe(false);
  });

  it("reads from a replica when D1 refuses the browser's bookmark, instead of failing the page", async () => {
    const t = await makeTraveler("none");
    const constraints: string[] = [];
    const DB = new Proxy(env.DB, {
      get(target, prop, receiver) {
        if (prop !== "withSession") return Reflect.get(target, prop, receiver);
        return (constraint: string) => {
          constraints.push(constraint);
          // What production D1 may do with a bookmark from another database, or an old one.
          if (!constraint.startsWith("first-")) throw new Error("D1_ERROR: Invalid bookmark");
          return target.withSession(constraint);
        };
      },
    });
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    const bookmark = "0000000a-00000001-00004f85-8b4d6d0c0a3d2b1e5c7f9e1a2b3c4d5e";
    const res = await fetchWith({ ...env, DB }, "/trips", {
      headers: { Cookie: `${t.cookie}; __Host-trips_d1=${bookmark}` },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(t.trip.title);
    expect(constraints).toEqual([bookmark, "first-unconstrained"]);
    expect(res.headers.get("Server-Timing")).toContain('d1-session;desc="replica');
    expect(warned).toHaveBeenCalled();
    warned.mockRestore();
  });
});
