// The advisor's portal-access controls: the trip page's send button and the contact's
// Access tab. Both are plain forms (they work without JavaScript) that htmx enhances
// into in-place swaps.
import type { Advisor, Contact, PortalAccount, PortalEvent, PortalLogin, PortalToken } from "../db/schema";
import { CHANNEL_LABEL } from "../mail/message";
import { Card, EmptyState, formatDateTime, PortalPill } from "../ui/components";
import { ACTION_LABEL, actionsFor, NEEDS_CONFIRMATION, sendActionFor, type PortalAction } from "./lifecycle";
import { portalStatus, type PortalStatus } from "./status";

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
export function PortalSendButton(props: { tripId: string; contactId: string; status: PortalStatus }) {
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
    <form method="post" action={url} hx-post={url} hx-target={`#traveler-${props.contactId}`} hx-swap="outerHTML" class="inline-form">
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
  email_changed: "Contact's email changed; earlier links stopped working",
};

const LOGIN_WORDS: Record<PortalLogin["outcome"], string> = {
  success: "Signed in",
  claimed: "Signed in after setting a password",
  wrong_password: "Wrong password",
  disabled: "Refused: access disabled",
  rate_limited: "Refused: too many attempts",
};

const DELIVERY_WORDS: Record<string, string> = { sending: "Sending", sent: "Sent", failed: "Failed", delivered: "Delivered", bounced: "Bounced" };

function linkState(token: PortalToken, now: Date): string {
  if (token.consumedAt) return `used ${formatDateTime(token.consumedAt)}`;
  if (token.voidedAt && token.voidedAt.getTime() < token.expiresAt.getTime()) return `replaced or cancelled ${formatDateTime(token.voidedAt)}`;
  if (token.expiresAt.getTime() <= now.getTime()) return `expired ${formatDateTime(token.expiresAt)}`;
  return `works until ${formatDateTime(token.expiresAt)}`;
}


export interface AccessPanelProps {
  contact: Contact;
  account: PortalAccount | null;
  newestToken: PortalToken | null;
  logins: PortalLogin[];
  events: PortalEvent[];
  advisors: Pick<Advisor, "id" | "name">[];
  now: Date;
}

export function AccessPanel(props: AccessPanelProps) {
  const { contact, account, now } = props;
  const status = portalStatus(account ? { status: account.status, newestTokenExpiresAt: deadline(props.newestToken) } : null, now);
  const who = (id: string | null) => props.advisors.find((a) => a.id === id)?.name ?? "an advisor";
  const latestSend = props.events.find((e) => e.recipient && (e.kind === "invited" || e.kind === "resent" || e.kind === "reactivated" || e.kind === "reset_sent"));
  return (
    <div id="access-panel" class="access-panel">
      <Card title="Portal access">
        <div class="access-status">
          {status === "none" ? <span class="muted">No portal account yet.</span> : <PortalPill status={status} id="access-pill" />}
        </div>
        {contact.archivedAt ? <p class="alert alert-info">This contact is archived. Restore the contact before giving portal access.</p> : null}
        {account ? (
          <dl class="facts">
            <dt>Sign-in email</dt>
            <dd>{account.email}</dd>
            {account.invitedAt ? (
              <>
                <dt>Invited</dt>
                <dd>
                  {formatDateTime(account.invitedAt)} by {who(account.invitedBy)}
                </dd>
              </>
            ) : null}
            {account.activatedAt ? (
              <>
                <dt>Activated</dt>
                <dd>{formatDateTime(account.activatedAt)}</dd>
              </>
            ) : null}
            {account.status === "disabled" && account.disabledAt ? (
              <>
                <dt>Disabled</dt>
                <dd>
                  {formatDateTime(account.disabledAt)} by {who(account.disabledBy)}
                  {account.disabledWhy === "archived" ? " (contact archived)" : ""}
                </dd>
              </>
            ) : null}
            {account.status !== "disabled" && account.reenabledAt ? (
              <>
                <dt>Re-enabled</dt>
                <dd>
                  {formatDateTime(account.reenabledAt)} by {who(account.reenabledBy)}
                </dd>
              </>
            ) : null}
            {latestSend ? (
              <>
                <dt>Latest email</dt>
                <dd id="latest-delivery">
                  {EVENT_WORDS[latestSend.kind]} to {latestSend.recipient}
                  {latestSend.channel ? ` via ${CHANNEL_LABEL[latestSend.channel]}` : ""} · {DELIVERY_WORDS[latestSend.deliveryStatus ?? ""] ?? latestSend.deliveryStatus ?? "Unknown"} · {formatDateTime(latestSend.at)}
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
                  {props.newestToken.purpose === "invite" ? "Invite" : "Password reset"}, {linkState(props.newestToken, now)}
                </dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p class="muted">{contact.email ? `An invite goes to ${contact.email}.` : "Add an email address to this contact to invite them."}</p>
        )}
        <div class="actions">
          {actionsFor(account?.status ?? "none").map((action) => (
            <form method="post" action={`/contacts/${contact.id}/access/${action}`} hx-post={`/contacts/${contact.id}/access/${action}`} hx-target="#access-panel" hx-swap="outerHTML" hx-confirm={NEEDS_CONFIRMATION[action]}>
              <button type="submit" id={`access-${action}`} class={action === "disable" || action === "cancel_disable" ? "btn btn-danger" : action === "reenable" ? "btn" : "btn btn-primary"}>
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
          <div class="table-wrap flat">
            <table class="table">
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
                    <td>{formatDateTime(l.at)}</td>
                    <td>{LOGIN_WORDS[l.outcome]}</td>
                    <td>{[l.city, l.country].filter(Boolean).join(", ") || "Unknown"}{l.ip ? <span class="muted"> · {l.ip}</span> : null}</td>
                    <td class="muted">{describeAgent(l.userAgent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
                  {e.channel ? ` via ${CHANNEL_LABEL[e.channel]}` : ""}
                  {e.kind !== "send_failed" && e.deliveryStatus ? ` · ${DELIVERY_WORDS[e.deliveryStatus] ?? e.deliveryStatus}` : ""}
                  {e.detail ? <span class="muted"> · {e.detail}</span> : null}
                </span>
                <span class="muted">
                  {e.actorLabel ?? "Client"} · {formatDateTime(e.at)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

/** Without JavaScript there is no confirm dialog: the plain form post lands here first. */
export function ConfirmActionPanel(props: { contactId: string; action: PortalAction & keyof typeof ACTION_LABEL; question: string }) {
  return (
    <div id="access-panel" class="access-panel">
      <Card title="Please confirm">
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

/** When the newest link stopped (or stops) working: its expiry, or when it was voided if sooner. */
export function deadline(token: PortalToken | null): Date | null {
  if (!token) return null;
  return token.voidedAt && token.voidedAt < token.expiresAt ? token.voidedAt : token.expiresAt;
}

function describeAgent(ua: string | null): string {
  if (!ua) return "Unknown";
  const os = /iPhone|iPad/.test(ua) ? "iOS" : /Android/.test(ua) ? "Android" : /Mac OS X/.test(ua) ? "macOS" : /Windows/.test(ua) ? "Windows" : /Linux/.test(ua) ? "Linux" : "";
  const browser = /Edg\//.test(ua) ? "Edge" : /Chrome\//.test(ua) ? "Chrome" : /Firefox\//.test(ua) ? "Firefox" : /Safari\//.test(ua) ? "Safari" : "Browser";
  return os ? `${browser} on ${os}` : browser;
}
