// Advisor trip pages.
import { Hono } from "hono";
import type { AppEnv } from "../types";
import { takeFlash } from "../ui/feedback";
import { listTrips, loadTripPage } from "./queries";
import { TripPage, TripsPage } from "./views";

export const tripRoutes = new Hono<AppEnv>()
  .get("/", async (c) => {
    const { agency, trips } = await listTrips(c.var.db, c.var.advisor.agencyId);
    return c.html(<TripsPage agency={agency} advisorName={c.var.advisor.name} trips={trips} />);
  })
  .get("/:tripId", async (c) => {
    const page = await loadTripPage(c.var.db, c.var.advisor.agencyId, c.req.param("tripId"));
    if (!page) return c.notFound();
    return c.html(<TripPage {...page} advisorName={c.var.advisor.name} now={new Date()} flash={takeFlash(c)} />);
  });
