// Advisor actions on portal access: the trip page's one idempotent send endpoint and the
// Access tab. Handlers stay thin: validate, call the service, render the fragment.
import { Hono, type Context } from "hono";
import { z } from "zod";
import { performPortalAction } from "./service";
import { advisorSendDeps } from "./deps";
import { archiveContact, restoreContact } from "./archive";
import { loadTraveler } from "../trips/queries";
import { TravelerRow } from "../trips/views";
import type { AppEnv } from "../types";
import { isHtmx, setFlash, toast } from "../ui/feedback";
import { loadAccessTab } from "./queries";
import { AccessPanel, ConfirmActionPanel, deadline } from "./views";
import { NEEDS_CONFIRMATION, showsCurrentState } from "./lifecycle";
import type { Child } from "hono/jsx";
import { ContactFrame } from "../contacts/views";
import { pageOrFragment } from "../ui/layout";
import { PortalPill } from "../ui/components";
import { portalStatus } from "./status";
import { takeFlash } from "../ui/feedback";

const actor = (c: Context<AppEnv>) => ({ id: c.var.advisor.id, name: c.var.advisor.name, email: c.var.advisor.email });

const accessAction = z.enum(["invite", "resend", "reset", "cancel_disable", "disable", "reenable", "reactivate"], {
  error: "That is not a portal access action.",
});

async function renderAccess(c: Context<AppEnv>, contactId: string, status: 200 | 409 | 422 = 200, replacement?: Child) {
  const data = await loadAccessTab(c.var.db, c.var.advisor.agencyId, contactId);
  if (!data) return c.notFound();
  const now = new Date();
  const panel = replacement ?? <AccessPanel {...data} now={now} />;
  const snapshot = data.account ? { status: data.account.status, newestTokenExpiresAt: deadline(data.newestToken) } : null;
  return pageOrFragment(
    c,
    () => (
      <ContactFrame agency={data.agency} advisorName={c.var.advisor.name} contact={data.contact} account={snapshot} tab="access" now={now} flash={takeFlash(c)}>
        {panel}
      </ContactFrame>
    ),
    () => (
      <>
        {panel}
        <span id="contact-pill" hx-swap-oob="true">
          <PortalPill status={portalStatus(snapshot, now)} />
        </span>
      </>
    ),
    status,
  );
}

export const portalAccessRoutes = new Hono<AppEnv>()
  .post("/trips/:tripId/travelers/:contactId/portal", async (c) => {
    const { tripId, contactId } = c.req.param();
    const agencyId = c.var.advisor.agencyId;
    if (!(await loadTraveler(c.var.db, agencyId, tripId, contactId))) return c.notFound();
    const outcome = await performPortalAction(advisorSendDeps(c), { agencyId, contactId, action: "send", actor: actor(c) });
    if (!outcome.ok && outcome.notFound) return c.notFound();
    const message = outcome.ok ? outcome.toast : outcome.refusal.message;
    const failed = !outcome.ok || (outcome.delivery !== null && !outcome.delivery.ok);
    if (!isHtmx(c)) {
      setFlash(c, message, failed ? "error" : "ok");
      return c.redirect(`/trips/${tripId}`, 303);
    }
    toast(c, message, failed ? "error" : "ok");
    const traveler = await loadTraveler(c.var.db, agencyId, tripId, contactId);
    const row = <TravelerRow tripId={tripId} traveler={traveler!} now={new Date()} />;
    if (!outcome.ok && !showsCurrentState(outcome.refusal)) {
      // The row stays as it was; the toast says why.
      c.header("HX-Reswap", "none");
      return c.html(row, 422);
    }
    return c.html(row, outcome.ok ? 200 : 409);
  })
  .get("/contacts/:contactId/access", (c) => renderAccess(c, c.req.param("contactId")))
  .post("/contacts/:contactId/access/:action", async (c) => {
    const contactId = c.req.param("contactId");
    const parsed = accessAction.safeParse(c.req.param("action"));
    if (!parsed.success) return c.text(parsed.error.issues[0]!.message, 404);
    const question = NEEDS_CONFIRMATION[parsed.data];
    if (question && !isHtmx(c) && (await c.req.parseBody()).confirmed !== "yes") {
      return renderAccess(c, contactId, 200, <ConfirmActionPanel contactId={contactId} action={parsed.data} question={question} />);
    }
    const outcome = await performPortalAction(advisorSendDeps(c), { agencyId: c.var.advisor.agencyId, contactId, action: parsed.data, actor: actor(c) });
    if (!outcome.ok && outcome.notFound) return c.notFound();
    const message = outcome.ok ? outcome.toast : outcome.refusal.message;
    const failed = !outcome.ok || (outcome.delivery !== null && !outcome.delivery.ok);
    if (!isHtmx(c)) {
      setFlash(c, message, failed ? "error" : "ok");
      return c.redirect(`/contacts/${contactId}/access`, 303);
    }
    toast(c, message, failed ? "error" : "ok");
    if (!outcome.ok && !showsCurrentState(outcome.refusal)) c.header("HX-Reswap", "none");
    return renderAccess(c, contactId, outcome.ok ? 200 : showsCurrentState(outcome.refusal) ? 409 : 422);
  })
  .post("/contacts/:contactId/archive", async (c) => {
    const contactId = c.req.param("contactId");
    const result = await archiveContact({ db: c.var.db, kv: c.var.kv }, c.var.advisor.agencyId, contactId, actor(c));
    if (!result.ok) return c.notFound();
    setFlash(c, result.changed ? "Contact archived. Their portal access is disabled." : "This contact was already archived.");
    return c.redirect(`/contacts/${contactId}`, 303);
  })
  .post("/contacts/:contactId/restore", async (c) => {
    const contactId = c.req.param("contactId");
    if (!(await restoreContact(c.var.db, c.var.advisor.agencyId, contactId))) return c.notFound();
    setFlash(c, "Contact restored. Portal access stays disabled until you re-enable it on the Access tab.");
    return c.redirect(`/contacts/${contactId}`, 303);
  });
