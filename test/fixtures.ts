// Test helpers: build agencies, advisors, contacts and trips in real local D1, sign in,
// and talk to the Worker through its fetch handler as a browser would. Test files share one
// local D1 per Vitest worker (isolate: false), one file at a time: build what a test needs
// with fresh ids and read it back by those ids. The outside world's fakes are in fakes.ts.
import { env, exports } from "cloudflare:workers";
import { desc, eq } from "drizzle-orm";
import { ADVISOR_COOKIE, issueAdvisorSession } from "../src/auth/session";
import { type Db, openDb } from "../src/db/client";
import {
  advisors,
  agencies,
  contacts,
  portalAccounts,
  portalTokens,
  tripDocuments,
  trips,
  tripTravelers,
} from "../src/db/schema";
import { newId } from "../src/lib/ids";
import { hashPassword, TEST_SCRYPT } from "../src/lib/password";
import type { MailTransport } from "../src/mail/message";
import { postmarkTransport } from "../src/mail/postmark";
import type { PortalAction } from "../src/portal-access/lifecycle";
import { performPortalAction } from "../src/portal-access/service";
import { linkDeadline, recomputeLinkDeadlines } from "../src/portal-access/tokens";

export const BASE = "https://portal.test";
export const db: Db = openDb(env.DB).db;

// Real scrypt hashes at the test cost (the Worker reads PASSWORD_HASH_COST=test), computed once per worker.
let advisorHash: Promise<string> | undefined;
export const ADVISOR_PASSWORD = "correct horse battery";
function hashOnce() {
  advisorHash ??= hashPassword(ADVISOR_PASSWORD, TEST_SCRYPT);
  return advisorHash;
}

export interface AgencyFixture {
  agency: typeof agencies.$inferSelect;
  advisor: typeof advisors.$inferSelect;
}

export async function makeAgency(overrides: Partial<typeof agencies.$inferInsert> = {}): Promise<AgencyFixture> {
  const id = newId("agc");
  const slug =
    overrides.portalSlug === undefined
      ? `agency-${id
          .slice(-8)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, "x")}`
      : overrides.portalSlug;
  const [agency] = await db
    .insert(agencies)
    .values({ id, name: "Test Agency", brandColor: "#225577", createdAt: new Date(), ...overrides, portalSlug: slug })
    .returning();
  const [advisor] = await db
    .insert(advisors)
    .values({
      id: newId("adv"),
      agencyId: id,
      name: "Pat Rivera",
      email: `pat-${id.slice(-10).toLowerCase()}@agency.test`,
      passwordHash: await hashOnce(),
      createdAt: new Date(),
    })
    .returning();
  return { agency: agency!, advisor: advisor! };
}

export async function makeContact(agencyId: string, overrides: Partial<typeof contacts.$inferInsert> = {}) {
  const id = newId("con");
  const [row] = await db
    .insert(contacts)
    .values({
      id,
      agencyId,
      firstName: "Ana",
      lastName: "Souza",
      email: `ana-${id.slice(-8).toLowerCase()}@example.com`,
      createdAt: new Date(),
      ...overrides,
    })
    .returning();
  return row!;
}

export async function makeTrip(
  agencyId: string,
  travelers: { contactId: string; isPrimary?: boolean }[] = [],
  overrides: Partial<typeof trips.$inferInsert> = {},
) {
  const id = newId("trp");
  const [trip] = await db
    .insert(trips)
    .values({
      id,
      agencyId,
      title: "Lisbon getaway",
      destination: "Portugal",
      startsOn: "2027-04-12",
      endsOn: "2027-04-20",
      createdAt: new Date(),
      ...overrides,
    })
    .returning();
  if (travelers.length) {
    await db.insert(tripTravelers).values(
      travelers.map((t, position) => ({
        id: newId("trv"),
        agencyId,
        tripId: id,
        contactId: t.contactId,
        isPrimary: t.isPrimary ?? false,
        position,
      })),
    );
  }
  return trip!;
}

export async function makeDocument(
  agencyId: string,
  tripId: string,
  overrides: Partial<typeof tripDocuments.$inferInsert> = {},
) {
  const [row] = await db
    .insert(tripDocuments)
    .values({
      id: newId("doc"),
      agencyId,
      tripId,
      kind: "invoice",
      title: "Invoice INV-1042",
      amountCents: 485000,
      currency: "USD",
      createdAt: new Date(),
      ...overrides,
    })
    .returning();
  return row!;
}

export async function signIn(advisor: typeof advisors.$inferSelect): Promise<string> {
  const { token } = await issueAdvisorSession(
    { id: advisor.id, agencyId: advisor.agencyId, name: advisor.name, email: advisor.email },
    env.SESSION_SECRET!,
  );
  return `${ADVISOR_COOKIE}=${token}`;
}

/** An agency whose advisor is signed in: `cookie` opens the dashboard as them. */
export async function makeSignedInAgency(overrides: Partial<typeof agencies.$inferInsert> = {}) {
  const { agency, advisor } = await makeAgency(overrides);
  return { agency, advisor, cookie: await signIn(advisor) };
}

/**
 * The usual traveler: Ana Souza (unless `contact` says otherwise), primary traveler on a trip of
 * "Pride Travelers", with a portal account in `state`, and her advisor signed in.
 */
export async function makeTraveler(
  state: SeedState = "none",
  opts: {
    agency?: Partial<typeof agencies.$inferInsert>;
    contact?: Partial<typeof contacts.$inferInsert>;
    trip?: Partial<typeof trips.$inferInsert>;
  } = {},
) {
  const { agency, advisor, cookie } = await makeSignedInAgency({ name: "Pride Travelers", ...opts.agency });
  const { trip, contacts, accounts } = await makeTripWithTravelers(
    agency.id,
    advisor.id,
    [{ contact: { firstName: "Ana", lastName: "Souza", ...opts.contact }, primary: true, account: state }],
    opts.trip,
  );
  return { agency, advisor, contact: contacts[0]!, trip, account: accounts[0]!, cookie };
}

export interface TravelerSpec {
  contact?: Partial<typeof contacts.$inferInsert>;
  primary?: boolean;
  account?: SeedState;
}

/** A trip whose travelers, in this order, are new contacts, each with a portal account in its state ("none" by default). */
export async function makeTripWithTravelers(
  agencyId: string,
  advisorId: string,
  travelers: TravelerSpec[],
  tripOverrides: Partial<typeof trips.$inferInsert> = {},
) {
  const made = [];
  const accounts = [];
  for (const t of travelers) {
    const contact = await makeContact(agencyId, t.contact);
    made.push(contact);
    accounts.push(await makeAccount(agencyId, contact, t.account ?? "none", advisorId));
  }
  const trip = await makeTrip(
    agencyId,
    made.map((c, i) => ({ contactId: c.id, isPrimary: !!travelers[i]!.primary })),
    tripOverrides,
  );
  return { trip, contacts: made, accounts };
}

export const MAIL_FROM = "Trips <noreply@trips.example>";
export const POSTMARK_TEST_TOKEN = "pm-test-token";

/** Postmark's real client, talking to whatever `fetch` is given (a fake from fakes.ts). */
export function postmarkVia(fetch: typeof globalThis.fetch, options: { timeoutSeconds?: number } = {}): MailTransport {
  return postmarkTransport({ token: POSTMARK_TEST_TOKEN, messageStream: "outbound", fetch, ...options });
}

/** The advisor's action on the traveler through the portal-access service, mail going out through `transports`. */
export function performAs(
  who: { advisor: typeof advisors.$inferSelect; contact: { id: string; agencyId: string } },
  action: PortalAction,
  transports: MailTransport[],
) {
  const { advisor, contact } = who;
  return performPortalAction(
    { db, kv: env.SESSIONS, transports, baseUrl: BASE, mailFrom: MAIL_FROM },
    {
      agencyId: contact.agencyId,
      contactId: contact.id,
      action,
      actor: { id: advisor.id, name: advisor.name, email: advisor.email },
    },
  );
}

/** The toast an htmx response carries in HX-Trigger. */
export function toastOf(res: Response): { message: string; kind: string; target?: string } | undefined {
  return (
    JSON.parse(res.headers.get("HX-Trigger") ?? "{}") as { toast?: { message: string; kind: string; target?: string } }
  ).toast;
}

export function get(path: string, cookie?: string, headers: Record<string, string> = {}) {
  return exports.default.fetch(
    new Request(`${BASE}${path}`, {
      headers: { ...(cookie ? { Cookie: cookie } : {}), ...headers },
      redirect: "manual",
    }),
  );
}

export function post(
  path: string,
  form: Record<string, string>,
  cookie?: string,
  headers: Record<string, string> = {},
) {
  return exports.default.fetch(
    new Request(`${BASE}${path}`, {
      method: "POST",
      body: new URLSearchParams(form),
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: BASE,
        "CF-Connecting-IP": randomIp(),
        ...(cookie ? { Cookie: cookie } : {}),
        ...headers,
      },
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

export async function countRows(
  table:
    | "agencies"
    | "advisors"
    | "contacts"
    | "trips"
    | "trip_travelers"
    | "trip_documents"
    | "portal_accounts"
    | "portal_tokens"
    | "portal_events"
    | "portal_logins"
    | "dev_outbox",
) {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>();
  return row!.n;
}

export { portalAccounts, portalTokens };

export type SeedState = "none" | "pending" | "expired" | "active" | "disabled";

/** A portal account in the given state, with the tokens that state implies. */
export async function makeAccount(
  agencyId: string,
  contact: { id: string; email: string | null },
  state: SeedState,
  advisorId = "adv_test",
) {
  if (state === "none") return null;
  const now = Date.now();
  const DAY = 86_400_000;
  const id = newId("pac");
  const status = state === "expired" ? "pending" : state;
  const hasPassword = state === "active" || state === "disabled";
  const [account] = await db
    .insert(portalAccounts)
    .values({
      id,
      agencyId,
      contactId: contact.id,
      email: (contact.email ?? "nobody@example.com").toLowerCase(),
      status,
      passwordHash: hasPassword ? await clientHashOnce() : null,
      invitedAt: new Date(now - 10 * DAY),
      invitedBy: advisorId,
      activatedAt: hasPassword ? new Date(now - 9 * DAY) : null,
      disabledAt: state === "disabled" ? new Date(now - DAY) : null,
      disabledBy: state === "disabled" ? advisorId : null,
      disabledWhy: state === "disabled" ? "advisor" : null,
      createdAt: new Date(now - 10 * DAY),
    })
    .returning();
  const created = state === "expired" ? now - 8 * DAY : state === "pending" ? now - DAY : now - 10 * DAY;
  await db.insert(portalTokens).values({
    id: newId("ptk"),
    agencyId,
    accountId: id,
    purpose: "invite",
    tokenHash: newId("hash"),
    createdAt: new Date(created),
    createdBy: advisorId,
    expiresAt: new Date(created + 7 * DAY),
    consumedAt: hasPassword ? new Date(now - 9 * DAY) : null,
  });
  await recomputeLinkDeadlines(db, [id]);
  return { ...account!, linkDeadline: hasPassword ? new Date(now - 9 * DAY) : new Date(created + 7 * DAY) };
}

export const CLIENT_PASSWORD = "client password long enough";
let clientHash: Promise<string> | undefined;
function clientHashOnce() {
  clientHash ??= hashPassword(CLIENT_PASSWORD, TEST_SCRYPT);
  return clientHash;
}

/**
 * Waits (at most 3 s) until mail the real MAIL queue is still delivering has landed. The queue
 * delivers after the request that queued it returns, so without this a read of the whole outbox,
 * or a digest of all of D1, could see another test's email arrive in the middle of a test.
 * Rows a test's capturing queue holds back (test/queues/helpers.ts) are old after 10 s.
 */
export async function queuedMailLanded() {
  const pending = async () =>
    (await env.DB.prepare(
      "SELECT count(*) AS n FROM mail_outbound WHERE status IN ('queued', 'sending') AND created_at > ?",
    )
      .bind(Date.now() - 10_000)
      .first<{ n: number }>())!.n;
  await eventually(pending, (n) => n === 0, 3000);
}

export async function outbox() {
  await queuedMailLanded();
  const { results } = await env.DB.prepare("SELECT * FROM dev_outbox ORDER BY at").all<{
    to_address: string;
    subject: string;
    html: string;
    text: string;
    from_address: string;
    reply_to: string | null;
  }>();
  return results;
}

/** Dev-outbox mail that links into this agency's portal (to `address` if given), so other tests' mail never counts. */
export async function portalMail(portalSlug: string, address?: string) {
  return (await outbox()).filter(
    (m) => m.text.includes(`/portal/${portalSlug}/`) && (address === undefined || m.to_address === address),
  );
}

export async function tokensOf(accountId: string) {
  const { results } = await env.DB.prepare("SELECT * FROM portal_tokens WHERE account_id = ? ORDER BY created_at")
    .bind(accountId)
    .all<{
      id: string;
      purpose: string;
      token_hash: string;
      expires_at: number;
      consumed_at: number | null;
      voided_at: number | null;
      created_at: number;
    }>();
  return results;
}

export async function accountOf(contactId: string) {
  return env.DB.prepare("SELECT * FROM portal_accounts WHERE contact_id = ?").bind(contactId).first<{
    id: string;
    status: string;
    email: string;
    password_hash: string | null;
    disabled_why: string | null;
    invited_by: string | null;
    latest_delivery: string | null;
  }>();
}

export async function eventsOf(accountId: string) {
  const { results } = await env.DB.prepare("SELECT * FROM portal_events WHERE account_id = ? ORDER BY at, id")
    .bind(accountId)
    .all<{
      kind: string;
      channel: string | null;
      recipient: string | null;
      delivery_status: string | null;
      detail: string | null;
      provider_message_id: string | null;
    }>();
  return results;
}

/** Everything a refusal must leave untouched. */
export async function dbSnapshot() {
  await queuedMailLanded();
  const out: Record<string, unknown[]> = {};
  for (const t of ["contacts", "portal_accounts", "portal_tokens", "portal_events", "dev_outbox", "agencies"])
    out[t] = (await env.DB.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()).results;
  return out;
}

export function claimTokenFrom(text: string): string {
  const match = /\/portal\/[a-z0-9-]+\/claim\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`No claim link in: ${text.slice(0, 200)}`);
  return match[1]!;
}

/** KV reads a response reports in Server-Timing. */
export function kvReads(res: Response): number {
  const match = /kv;desc="(\d+) reads/.exec(res.headers.get("Server-Timing") ?? "");
  if (!match) throw new Error(`No KV Server-Timing: ${res.headers.get("Server-Timing")}`);
  return Number(match[1]);
}

/** Each request from its own documentation-range address, so per-IP rate limits don't couple tests. */
function randomIp(): string {
  const n = crypto.getRandomValues(new Uint8Array(2));
  return `198.51.${n[0]}.${n[1]}`;
}

/** Waits for work the Worker finishes after responding (ctx.waitUntil), e.g. mail sent in the background. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 3000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A digest of every row of every table: equal before and after means D1 is byte-for-byte unchanged. */
export async function d1Digest(): Promise<string> {
  await queuedMailLanded();
  const { results: tables } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations' ORDER BY name",
  ).all<{ name: string }>();
  const dump: unknown[] = [];
  for (const { name } of tables)
    dump.push(name, (await env.DB.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw()) as unknown[]);
  const bytes = new TextEncoder().encode(JSON.stringify(dump));
  return [...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes))]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");
}

/** A request to the Worker with a raw body and exactly the headers given (plus a fresh client IP). */
export function send(
  path: string,
  init: { method?: string; body?: BodyInit | null; headers?: Record<string, string> },
) {
  return exports.default.fetch(
    new Request(`${BASE}${path}`, {
      method: init.method ?? "POST",
      body: init.body ?? null,
      headers: { "CF-Connecting-IP": randomIp(), ...init.headers },
      redirect: "manual",
    }),
  );
}

/** portal_accounts.link_deadline as stored. */
export async function storedLinkDeadline(accountId: string) {
  return (
    await env.DB.prepare("SELECT link_deadline FROM portal_accounts WHERE id = ?")
      .bind(accountId)
      .first<{ link_deadline: number | null }>()
  )?.link_deadline;
}

/** The newest link's deadline computed from portal_tokens (tokens.ts's rule). */
export async function newestLinkDeadline(accountId: string) {
  const [newest] = await db
    .select()
    .from(portalTokens)
    .where(eq(portalTokens.accountId, accountId))
    .orderBy(desc(portalTokens.createdAt))
    .limit(1);
  return newest ? linkDeadline(newest).getTime() : null;
}

/**
 * Waits until the MAIL queue's consumer (the real one: miniflare delivers the queue to this
 * Worker) has handled every email queued for the account, and answers their rows.
 */
export async function mailSettled(accountId: string, timeoutMs = 8000) {
  const read = async () =>
    (
      await env.DB.prepare("SELECT * FROM mail_outbound WHERE account_id = ? ORDER BY created_at")
        .bind(accountId)
        .all<{ id: string; status: string; template: string; attempts: number; last_error: string | null }>()
    ).results;
  return eventually(
    read,
    (rows) => rows.length > 0 && rows.every((r) => r.status !== "queued" && r.status !== "sending"),
    timeoutMs,
  );
}
