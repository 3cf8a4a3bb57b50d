// Claiming a link (SPEC §8): the client opens /portal/{slug}/claim/{token}, sets a password,
// and the link is consumed, the account activated and the claim recorded, all in one D1 batch
// that applies only if the link was still live and the account still not disabled. What
// follows an invite claim or a reset claim is decided in lifecycle.ts.

import { and, eq, exists, type SQLWrapper, sql } from "drizzle-orm";
import { agencyBySlug, type PortalAgency, portalAgencyJson } from "../db/agencies";
import { builtOnce, type Db, jsonObject } from "../db/client";
import { agencies, contacts, portalAccounts, portalEvents, portalLogins, portalTokens } from "../db/schema";
import { travelerLocale } from "../i18n/locales";
import { newId } from "../lib/ids";
import { hashPassword, type ScryptParams } from "../lib/password";
import { newPasswordForm } from "../lib/password-policy";
import type { Branding } from "../mail/render";
import { revokeAccountSessions } from "../sessions/revocation";
import { forgetSignInFailuresQuery, throttleKey } from "../sessions/throttle";
import { type ClaimDecision, decideClaim } from "./lifecycle";
import { type LoginContext, loginValues } from "./logins";
import { portalPayload, sendNotice } from "./mail/send";
import type { ServiceDeps } from "./service";
import { consumedBy, consumeLink, hashClaimToken, liveLinkAt, looksLikeClaimToken } from "./tokens";
import { inTableOrder, literalFields } from "./writes";

export interface ClaimableLink {
  accountId: string;
  /** Where the client lands after claiming ("document:{id}", "trip:{id}"), or null for the portal home. */
  landing: string | null;
  expiresAt: Date;
  purpose: "invite" | "reset";
  status: "pending" | "active" | "disabled";
  email: string;
  firstName: string;
  /** The contact's language (null: the agency's), for the page and the email that follows (SPEC §14). */
  language: string | null;
}

/**
 * The claim page's one round trip: the agency by slug (for branding, even when the link is
 * dead) and the link, if it is live and belongs to that agency's portal. `decision` says
 * whether it may be claimed.
 */
export async function inspectClaimLink(db: Db, slug: string, token: string, now: Date) {
  if (!looksLikeClaimToken(token)) {
    const [agency] = await agencyBySlug(db, slug);
    return { agency: agency ?? null, link: null, decision: decideClaim({ account: null, link: null }) };
  }
  const tokenHash = await hashClaimToken(token);
  const [[json]] = (await claimPageStatement(db, { slug, tokenHash, now: now.getTime() })) as [[string]];
  const answer = JSON.parse(json) as {
    agency: PortalAgency | null;
    link: (Omit<ClaimableLink, "expiresAt"> & { expiresAt: number }) | null;
  };
  const link: ClaimableLink | null = answer.link
    ? { ...answer.link, expiresAt: new Date(answer.link.expiresAt) }
    : null;
  const decision = decideClaim({
    account: link ? { status: link.status } : null,
    link: link ? { purpose: link.purpose, live: true } : null,
  });
  return { agency: answer.agency, link: decision.ok ? link : null, decision };
}

/**
 * The claim page's one statement (the first page a traveler sees, SPEC §12): the agency by slug,
 * for its branding even when the link is dead, and the link if it is live and of that portal.
 * Built once and only bound per request (decision 011).
 */
const claimPageStatement = builtOnce(
  sql`select json_object('agency', json(${portalAgencyJson(sql.placeholder("slug"))}), 'link', json((select ${jsonObject(
    {
      accountId: portalTokens.accountId,
      landing: portalTokens.landing,
      expiresAt: portalTokens.expiresAt,
      purpose: portalTokens.purpose,
      status: portalAccounts.status,
      email: portalAccounts.email,
      firstName: contacts.firstName,
      language: contacts.language,
    } satisfies Record<keyof ClaimableLink, SQLWrapper>,
  )} from ${portalTokens}
    inner join ${portalAccounts} on ${eq(portalAccounts.id, portalTokens.accountId)}
    inner join ${agencies} on ${eq(agencies.id, portalTokens.agencyId)}
    inner join ${contacts} on ${eq(contacts.id, portalAccounts.contactId)}
    where ${and(
      eq(portalTokens.tokenHash, sql.placeholder("tokenHash")),
      eq(agencies.portalSlug, sql.placeholder("slug")),
      liveLinkAt(sql.placeholder("now")),
    )})))`,
);

export interface ClaimDeps extends ServiceDeps {
  scrypt: ScryptParams;
  /** Per-IP and per-account throttling, checked once the account is known. */
  isRateLimited: (accountKey: string) => Promise<boolean>;
  /** Runs mail the response need not wait for. */
  inBackground: (work: Promise<unknown>, label: string) => Promise<void>;
}

export type ClaimOutcome =
  | { ok: false; reason: "link_invalid"; agency: PortalAgency | null }
  | { ok: false; reason: "rate_limited"; agency: PortalAgency | null }
  | { ok: false; reason: "weak_password"; agency: PortalAgency; link: ClaimableLink; errors: string[] }
  | {
      ok: true;
      agency: PortalAgency;
      decision: ClaimDecision;
      accountId: string;
      agencyId: string;
      landing: string | null;
      /** The address the account signs in with (a reset claim's sign-in form is filled with it). */
      email: string;
      /** The account's sign-in key: the browser that claimed is remembered for it (sessions/devices.ts). */
      signInKey: string;
    };

export async function claimAccount(
  deps: ClaimDeps,
  input: { slug: string; token: string; password: string; confirm: string; login: LoginContext },
  now = new Date(),
): Promise<ClaimOutcome> {
  const { agency, link, decision } = await inspectClaimLink(deps.db, input.slug, input.token, now);
  const accountKey = link ? link.accountId : `unknown:${input.token.slice(0, 16)}`;
  if (await deps.isRateLimited(accountKey)) return { ok: false, reason: "rate_limited", agency };
  if (!agency || !link || !decision.ok) return { ok: false, reason: "link_invalid", agency };

  const parsed = newPasswordForm.safeParse({ password: input.password, confirm: input.confirm });
  if (!parsed.success)
    return {
      ok: false,
      reason: "weak_password",
      agency,
      link,
      errors: [...new Set(parsed.error.issues.map((i) => i.message))],
    };

  const passwordHash = await hashPassword(parsed.data.password, deps.scrypt);
  const tokenHash = await hashClaimToken(input.token);
  if (
    !(await applyClaim(deps.db, { slug: input.slug, tokenHash, link, decision, passwordHash, login: input.login, now }))
  ) {
    return { ok: false, reason: "link_invalid", agency };
  }

  if (decision.revokeSessions) await revokeAccountSessions(deps.kv, link.accountId, now);
  if (decision.notifyPasswordChanged)
    await deps.inBackground(sendPasswordChanged(deps, agency, link, now), "password-changed notice");
  return {
    ok: true,
    agency,
    decision,
    accountId: link.accountId,
    agencyId: agency.agencyId,
    landing: link.landing,
    email: link.email,
    signInKey: signInKeyOf(input.slug, link),
  };
}

const signInKeyOf = (slug: string, link: ClaimableLink) => throttleKey({ side: "portal", slug, email: link.email });

/**
 * One batch: consume the link (of two concurrent claims exactly one does), then activate the
 * account, record the event and the sign-in, and forget the sign-in failures counted against it
 * (someone guessing from ever-new addresses must not keep the owner out of the password they just
 * chose), each only if this request consumed the link and the account is still not disabled.
 * Stamping last_action_id makes advisor actions decided on the pre-claim state no-ops.
 */
async function applyClaim(
  db: Db,
  r: {
    slug: string;
    tokenHash: string;
    link: ClaimableLink;
    decision: ClaimDecision;
    passwordHash: string;
    login: LoginContext;
    now: Date;
  },
): Promise<boolean> {
  const { link, now } = r;
  const eventId = newId("pev");
  const consumedByThisClaim = consumedBy(r.tokenHash, eventId);
  const stamped = and(eq(portalAccounts.id, link.accountId), eq(portalAccounts.lastActionId, eventId));
  const accountOfPortal = sql`${portalTokens.accountId} in (select a.id from ${portalAccounts} a join ${agencies} g on g.id = a.agency_id where g.portal_slug = ${r.slug} and a.status <> 'disabled')`;
  const method = r.decision.purpose === "invite" ? "invite_link" : "reset_link";
  const login = loginValues({ ...r.login, outcome: r.decision.loginOutcome, method }, now);
  const [, , activated] = await db.batch([
    ...consumeLink(db, {
      tokenHash: r.tokenHash,
      claimId: eventId,
      accountId: link.accountId,
      now,
      onlyIf: accountOfPortal,
    }),
    db
      .update(portalAccounts)
      .set({
        status: r.decision.to,
        passwordHash: r.passwordHash,
        activatedAt: sql`coalesce(${portalAccounts.activatedAt}, ${now.getTime()})`,
        lastActionId: eventId,
        // Claiming signs the client in.
        lastSignInAt: now,
      })
      .where(
        and(eq(portalAccounts.id, link.accountId), sql`${portalAccounts.status} <> 'disabled'`, consumedByThisClaim),
      )
      .returning({ id: portalAccounts.id }),
    db.insert(portalEvents).select(
      db
        .select(
          inTableOrder(portalEvents, {
            ...literalFields({
              id: eventId,
              at: now.getTime(),
              kind: r.decision.event,
              actorId: null,
              actorLabel: "Client",
              channel: null,
              recipient: null,
              providerMessageId: null,
              deliveryStatus: null,
              deliveryAt: null,
              deliveryDetail: null,
              detail: r.decision.purpose === "reset" ? "New password set from a reset link" : null,
            }),
            agencyId: portalAccounts.agencyId,
            accountId: portalAccounts.id,
          }),
        )
        .from(portalAccounts)
        .where(stamped),
    ),
    db.insert(portalLogins).select(
      db
        .select(
          inTableOrder(portalLogins, {
            ...literalFields(login),
            agencyId: portalAccounts.agencyId,
            accountId: portalAccounts.id,
          }),
        )
        .from(portalAccounts)
        .where(stamped),
    ),
    forgetSignInFailuresQuery(
      db,
      signInKeyOf(r.slug, link),
      exists(db.select({ id: portalAccounts.id }).from(portalAccounts).where(stamped)),
    ),
  ]);
  return activated.length > 0;
}

function brandingOf(agency: PortalAgency): Branding {
  const { agencyName, brandColor, logoUrl, timeZone, contactEmail } = agency;
  return { agencyName, brandColor, logoUrl, timeZone, contactEmail };
}

/**
 * "Your password was changed", replying to the agency and saying how to reach it (SPEC §6, §8):
 * after a reset claim, and after a change on Sign-in & security (password-change.ts).
 */
export function sendPasswordChanged(
  deps: ServiceDeps,
  agency: PortalAgency,
  link: Pick<ClaimableLink, "accountId" | "email" | "firstName" | "language">,
  now: Date,
) {
  return sendNotice(
    deps,
    {
      template: "password_changed",
      agencyId: agency.agencyId,
      accountId: link.accountId,
      eventId: null,
      tokenId: null,
      recipient: link.email,
      payload: portalPayload(deps, {
        branding: brandingOf(agency),
        locale: travelerLocale(link.language, agency.portalLanguage),
        slug: agency.slug ?? "",
        firstName: link.firstName,
        advisor: null,
        tag: "portal-password-changed",
      }),
      actor: { id: null, label: "Password-changed notice" },
    },
    now,
  );
}
