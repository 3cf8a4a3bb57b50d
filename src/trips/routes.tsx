// Advisor trip pages, and sharing a trip's invoices and proposals.
import { Hono } from "hono";
import { autoInviteOnFirstShare } from "../portal-access/auto-invite";
import { serviceDeps } from "../portal-access/deps";
import type { AppEnv } from "../types";
import { isHtmx, setFlash, takeFlash, toast } from "../ui/feedback";
import { shareDocument } from "./documents";
import { listTrips, loadTripPage, travelersQuery, toTraveler } from "./queries";
import { DocumentRow, TravelerList, TripPage, TripsPage } from "./views";
import { fullName } from "../ui/components";

export const tripRoutes = new Hono<AppEnv>()
  .get("/", async (c) => {
    const { agency, trips } = await listTrips(c.var.db, c.var.advisor.agencyId);
    return c.html(<TripsPage agency={agency} advisorName={c.var.advisor.name} trips={trips} />);
  })
  .get("/:tripId", async (c) => {
    const page = await loadTripPage(c.var.db, c.var.advisor.agencyId, c.req.param("tripId"));
    if (!page) return c.notFound();
    return c.html(<TripPage {...page} advisorName={c.var.advisor.name} now={new Date()} flash={takeFlash(c)} />);
  })
  .post("/:tripId/documents/:documentId/share", async (c) => {
    const { tripId, documentId } = c.req.param();
    const agencyId = c.var.advisor.agencyId;
    const shared = await shareDocument(c.var.db, agencyId, tripId, documentId, new Date());
    if (!shared.ok) return c.notFound();
    const title = shared.document.title;
    let message = shared.alreadyShared ? `${title} was already shared with the trip's travelers.` : `${title} is shared: the trip's travelers see it in their portal.`;
    let failed = false;
    let invitedSomeone = false;
    if (!shared.alreadyShared && shared.firstOnTrip && shared.autoInvite) {
      const travelers = (await travelersQuery(c.var.db, agencyId, tripId)).map(toTraveler);
      // Auto-invites go through Postmark (or the dev outbox) only, never the advisor's Gmail.
      const auto = await autoInviteOnFirstShare(serviceDeps(c), {
        agencyId,
        documentTitle: title,
        actor: { id: c.var.advisor.id, name: c.var.advisor.name, email: c.var.advisor.email },
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
    if (!isHtmx(c)) {
      setFlash(c, message, failed ? "error" : "ok");
      return c.redirect(`/trips/${tripId}`, 303);
    }
    toast(c, message, failed ? "error" : "ok");
    const travelers = invitedSomeone ? (await travelersQuery(c.var.db, agencyId, tripId)).map(toTraveler) : null;
    return c.html(
      <>
        <DocumentRow tripId={tripId} document={shared.document} />
        {travelers ? <TravelerList tripId={tripId} travelers={travelers} now={new Date()} oob /> : null}
      </>,
    );
  });
