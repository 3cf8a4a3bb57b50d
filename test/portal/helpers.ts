// Portal test helpers: real claim tokens stored as their SHA-256, and client sign-in.
import { newId } from "../../src/lib/ids";
import { mintClaimToken, recomputeLinkDeadlines } from "../../src/portal-access/tokens";
import { db, makeTraveler, portalTokens, type SeedState } from "../fixtures";

const DAY = 86_400_000;

export async function storeToken(
  agencyId: string,
  accountId: string,
  opts: { purpose?: "invite" | "reset"; ageDays?: number; consumed?: boolean; voided?: boolean } = {},
) {
  const { token, tokenHash } = await mintClaimToken();
  const created = Date.now() - (opts.ageDays ?? 0) * DAY;
  await db.insert(portalTokens).values({
    id: newId("ptk"),
    agencyId,
    accountId,
    purpose: opts.purpose ?? "invite",
    tokenHash,
    createdAt: new Date(created),
    createdBy: null,
    expiresAt: new Date(created + 7 * DAY),
    consumedAt: opts.consumed ? new Date() : null,
    voidedAt: opts.voided ? new Date() : null,
  });
  await recomputeLinkDeadlines(db, [accountId]);
  return token;
}

/** A traveler of "Pride Travelers" with a portal account in `state`, and the portal's slug. */
export async function portalSetUp(state: SeedState = "pending") {
  const t = await makeTraveler(state, {
    agency: { brandColor: "#9d2463" },
    trip: { title: "Lisbon & Porto food tour" },
  });
  return { ...t, account: t.account!, slug: t.agency.portalSlug! };
}

export function cookieFrom(res: Response, name = "__Host-trips_portal"): string {
  const header = res.headers.getSetCookie().find((h) => h.startsWith(`${name}=`));
  if (!header) throw new Error(`No ${name} cookie set`);
  return header.split(";")[0]!;
}

export const GOOD_PASSWORD = "a long walk on the beach at dusk";
