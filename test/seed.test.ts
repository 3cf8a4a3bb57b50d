import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { seedDemoData } from "../src/dev/seed";
import { TEST_SCRYPT } from "../src/lib/password";
import { db } from "./fixtures";

const TABLES = [
  "agencies",
  "advisors",
  "contacts",
  "trips",
  "trip_travelers",
  "trip_documents",
  "portal_accounts",
  "portal_tokens",
  "portal_events",
  "portal_logins",
];

async function snapshot() {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) out[table] = (await env.DB.prepare(`SELECT * FROM ${table} ORDER BY id`).all()).results;
  return out;
}

describe("demo seed", () => {
  it("is idempotent: a second run changes nothing", async () => {
    await seedDemoData(db, TEST_SCRYPT);
    const first = await snapshot();
    await seedDemoData(db, TEST_SCRYPT);
    expect(await snapshot()).toEqual(first);
  });

  it("covers every traveler state the UI must show", async () => {
    await seedDemoData(db, TEST_SCRYPT);
    // Counted within the demo agencies only: other test files share this D1.
    const demo = (sql: string) => env.DB.prepare(`${sql} AND agency_id IN ('agc_pride', 'agc_blue')`);
    const statuses = (
      await env.DB.prepare("SELECT contact_id, status FROM portal_accounts WHERE agency_id = 'agc_pride'").all<{
        contact_id: string;
        status: string;
      }>()
    ).results;
    // Diego, Elena (expired), and Marta and Omar for Portal access's "Pending over 3 days".
    expect(statuses.map((s) => s.status).sort()).toEqual([
      "active",
      "disabled",
      "pending",
      "pending",
      "pending",
      "pending",
    ]);
    const noEmail = await demo("SELECT count(*) AS n FROM contacts WHERE email IS NULL").first<{ n: number }>();
    expect(noEmail!.n).toBeGreaterThan(0);
    const archived = await demo("SELECT count(*) AS n FROM contacts WHERE archived_at IS NOT NULL").first<{
      n: number;
    }>();
    expect(archived!.n).toBeGreaterThan(0);
    const expired = await demo("SELECT count(*) AS n FROM portal_tokens WHERE expires_at < ? AND consumed_at IS NULL")
      .bind(Date.now())
      .first<{ n: number }>();
    expect(expired!.n).toBe(1);
  });
});
