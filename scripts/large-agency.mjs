// The large agency `npm run bench` measures (scripts/bench.mjs), generated on every run and
// never checked in: 5,000 contacts, 2,000 trips, 20,000 events on one contact's account,
// 50,000 claim links and a client on 200 trips, as multi-row INSERTs for
// `wrangler d1 execute --local --file`. It lives in its own agency, so the demo data stays.
// Claim links are random like real ones; the returned fixtures hold the live ones the bench
// opens and claims, and the credentials it signs in with.
import { createHash, randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
// The app's own hashing, so the stored format can never drift from what sign-in verifies.
import { hashPassword } from "../src/lib/password.ts";

export const LARGE_AGENCY = { id: "agc_bench", slug: "bench-travel", name: "Bench Travel" };
/** A second agency for the Portal access page: 10,000 portal accounts, one per contact. */
export const ROLLUP_AGENCY = { id: "agc_rollup", slug: "rollup-travel", name: "Rollup Travel", accounts: 10_000 };
export const ROLLUP_ADVISOR = {
  id: "adv_rollup",
  name: "Rue Rollup",
  email: "rue@rollup-travel.example",
  password: "bench-advisor-2026",
};
// The same page with nothing in it: what Portal access costs before any account, to set the 10,000 against.
export const QUIET_AGENCY = { id: "agc_quiet", slug: "quiet-travel", name: "Quiet Travel", accounts: 0 };
export const QUIET_ADVISOR = {
  id: "adv_quiet",
  name: "Quinn Quiet",
  email: "quinn@quiet-travel.example",
  password: "bench-advisor-2026",
};
export const SIZES = { contacts: 5_000, trips: 2_000, heavyEvents: 20_000, tokens: 50_000, clientTrips: 200 };
export const ADVISOR = { id: "adv_bench", email: "ava@bench-travel.example", password: "bench-advisor-2026" };
export const CLIENT_PASSWORD = "bench-client-2026";

const DAY = 24 * 60 * 60 * 1000;
const LINK_TTL = 7 * DAY;
const HEAVY = 0; // the contact whose Access tab holds 20,000 events
const CLIENT = 1; // the client on 200 trips
const ACTIVE_ACCOUNTS = 1_200;
const DISABLED_ACCOUNTS = 300;
const FIRST = "Ana Ben Carla Diego Elena Farah Gus Hana Ivo Jonas Kai Lena Marco Nia Omar Pia Quinn Rosa Sami Tove";
const LAST = "Souza Mendes Alvarez Park Haddad Lindqvist Kim Novak Berg Okafor Rivera Tanaka Silva Costa Dubois";
const PLACES = "Lisbon Kyoto Patagonia Iceland Azores Marrakech Oaxaca Tasmania Lofoten Sicily Bhutan Namibia";
const THEMES = "food tour|trekking|in autumn|ring road|by rail|family week|honeymoon|island hopping";

const pad = (n, width = 5) => String(n).padStart(width, "0");
const pick = (list, i) => list[i % list.length];
const sha256Hex = (value) => createHash("sha256").update(value).digest("hex");
const newClaimToken = () => randomBytes(32).toString("base64url");
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

function sqlValue(v) {
  if (v === null || v === undefined) return "NULL";
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "1" : "0";
  return `'${String(v).replaceAll("'", "''")}'`;
}

/** Multi-row INSERTs of at most ~90 KB each (local D1 takes statements up to 100 KB). */
function insertStatements(table, rows, maxBytes = 90_000) {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]);
  const head = `INSERT INTO ${table} (${columns.join(", ")}) VALUES\n`;
  const statements = [];
  let tuples = [];
  let bytes = head.length;
  for (const row of rows) {
    const tuple = `(${columns.map((c) => sqlValue(row[c])).join(", ")})`;
    if (tuples.length > 0 && bytes + tuple.length + 2 > maxBytes) {
      statements.push(`${head}${tuples.join(",\n")};`);
      tuples = [];
      bytes = head.length;
    }
    tuples.push(tuple);
    bytes += tuple.length + 2;
  }
  statements.push(`${head}${tuples.join(",\n")};`);
  return statements;
}

/** Contacts from `accountsEnd` on have no portal account: some of those have no email, a few are archived. */
function contactRows(now, accountsEnd) {
  const first = FIRST.split(" ");
  const last = LAST.split(" ");
  return Array.from({ length: SIZES.contacts }, (_, i) => {
    const [firstName, lastName] =
      i === HEAVY ? ["Hedda", "Historia"] : i === CLIENT ? ["Cleo", "Client"] : [pick(first, i), pick(last, i * 7 + 3)];
    const withoutEmail = i >= accountsEnd && i % 9 === 0;
    return {
      id: `con_bench_${pad(i)}`,
      agency_id: LARGE_AGENCY.id,
      first_name: firstName,
      last_name: lastName,
      email: withoutEmail ? null : `${firstName}.${lastName}.${i}@bench.example`.toLowerCase(),
      phone: i % 3 === 0 ? `+1 415 555 ${pad(i % 10_000, 4)}` : null,
      archived_at: i >= accountsEnd && i % 37 === 0 ? now - 20 * DAY : null,
      created_at: now - (400 - (i % 365)) * DAY,
    };
  });
}

/** Accounts by contact index: the heavy contact and the client active, then pending, active, disabled. */
function accountPlan(livePending) {
  const plan = [
    { contact: HEAVY, status: "active" },
    { contact: CLIENT, status: "active" },
  ];
  let c = 2;
  for (let i = 0; i < livePending; i++) plan.push({ contact: c++, status: "pending" });
  for (let i = 0; i < ACTIVE_ACCOUNTS; i++) plan.push({ contact: c++, status: "active" });
  for (let i = 0; i < DISABLED_ACCOUNTS; i++) plan.push({ contact: c++, status: "disabled" });
  return plan;
}

function accountRows(plan, contacts, now, passwordHash) {
  return plan.map(({ contact, status }) => ({
    id: `pac_bench_${pad(contact)}`,
    agency_id: LARGE_AGENCY.id,
    contact_id: contacts[contact].id,
    email: contacts[contact].email,
    status,
    password_hash: status === "pending" ? null : passwordHash,
    invited_at: now - 30 * DAY,
    invited_by: ADVISOR.id,
    activated_at: status === "pending" ? null : now - 29 * DAY,
    disabled_at: status === "disabled" ? now - 5 * DAY : null,
    disabled_by: status === "disabled" ? ADVISOR.id : null,
    disabled_why: status === "disabled" ? "advisor" : null,
    created_at: now - 30 * DAY,
  }));
}

/**
 * One live invite per pending account (the claim links the bench uses), and dead links
 * (expired, voided, consumed) spread over every account up to SIZES.tokens in all.
 */
function tokenRows(accounts, now) {
  const rows = [];
  const live = [];
  const token = (account, n, createdAt, extra) => ({
    id: `ptk_bench_${account.id.slice(10)}_${pad(n, 3)}`,
    agency_id: LARGE_AGENCY.id,
    account_id: account.id,
    purpose: n % 5 === 4 ? "reset" : "invite",
    token_hash: sha256Hex(newClaimToken()),
    created_at: createdAt,
    created_by: ADVISOR.id,
    expires_at: createdAt + LINK_TTL,
    consumed_at: null,
    voided_at: null,
    ...extra,
  });
  for (const account of accounts.filter((a) => a.status === "pending")) {
    const claimToken = newClaimToken();
    rows.push({ ...token(account, 0, now - DAY, {}), purpose: "invite", token_hash: sha256Hex(claimToken) });
    live.push(claimToken);
  }
  for (let n = 1; rows.length < SIZES.tokens; n++) {
    for (const account of accounts) {
      if (rows.length >= SIZES.tokens) break;
      const createdAt = now - (40 + n * 9) * DAY;
      const used = account.status !== "pending" && n === 1;
      rows.push(
        token(account, n, createdAt, used ? { consumed_at: createdAt + DAY } : { voided_at: createdAt + 2 * DAY }),
      );
    }
  }
  return { rows, live };
}

function eventRows(accounts, now) {
  const kinds = ["resent", "reset_sent", "disabled", "reenabled", "send_failed", "reactivated"];
  const rows = [];
  const event = (account, n, at, kind, advisor) => ({
    id: `pev_bench_${account.id.slice(10)}_${pad(n)}`,
    agency_id: LARGE_AGENCY.id,
    account_id: account.id,
    at,
    kind,
    actor_id: advisor ? ADVISOR.id : null,
    actor_label: advisor ? "Ava Bench" : "Client",
    channel: advisor ? "postmark" : null,
    recipient: advisor ? account.email : null,
    delivery_status: advisor ? (kind === "send_failed" ? "failed" : "sent") : null,
  });
  for (const account of accounts) {
    rows.push(event(account, 0, account.invited_at, "invited", true));
    if (account.status !== "pending") rows.push(event(account, 1, account.activated_at, "claimed", false));
  }
  const heavy = accounts[HEAVY];
  for (let n = 2; n < SIZES.heavyEvents; n++) {
    // Three years of history, newest last, so "the latest 50" is a real ordering question.
    const at = now - 3 * 365 * DAY + Math.floor((n / SIZES.heavyEvents) * 3 * 365 * DAY);
    rows.push(event(heavy, n, at, pick(kinds, n), true));
  }
  return rows;
}

function loginRows(accounts, now) {
  const rows = [];
  const signIns = new Map([
    [accounts[HEAVY].id, 300],
    [accounts[CLIENT].id, 20],
  ]);
  for (const account of accounts.filter((a) => a.status !== "pending")) {
    const count = signIns.get(account.id) ?? 1;
    for (let n = 0; n < count; n++) {
      rows.push({
        id: `plg_bench_${account.id.slice(10)}_${pad(n, 3)}`,
        agency_id: LARGE_AGENCY.id,
        account_id: account.id,
        at: now - (n + 1) * DAY,
        outcome: n % 7 === 3 ? "wrong_password" : "success",
        ip: "203.0.113.24",
        country: "PT",
        city: "Lisbon",
        user_agent: "Mozilla/5.0 (iPhone; CPU iPhone OS 19_1 like Mac OS X) Safari/605.1.15",
      });
    }
  }
  return rows;
}

/** Trips, travelers and documents. Trip 0 is the one the bench opens: eight travelers in every state. */
function tripRowsAndMore(contacts, accounts, now) {
  const places = PLACES.split(" ");
  const themes = THEMES.split("|");
  const trips = [];
  const travelers = [];
  const documents = [];
  // Accounts sit at the index of their contact: active, pending (its link live), disabled, none,
  // and contacts without email or archived.
  const first = (test) => contacts.findIndex((c, i) => i > CLIENT && test(c, accounts[i]));
  const tripZero = [
    CLIENT,
    HEAVY,
    first((_, a) => a?.status === "pending"),
    first((_, a) => a?.status === "active"),
    first((_, a) => a?.status === "disabled"),
    first((c, a) => !a && c.email && !c.archived_at),
    first((c) => !c.email),
    first((c) => c.archived_at),
  ];
  for (let t = 0; t < SIZES.trips; t++) {
    const startsOn = now + ((t * 13) % 900) * DAY - 120 * DAY;
    const id = `trp_bench_${pad(t)}`;
    trips.push({
      id,
      agency_id: LARGE_AGENCY.id,
      title: `${pick(places, t)} ${pick(themes, Math.floor(t / places.length))} ${t}`,
      destination: pick(places, t),
      starts_on: isoDay(startsOn),
      ends_on: isoDay(startsOn + (7 + (t % 10)) * DAY),
      created_at: now - (t % 300) * DAY,
    });
    const onTrip =
      t === 0
        ? tripZero
        : Array.from({ length: 1 + (t % 4) }, (_, k) => 2 + ((t * 7 + k * 1_237) % (SIZES.contacts - 2)));
    // The client travels on every tenth trip: 200 trips, spread over the calendar.
    if (t % (SIZES.trips / SIZES.clientTrips) === 0 && !onTrip.includes(CLIENT)) onTrip.unshift(CLIENT);
    [...new Set(onTrip)].forEach((c, position) => {
      travelers.push({
        id: `trv_bench_${pad(t)}_${pad(c)}`,
        agency_id: LARGE_AGENCY.id,
        trip_id: id,
        contact_id: contacts[c].id,
        is_primary: position === 0,
        position,
      });
    });
    const shared = onTrip.includes(CLIENT) || t % 4 === 0;
    documents.push({
      id: `doc_bench_${pad(t)}_inv`,
      agency_id: LARGE_AGENCY.id,
      trip_id: id,
      kind: "invoice",
      title: `Invoice BT-${pad(t, 4)}`,
      amount_cents: 250_000 + t * 137,
      currency: "USD",
      first_shared_at: shared ? now - (t % 30) * DAY : null,
      created_at: now - 40 * DAY,
    });
    if (t % 3 === 0)
      documents.push({
        id: `doc_bench_${pad(t)}_prop`,
        agency_id: LARGE_AGENCY.id,
        trip_id: id,
        kind: "proposal",
        title: `${pick(places, t)} proposal`,
        amount_cents: 600_000 + t * 211,
        currency: "USD",
        first_shared_at: null,
        created_at: now - 45 * DAY,
      });
  }
  return { trips, travelers, documents };
}

/**
 * A Portal access agency: every contact has an account, in a mix of states (pending for days,
 * expiring, bounced, active with sign-ins, disabled), so with 10,000 every filter has thousands of rows.
 */
function rollupAgencyRows(agency, advisor, now, advisorHash) {
  const key = agency.id.replace(/^agc_/, "");
  const first = FIRST.split(" ");
  const last = LAST.split(" ");
  const contacts = [];
  const accounts = [];
  const logins = [];
  for (let i = 0; i < agency.accounts; i++) {
    const kind = i % 6;
    const id = `con_${key}_${pad(i)}`;
    const email = `${pick(first, i)}.${pick(last, i * 5 + 1)}.${i}@rollup.example`.toLowerCase();
    contacts.push({
      id,
      agency_id: agency.id,
      first_name: pick(first, i),
      last_name: pick(last, i * 5 + 1),
      email,
      phone: null,
      archived_at: null,
      created_at: now - 200 * DAY,
    });
    const status = kind <= 2 ? "pending" : kind <= 4 ? "active" : "disabled";
    const invitedAgo = [5, 1, 6.6, 30, 60, 20][kind] * DAY;
    accounts.push({
      id: `pac_${key}_${pad(i)}`,
      agency_id: agency.id,
      contact_id: id,
      email,
      status,
      invited_at: now - invitedAgo,
      invited_by: advisor.id,
      activated_at: status === "pending" ? null : now - invitedAgo + DAY,
      link_deadline: status === "pending" ? now - invitedAgo + LINK_TTL : now - invitedAgo + DAY,
      latest_delivery: kind === 1 && i % 12 === 1 ? "bounced" : "delivered",
      last_sign_in_at: status === "pending" ? null : now - (i % 30) * DAY,
      created_at: now - invitedAgo,
    });
    if (status !== "pending")
      logins.push({
        id: `pli_${key}_${pad(i)}`,
        agency_id: agency.id,
        account_id: `pac_${key}_${pad(i)}`,
        at: now - (i % 30) * DAY,
        outcome: "success",
        attempts: 1,
      });
  }
  return [
    ...insertStatements("agencies", [
      {
        id: agency.id,
        name: agency.name,
        portal_slug: agency.slug,
        logo_url: null,
        brand_color: "#2b5d34",
        auto_invite_on_first_share: false,
        created_at: now - 500 * DAY,
      },
    ]),
    ...insertStatements("advisors", [
      {
        id: advisor.id,
        agency_id: agency.id,
        name: advisor.name,
        email: advisor.email,
        password_hash: advisorHash,
        created_at: now - 500 * DAY,
      },
    ]),
    ...insertStatements("contacts", contacts),
    ...insertStatements("portal_accounts", accounts),
    ...insertStatements("portal_logins", logins),
  ];
}

/**
 * Builds the large agency. `livePendingLinks` pending accounts each get one live invite link;
 * the bench splits them between opening (claim GET) and claiming (claim POST).
 */
export async function buildLargeAgency({ now = Date.now(), livePendingLinks = 2_500 } = {}) {
  const [advisorHash, clientHash] = await Promise.all([hashPassword(ADVISOR.password), hashPassword(CLIENT_PASSWORD)]);
  const plan = accountPlan(livePendingLinks);
  const contacts = contactRows(now, plan.length);
  const accounts = accountRows(plan, contacts, now, clientHash);
  const tokens = tokenRows(accounts, now);
  const { trips, travelers, documents } = tripRowsAndMore(contacts, accounts, now);
  const statements = [
    ...insertStatements("agencies", [
      {
        id: LARGE_AGENCY.id,
        name: LARGE_AGENCY.name,
        portal_slug: LARGE_AGENCY.slug,
        logo_url: null,
        brand_color: "#7a4b0f",
        auto_invite_on_first_share: false,
        created_at: now - 500 * DAY,
      },
    ]),
    ...insertStatements("advisors", [
      {
        id: ADVISOR.id,
        agency_id: LARGE_AGENCY.id,
        name: "Ava Bench",
        email: ADVISOR.email,
        password_hash: advisorHash,
        created_at: now - 500 * DAY,
      },
    ]),
    ...insertStatements("contacts", contacts),
    ...insertStatements("trips", trips),
    ...insertStatements("trip_travelers", travelers),
    ...insertStatements("trip_documents", documents),
    ...insertStatements("portal_accounts", accounts),
    ...insertStatements("portal_tokens", tokens.rows),
    ...insertStatements("portal_events", eventRows(accounts, now)),
    ...insertStatements("portal_logins", loginRows(accounts, now)),
    ...rollupAgencyRows(ROLLUP_AGENCY, ROLLUP_ADVISOR, now, advisorHash),
    ...rollupAgencyRows(QUIET_AGENCY, QUIET_ADVISOR, now, advisorHash),
    // Accounts carry their newest link's deadline; set it the way recomputeLinkDeadlines
    // (src/portal-access/tokens.ts) does for data written outside the lifecycle.
    `UPDATE portal_accounts SET link_deadline = (
  SELECT min(expires_at, coalesce(voided_at, expires_at), coalesce(consumed_at, expires_at))
  FROM portal_tokens WHERE portal_tokens.account_id = portal_accounts.id ORDER BY created_at DESC LIMIT 1
) WHERE agency_id = '${LARGE_AGENCY.id}';`,
    `UPDATE portal_accounts SET last_sign_in_at = (
  SELECT max(at) FROM portal_logins WHERE portal_logins.account_id = portal_accounts.id AND outcome IN ('success', 'claimed')
) WHERE agency_id = '${LARGE_AGENCY.id}';`,
  ];
  return {
    statements,
    counts: {
      contacts: contacts.length,
      trips: trips.length,
      travelers: travelers.length,
      accounts: accounts.length,
      tokens: tokens.rows.length,
    },
    fixtures: {
      slug: LARGE_AGENCY.slug,
      advisor: { email: ADVISOR.email, password: ADVISOR.password },
      rollupAdvisor: { email: ROLLUP_ADVISOR.email, password: ROLLUP_ADVISOR.password },
      quietAdvisor: { email: QUIET_ADVISOR.email, password: QUIET_ADVISOR.password },
      client: { email: contacts[CLIENT].email, password: CLIENT_PASSWORD },
      tripId: trips[0].id,
      // A document shared on a trip the client travels on: the portal's document page.
      documentId: documents.find(
        (d) =>
          d.first_shared_at !== null &&
          travelers.some((tt) => tt.trip_id === d.trip_id && tt.contact_id === contacts[CLIENT].id),
      ).id,
      accessContactId: contacts[HEAVY].id,
      liveClaimTokens: tokens.live,
    },
  };
}

/** Writes the agency as one SQL file; returns what buildLargeAgency does, less the statements. */
export async function writeLargeAgencySql(file, options) {
  const { statements, ...rest } = await buildLargeAgency(options);
  writeFileSync(file, `${statements.join("\n")}\n`);
  return { ...rest, statementCount: statements.length };
}
