// Test helpers: build agencies, advisors, contacts and trips in real local D1, sign in,
// and talk to the Worker through its fetch handler as a browser would.
import { env, exports } from "cloudflare:workers";
import { openDb, type Db } from "../src/db/client";
import { advisors, agencies, contacts, portalAccounts, portalTokens, tripDocuments, tripTravelers, trips } from "../src/db/schema";
import { issueAdvisorSession, ADVISOR_COOKIE } from "../src/auth/session";
import { newId } from "../src/lib/ids";

export const BASE = "https://portal.test";
export const db: Db = openDb(env.DB).db;

// A real scrypt hash of "correct horse battery", computed once per test run.
let advisorHash: Promise<string> | undefined;
export const ADVISOR_PASSWORD = "correct horse battery";
async function hashOnce() {
  const { hashPassword } = await import("../src/lib/password");
  advisorHash ??= hashPassword(ADVISOR_PASSWORD);
  return advisorHash;
}

export interface AgencyFixture {
  agency: typeof agencies.$inferSelect;
  advisor: typeof advisors.$inferSelect;
}

export async function makeAgency(overrides: Partial<typeof agencies.$inferInsert> = {}): Promise<AgencyFixture> {
  const id = newId("agc");
  const slug = overrides.portalSlug === undefined ? `agency-${id.slice(-8).toLowerCase().replace(/[^a-z0-9]/g, "x")}` : overrides.portalSlug;
  const [agency] = await db
    .insert(agencies)
    .values({ id, name: "Test Agency", brandColor: "#225577", createdAt: new Date(), ...overrides, portalSlug: slug })
    .returning();
  const [advisor] = await db
    .insert(advisors)
    .values({ id: newId("adv"), agencyId: id, name: "Pat Rivera", email: `pat-${id.slice(-10).toLowerCase()}@agency.test`, passwordHash: await hashOnce(), createdAt: new Date() })
    .returning();
  return { agency: agency!, advisor: advisor! };
}

export async function makeContact(agencyId: string, overrides: Partial<typeof contacts.$inferInsert> = {}) {
  const id = newId("con");
  const [row] = await db
    .insert(contacts)
    .values({ id, agencyId, firstName: "Ana", lastName: "Souza", email: `ana-${id.slice(-8).toLowerCase()}@example.com`, createdAt: new Date(), ...overrides })
    .returning();
  return row!;
}

export async function makeTrip(agencyId: string, travelers: { contactId: string; isPrimary?: boolean }[] = [], overrides: Partial<typeof trips.$inferInsert> = {}) {
  const id = newId("trp");
  const [trip] = await db
    .insert(trips)
    .values({ id, agencyId, title: "Lisbon getaway", destination: "Portugal", startsOn: "2027-04-12", endsOn: "2027-04-20", createdAt: new Date(), ...overrides })
    .returning();
  if (travelers.length) {
    await db.insert(tripTravelers).values(
      travelers.map((t, position) => ({ id: newId("trv"), agencyId, tripId: id, contactId: t.contactId, isPrimary: t.isPrimary ?? false, position })),
    );
  }
  return trip!;
}

export async function makeDocument(agencyId: string, tripId: string, overrides: Partial<typeof tripDocuments.$inferInsert> = {}) {
  const [row] = await db
    .insert(tripDocuments)
    .values({ id: newId("doc"), agencyId, tripId, kind: "invoice", title: "Invoice INV-1042", amountCents: 485000, currency: "USD", createdAt: new Date(), ...overrides })
    .returning();
  return row!;
}

export async function signIn(advisor: typeof advisors.$inferSelect): Promise<string> {
  const { token } = await issueAdvisorSession({ id: advisor.id, agencyId: advisor.agencyId, name: advisor.name, email: advisor.email }, env.SESSION_SECRET!);
  return `${ADVISOR_COOKIE}=${token}`;
}

export function get(path: string, cookie?: string, headers: Record<string, string> = {}) {
  return exports.default.fetch(new Request(`${BASE}${path}`, { headers: { ...(cookie ? { Cookie: cookie } : {}), ...headers }, redirect: "manual" }));
}

export function post(path: string, form: Record<string, string>, cookie?: string, headers: Record<string, string> = {}) {
  return exports.default.fetch(
    new Request(`${BASE}${path}`, {
      method: "POST",
      body: new URLSearchParams(form),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE, ...(cookie ? { Cookie: cookie } : {}), ...headers },
      redirect: "manual",
    }),
  );
}

/** The number of D1 round trips a response reports in its Server-Timing header. */
export function d1RoundTrips(res: Response): number {
  const match = /d1;dur=[\d.]+;desc="(\d+) quer(?:y|ies)"/.exec(res.headers.get("Server-Timing") ?? "");
  if (!match) throw new Error(`No D1 Server-Timing on ${res.url}: ${res.headers.get("Server-Timing")}`);
  return Number(match[1]);
}

export async function countRows(table: "agencies" | "advisors" | "contacts" | "trips" | "trip_travelers" | "trip_documents" | "portal_accounts" | "portal_tokens" | "portal_events" | "portal_logins" | "dev_outbox") {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>();
  return row!.n;
}

export { portalAccounts, portalTokens };
