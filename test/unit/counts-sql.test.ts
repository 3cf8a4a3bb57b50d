// The counts triggers of migration 0010 are SQL text that can't import status.ts: they must count
// as Bounced exactly the delivery states that need a new address (ADDRESS_REFUSED).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADDRESS_REFUSED } from "../../src/portal-access/status";

describe("the kept counts' Bounced", () => {
  it("counts exactly the states that need a new address", () => {
    const sql = readFileSync(join(__dirname, "..", "..", "migrations", "0010_portal_access_counts.sql"), "utf8");
    const lists = [...sql.matchAll(/`latest_delivery` IN \(([^)]*)\)/g)].map((m) =>
      (m[1] ?? "").split(",").map((s) => s.trim().replace(/'/g, "")),
    );
    expect(lists).toHaveLength(5);
    for (const list of lists) expect([...list].sort()).toEqual([...ADDRESS_REFUSED].sort());
  });
});
