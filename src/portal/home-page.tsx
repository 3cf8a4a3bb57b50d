// The portal home (SPEC §8): the traveler's trips with what was shared on each, and who to ask.
import type { PortalAgency } from "../db/agencies";
import { formatCalendarRange, type RenderContext } from "../i18n/format";
import { m } from "../i18n/messages";
import { DocumentItem, EmailAddress } from "../ui/components";
import { LogoImg } from "../ui/logo";
import { PasskeyOffer } from "./passkey-controls";
import { PortalCard } from "./views";

type HomeTrip = { id: string; title: string; destination: string; startsOn: string; endsOn: string };
type HomeDoc = {
  id: string;
  tripId: string;
  kind: "invoice" | "proposal";
  title: string;
  amountCents: number;
  currency: string;
  firstSharedAt: Date | null;
};

/** Who to ask: the advisor, by name and email, under the agency's name and logo. */
export function AdvisorCard(props: {
  rc: RenderContext;
  agency: PortalAgency;
  advisor: { name: string; email: string } | null;
}) {
  const { rc, agency, advisor } = props;
  const label = m.home_advisor_label({}, rc);
  return (
    <aside class="advisor-card" aria-label={label}>
      {agency.logoUrl ? <LogoImg src={agency.logoUrl} height={40} maxWidth={160} /> : null}
      <div>
        <p class="m0">
          <strong>{advisor ? advisor.name : agency.agencyName}</strong>
          {advisor ? <span class="muted"> · {agency.agencyName}</span> : null}
        </p>
        {advisor?.email ? (
          <p class="m0">
            <a href={`mailto:${advisor.email}`}>
              <EmailAddress email={advisor.email} />
            </a>
          </p>
        ) : (
          <p class="m0 muted">{label}</p>
        )}
      </div>
    </aside>
  );
}

export function PortalHomePage(props: {
  rc: RenderContext;
  agency: PortalAgency;
  firstName: string;
  advisor: { name: string; email: string } | null;
  trips: HomeTrip[];
  documents: (HomeDoc & { sharedOnTrip: number })[];
  page: number;
  hasMore: boolean;
  /** Showing one trip with all its documents. */
  oneTrip: boolean;
  /** Just after an invite claim: offer "Add a passkey" (SPEC §13). */
  offerPasskey?: boolean;
}) {
  const { rc } = props;
  const home = `/portal/${props.agency.slug}`;
  return (
    <PortalCard
      rc={rc}
      agency={props.agency}
      languages={{ saveAt: `${home}/language`, back: home }}
      title={m.home_title({}, rc)}
      wide
      passkeys={props.offerPasskey}
    >
      <div class="portal-head">
        <h1>{m.home_greeting({ firstName: props.firstName }, rc)}</h1>
        <div class="portal-head-actions">
          <a href={`${home}/security`} class="btn btn-quiet">
            {m.home_security_link({}, rc)}
          </a>
          <form method="post" action={`${home}/logout`}>
            <button type="submit" class="btn btn-quiet">
              {m.home_sign_out({}, rc)}
            </button>
          </form>
        </div>
      </div>
      {props.oneTrip ? (
        <p>
          <a href={home}>← {m.home_all_trips({}, rc)}</a>
        </p>
      ) : null}
      {props.offerPasskey ? <PasskeyOffer rc={props.rc} slug={props.agency.slug ?? ""} /> : null}
      <AdvisorCard rc={rc} agency={props.agency} advisor={props.advisor} />
      {props.trips.length === 0 ? (
        <p class="empty">
          {props.advisor
            ? m.home_empty_write_to_advisor({ agency: props.agency.agencyName, advisor: props.advisor.name }, rc)
            : m.home_empty_contact_advisor({ agency: props.agency.agencyName }, rc)}
        </p>
      ) : null}
      {props.trips.map((t) => {
        const docs = props.documents.filter((d) => d.tripId === t.id);
        const more = (docs[0]?.sharedOnTrip ?? 0) - docs.length;
        return (
          <section class="portal-trip" aria-label={t.title} id={`trip-${t.id}`}>
            <h2>{t.title}</h2>
            <p class="muted">
              {t.destination} · {formatCalendarRange(rc, t.startsOn, t.endsOn)}
            </p>
            {docs.length === 0 ? (
              <p class="empty">
                {m.home_trip_nothing_shared(
                  { sharer: props.advisor ? props.advisor.name : props.agency.agencyName },
                  rc,
                )}
              </p>
            ) : (
              <ul class="doc-list">
                {docs.map((d) => (
                  <DocumentItem rc={rc} document={d} href={`${home}/documents/${encodeURIComponent(d.id)}`} />
                ))}
              </ul>
            )}
            {more > 0 ? (
              <p>
                <a href={`${home}?trip=${encodeURIComponent(t.id)}`}>{m.home_more_documents({ count: more }, rc)}</a>
              </p>
            ) : null}
          </section>
        );
      })}
      {!props.oneTrip && (props.page > 1 || props.hasMore) ? (
        <nav class="pager" aria-label={m.home_pager_label({}, rc)}>
          {props.page > 1 ? (
            <a href={props.page === 2 ? home : `${home}?page=${props.page - 1}`} class="btn">
              ← {m.home_pager_previous({}, rc)}
            </a>
          ) : (
            <span />
          )}
          {props.hasMore ? (
            <a href={`${home}?page=${props.page + 1}`} class="btn">
              {m.home_pager_more({}, rc)} →
            </a>
          ) : null}
        </nav>
      ) : null}
    </PortalCard>
  );
}
