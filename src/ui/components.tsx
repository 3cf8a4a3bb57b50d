// Small presentational pieces shared by the dashboard and the portal.
import type { Child } from "hono/jsx";

export function Badge(props: { children: Child; tone?: "brand" | "muted" | "warn" }) {
  return <span class={`badge badge-${props.tone ?? "brand"}`}>{props.children}</span>;
}

export function Card(props: { title?: string; children: Child; class?: string; id?: string; actions?: Child }) {
  return (
    <section class={`card ${props.class ?? ""}`} id={props.id} aria-label={props.title}>
      {props.title ? (
        <header class="card-header">
          <h2>{props.title}</h2>
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

const dateFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});
const dateTimeFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

export function formatDate(value: Date | string | number): string {
  const date = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : new Date(value);
  return dateFormat.format(date);
}

export function formatDateTime(value: Date | number): string {
  return dateTimeFormat.format(new Date(value));
}

export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(cents / 100);
}

export function fullName(c: { firstName: string; lastName: string }): string {
  return `${c.firstName} ${c.lastName}`.trim();
}

/** A document as the advisor and the traveler both see it; `action` fills the right-hand slot. */
export function DocumentItem(props: {
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
        <span class="doc-kind">{d.kind === "invoice" ? "Invoice" : "Proposal"}</span>
        {props.href ? (
          <a href={props.href} class="doc-title">
            {d.title}
          </a>
        ) : (
          <span class="doc-title">{d.title}</span>
        )}
      </div>
      <div class="doc-meta">
        <span>{formatMoney(d.amountCents, d.currency)}</span>
        {d.firstSharedAt ? <span class="muted">Shared {formatDate(d.firstSharedAt)}</span> : props.action}
      </div>
    </li>
  );
}
