// The advisor's portal-access controls: the trip page's send button and the contact's
// Access tab. Both are plain forms (they work without JavaScript) that htmx enhances
// into in-place swaps.
import type { Advisor, Contact, PortalAccount, PortalEvent, PortalLogin, PortalToken } from "../db/schema";
import { sentThroughWords } from "../mail/message";
import { Card, EmptyState, formatDateTime } from "../ui/components";
import { InTimeZone, When } from "../ui/time";
import { isNoSignInEmail } from "./contact-changes";
import {
  ACTION_LABEL,
  actionsFor,
  type ConcreteAction,
  NEEDS_CONFIRMATION,
  sendActionFor,
  type WayOut,
  wayOutFor,
} from "./lifecycle";
import {
  DELIVERY_HINT,
  needsEmailFix,
  PILL_LABEL,
  type PortalAccountSnapshot,
  type PortalStatus,
  portalStatus,
} from "./status";
import { isLinkLive, linkDeadline } from "./tokens";

export function PortalPill(props: { status: PortalStatus; id?: string }) {
  const label = PILL_LABEL[props.status];
  if (!label) return null;
  return (
    <span class={`pill pill-${props.status}`} id={props.id}>
      {label}
    </span>
  );
}

/** What became of the newest portal email, small, next to the pill. */
export function DeliveryHint(props: { account: PortalAccountSnapshot | null }) {
  const state = props.account?.latestDelivery;
  const words = state ? DELIVERY_HINT[state] : null;
  if (!state || !words) return null;
  return <span class={`delivery-hint delivery-${state}`}>{words}</span>;
}

/** The pill's facts from an account row and its newest link. */
export function snapshotOf(
  account: Pick<PortalAccount, "status" | "latestDelivery"> | null,
  newestLink: PortalToken | null,
): PortalAccountSnapshot | null {
  return account
    ? {
        status: account.status,
        newestLinkDeadline: newestLink ? linkDeadline(newestLink) : null,
        latestDelivery: account.latestDelivery,
      }
    : null;
}

const SEND_LABEL = { invite: "Invite to portal", resend: "Resend invite", reset: "Send password reset" } as const;

function MailIcon() {
  return (
    <svg class="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m3 7 9 6 9-6" />
    </svg>
  );
}

/** The trip page's one button; its label follows the account state. Disabled accounts get none. */
const WAY_OUT_LABEL: Record<WayOut, string> = {
  add_email: "Add an email",
  restore_contact: "Restore contact",
  set_slug: "Set your portal slug",
};

/** Where each way out leads: the field or button that fixes it. */
function wayOutHref(wayOut: WayOut, contactId: string): string {
  if (wayOut === "add_email") return `/contacts/${contactId}?focus=email#email`;
  if (wayOut === "restore_contact") return `/contacts/${contactId}#restore`;
  return "/settings?focus=portalSlug#portalSlug";
}

/** A link instead of a button that can only fail. */
export function WayOutLink(props: { wayOut: WayOut; contactId: string; id?: string; primary?: boolean }) {
  return (
    <a
      href={wayOutHref(props.wayOut, props.contactId)}
      class={props.primary ? "btn btn-primary" : "btn btn-small"}
      id={props.id}
    >
      {WAY_OUT_LABEL[props.wayOut]}
    </a>
  );
}

export function PortalSendButton(props: {
  tripId: string;
  contactId: string;
  status: PortalStatus;
  account: PortalAccountSnapshot | null;
  /** Known before the click: the send can only fail until this is fixed. */
  wayOut?: WayOut | null;
}) {
  if (props.wayOut)
    return <WayOutLink wayOut={props.wayOut} contactId={props.contactId} id={`portal-send-${props.contactId}`} />;
  // A hard bounce or spam complaint: sending again can only fail. The way out is the address.
  if (props.status !== "disabled" && needsEmailFix(props.account)) {
    return (
      <a href={`/contacts/${props.contactId}#email`} class="btn btn-small" id={`portal-send-${props.contactId}`}>
        Fix email
      </a>
    );
  }
  const action = sendActionFor(props.status === "expired" ? "pending" : props.status);
  if (!action) {
    return (
      <a href={`/contacts/${props.contactId}/access`} class="manage-link">
        Manage on the Access tab
      </a>
    );
  }
  const url = `/trips/${props.tripId}/travelers/${props.contactId}/portal`;
  return (
    <form
      method="post"
      action={url}
      hx-post={url}
      hx-target={`#traveler-${props.contactId}`}
      hx-swap="outerHTML"
      class="inline-form"
    >
      {/* The id lets htmx put focus back on the button after the row is swapped. */}
      <button type="submit" class="btn btn-small" id={`portal-send-${props.contactId}`}>
        <MailIcon />
        {SEND_LABEL[action]}
      </button>
    </form>
  );
}

const EVENT_WORDS: Record<PortalEvent["kind"], string> = {
  invited: "Invite sent",
  resent: "Invite resent",
  reset_sent: "Password reset sent",
  claimed: "Link claimed, password set",
  disabled: "Access disabled",
  reenabled: "Access re-enabled",
  reactivated: "Reactivated with a fresh invite",
  archived_cascade: "Access disabled because the contact was archived",
  send_failed: "Email could not be sent",
  email_changed: "Email corrected: links, sessions and the password through the old address stopped working",
  reminded: "Reminder sent with a fresh link (the invite was about to expire)",
};

const LOGIN_WORDS: Record<PortalLogin["outcome"], string> = {
  success: "Signed in",
  claimed: "Signed in after setting a password",
  wrong_password: "Wrong password",
  disabled: "Refused: access disabled",
  rate_limited: "Refused: too many attempts",
};

const DELIVERY_WORDS: Record<string, string> = {
  sending: "Sending",
  sent: "Sent",
  failed: "Not sent",
  delivered: "Delivered",
  undelivered: "Not delivered",
  bounced: "Bounced",
  complaint: "Marked as spam",
};

/** One email's fate in words: Gmail sends have no delivery reports; a webhook's reason follows. */
function deliveryWords(e: PortalEvent): string {
  if (e.channel === "gmail" && e.deliveryStatus === "sent") return "Sent from your Gmail";
  const words = DELIVERY_WORDS[e.deliveryStatus ?? ""] ?? e.deliveryStatus ?? "Unknown";
  const when = e.deliveryAt && e.deliveryStatus !== "sent" ? ` ${formatDateTime(e.deliveryAt)}` : "";
  return `${words}${when}${e.deliveryDetail && e.kind !== "send_failed" ? `: ${e.deliveryDetail}` : ""}`;
}

function linkState(token: PortalToken, now: Date) {
  if (token.consumedAt)
    return (
      <>
        used <When at={token.consumedAt} now={now} />
      </>
    );
  if (isLinkLive(token, now))
    return (
      <>
        expires <When at={token.expiresAt} now={now} />
      </>
    );
  const deadline = linkDeadline(token);
  return (
    <>
      {deadline === token.expiresAt ? "expired" : "replaced or cancelled"} <When at={deadline} now={now} />
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
  now: Date;
  /** The agency's name (emails come from it) and time zone for the times shown (a fragment has no page frame to provide it). */
  agency: { name: string; timeZone?: string | null };
  /** Right after an action: the panel's heading takes keyboard focus once swapped in. */
  focusHeading?: boolean;
}

/**
 * Where keyboard focus goes after an Access-tab action: the panel's heading, which the swap
 * (htmx focuses it) or the redirect's #fragment (without JavaScript) lands on, so focus never
 * falls back to the top of the page when the button that was pressed is gone.
 */
export const ACCESS_HEADING_ID = "access-heading";

/** The panel in the agency's time zone: its body runs inside, so even helpers' times use the zone. */
export function AccessPanel(props: AccessPanelProps) {
  return (
    <InTimeZone zone={props.agency?.timeZone}>
      <AccessPanelBody {...props} />
    </InTimeZone>
  );
}

function AccessPanelBody(props: AccessPanelProps) {
  const { contact, account, now } = props;
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
          <EmailChangedNotice contact={contact} status={account.status} event={emailChange} />
        ) : null}
        {account ? (
          <dl class="facts">
            <dt>Sign-in email</dt>
            <dd>
              {isNoSignInEmail(account.email) ? <span class="muted">None: no email on file</span> : account.email}
            </dd>
            {account.invitedAt ? (
              <>
                <dt>Invited</dt>
                <dd>
                  <When at={account.invitedAt} now={now} /> by {who(account.invitedBy)}
                </dd>
              </>
            ) : null}
            {account.activatedAt ? (
              <>
                <dt>Activated</dt>
                <dd>
                  <When at={account.activatedAt} now={now} />
                </dd>
              </>
            ) : null}
            {account.status === "disabled" && account.disabledAt ? (
              <>
                <dt>Disabled</dt>
                <dd>
                  <When at={account.disabledAt} now={now} /> by {who(account.disabledBy)}
                  {account.disabledWhy === "archived" ? " (contact archived)" : ""}
                </dd>
              </>
            ) : null}
            {account.status !== "disabled" && account.reenabledAt ? (
              <>
                <dt>Re-enabled</dt>
                <dd>
                  <When at={account.reenabledAt} now={now} /> by {who(account.reenabledBy)}
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
                  · {deliveryWords(latestSend)}
                  {" · "}
                  <When at={latestSend.at} now={now} />
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
                  {linkState(props.newestToken, now)}
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
      <Card title="Recent login activity">
        {props.logins.length === 0 ? (
          <EmptyState>No sign-ins yet.</EmptyState>
        ) : (
          <section class="table-wrap flat" aria-label="Sign-ins" tabindex={0}>
            <table class="table stack-on-phone">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Where</th>
                  <th scope="col">Device</th>
                </tr>
              </thead>
              <tbody>
                {props.logins.map((l) => (
                  <tr>
                    <td>
                      <When at={l.at} now={now} />
                    </td>
                    <td>
                      {LOGIN_WORDS[l.outcome]}
                      {l.attempts > 1 ? ` (${l.attempts} attempts)` : ""}
                    </td>
                    <td>
                      {[l.city, l.country].filter(Boolean).join(", ") || "Unknown"}
                      {l.ip ? <span class="muted"> · {l.ip}</span> : null}
                    </td>
                    <td class="muted">{describeAgent(l.userAgent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </Card>
      <Card title="History">
        {props.events.length === 0 ? (
          <EmptyState>Nothing has happened yet.</EmptyState>
        ) : (
          <ul class="timeline">
            {props.events.map((e) => (
              <li>
                <span>
                  <strong>{EVENT_WORDS[e.kind]}</strong>
                  {e.recipient ? ` to ${e.recipient}` : ""}
                  {e.channel ? ` ${sentThroughWords(e.channel, props.agency.name, e.actorLabel)}` : ""}
                  {e.kind !== "send_failed" && e.deliveryStatus ? ` · ${deliveryWords(e)}` : ""}
                  {e.detail ? <span class="muted"> · {e.detail}</span> : null}
                </span>
                <span class="muted">
                  {e.actorLabel ?? "Client"} · <When at={e.at} now={now} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

/**
 * After an advisor corrects the email, the old address is cut off completely: say so, and offer
 * the one action that lets the client back in, a link to the new address.
 */
function EmailChangedNotice(props: { contact: Contact; status: "pending" | "disabled"; event: PortalEvent }) {
  const { contact } = props;
  return (
    <div class="alert alert-info" id="email-changed-notice" role="status">
      <p>
        <strong>The email changed</strong> (<When at={props.event.at} />
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

function describeAgent(ua: string | null): string {
  if (!ua) return "Unknown";
  const os = /iPhone|iPad/.test(ua)
    ? "iOS"
    : /Android/.test(ua)
      ? "Android"
      : /Mac OS X/.test(ua)
        ? "macOS"
        : /Windows/.test(ua)
          ? "Windows"
          : /Linux/.test(ua)
            ? "Linux"
            : "";
  const browser = /Edg\//.test(ua)
    ? "Edge"
    : /Chrome\//.test(ua)
      ? "Chrome"
      : /Firefox\//.test(ua)
        ? "Firefox"
        : /Safari\//.test(ua)
          ? "Safari"
          : "Browser";
  return os ? `${browser} on ${os}` : browser;
}
