// Trip list and trip page. The travelers card lives in the right rail; each row is its own
// element so htmx can swap one traveler in place.

import type { TripDocument } from "../db/schema";
import { dashboardContext, formatCalendarDate, type RenderContext } from "../i18n/format";
import type { Page } from "../lib/keyset";
import {
  DeliveryHint,
  describePortalSummary,
  PortalPill,
  PortalSendButton,
  type PortalSummary,
  portalStatus,
  summarizePortal,
  wayOutFor,
} from "../portal-access";
import { Badge, Card, DocumentItem, EmptyState, fullName } from "../ui/components";

/** Trips are in English on the dashboard; their dates are calendar days, the same in every zone. */
const DASHBOARD = dashboardContext("UTC");

import type { Flash } from "../ui/feedback";
import { DashboardLayout, type ShellAgency } from "../ui/layout";
import { ListSearch, Pager } from "../ui/list-controls";
import type { Traveler } from "./queries";

type TripSummary = {
  id: string;
  title: string;
  destination: string;
  startsOn: string;
  endsOn: string;
  portal: PortalSummary;
};

export function TripsPage(props: {
  agency: ShellAgency;
  advisorName: string;
  q: string;
  qCut?: boolean;
  page: Page<TripSummary>;
}) {
  return (
    <DashboardLayout title="Trips" agency={props.agency} advisorName={props.advisorName} active="trips">
      <div class="page-header">
        <h1>Trips</h1>
      </div>
      <ListSearch
        action="/trips"
        q={props.q}
        cut={props.qCut}
        label="Search trips"
        placeholder="Search by trip or destination"
        target="trip-results"
      />
      <TripResults q={props.q} page={props.page} />
    </DashboardLayout>
  );
}

/** The trip tiles and their pager: what a search swaps in place. */
export function TripResults(props: { q: string; page: Page<TripSummary> }) {
  const { rows } = props.page;
  return (
    <section id="trip-results" aria-label="Trips" aria-live="polite">
      {rows.length === 0 ? (
        <EmptyState>{props.q ? `No trip matches “${props.q}”.` : "No trips yet."}</EmptyState>
      ) : (
        <ul class="trip-list">
          {rows.map((t) => (
            <li>
              <a href={`/trips/${t.id}`} class="trip-tile">
                <span class="trip-title">{t.title}</span>
                <span class="trip-meta">
                  {t.destination} · {formatCalendarDate(DASHBOARD, t.startsOn)} –{" "}
                  {formatCalendarDate(DASHBOARD, t.endsOn)}
                </span>
                <span class="trip-meta">{describePortalSummary(t.portal)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <Pager action="/trips" q={props.q} previous={props.page.previous} next={props.page.next} label="Trip pages" />
    </section>
  );
}

export function TravelerRow(props: { tripId: string; traveler: Traveler; now: Date }) {
  const t = props.traveler;
  const status = portalStatus(t.account, props.now);
  return (
    <li class="traveler" id={`traveler-${t.contactId}`}>
      <div class="traveler-main">
        <a href={`/contacts/${t.contactId}`} class="traveler-name">
          {fullName(t)}
        </a>
        {t.isPrimary ? <Badge>Primary</Badge> : null}
        {t.archivedAt ? <Badge tone="muted">Archived</Badge> : null}
      </div>
      <div class="traveler-email">{t.email ?? <span class="muted">No email on file</span>}</div>
      <div class="traveler-portal">
        <PortalPill status={status} />
        <DeliveryHint account={t.account} />
        <PortalSendButton
          tripId={props.tripId}
          contactId={t.contactId}
          status={status}
          account={t.account}
          wayOut={wayOutFor({
            status: t.account?.status ?? "none",
            email: t.email,
            archived: !!t.archivedAt,
            portalSlug: t.portalSlug,
          })}
        />
      </div>
    </li>
  );
}

export function DocumentRow(props: { tripId: string; document: TripDocument; rc: RenderContext }) {
  const url = `/trips/${props.tripId}/documents/${props.document.id}/share`;
  return (
    <DocumentItem
      rc={props.rc}
      document={props.document}
      action={
        <form
          method="post"
          action={url}
          hx-post={url}
          hx-target={`#doc-${props.document.id}`}
          hx-swap="outerHTML"
          class="inline-form"
        >
          <button type="submit" class="btn btn-small">
            Share
          </button>
        </form>
      }
    />
  );
}

/** The trip page's "2 of 3 in the portal", swapped out of band when a traveler's row changes. */
export function TripPortalSummary(props: { travelers: Traveler[]; now: Date; oob?: boolean }) {
  const summary = summarizePortal(props.travelers.map((t) => portalStatus(t.account, props.now)));
  return (
    <p class="subtitle" id="trip-portal-summary" hx-swap-oob={props.oob ? "true" : undefined}>
      {describePortalSummary(summary)}
    </p>
  );
}

export function TravelerList(props: { tripId: string; travelers: Traveler[]; now: Date; oob?: boolean }) {
  return (
    <ul class="traveler-list" id="traveler-list" hx-swap-oob={props.oob ? "true" : undefined}>
      {props.travelers.map((t) => (
        <TravelerRow tripId={props.tripId} traveler={t} now={props.now} />
      ))}
    </ul>
  );
}

export function TripPage(props: {
  agency: ShellAgency;
  advisorName: string;
  trip: { id: string; title: string; destination: string; startsOn: string; endsOn: string };
  travelers: Traveler[];
  documents: TripDocument[];
  now: Date;
  flash?: Flash;
}) {
  const { trip } = props;
  return (
    <DashboardLayout
      title={trip.title}
      agency={props.agency}
      advisorName={props.advisorName}
      active="trips"
      flash={props.flash}
    >
      <nav class="crumbs" aria-label="Breadcrumb">
        <a href="/trips">Trips</a> / <span>{trip.title}</span>
      </nav>
      <div class="page-header">
        <h1>{trip.title}</h1>
        <p class="subtitle">
          {trip.destination} · {formatCalendarDate(DASHBOARD, trip.startsOn)} –{" "}
          {formatCalendarDate(DASHBOARD, trip.endsOn)}
        </p>
        <TripPortalSummary travelers={props.travelers} now={props.now} />
      </div>
      {/* Travelers first in the source, as a phone shows them first: Tab follows what is seen. On a
          wide screen they sit in the right-hand rail (app.css places them). */}
      <div class="with-rail">
        <aside class="rail">
          <Card title="Travelers" id="travelers">
            {props.travelers.length === 0 ? (
              <EmptyState>No travelers on this trip.</EmptyState>
            ) : (
              <TravelerList tripId={trip.id} travelers={props.travelers} now={props.now} />
            )}
          </Card>
        </aside>
        <div class="primary-col">
          <Card title="Invoices & proposals" id="documents">
            {props.documents.length === 0 ? (
              <EmptyState>No invoices or proposals on this trip yet.</EmptyState>
            ) : (
              <ul class="doc-list">
                {props.documents.map((d) => (
                  <DocumentRow tripId={trip.id} document={d} rc={dashboardContext(props.agency.timeZone)} />
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </DashboardLayout>
  );
}
