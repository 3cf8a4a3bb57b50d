// Small presentational pieces shared by the dashboard and the portal.
import type { Child } from "hono/jsx";
import { formatDate, formatMoney, type RenderContext } from "../i18n/format";
import { m } from "../i18n/messages";

export function Badge(props: { children: Child; tone?: "brand" | "muted" | "warn" }) {
  return <span class={`badge badge-${props.tone ?? "brand"}`}>{props.children}</span>;
}

export function Card(props: {
  title?: string;
  children: Child;
  class?: string;
  id?: string;
  actions?: Child;
  /** Makes the heading a focus target (tabindex -1): a link's #fragment or a swap can land on it. */
  headingId?: string;
  /** Focus the heading once htmx swaps this in (htmx focuses [autofocus] in swapped content). */
  focusHeading?: boolean;
}) {
  return (
    <section class={`card ${props.class ?? ""}`} id={props.id} aria-label={props.title}>
      {props.title ? (
        <header class="card-header">
          <h2
            id={props.headingId}
            tabindex={props.headingId ? -1 : undefined}
            autofocus={props.headingId && props.focusHeading ? true : undefined}
          >
            {props.title}
          </h2>
          {props.actions}
        </header>
      ) : null}
      {props.children}
    </section>
  );
}

export function EmptyState(props: { children: Child }) {
  return <p class="empty">{props.children}</p>;
}

export function fullName(c: { firstName: string; lastName: string }): string {
  return `${c.firstName} ${c.lastName}`.trim();
}

/** A document as the advisor and the traveler both see it; `action` fills the right-hand slot. */
export function DocumentItem(props: {
  rc: RenderContext;
  document: {
    id: string;
    kind: "invoice" | "proposal";
    title: string;
    amountCents: number;
    currency: string;
    firstSharedAt: Date | null;
  };
  action?: Child;
  /** Where the title links to (the client's document page). */
  href?: string;
}) {
  const d = props.document;
  return (
    <li class="doc" id={`doc-${d.id}`}>
      <div>
        <span class="doc-kind">
          {d.kind === "invoice" ? m.document_kind_invoice({}, props.rc) : m.document_kind_proposal({}, props.rc)}
        </span>
        {props.href ? (
          <a href={props.href} class="doc-title">
            {d.title}
          </a>
        ) : (
          <span class="doc-title">{d.title}</span>
        )}
      </div>
      <div class="doc-meta">
        <span>{formatMoney(props.rc, d.amountCents, d.currency)}</span>
        {d.firstSharedAt ? (
          <span class="muted">{m.document_shared_date({ date: formatDate(props.rc, d.firstSharedAt) }, props.rc)}</span>
        ) : (
          props.action
        )}
      </div>
    </li>
  );
}

/**
 * An email address that wraps, when it must, right before the @ and nowhere else it can avoid:
 * "sam.okafor@pridetravelers.example" on a phone reads as two whole parts, not "…exampl/e".
 */
export function EmailAddress(props: { email: string }) {
  const at = props.email.lastIndexOf("@");
  if (at <= 0) return <span class="email-address">{props.email}</span>;
  return (
    <span class="email-address">
      {props.email.slice(0, at)}
      <wbr />
      {props.email.slice(at)}
    </span>
  );
}
