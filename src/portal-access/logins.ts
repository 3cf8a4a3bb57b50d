// A portal account's sign-in history ("recent login activity" on the Access tab): who tried,
// from where, and how it went. Written by sign-in and claim, read by the Access tab.
import { and, desc, eq, gt, notExists, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { type LoginMethod, portalAccounts, portalLogins } from "../db/schema";
import { newId } from "../lib/ids";
import { inTableOrder, literalFields } from "./writes";

export type LoginOutcome = "success" | "wrong_password" | "disabled" | "rate_limited" | "claimed";
export type { LoginMethod };

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
  /** How the client signed in or tried to (the Access tab says it: Password, Sign-in code, …). */
  method?: LoginMethod;
}

/** The stored columns of one attempt (user agents are capped: they are free text from the client). */
export function loginValues(r: Omit<LoginRecord, "agencyId" | "accountId">, at: Date) {
  return {
    id: newId("plg"),
    at: at.getTime(),
    outcome: r.outcome,
    method: r.method ?? null,
    ip: r.ip,
    country: r.country,
    city: r.city,
    userAgent: r.userAgent?.slice(0, 400) ?? null,
    attempts: 1,
  };
}

/** A burst of throttled attempts on one account within this window is one row. */
export const THROTTLED_BURST_MS = 15 * 60 * 1000;

/**
 * Records one attempt. Throttled attempts join the account's current burst (one row whose
 * `attempts` counts them, `at` the latest), so a guesser can't push real sign-ins out of the
 * Access tab's "last 10".
 */
export async function recordLogin(db: Db, r: LoginRecord, at: Date) {
  const values = { ...loginValues(r, at), at, agencyId: r.agencyId, accountId: r.accountId };
  if (r.outcome === "success") {
    await db.batch([
      db.insert(portalLogins).values(values),
      db
        .update(portalAccounts)
        .set({ lastSignInAt: at })
        .where(and(eq(portalAccounts.id, r.accountId), eq(portalAccounts.agencyId, r.agencyId))),
    ]);
    return;
  }
  if (r.outcome !== "rate_limited") {
    await db.insert(portalLogins).values(values);
    return;
  }
  const burst = and(
    eq(portalLogins.accountId, r.accountId),
    eq(portalLogins.outcome, "rate_limited"),
    gt(portalLogins.at, new Date(at.getTime() - THROTTLED_BURST_MS)),
  );
  const current = db
    .select({ id: portalLogins.id })
    .from(portalLogins)
    .where(burst)
    .orderBy(desc(portalLogins.at))
    .limit(1);
  await db.batch([
    db
      .update(portalLogins)
      .set({
        attempts: sql`${portalLogins.attempts} + 1`,
        at,
        ip: values.ip,
        country: values.country,
        city: values.city,
        userAgent: values.userAgent,
      })
      .where(eq(portalLogins.id, sql`(${current})`)),
    db.insert(portalLogins).select(
      db
        .select(inTableOrder(portalLogins, literalFields({ ...values, at: at.getTime() })))
        .from(sql`(select 1)`)
        .where(notExists(db.select({ one: sql`1` }).from(portalLogins).where(burst))),
    ),
  ]);
}
