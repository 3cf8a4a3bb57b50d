// The Access tab's record of what happened: recent sign-ins and the account's history, in the
// advisor's words (how each email left and what became of it).
import type { LoginMethod, PortalEvent, PortalLogin } from "../db/schema";
import { formatDateTime, type RenderContext } from "../i18n/format";
import { sentThroughWords } from "../mail/message";
import { Card, EmptyState } from "../ui/components";
import { When } from "../ui/time";

export const EVENT_WORDS: Record<PortalEvent["kind"], string> = {
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
  code_sent: "Sign-in code sent (the client asked for one)",
};

const LOGIN_WORDS: Record<PortalLogin["outcome"], string> = {
  success: "Signed in",
  claimed: "Signed in after setting a password",
  wrong_password: "Wrong password",
  disabled: "Refused: access disabled",
  rate_limited: "Refused: too many attempts",
};

/** How the client signed in (SPEC §13); rows from before it was kept say nothing. */
export const METHOD_WORDS: Record<LoginMethod, string> = {
  password: "Password",
  passkey: "Passkey",
  sign_in_code: "Sign-in code",
  invite_link: "Invite link",
  reset_link: "Reset link",
};

function outcomeWords(l: PortalLogin): string {
  if (l.outcome === "wrong_password" && l.method === "sign_in_code") return "Wrong or expired code";
  // A passkey that didn't verify (a used or stale challenge, another device's key): no password was tried.
  if (l.outcome === "wrong_password" && l.method === "passkey") return "Passkey didn't work";
  return LOGIN_WORDS[l.outcome];
}

const DELIVERY_WORDS: Record<string, string> = {
  sending: "Sending",
  sent: "Sent",
  failed: "Not sent",
  delivered: "Delivered",
  undelivered: "Not delivered",
  bounced: "Bounced",
  complaint: "Marked as spam",
};

export function deliveryWords(e: PortalEvent, rc: RenderContext): string {
  if (e.channel === "gmail" && e.deliveryStatus === "sent") return "Sent from your Gmail";
  const words = DELIVERY_WORDS[e.deliveryStatus ?? ""] ?? e.deliveryStatus ?? "Unknown";
  const when = e.deliveryAt && e.deliveryStatus !== "sent" ? ` ${formatDateTime(rc, e.deliveryAt)}` : "";
  return `${words}${when}${e.deliveryDetail && e.kind !== "send_failed" ? `: ${e.deliveryDetail}` : ""}`;
}

export function LoginActivity(props: { logins: PortalLogin[]; now: Date; rc: RenderContext }) {
  const { now, rc } = props;
  return (
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
                <th scope="col">How</th>
                <th scope="col">Where</th>
                <th scope="col">Device</th>
              </tr>
            </thead>
            <tbody>
              {props.logins.map((l) => (
                <tr>
                  <td>
                    <When rc={rc} at={l.at} now={now} />
                  </td>
                  <td>
                    {outcomeWords(l)}
                    {l.attempts > 1 ? ` (${l.attempts} attempts)` : ""}
                  </td>
                  <td>{l.method ? METHOD_WORDS[l.method] : <span class="muted">Not recorded</span>}</td>
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
  );
}

export function AccessHistory(props: { events: PortalEvent[]; agencyName: string; now: Date; rc: RenderContext }) {
  const { now, rc } = props;
  return (
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
                {e.channel ? ` ${sentThroughWords(e.channel, props.agencyName, e.actorLabel)}` : ""}
                {e.kind !== "send_failed" && e.deliveryStatus ? ` · ${deliveryWords(e, rc)}` : ""}
                {e.detail ? <span class="muted"> · {e.detail}</span> : null}
              </span>
              <span class="muted">
                {e.actorLabel ?? "Client"} · <When rc={rc} at={e.at} now={now} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
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
