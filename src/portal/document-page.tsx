// A shared invoice or proposal as the traveler sees it: kind, title, trip, lines and total,
// who shared it and when, and who to ask. Printable (the print stylesheet drops everything but
// the document), so "Save as PDF" gives the client a clean copy.
import type { PortalAgency } from "../db/agencies";
import { formatDate, formatMoney } from "../ui/components";
import { AdvisorCard, PortalCard } from "./views";

export interface PortalDocument {
  id: string;
  kind: "invoice" | "proposal";
  title: string;
  description: string | null;
  lineItems: { label: string; amountCents: number }[] | null;
  amountCents: number;
  currency: string;
  firstSharedAt: Date | null;
  tripId: string;
  tripTitle: string;
  destination: string;
  startsOn: string;
  endsOn: string;
  advisorName: string | null;
  advisorEmail: string | null;
}

export function DocumentPage(props: { agency: PortalAgency; document: PortalDocument }) {
  const { agency, document: d } = props;
  const home = `/portal/${agency.slug}`;
  const kind = d.kind === "invoice" ? "Invoice" : "Proposal";
  return (
    <PortalCard agency={agency} title={`${kind}: ${d.title}`} wide>
      <nav class="crumbs no-print" aria-label="Breadcrumb">
        <a href={home}>Your trips</a> / <a href={`${home}?trip=${encodeURIComponent(d.tripId)}`}>{d.tripTitle}</a>
      </nav>
      <article class="portal-document">
        <p class="doc-kind">{kind}</p>
        <h1>{d.title}</h1>
        <p class="muted">
          {d.tripTitle} · {d.destination} · {formatDate(d.startsOn)} – {formatDate(d.endsOn)}
        </p>
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
