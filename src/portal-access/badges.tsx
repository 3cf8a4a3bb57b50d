// The small portal-access pieces other pages show beside a traveler: the state pill, the
// newest email's fate, and the trip page's one send button (SPEC §4, §5). A plain form that
// htmx enhances into an in-place swap.
import type { PortalAccount, PortalToken } from "../db/schema";
import { sendActionFor, type WayOut } from "./lifecycle";
import { DELIVERY_HINT, needsEmailFix, PILL_LABEL, type PortalAccountSnapshot, type PortalStatus } from "./status";
import { linkDeadline } from "./tokens";

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
