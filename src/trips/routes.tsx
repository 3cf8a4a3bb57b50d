// Advisor trip pages: the list, a trip with its travelers and documents, the traveler row's one
// portal button (SPEC §4) and sharing a document (with auto-invite on first share, SPEC §7).

import { type Context, Hono } from "hono";
import { dashboardContext } from "../i18n/format";
import { readPageRequest, readSearch } from "../lib/keyset";
import {
  advisorSendDeps,
  autoInviteOnFirstShare,
  nameTheContact,
  performPortalAction,
  serviceDeps,
  showsCurrentState,
} from "../portal-access";
import type { AppEnv } from "../types";
import { fullName } from "../ui/components";
import { answerAction, takeFlash } from "../ui/feedback";
import { pageOrFragment } from "../ui/layout";
import { shareDocument } from "./documents";
import { listTrips, loadTraveler, loadTripPage, toTraveler, travelersQuery, tripCursor } from "./queries";
import { DocumentRow, TravelerList, TravelerRow, TripPage, TripPortalSummary, TripResults, TripsPage } from "./views";

const actor = (c: Context<AppEnv>) => ({
  id: c.get("advisor").id,
  name: c.get("advisor").name,
  email: c.get("advisor").email,
});

export const tripRoutes = new Hono<AppEnv>()
  .get("/", async (c) => {
    const { q, cut } = readSearch(c.req.query("q"));
    const { agency, page } = await listTrips(c.get("db"), c.get("advisor").agencyId, {
      q,
      page: readPageRequest(c.req.query(), tripCursor),
      now: new Date(),
    });
    return pageOrFragment(
      c,
      () => <TripsPage agency={agency} advisorName={c.get("advisor").name} q={q} qCut={cut} page={page} />,
      () => <TripResults q={q} page={page} />,
    );
  })
  .get("/:tripId", async (c) => {
    const page = await loadTripPage(c.get("db"), c.get("advisor").agencyId, c.req.param("tripId"));
    if (!page) return c.notFound();
    return c.html(<TripPage {...page} advisorName={c.get("advisor").name} now={new Date()} flash={takeFlash(c)} />);
  })
  // The traveler row's one idempotent button: invite, resend or reset depending on the state.
  .post("/:tripId/travelers/:contactId/portal", async (c) => {
    const { tripId, contactId } = c.req.param();
    const agencyId = c.get("advisor").agencyId;
    const onTrip = await loadTraveler(c.get("db"), agencyId, tripId, contactId);
    if (!onTrip) return c.notFound();
    const outcome = await performPortalAction(advisorSendDeps(c), {
      agencyId,
      contactId,
      action: "send",
      actor: actor(c),
      // An invite sent from this trip lands the client on this trip's documents.
      landing: { trip: tripId },
    });
    if (!outcome.ok && outcome.notFound) return c.notFound();
    return answerAction(c, {
      // A refusal names the traveler: the trip page lists several.
      message: outcome.ok ? outcome.toast : nameTheContact(outcome.refusal.message, fullName(onTrip)),
      failed: !outcome.ok || (outcome.delivery !== null && !outcome.delivery.ok),
      redirectTo: `/trips/${tripId}`,
      fragment: async () => {
        // All the trip's travelers (still one query): the header's portal summary follows the row.
        const travelers = (await travelersQuery(c.get("db"), agencyId, tripId)).map(toTraveler);
        const traveler = travelers.find((t) => t.contactId === contactId);
        if (!traveler) return c.notFound();
        const now = new Date();
        const row = <TravelerRow tripId={tripId} traveler={traveler} now={now} />;
        if (!outcome.ok && !showsCurrentState(outcome.refusal)) {
          // The row stays as it was; the toast says why.
          c.header("HX-Reswap", "none");
          return c.html(row, 422);
        }
        return c.html(
          <>
            {row}
            <TripPortalSummary travelers={travelers} now={now} oob />
          </>,
          outcome.ok ? 200 : 409,
        );
      },
    });
  })
  .post("/:tripId/documents/:documentId/share", async (c) => {
    const { tripId, documentId } = c.req.param();
    const agencyId = c.get("advisor").agencyId;
    const shared = await shareDocument(c.get("db"), agencyId, tripId, documentId, c.get("advisor").id, new Date());
    if (!shared.ok) return c.notFound();
    const title = shared.document.title;
    let message = shared.alreadyShared
      ? `${title} was already shared with the trip's travelers.`
      : `${title} is shared: the trip's travelers see it in their portal.`;
    let failed = false;
    let invitedSomeone = false;
    if (!shared.alreadyShared && shared.firstOnTrip && shared.autoInvite) {
      const travelers = (await travelersQuery(c.get("db"), agencyId, tripId)).map(toTraveler);
      // Auto-invites go through Postmark (or the dev outbox) only, never the advisor's Gmail.
      const auto = await autoInviteOnFirstShare(serviceDeps(c), {
        agencyId,
        agencyName: shared.agencyName,
        documentTitle: title,
        documentId: shared.document.id,
        actor: actor(c),
        travelers: travelers.map((t) => ({
          contactId: t.contactId,
          name: fullName(t),
          email: t.email,
          isPrimary: t.isPrimary,
          position: t.position,
          archived: !!t.archivedAt,
          hasAccount: !!t.account,
        })),
      });
      message = `${message} ${auto.toast}`;
      failed = !auto.invited && auto.failed;
      invitedSomeone = auto.invited;
    }
    return answerAction(c, {
      message,
      failed,
      redirectTo: `/trips/${tripId}`,
      fragment: async () => {
        const travelers = invitedSomeone ? (await travelersQuery(c.get("db"), agencyId, tripId)).map(toTraveler) : null;
        return c.html(
          <>
            {/* The fragment has no agency row to hand: the shared date is today's, in UTC as before. */}
            <DocumentRow tripId={tripId} document={shared.document} rc={dashboardContext(null)} />
            {travelers ? (
              <>
                <TravelerList tripId={tripId} travelers={travelers} now={new Date()} oob />
                <TripPortalSummary travelers={travelers} now={new Date()} oob />
              </>
            ) : null}
          </>,
        );
      },
    });
  });
