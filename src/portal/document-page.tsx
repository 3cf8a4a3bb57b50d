// A shared invoice or proposal as the traveler sees it: kind, title, trip, lines and total,
// who shared it and when, and who to ask. "Print or save as PDF" (portal.js shows it; a browser
// without JavaScript prints from its own menu) prints the document under the agency's name and
// logo, with who it is for, its dates and total: the print stylesheet drops the page's controls.
import type { PortalAgency } from "../db/agencies";
import { formatDate, formatMoney, fullName } from "../ui/components";
import type { PortalDocument } from "./page-queries";
import { PasskeyOffer } from "./passkey-controls";
import { AdvisorCard, PortalCard } from "./views";

export function DocumentPage(props: {
  agency: PortalAgency;
  document: PortalDocument;
  /** Just after an invite claim that landed here: offer "Add a passkey" (SPEC §13). */
  offerPasskey?: boolean;
}) {
  const { agency, document: d } = props;
  const home = `/portal/${agency.slug}`;
  const kind = d.kind === "invoice" ? "Invoice" : "Proposal";
  return (
    <PortalCard agency={agency} title={`${kind}: ${d.title}`} wide passkeys={props.offerPasskey}>
      <nav class="crumbs no-print" aria-label="Breadcrumb">
        <a href={home}>Your trips</a> / <a href={`${home}?trip=${encodeURIComponent(d.tripId)}`}>{d.tripTitle}</a>
      </nav>
      {props.offerPasskey ? <PasskeyOffer slug={agency.slug ?? ""} /> : null}
      <article class="portal-document">
        <div class="doc-head">
          <div>
            <p class="doc-kind">{kind}</p>
            <h1>{d.title}</h1>
          </div>
          <button type="button" class="btn no-print" id="print-document" hidden>
            Print or save as PDF
          </button>
        </div>
        <dl class="facts doc-facts">
          <dt>Prepared for</dt>
          <dd>{fullName(d)}</dd>
          <dt>Trip</dt>
          <dd>
            {d.tripTitle} · {d.destination}
          </dd>
          <dt>Dates</dt>
          <dd>
            {formatDate(d.startsOn)} – {formatDate(d.endsOn)}
          </dd>
          {d.firstSharedAt ? (
            <>
              <dt>Shared on</dt>
              <dd>{formatDate(d.firstSharedAt)}</dd>
            </>
          ) : null}
          <dt>Total</dt>
          <dd>{formatMoney(d.amountCents, d.currency)}</dd>
        </dl>
        {d.description ? <p>{d.description}</p> : null}
        <table class="table doc-lines">
          <caption class="visually-hidden">What this {kind.toLowerCase()} covers</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col" class="num">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {(d.lineItems ?? []).map((line) => (
              <tr>
                <td>{line.label}</td>
                <td class="num">{formatMoney(line.amountCents, d.currency)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td class="num">
                <strong>{formatMoney(d.amountCents, d.currency)}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
        <p class="muted">
          Shared{d.advisorName ? ` by ${d.advisorName}` : ""}
          {d.firstSharedAt ? ` on ${formatDate(d.firstSharedAt)}` : ""}.
        </p>
      </article>
      <AdvisorCard
        agency={agency}
        advisor={d.advisorName ? { name: d.advisorName, email: d.advisorEmail ?? "" } : null}
      />
      <p class="no-print">
        <a href={home}>← All your trips</a>
      </p>
    </PortalCard>
  );
}
