// Claim links (SPEC §4), from minting to consumption: 32 random bytes, base64url (43
// characters), stored only as SHA-256, valid 7 days, single use. This module is the one place
// that says when a link is live and when it stops working: a Drizzle fragment for queries and
// a pure predicate for code, tested to agree (test/unit/tokens.test.ts, test/portal-access/tokens.test.ts).
import {
  and,
  eq,
  exists,
  gt,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  or,
  type Placeholder,
  type SQL,
  sql,
} from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { alias } from "drizzle-orm/sqlite-core";
import { type Db, inList } from "../db/client";
import { portalAccounts, portalTokens } from "../db/schema";
import { base64url, sha256Hex } from "../lib/ids";

export const CLAIM_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export async function mintClaimToken(): Promise<{ token: string; tokenHash: string }> {
  const token = base64url(crypto.getRandomValues(new Uint8Array(32)));
  return { token, tokenHash: await sha256Hex(token) };
}

export const hashClaimToken = sha256Hex;

/** Cheap shape check before touching D1: anything else cannot be one of our tokens. */
export function looksLikeClaimToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

export function claimUrl(baseUrl: string, slug: string, token: string): string {
  return `${baseUrl}/portal/${encodeURIComponent(slug)}/claim/${token}`;
}

/** A link minted at `createdAt` expires this much later. */
export function linkExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + CLAIM_TOKEN_TTL_MS);
}

export interface LinkFacts {
  expiresAt: Date;
  consumedAt: Date | null;
  voidedAt: Date | null;
}

/** The pure form of the rule: unused, not voided, not yet expired. */
export function isLinkLive(link: LinkFacts, now: Date): boolean {
  return link.consumedAt === null && link.voidedAt === null && link.expiresAt.getTime() > now.getTime();
}

/** When a link stopped (or stops) working for anyone holding it: the first of its expiry, its voiding and its use. */
export function linkDeadline(link: LinkFacts): Date {
  const ends = [link.expiresAt, link.voidedAt, link.consumedAt].filter((d): d is Date => d !== null);
  return ends.reduce((first, d) => (d.getTime() < first.getTime() ? d : first));
}

/** A deadline that has come: the link no longer works. */
export function hasLapsed(deadline: Date, now: Date): boolean {
  return deadline.getTime() <= now.getTime();
}

const both = (a: SQL, b: SQL): SQL => sql`(${a} and ${b})`;

/** Neither used nor voided (it may still have expired). */
export const unusedLink: SQL = both(isNull(portalTokens.consumedAt), isNull(portalTokens.voidedAt));

/** The SQL form of isLinkLive. */
export function liveLink(now: Date): SQL {
  return liveLinkAt(now);
}

/** liveLink for a statement built once: `now` may be a placeholder, bound per request in epoch milliseconds. */
export function liveLinkAt(now: Date | Placeholder): SQL {
  return both(unusedLink, gt(portalTokens.expiresAt, now));
}

/** Unused links whose expiry has come: what the sweep voids. */
export function lapsedUnusedLink(now: Date): SQL {
  return both(unusedLink, lte(portalTokens.expiresAt, now));
}

/** The SQL form of linkDeadline, in epoch milliseconds. */
export const linkDeadlineSql = sql<number>`min(${portalTokens.expiresAt}, coalesce(${portalTokens.voidedAt}, ${portalTokens.expiresAt}), coalesce(${portalTokens.consumedAt}, ${portalTokens.expiresAt}))`;

/**
 * The account's link deadline (portal_accounts.link_deadline, the newest link's linkDeadline)
 * once its links are voided or its link is used at `now`: it can only come sooner, and stays
 * unset for an account that never had a link.
 */
export function linkDeadlineBy(now: Date): SQL {
  return sql`min(${portalAccounts.linkDeadline}, ${now.getTime()})`;
}

/** Sets accounts' link_deadline from their newest link: for data written outside the lifecycle (demo seed, test fixtures). */
export function recomputeLinkDeadlines(db: Db, accountIds: string[]) {
  const newest = sql`(select ${linkDeadlineSql} from ${portalTokens} where ${portalTokens.accountId} = ${portalAccounts.id} order by ${portalTokens.createdAt} desc limit 1)`;
  return db.update(portalAccounts).set({ linkDeadline: newest }).where(inList(portalAccounts.id, accountIds));
}

/**
 * portal_accounts.link_deadline follows every write that changes a link, in the same batch and
 * under the same condition, and only from here: a voided or used link ends by `now` at the
 * latest (linkDeadlineBy), a new one at its expiry.
 */
function keepLinkDeadline(
  db: Db,
  r: { accountId: string | SQL; agencyId?: string; deadline: SQL | Date; onlyIf?: SQL },
) {
  return db
    .update(portalAccounts)
    .set({ linkDeadline: r.deadline })
    .where(
      and(
        eq(portalAccounts.id, r.accountId),
        r.agencyId ? eq(portalAccounts.agencyId, r.agencyId) : undefined,
        r.onlyIf,
      ),
    );
}

/**
 * Voids an account's unused links (before minting a new one, or when access ends), optionally
 * only if `onlyIf` holds; the account's link deadline comes forward to `now` with them.
 */
export function voidAccountLinks(db: Db, r: { agencyId: string; accountId: string | SQL; now: Date; onlyIf?: SQL }) {
  return [
    db
      .update(portalTokens)
      .set({ voidedAt: r.now })
      .where(and(eq(portalTokens.agencyId, r.agencyId), eq(portalTokens.accountId, r.accountId), unusedLink, r.onlyIf)),
    keepLinkDeadline(db, {
      accountId: r.accountId,
      agencyId: r.agencyId,
      deadline: linkDeadlineBy(r.now),
      onlyIf: r.onlyIf,
    }),
  ] as const;
}

/**
 * A new link, inserted by `insert` (an INSERT … SELECT that applies only under the caller's
 * condition, `onlyIf`); the account's link deadline becomes the new link's expiry.
 */
export function mintLink(db: Db, r: { insert: BatchItem<"sqlite">; accountId: string; now: Date; onlyIf: SQL }) {
  return [
    r.insert,
    keepLinkDeadline(db, { accountId: r.accountId, deadline: linkExpiry(r.now), onlyIf: r.onlyIf }),
  ] as const;
}

/**
 * Consumes a live link in one conditional update, so of two concurrent claims exactly one gets
 * a row back. `onlyIf` adds the account's conditions (its portal, not disabled).
 */
export function consumeLink(
  db: Db,
  r: { tokenHash: string; claimId: string; accountId: string; now: Date; onlyIf: SQL },
) {
  return [
    db
      .update(portalTokens)
      .set({ consumedAt: r.now, consumedBy: r.claimId })
      .where(and(eq(portalTokens.tokenHash, r.tokenHash), liveLink(r.now), r.onlyIf))
      .returning({ accountId: portalTokens.accountId, agencyId: portalTokens.agencyId, purpose: portalTokens.purpose }),
    keepLinkDeadline(db, {
      accountId: r.accountId,
      deadline: linkDeadlineBy(r.now),
      onlyIf: consumedBy(r.tokenHash, r.claimId),
    }),
  ] as const;
}

/** This claim consumed the link: for the statements that follow a consume in one batch. */
export function consumedBy(tokenHash: string, claimId: string): SQL {
  return sql`exists (select 1 from ${portalTokens} where ${portalTokens.tokenHash} = ${tokenHash} and ${portalTokens.consumedBy} = ${claimId})`;
}

/** The sweep's first phase: voids up to `limit` unused links whose expiry has come. */
export function voidLapsedLinks(db: Db, now: Date, limit: number) {
  const lapsed = db.select({ id: portalTokens.id }).from(portalTokens).where(lapsedUnusedLink(now)).limit(limit);
  return db.update(portalTokens).set({ voidedAt: now }).where(inArray(portalTokens.id, lapsed));
}

/**
 * Deletes up to `limit` links that died (were used, or voided) before `diedBefore`. A pending
 * account's newest link is kept: it is what shows the advisor "Invite expired".
 */
export function deleteDeadLinks(db: Db, r: { diedBy: "use" | "voiding"; diedBefore: Date; limit: number }) {
  const diedAt = r.diedBy === "use" ? portalTokens.consumedAt : portalTokens.voidedAt;
  const newer = alias(portalTokens, "newer");
  const dead = db
    .select({ id: portalTokens.id })
    .from(portalTokens)
    .innerJoin(portalAccounts, eq(portalAccounts.id, portalTokens.accountId))
    .where(
      and(
        isNotNull(diedAt),
        lt(diedAt, r.diedBefore),
        or(
          ne(portalAccounts.status, "pending"),
          exists(
            db
              .select({ one: newer.id })
              .from(newer)
              .where(and(eq(newer.accountId, portalTokens.accountId), gt(newer.createdAt, portalTokens.createdAt))),
          ),
        ),
      ),
    )
    .limit(r.limit);
  return db.delete(portalTokens).where(inArray(portalTokens.id, dead));
}
