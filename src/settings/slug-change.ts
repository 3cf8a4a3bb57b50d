// The portal slug rules as a pure function: given what the agency's portal is used for and what
// the advisor asked, save, refuse, or first ask the advisor to confirm. The portal slug is the
// address every client link and bookmark carries, so changing it is never silent
// (docs/decisions/008-portal-slug-redirects.md).

export interface SlugFacts {
  /** The agency's slug as stored now. */
  current: string | null;
  /** Another agency uses the requested slug, or keeps it redirecting to its portal. */
  takenByOther: boolean;
  /** Portal accounts of the agency, any state. */
  accounts: number;
  /** Accounts that are active or invited (pending). */
  liveAccounts: number;
  /** Claim links that still work. */
  liveLinks: number;
}

export interface SlugConfirmation {
  /** The slug the advisor saw when they confirmed: a change made since then asks again. */
  from: string;
  keepOldRedirecting: boolean;
}

export type SlugDecision =
  | { ok: true; slug: string | null; changed: boolean; keepOldRedirecting: boolean }
  | { ok: false; reason: "taken" | "in_use"; message: string }
  | { ok: false; reason: "confirm"; from: string; to: string };

export const SLUG_TAKEN = "That portal slug is taken by another agency. Try another.";
export const SLUG_IN_USE =
  "Your clients sign in at this address, so it can't be left empty while your agency has portal accounts. Change it to a new slug instead.";

export function decideSlugChange(
  facts: SlugFacts,
  requested: string | null,
  confirmation: SlugConfirmation | null,
): SlugDecision {
  const { current } = facts;
  if (requested === current) return { ok: true, slug: requested, changed: false, keepOldRedirecting: false };
  if (requested !== null && facts.takenByOther) return { ok: false, reason: "taken", message: SLUG_TAKEN };
  if (requested === null) {
    if (facts.accounts > 0) return { ok: false, reason: "in_use", message: SLUG_IN_USE };
    return { ok: true, slug: null, changed: true, keepOldRedirecting: false };
  }
  // First slug, or an address nothing points at yet: nothing to break.
  if (current === null) return { ok: true, slug: requested, changed: true, keepOldRedirecting: false };
  const confirmed = confirmation?.from === current;
  if (!confirmed && (facts.liveLinks > 0 || facts.liveAccounts > 0))
    return { ok: false, reason: "confirm", from: current, to: requested };
  return {
    ok: true,
    slug: requested,
    changed: true,
    keepOldRedirecting: confirmed ? (confirmation?.keepOldRedirecting ?? false) : false,
  };
}
