import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { seedDemoData, seedDemoLogos } from "../src/dev/seed";
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

// Pride Travelers' demo logo (scripts/seed-logos/agc_pride.png), which the dev server posts with the seed.
const PRIDE_PNG = Uint8Array.from(
  atob(
    "iVBORw0KGgoAAAANSUhEUgAAAGAAAABgCAMAAADVRocKAAAAFVBMVEUAAADkAwP/jAD/7QAAgCYATf91B4eqoScPAAAAAXRSTlMAQObYZgAAAIhJREFUeNrt2rsRgAAMw9CY3/4j08IBXVSEkwbwW8BVt9JQfZa24PlXIu3R+3chYYWEFRJYoIEEFmgggYXxQOB4YIETEBAQEJgBrHACAgICAjOADU5AQEBAYAawwwkICAgIzAAOOB4oev8HQNH7PFD0Pg8UvU8J11sCvU8Ij28IPN9LfB90+tdP4IR6O3mN50oAAAAASUVORK5CYII=",
  ),
  (ch) => ch.charCodeAt(0),
);

describe("demo seed", () => {
  it("gives a demo agency its PNG logo in R2, once, and keeps a logo the agency already has", async () => {
    await seedDemoData(db, TEST_SCRYPT);
    await env.DB.prepare("UPDATE agencies SET logo_url = NULL WHERE id = 'agc_pride'").run();
    await seedDemoLogos(db, env.BRAND_ASSETS, new Map([["agc_pride", PRIDE_PNG]]));
    const logo = async () =>
      (await env.DB.prepare("SELECT logo_url FROM agencies WHERE id = 'agc_pride'").first<{ logo_url: string }>())!
        .logo_url;
    const path = await logo();
    expect(path).toMatch(/^\/brand\/[0-9a-f]{64}-96x96\.png$/);
    const stored = await env.BRAND_ASSETS.get(`logos/${path.slice("/brand/".length)}`);
    expect(new Uint8Array(await stored!.arrayBuffer())).toEqual(PRIDE_PNG);

    await env.DB.prepare("UPDATE agencies SET logo_url = ? WHERE id = 'agc_pride'").bind("/brand/x").run();
    await seedDemoLogos(db, env.BRAND_ASSETS, new Map([["agc_pride", PRIDE_PNG]]));
    expect(await logo()).toBe("/brand/x");
    await env.DB.prepare("UPDATE agencies SET logo_url = ? WHERE id = 'agc_pride'").bind(path).run();
  });

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
