// A shared invoice or proposal as the traveler sees it: kind, title, trip, lines and total,
// who shared it and when, and who to ask. "Print or save as PDF" (portal.js shows it; a browser
// without JavaScript prints from its own menu) prints the document under the agency's name and
// logo, with who it is for, its dates and total: the print stylesheet drops the page's controls.
import type { PortalAgency } from "../db/agencies";
import { formatCalendarRange, formatDate, formatMoney, type RenderContext } from "../i18n/format";
import { m } from "../i18n/messages";
import { fullName } from "../ui/components";
import { AdvisorCard } from "./home-page";
import type { PortalDocument } from "./page-queries";
import { PasskeyOffer } from "./passkey-controls";
import { PortalCard } from "./views";

export function DocumentPage(props: {
  rc: RenderContext;
  agency: PortalAgency;
  document: PortalDocument;
  /** Just after an invite claim that landed here: offer "Add a passkey" (SPEC §13). */
  offerPasskey?: boolean;
}) {
  const { rc, agency, document: d } = props;
  const home = `/portal/${agency.slug}`;
  const invoice = d.kind === "invoice";
  const kind = invoice ? m.document_kind_invoice({}, rc) : m.document_kind_proposal({}, rc);
  const total = formatMoney(rc, d.amountCents, d.currency);
  return (
    <PortalCard
      rc={rc}
      agency={agency}
      languages={{ saveAt: `${home}/language`, back: `${home}/documents/${encodeURIComponent(d.id)}` }}
      title={
        invoice ? m.document_title_invoice({ title: d.title }, rc) : m.document_title_proposal({ title: d.title }, rc)
      }
      wide
      passkeys={props.offerPasskey}
    >
      <nav class="crumbs no-print" aria-label={m.document_breadcrumb_label({}, rc)}>
        <a href={home}>{m.home_title({}, rc)}</a> /{" "}
        <a href={`${home}?trip=${encodeURIComponent(d.tripId)}`}>{d.tripTitle}</a>
      </nav>
      {props.offerPasskey ? <PasskeyOffer rc={rc} slug={agency.slug ?? ""} /> : null}
      <article class="portal-document">
        <div class="doc-head">
          <div>
            <p class="doc-kind">{kind}</p>
            <h1>{d.title}</h1>
          </div>
          <button type="button" class="btn no-print" id="print-document" hidden>
            {m.document_print({}, rc)}
          </button>
        </div>
        <dl class="facts doc-facts">
          <dt>{m.document_prepared_for({}, rc)}</dt>
          <dd>{fullName(d)}</dd>
          <dt>{m.document_trip({}, rc)}</dt>
          <dd>
            {d.tripTitle} · {d.destination}
          </dd>
          <dt>{m.document_dates({}, rc)}</dt>
          <dd>{formatCalendarRange(rc, d.startsOn, d.endsOn)}</dd>
          {d.firstSharedAt ? (
            <>
              <dt>{m.document_shared_on({}, rc)}</dt>
              <dd>{formatDate(rc, d.firstSharedAt)}</dd>
            </>
          ) : null}
          <dt>{m.document_total({}, rc)}</dt>
          <dd>{total}</dd>
        </dl>
        {d.description ? <p>{d.description}</p> : null}
        <table class="table doc-lines">
          <caption class="visually-hidden">
            {invoice ? m.document_lines_caption_invoice({}, rc) : m.document_lines_caption_proposal({}, rc)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{m.document_line_item({}, rc)}</th>
              <th scope="col" class="num">
                {m.document_line_amount({}, rc)}
              </th>
            </tr>
          </thead>
          <tbody>
            {(d.lineItems ?? []).map((line) => (
              <tr>
                <td>{line.label}</td>
                <td class="num">{formatMoney(rc, line.amountCents, d.currency)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{m.document_total({}, rc)}</th>
              <td class="num">
                <strong>{total}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
        <p class="muted">{sharedLine(rc, d.advisorName, d.firstSharedAt)}</p>
      </article>
      <AdvisorCard
        rc={rc}
        agency={agency}
        advisor={d.advisorName ? { name: d.advisorName, email: d.advisorEmail ?? "" } : null}
      />
      <p class="no-print">
        <a href={home}>← {m.home_all_trips({}, rc)}</a>
      </p>
    </PortalCard>
  );
}

/** "Shared by Pat Rivera on Nov 14, 2026." with whichever of the two the document has. */
function sharedLine(rc: RenderContext, advisor: string | null, sharedAt: Date | null): string {
  const date = sharedAt ? formatDate(rc, sharedAt) : null;
  if (advisor && date) return m.document_shared_by_on({ advisor, date }, rc);
  if (advisor) return m.document_shared_by({ advisor }, rc);
  if (date) return m.document_shared_on_date({ date }, rc);
  return m.document_shared({}, rc);
}
