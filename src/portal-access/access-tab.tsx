// The contact's Access tab (SPEC §5): the state, who invited or disabled and when, the latest
// email's fate, recent sign-ins, the history, and exactly the actions that fit the state; plus
// the no-JavaScript confirmation page. Plain forms that htmx enhances into in-place swaps.
import type { Advisor, Contact, PortalAccount, PortalEvent, PortalLogin, PortalToken } from "../db/schema";
import { dashboardContext, type RenderContext } from "../i18n/format";
import { asLocale, LOCALE_NAMES_IN_ENGLISH, travelerLocale } from "../i18n/locales";
import { sentThroughWords } from "../mail/message";
import { Card } from "../ui/components";
import { When } from "../ui/time";
import { AccessHistory, deliveryWords, EVENT_WORDS, LoginActivity } from "./access-history";
import { PortalPill, snapshotOf, WayOutLink } from "./badges";
import { isNoSignInEmail } from "./contact-changes";
import { ACTION_LABEL, actionsFor, type ConcreteAction, NEEDS_CONFIRMATION, wayOutFor } from "./lifecycle";
import { needsEmailFix, portalStatus } from "./status";
import { isLinkLive, linkDeadline } from "./tokens";

/** One email's fate in words: Gmail sends have no delivery reports; a webhook's reason follows. */
function linkState(token: PortalToken, now: Date, rc: RenderContext) {
  if (token.consumedAt)
    return (
      <>
        used <When rc={rc} at={token.consumedAt} now={now} />
      </>
    );
  if (isLinkLive(token, now))
    return (
      <>
        expires <When rc={rc} at={token.expiresAt} now={now} />
      </>
    );
  const deadline = linkDeadline(token);
  return (
    <>
      {deadline === token.expiresAt ? "expired" : "replaced or cancelled"} <When rc={rc} at={deadline} now={now} />
    </>
  );
}

const SENDS = new Set<ConcreteAction>(["invite", "resend", "reset", "reactivate", "reenable"]);

export interface AccessPanelProps {
  /** The agency's portal slug: without one, no link can be sent. */
  portalSlug: string | null;
  contact: Contact;
  account: PortalAccount | null;
  newestToken: PortalToken | null;
  logins: PortalLogin[];
  events: PortalEvent[];
  advisors: Pick<Advisor, "id" | "name">[];
  /** How many passkeys the client has added (SPEC §13). */
  passkeys?: number;
  now: Date;
  /** The agency's name (emails come from it) and time zone for the times shown (a fragment has no page frame to provide it). */
  agency: { name: string; timeZone?: string | null; portalLanguage?: string };
  /** Right after an action: the panel's heading takes keyboard focus once swapped in. */
  focusHeading?: boolean;
}

/**
 * Where keyboard focus goes after an Access-tab action: the panel's heading, which the swap
 * (htmx focuses it) or the redirect's #fragment (without JavaScript) lands on, so focus never
 * falls back to the top of the page when the button that was pressed is gone.
 */
export const ACCESS_HEADING_ID = "access-heading";

/** The panel, with its times in the agency's time zone. */
export function AccessPanel(props: AccessPanelProps) {
  const { contact, account, now } = props;
  const rc = dashboardContext(props.agency?.timeZone);
  const status = portalStatus(snapshotOf(account, props.newestToken), now);
  const who = (id: string | null) => props.advisors.find((a) => a.id === id)?.name ?? "an advisor";
  const latestSend = props.events.find(
    (e) =>
      e.recipient &&
      (e.kind === "invited" || e.kind === "resent" || e.kind === "reactivated" || e.kind === "reset_sent"),
  );
  const emailChange = props.events[0]?.kind === "email_changed" ? props.events[0] : null;
  const wayOut = wayOutFor({
    status: account?.status ?? "none",
    email: contact.email,
    archived: !!contact.archivedAt,
    portalSlug: props.portalSlug,
  });
  const offersNewAddressInvite =
    !!emailChange && account?.status === "pending" && !!contact.email && !contact.archivedAt;
  return (
    <div id="access-panel" class="access-panel">
      <Card title="Portal access" headingId={ACCESS_HEADING_ID} focusHeading={props.focusHeading}>
        <div class="access-status">
          {status === "none" ? (
            <span class="muted">No portal account yet.</span>
          ) : (
            <PortalPill status={status} id="access-pill" />
          )}
        </div>
        <p class="hint access-language" id="portal-language">
          <TravelerLanguage contact={contact} agencyLanguage={props.agency.portalLanguage} />
        </p>
        {contact.archivedAt ? (
          <p class="alert alert-info">This contact is archived. Restore the contact before giving portal access.</p>
        ) : null}
        {account && needsEmailFix(snapshotOf(account, null)) && latestSend ? (
          <div class="alert alert-error" id="delivery-problem" role="status">
            <p>
              <strong>The last email to {latestSend.recipient} didn't arrive</strong>:{" "}
              {latestSend.deliveryDetail ?? "it bounced."} Sending again to the same address will fail. Check the
              address with {contact.firstName}, correct it, then send a fresh invite.
            </p>
            <a href={`/contacts/${contact.id}#email`} class="btn btn-primary">
              Fix email
            </a>
          </div>
        ) : account?.latestDelivery === "undelivered" && latestSend ? (
          <p class="alert alert-info" id="delivery-problem" role="status">
            <strong>The last email to {latestSend.recipient} didn't arrive</strong>: {latestSend.deliveryDetail}
          </p>
        ) : null}
        {emailChange && account && account.status !== "active" ? (
          <EmailChangedNotice contact={contact} status={account.status} event={emailChange} rc={rc} />
        ) : null}
        {account ? (
          <dl class="facts">
            <dt>Sign-in email</dt>
            <dd>
              {isNoSignInEmail(account.email) ? <span class="muted">None: no email on file</span> : account.email}
            </dd>
            <dt>Signs in with</dt>
            <dd id="sign-in-methods">{signInMethodsWords(!!account.passwordHash, props.passkeys ?? 0)}</dd>
            {account.invitedAt ? (
              <>
                <dt>Invited</dt>
                <dd>
                  <When rc={rc} at={account.invitedAt} now={now} /> by {who(account.invitedBy)}
                </dd>
              </>
            ) : null}
            {account.activatedAt ? (
              <>
                <dt>Activated</dt>
                <dd>
                  <When rc={rc} at={account.activatedAt} now={now} />
                </dd>
              </>
            ) : null}
            {account.status === "disabled" && account.disabledAt ? (
              <>
                <dt>Disabled</dt>
                <dd>
                  <When rc={rc} at={account.disabledAt} now={now} /> by {who(account.disabledBy)}
                  {account.disabledWhy === "archived" ? " (contact archived)" : ""}
                </dd>
              </>
            ) : null}
            {account.status !== "disabled" && account.reenabledAt ? (
              <>
                <dt>Re-enabled</dt>
                <dd>
                  <When rc={rc} at={account.reenabledAt} now={now} /> by {who(account.reenabledBy)}
                </dd>
              </>
            ) : null}
            {latestSend ? (
              <>
                <dt>Latest email</dt>
                <dd id="latest-delivery">
                  {EVENT_WORDS[latestSend.kind]} to {latestSend.recipient}
                  {latestSend.channel
                    ? ` ${sentThroughWords(latestSend.channel, props.agency.name, latestSend.actorLabel)}`
                    : ""}{" "}
                  · {deliveryWords(latestSend, rc)}
                  {" · "}
                  <When rc={rc} at={latestSend.at} now={now} />
                  {latestSend.deliveryStatus === "failed" ? (
                    <>
                      {" "}
                      <a href={`/contacts/${contact.id}`}>Check the email address</a>
                    </>
                  ) : null}
                </dd>
              </>
            ) : null}
            {props.newestToken ? (
              <>
                <dt>Newest link</dt>
                <dd>
                  {props.newestToken.purpose === "invite" ? "Invite" : "Password reset"},{" "}
                  {linkState(props.newestToken, now, rc)}
                </dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p class="muted">
            {contact.email
              ? `An invite goes to ${contact.email}.`
              : "Add an email address to this contact to invite them."}
          </p>
        )}
        <div class="actions">
          {wayOut ? <WayOutLink wayOut={wayOut} contactId={contact.id} id="access-way-out" primary /> : null}
          {actionsFor(account?.status ?? "none")
            // A send that can only fail is replaced by the way out.
            .filter((action) => !(wayOut && SENDS.has(action)))
            // The notice above already offers the invite to the new address.
            .filter((action) => !(offersNewAddressInvite && action === "resend"))
            .map((action) => (
              <form
                method="post"
                action={`/contacts/${contact.id}/access/${action}`}
                hx-post={`/contacts/${contact.id}/access/${action}`}
                hx-target="#access-panel"
                hx-swap="outerHTML"
                hx-confirm={NEEDS_CONFIRMATION[action]}
              >
                <button
                  type="submit"
                  id={`access-${action}`}
                  class={
                    action === "disable" || action === "cancel_disable"
                      ? "btn btn-danger"
                      : action === "reenable"
                        ? "btn"
                        : "btn btn-primary"
                  }
                >
                  {ACTION_LABEL[action]}
                </button>
              </form>
            ))}
        </div>
      </Card>
      <LoginActivity logins={props.logins} now={now} rc={rc} />
      <AccessHistory events={props.events} agencyName={props.agency.name} now={now} rc={rc} />
    </div>
  );
}

/** "Portal and emails in Spanish (the agency's default)": what the traveler reads (SPEC §14). */
function TravelerLanguage(props: { contact: Contact; agencyLanguage?: string }) {
  const own = asLocale(props.contact.language);
  const locale = travelerLocale(own, props.agencyLanguage);
  return (
    <>
      Portal and emails in <strong>{LOCALE_NAMES_IN_ENGLISH[locale]}</strong>
      {own ? "" : " (the agency's default)"}. <a href={`/contacts/${props.contact.id}#language`}>Change the language</a>
    </>
  );
}

/**
 * After an advisor corrects the email, the old address is cut off completely: say so, and offer
 * the one action that lets the client back in, a link to the new address.
 */
function EmailChangedNotice(props: {
  contact: Contact;
  status: "pending" | "disabled";
  event: PortalEvent;
  rc: RenderContext;
}) {
  const { contact } = props;
  return (
    <div class="alert alert-info" id="email-changed-notice" role="status">
      <p>
        <strong>The email changed</strong> (<When rc={props.rc} at={props.event.at} />
        ). Links sent to the old address, every signed-in session and the password set through it no longer work.{" "}
        {props.status === "disabled"
          ? "Portal access stays disabled until you re-enable it."
          : contact.email
            ? `${contact.firstName} gets back in only through a new invite sent to ${contact.email}.`
            : `Add an email address on the Contact info tab to invite ${contact.firstName} again.`}
      </p>
      {props.status === "pending" && contact.email && !contact.archivedAt ? (
        <form
          method="post"
          action={`/contacts/${contact.id}/access/resend`}
          hx-post={`/contacts/${contact.id}/access/resend`}
          hx-target="#access-panel"
          hx-swap="outerHTML"
        >
          <button type="submit" class="btn btn-primary" id="access-send-new-address">
            Send invite to {contact.email}
          </button>
        </form>
      ) : null}
    </div>
  );
}

/** Without JavaScript there is no confirm dialog: the plain form post lands here first. */
export function ConfirmActionPanel(props: { contactId: string; action: ConcreteAction; question: string }) {
  return (
    <div id="access-panel" class="access-panel">
      {/* A page of its own after the click: the question takes focus, the confirm button is next. */}
      <Card title="Please confirm" headingId={ACCESS_HEADING_ID} focusHeading>
        <p>{props.question}</p>
        <div class="actions">
          <form method="post" action={`/contacts/${props.contactId}/access/${props.action}`}>
            <input type="hidden" name="confirmed" value="yes" />
            <button type="submit" class="btn btn-danger">
              {ACTION_LABEL[props.action]}
            </button>
          </form>
          <a href={`/contacts/${props.contactId}/access`} class="btn">
            Keep things as they are
          </a>
        </div>
      </Card>
    </div>
  );
}

/** "Password · 2 passkeys": the ways the client can sign in today (SPEC §13). */
export function signInMethodsWords(hasPassword: boolean, passkeys: number): string {
  const ways = [
    ...(hasPassword ? ["Password"] : []),
    ...(passkeys > 0 ? [passkeys === 1 ? "1 passkey" : `${passkeys} passkeys`] : []),
  ];
  return ways.length > 0 ? ways.join(" · ") : "Nothing yet: no password set";
}
