// What a failure looks like from outside: our own bugs answer a 500 page that leaks nothing
// but a reference that is also in the log; text is stored in one normal form.
import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { buildApp } from "../../src/app";
import { makeContact, makeSignedInAgency, post } from "../fixtures";

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
