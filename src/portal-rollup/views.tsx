// The Portal access page: filters with counts, search, the accounts table with checkboxes for
// bulk resend, and the bulk answer with a reason for every row skipped. Works without
// JavaScript (links, GET search, a plain form post); rollup.js only ticks "Select all".

import { dashboardContext, type RenderContext } from "../i18n/format";
import type { Page } from "../lib/keyset";
import {
  BULK_INCLUDE_RECENT_LABEL,
  BULK_RECENT_MINUTES,
  DeliveryHint,
  type PortalAccountSnapshot,
  PortalPill,
  portalStatus,
} from "../portal-access";
import { Badge, EmptyState, fullName } from "../ui/components";
import type { Flash } from "../ui/feedback";
import { asset, DashboardLayout, type ShellAgency } from "../ui/layout";
import { ListSearch, Pager } from "../ui/list-controls";
import { When } from "../ui/time";
import type { BulkReport } from "./bulk";
import { FILTER_LABEL, FILTERS, type RollupFilter, type RollupRow } from "./queries";

export type RollupListRow = RollupRow & { account: PortalAccountSnapshot | null };

export interface RollupView {
  agency: ShellAgency;
  advisorName: string;
  filter: RollupFilter;
  q: string;
  /** The address's search was longer than the box takes and was cut. */
  qCut?: boolean;
  counts: Record<RollupFilter, number>;
  page: Page<RollupListRow>;
  now: Date;
  flash?: Flash;
  report?: BulkReport;
}

const EMAIL_WORDS: Record<string, string> = {
  invited: "Invite",
  resent: "Invite (resent)",
  reactivated: "Invite (reactivated)",
  reset_sent: "Password reset",
  reminded: "Reminder",
};

/** The view's own URL parts: a filter other than All, and the search. */
export function viewParams(filter: RollupFilter, q: string): Record<string, string> {
  return { ...(filter !== "all" ? { filter } : {}), ...(q ? { q } : {}) };
}

const href = (path: string, params: Record<string, string>) => {
  const query = new URLSearchParams(params).toString();
  return query ? `${path}?${query}` : path;
};

export function RollupPage(props: RollupView) {
  return (
    <DashboardLayout
      title="Portal access"
      agency={props.agency}
      advisorName={props.advisorName}
      active="portal-access"
      flash={props.flash}
    >
      <div class="page-header">
        <h1>Portal access</h1>
      </div>
      {props.report ? <BulkSummary report={props.report} /> : null}
      <ListSearch
        action="/portal-access"
        q={props.q}
        cut={props.qCut}
        label="Search portal accounts"
        placeholder="Search by name or email"
        target="rollup-results"
        keep={props.filter !== "all" ? { filter: props.filter } : undefined}
      />
      <RollupResults {...props} />
      <script src={asset("/js/rollup.js")} defer />
    </DashboardLayout>
  );
}

/** The bulk answer: what went out, and why each skipped row was skipped. */
function BulkSummary(props: { report: BulkReport }) {
  const { sent, skipped } = props.report;
  return (
    <section
      class={skipped.length ? "alert alert-warn bulk-summary" : "alert bulk-summary"}
      role="status"
      tabindex={-1}
      id="bulk-summary"
      // The answer to the advisor's click: keyboard and screen-reader users start here.
      autofocus
    >
      <h2>
        {sent} {sent === 1 ? "invite" : "invites"} sent, {skipped.length} skipped
      </h2>
      {sent > 0 ? <p>They are on their way by email; each traveler's Access tab shows when it was delivered.</p> : null}
      {skipped.length ? (
        <ul>
          {skipped.map((s) => (
            <li>
              <strong>{s.name}</strong>: {s.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The table, its bulk form and the pager: what a search swaps in place. */
export function RollupResults(props: RollupView) {
  const { rows } = props.page;
  const keep = viewParams(props.filter, props.q);
  const selectable = rows.filter((r) => r.accountStatus === "pending");
  const rc = dashboardContext(props.agency.timeZone);
  return (
    <section id="rollup-results" aria-label="Portal accounts" aria-live="polite">
      <nav class="filters" aria-label="Filter portal accounts">
        {FILTERS.map((f) => (
          <a
            href={href("/portal-access", viewParams(f, props.q))}
            class={f === props.filter ? "filter active" : "filter"}
            aria-current={f === props.filter ? "page" : undefined}
          >
            {FILTER_LABEL[f]} <span class="count">{props.counts[f]}</span>
          </a>
        ))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState>
          {props.q
            ? `No portal account matches “${props.q}” here.`
            : props.filter === "all"
              ? "No one has been invited to the portal yet. Invite travelers from a trip or a contact's Access tab."
              : `No portal accounts are “${FILTER_LABEL[props.filter]}” right now.`}
        </EmptyState>
      ) : (
        <form method="post" action="/portal-access/resend" class="bulk-form">
          {Object.entries(keep).map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          {selectable.map((r) => (
            <input type="hidden" name="onPage" value={r.contactId} />
          ))}
          <div class="bulk-bar">
            {selectable.length ? (
              <>
                <label class="check">
                  <input type="checkbox" name="all" value="on" id="select-all" /> Select all on this page (
                  {selectable.length})
                </label>
                <button type="submit" class="btn btn-primary" id="bulk-resend" aria-describedby="bulk-hint">
                  Resend invite
                </button>
                <label class="check">
                  <input type="checkbox" name="includeRecent" value="on" id="include-recent" />{" "}
                  {BULK_INCLUDE_RECENT_LABEL}
                </label>
                {/* rollup.js says here how many are ticked, and why Resend waits for a tick. */}
                <p class="hint" id="bulk-hint">
                  <span id="bulk-status" aria-live="polite"></span> Only pending invites can be resent. Travelers
                  emailed in the last {BULK_RECENT_MINUTES} minutes are skipped, and each gets at most 3 emails in 10
                  minutes.
                </p>
              </>
            ) : (
              <p class="hint">No one on this page has a pending invite to resend.</p>
            )}
            <a
              class="btn bulk-export"
              href={href("/portal-access/export.csv", viewParams(props.filter, props.q))}
              download
            >
              Export CSV
            </a>
          </div>
          <section class="table-wrap" aria-label="Portal account list" tabindex={0}>
            <table class="table stack-on-phone rollup-table">
              <thead>
                <tr>
                  <th scope="col">
                    <span class="visually-hidden">Select</span>
                  </th>
                  <th scope="col">Traveler</th>
                  <th scope="col">Portal</th>
                  <th scope="col">Invited</th>
                  <th scope="col">Link expires</th>
                  <th scope="col">Last sign-in</th>
                  <th scope="col">Latest email</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <RollupTableRow row={r} now={props.now} rc={rc} />
                ))}
              </tbody>
            </table>
          </section>
        </form>
      )}
      <Pager
        action="/portal-access"
        q={props.q}
        keep={props.filter !== "all" ? { filter: props.filter } : undefined}
        previous={props.page.previous}
        next={props.page.next}
        label="Portal account pages"
      />
    </section>
  );
}

function RollupTableRow(props: { row: RollupListRow; now: Date; rc: RenderContext }) {
  const r = props.row;
  const name = fullName(r);
  return (
    <tr>
      <td>
        {r.accountStatus === "pending" ? (
          <label class="row-hit">
            <input
              type="checkbox"
              name="contact"
              value={r.contactId}
              class="row-select"
              aria-label={`Select ${name}`}
            />
          </label>
        ) : null}
      </td>
      <td>
        <a href={`/contacts/${r.contactId}/access`} class="person-link">
          {name}
        </a>{" "}
        {r.archivedAt ? <Badge tone="muted">Archived</Badge> : null}
        <div class="muted small">{r.accountEmail}</div>
      </td>
      <td>
        <PortalPill status={portalStatus(r.account, props.now)} />
      </td>
      <td>
        <span class="cell-label">Invited: </span>
        {r.invitedAt ? (
          <>
            <When rc={props.rc} at={r.invitedAt} now={props.now} />
            {r.invitedBy ? <div class="muted small">by {r.invitedBy}</div> : null}
          </>
        ) : (
          <span class="muted">—</span>
        )}
      </td>
      <td>
        <span class="cell-label">Link expires: </span>
        {r.accountStatus === "pending" && r.newestLinkDeadline !== null ? (
          <LinkDeadline at={r.newestLinkDeadline} now={props.now} rc={props.rc} />
        ) : (
          <span class="muted">—</span>
        )}
      </td>
      <td>
        <span class="cell-label">Last sign-in: </span>
        {r.lastSignInAt ? <When rc={props.rc} at={r.lastSignInAt} now={props.now} /> : <span class="muted">Never</span>}
      </td>
      <td>
        <span class="cell-label">Latest email: </span>
        {r.latestEmailAt && r.latestEmailKind ? (
          <>
            {EMAIL_WORDS[r.latestEmailKind] ?? "Email"}, <When rc={props.rc} at={r.latestEmailAt} now={props.now} />{" "}
            <DeliveryHint account={r.account} />
          </>
        ) : (
          <span class="muted">—</span>
        )}
      </td>
    </tr>
  );
}

/** A pending invite's deadline: "in 20 hours", or "expired" and when, for a link that no longer works. */
function LinkDeadline(props: { at: number; now: Date; rc: RenderContext }) {
  if (props.at > props.now.getTime()) return <When rc={props.rc} at={props.at} now={props.now} />;
  return (
    <span class="muted">
      Expired <When rc={props.rc} at={props.at} now={props.now} />
    </span>
  );
}
