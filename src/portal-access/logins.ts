// A portal account's sign-in history ("recent login activity" on the Access tab): who tried,
// from where, and how it went. Written by sign-in and claim, read by the Access tab.
import type { Db } from "../db/client";
import { portalLogins } from "../db/schema";
import { newId } from "../lib/ids";

export type LoginOutcome = "success" | "wrong_password" | "disabled" | "rate_limited" | "claimed";

/** Where a request came from, as Cloudflare tells it. */
export interface LoginContext {
  ip: string | null;
  country: string | null;
  city: string | null;
  userAgent: string | null;
}

export interface LoginRecord extends LoginContext {
  agencyId: string;
  accountId: string;
  outcome: LoginOutcome;
}

/** The stored columns of one attempt (user agents are capped: they are free text from the client). */
export function loginValues(r: Omit<LoginRecord, "agencyId" | "accountId">, at: Date) {
  return {
    id: newId("plg"),
    at: at.getTime(),
    outcome: r.outcome,
    ip: r.ip,
    country: r.country,
    city: r.city,
    userAgent: r.userAgent?.slice(0, 400) ?? null,
  };
}

export const recordLogin = (db: Db, r: LoginRecord, at: Date) =>
  db.insert(portalLogins).values({ ...loginValues(r, at), at, agencyId: r.agencyId, accountId: r.accountId });
