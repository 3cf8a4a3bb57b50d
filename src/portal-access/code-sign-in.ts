// "Email me a sign-in code" and signing in with it (SPEC §13). Asking answers nothing about the
// account (the page is the same whatever happens here); only an active account gets a code, a
// pending one its fresh invite (as forgot-password does), anything else nothing. The code leaves
// at once through the mail owner (the default transport: Postmark, never Gmail) and is recorded
// as a code_sent event, which spends the client's own mail budget. The rules are lifecycle.ts's;
// the code itself is sign-in-codes.ts's.

import { and, eq, gt, inArray, isNull, ne, sql } from "drizzle-orm";
import { agencyContactEmail } from "../db/agencies";
import { aliased, type Db } from "../db/client";
import { agencies, contacts, portalAccounts, portalEvents } from "../db/schema";
import { travelerLocale } from "../i18n/locales";
import { normalizeEmail } from "../lib/email";
import { newId } from "../lib/ids";
import { decideSignInCodeRequest, SEND_WINDOW_MINUTES } from "./lifecycle";
import { type Mailer, portalPayload, sendSignInCode } from "./mail/send";
import { BUDGETED_SEND_KINDS } from "./queries";
import { performPortalAction, type ServiceDeps } from "./service";
import {
  consumeSignInCode,
  generateSignInCode,
  hashSignInCode,
  normalizeSignInCode,
  replaceSignInCode,
  signInCodeExpiry,
} from "./sign-in-codes";
import { inTableOrder, literalFields } from "./writes";

/** The account this email signs in to on this portal: matched on the contact's email as it is now. */
function accountByEmail(slug: string, email: string) {
  return and(
    eq(agencies.portalSlug, slug),
    eq(portalAccounts.email, normalizeEmail(email)),
    eq(portalAccounts.email, sql`lower(trim(${contacts.email}))`),
  );
}

/** Everything a code request needs, in one round trip (null: no account has this email here). */
async function loadCodeRequestFacts(db: Db, slug: string, email: string, now: Date) {
  const windowStart = new Date(now.getTime() - SEND_WINDOW_MINUTES * 60_000);
  const clientSends = db
    .select({ n: sql<number>`count(*)` })
    .from(portalEvents)
    .where(
      and(
        eq(portalEvents.accountId, portalAccounts.id),
        gt(portalEvents.at, windowStart),
        isNull(portalEvents.actorId),
        inArray(portalEvents.kind, BUDGETED_SEND_KINDS),
        ne(sql`coalesce(${portalEvents.deliveryStatus}, '')`, "failed"),
      ),
    );
  const [row] = await db
    .select({
      accountId: aliased(portalAccounts.id, "account_id"),
      agencyId: portalAccounts.agencyId,
      contactId: portalAccounts.contactId,
      status: portalAccounts.status,
      recipient: portalAccounts.email,
      firstName: contacts.firstName,
      language: contacts.language,
      portalLanguage: agencies.portalLanguage,
      archivedAt: contacts.archivedAt,
      agencyName: agencies.name,
      brandColor: agencies.brandColor,
      logoUrl: agencies.logoUrl,
      timeZone: agencies.timeZone,
      contactEmail: agencyContactEmail,
      recentClientSends: sql<number>`(${clientSends})`,
    })
    .from(portalAccounts)
    .innerJoin(agencies, eq(agencies.id, portalAccounts.agencyId))
    .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
    .where(accountByEmail(slug, email))
    .limit(1);
  return row ?? null;
}

export interface CodeRequestDeps {
  /** For the fresh invite a pending account gets (queued, like every link a client asks for). */
  service: ServiceDeps;
  /** For the code: no queue and no Gmail, so it leaves at once through Postmark (the dev outbox locally). */
  codeMailer: Mailer;
  secret: string;
}

export type CodeRequestOutcome = { sent: "code" | "fresh_invite" | null };

const CLIENT_ACTOR = { id: null, name: "Client (asked for a sign-in code)", email: "" };

/** "Email me a sign-in code": what was sent, for tests; the client is told the same either way. */
export async function emailSignInCode(
  deps: CodeRequestDeps,
  r: { slug: string; email: string },
  now = new Date(),
): Promise<CodeRequestOutcome> {
  const { db } = deps.codeMailer;
  const facts = await loadCodeRequestFacts(db, r.slug, r.email, now);
  const decision = decideSignInCodeRequest({
    account: facts,
    contact: { archived: !!facts?.archivedAt },
    recentClientSends: facts?.recentClientSends ?? 0,
  });
  if (!facts || !decision.ok) return { sent: null };
  if (decision.send === "fresh_invite") {
    const outcome = await performPortalAction(
      deps.service,
      { agencyId: facts.agencyId, contactId: facts.contactId, action: "send", actor: CLIENT_ACTOR },
      now,
    );
    return { sent: outcome.ok ? "fresh_invite" : null };
  }

  const code = generateSignInCode();
  const codeHash = await hashSignInCode(deps.secret, facts.accountId, code);
  const eventId = newId("pev");
  const { accountId, agencyId, recipient } = facts;
  const [written] = await db.batch([
    replaceSignInCode(db, { agencyId, accountId, codeHash, now }),
    db.insert(portalEvents).select(
      db
        .select(
          inTableOrder(
            portalEvents,
            literalFields({
              id: eventId,
              agencyId,
              accountId,
              at: now.getTime(),
              kind: "code_sent",
              actorId: null,
              actorLabel: CLIENT_ACTOR.name,
              channel: null,
              recipient,
              providerMessageId: null,
              deliveryStatus: "sending",
              deliveryAt: null,
              deliveryDetail: null,
              detail: null,
            }),
          ),
        )
        .from(portalAccounts)
        .where(and(eq(portalAccounts.id, accountId), eq(portalAccounts.status, "active"))),
    ),
  ]);
  // Disabled between the read and the write: no code, nothing sent.
  if (written.length === 0) return { sent: null };
  const branding = {
    agencyName: facts.agencyName,
    brandColor: facts.brandColor,
    logoUrl: facts.logoUrl,
    timeZone: facts.timeZone,
    contactEmail: facts.contactEmail,
  };
  await sendSignInCode(
    deps.codeMailer,
    {
      template: "sign_in_code",
      agencyId,
      accountId,
      eventId,
      tokenId: null,
      recipient,
      payload: portalPayload(deps.codeMailer, {
        branding,
        locale: travelerLocale(facts.language, facts.portalLanguage),
        slug: r.slug,
        firstName: facts.firstName,
        advisor: null,
        tag: "portal-sign-in-code",
      }),
      actor: { id: null, label: CLIENT_ACTOR.name },
    },
    { code, expiresAt: signInCodeExpiry(now) },
    now,
  );
  return { sent: "code" };
}

/** The account a code is entered for, and its state (for the login record and the throttle). */
async function findCodeAccount(db: Db, slug: string, email: string) {
  const [row] = await db
    .select({
      accountId: aliased(portalAccounts.id, "account_id"),
      agencyId: portalAccounts.agencyId,
      status: portalAccounts.status,
    })
    .from(portalAccounts)
    .innerJoin(agencies, eq(agencies.id, portalAccounts.agencyId))
    .innerJoin(contacts, eq(contacts.id, portalAccounts.contactId))
    .where(accountByEmail(slug, email))
    .limit(1);
  return row ?? null;
}

export type CodeSignIn =
  | { ok: true; accountId: string; agencyId: string }
  /** Wrong, expired, used, replaced, or no such account: one answer. `account` is for the login record only. */
  | { ok: false; account: { accountId: string; agencyId: string; status: string } | null };

/**
 * Signs in with a code typed on this portal's code page. The code is looked up only on the
 * account this portal finds for the email, so a code of another agency's account, or of another
 * account, can never match; a disabled account's code never signs in.
 */
export async function signInWithCode(
  deps: { db: Db; secret: string },
  r: { slug: string; email: string; code: string },
  now = new Date(),
): Promise<CodeSignIn> {
  const account = await findCodeAccount(deps.db, r.slug, r.email);
  const code = normalizeSignInCode(r.code);
  // An unknown email costs what a known one does: the same hash, and the same statements, which
  // match nothing for an account id that can't exist.
  const target = account ?? { accountId: "none", agencyId: "none" };
  const codeHash = await hashSignInCode(deps.secret, target.accountId, code ?? r.code);
  const used =
    code !== null &&
    (await consumeSignInCode(deps.db, { agencyId: target.agencyId, accountId: target.accountId, codeHash, now }));
  if (!account) return { ok: false, account: null };
  return used ? { ok: true, accountId: account.accountId, agencyId: account.agencyId } : { ok: false, account };
}
