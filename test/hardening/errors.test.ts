// What a failure looks like from outside: our own bugs answer a 500 page that leaks nothing
// but a reference that is also in the log; text is stored in one normal form.
import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { buildApp } from "../../src/app";
import { NOTHING_CHANGED, SOME_SAVED } from "../../src/http/errors";
import { accountOf, eventsOf, makeContact, makeSignedInAgency, makeTripWithTravelers, post } from "../fixtures";

describe("unexpected errors", () => {
  it("answer a 500 page with a request id that is logged, and no stack or SQL", async () => {
    const { cookie } = await makeSignedInAgency();
    const broken = {
      ...env,
      DB: {
        ...env.DB,
        prepare: () => {
          throw new Error("SQLITE_ERROR: no such table: secret_internal_table");
        },
        batch: () => Promise.reject(new Error("SQLITE_ERROR: no such table: secret_internal_table")),
      },
    };
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await buildApp().fetch(
      new Request("https://portal.test/trips", { headers: { Cookie: cookie, "CF-Ray": "8f00dead-LHR" } }),
      broken,
      createExecutionContext(),
    );
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).toContain("Something went wrong on our side");
    expect(html).toContain("Reference: 8f00dead-LHR");
    expect(html).not.toMatch(/SQLITE|secret_internal_table|at .*\.ts/);
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    expect(logged.mock.calls.flat().join(" ")).toContain("8f00dead-LHR");
    logged.mockRestore();
  });

  it("never say nothing changed after a post did its work: a bulk resend whose page fails says what may have happened", async () => {
    const { agency, advisor, cookie } = await makeSignedInAgency();
    const { contacts } = await makeTripWithTravelers(agency.id, advisor.id, [{ account: "pending" }]);
    const account = await accountOf(contacts[0]!.id);
    const eventsBefore = (await eventsOf(account!.id)).length;
    // D1 as it is, except that the Portal access page's statement fails (as a 49-letter search did on D1).
    const failingPage = (session: D1DatabaseSession) =>
      new Proxy(session, {
        get(target, prop, receiver) {
          if (prop !== "prepare") return Reflect.get(target, prop, receiver);
          return (query: string) => {
            if (query.includes("json_group_array")) throw new Error("D1_ERROR: LIKE or GLOB pattern too complex");
            return target.prepare(query);
          };
        },
      });
    const DB = new Proxy(env.DB, {
      get(target, prop, receiver) {
        if (prop !== "withSession") return Reflect.get(target, prop, receiver);
        return (constraint: string) => failingPage(target.withSession(constraint));
      },
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const fetchWith = (path: string, init: RequestInit) =>
      buildApp().fetch(new Request(`https://portal.test${path}`, init), { ...env, DB }, createExecutionContext());
    const res = await fetchWith("/portal-access/resend", {
      method: "POST",
      body: new URLSearchParams({ contact: contacts[0]!.id, q: "x".repeat(49) }),
      headers: { Cookie: cookie, Origin: "https://portal.test", "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).not.toContain("Nothing was changed");
    expect(html).toContain(SOME_SAVED);
    expect((await eventsOf(account!.id)).length).toBe(eventsBefore + 1);

    const read = await fetchWith("/portal-access", { headers: { Cookie: cookie } });
    expect(read.status).toBe(500);
    expect(await read.text()).toContain(NOTHING_CHANGED);
    logged.mockRestore();
  });
});

describe("text", () => {
  it("is stored normalised to NFC, so the same name typed two ways is the same name", async () => {
    const { agency, cookie } = await makeSignedInAgency();
    const contact = await makeContact(agency.id);
    const decomposed = "Jose\u0301"; // "José" typed with a combining accent
    const res = await post(
      `/contacts/${contact.id}`,
      { firstName: decomposed, lastName: "Souza", email: "", phone: "" },
      cookie,
    );
    expect(res.status).toBe(303);
    const row = await env.DB.prepare("SELECT first_name FROM contacts WHERE id = ?")
      .bind(contact.id)
      .first<{ first_name: string }>();
    expect(row!.first_name).toBe("Jos\u00e9");
  });
});
