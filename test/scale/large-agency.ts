// A generated large agency for scale tests: thousands of contacts and trips inserted with
// multi-row INSERTs of literal values (D1 binds at most 100 parameters a statement).
import { env } from "cloudflare:workers";
import { newId } from "../../src/lib/ids";

const lit = (v: string | number | null) =>
  v === null ? "NULL" : typeof v === "number" ? String(v) : `'${v.replace(/'/g, "''")}'`;

export async function insertRows(table: string, columns: string[], rows: (string | number | null)[][]) {
  const statements = [];
  for (let i = 0; i < rows.length; i += 400) {
    const values = rows
      .slice(i, i + 400)
      .map((r) => `(${r.map(lit).join(",")})`)
      .join(",");
    statements.push(env.DB.prepare(`INSERT INTO ${table} (${columns.join(",")}) VALUES ${values}`));
  }
  await env.DB.batch(statements);
}

/** Contact i is "First{i} Last{i}" (zero-padded), so its place in the list is known: page = floor(i / 50) + 1. */
export const contactName = (i: number) => ({
  first: `First${String(i).padStart(5, "0")}`,
  last: `Last${String(i).padStart(5, "0")}`,
});

export async function makeLargeAgency(
  agencyId: string,
  opts: { contacts: number; trips: number; accountsEvery?: number; travelersPerTrip?: number },
) {
  const now = Date.now();
  const contactIds = Array.from({ length: opts.contacts }, () => newId("con"));
  await insertRows(
    "contacts",
    ["id", "agency_id", "first_name", "last_name", "email", "phone", "created_at"],
    contactIds.map((id, i) => [
      id,
      agencyId,
      contactName(i).first,
      contactName(i).last,
      `person${i}@large.example`,
      null,
      now,
    ]),
  );
  // Every few contacts hold a pending account with a live link deadline, so pills show.
  const every = opts.accountsEvery ?? 3;
  const accountRows = contactIds
    .filter((_, i) => i % every === 0)
    .map((contactId, k) => [
      newId("pac"),
      agencyId,
      contactId,
      `person${k * every}@large.example`,
      "pending",
      now,
      now + 86_400_000,
    ]);
  await insertRows(
    "portal_accounts",
    ["id", "agency_id", "contact_id", "email", "status", "created_at", "link_deadline"],
    accountRows,
  );
  const tripIds = Array.from({ length: opts.trips }, () => newId("trp"));
  await insertRows(
    "trips",
    ["id", "agency_id", "title", "destination", "starts_on", "ends_on", "created_at"],
    tripIds.map((id, i) => {
      const day = new Date(Date.UTC(2027, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      return [
        id,
        agencyId,
        `Trip ${String(i).padStart(5, "0")}`,
        i % 7 === 0 ? `Zanzibar ${i}` : "Portugal",
        day,
        day,
        now,
      ];
    }),
  );
  // Trip i's travelers are contacts i, i+1, … (wrapping), the first of them primary.
  const perTrip = Math.min(opts.travelersPerTrip ?? 0, contactIds.length);
  if (perTrip > 0)
    await insertRows(
      "trip_travelers",
      ["id", "agency_id", "trip_id", "contact_id", "is_primary", "position"],
      tripIds.flatMap((tripId, i) =>
        Array.from({ length: perTrip }, (_, p) => [
          newId("trv"),
          agencyId,
          tripId,
          contactIds[(i + p) % contactIds.length]!,
          p === 0 ? 1 : 0,
          p,
        ]),
      ),
    );
  return { contactIds, tripIds };
}
