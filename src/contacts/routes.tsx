// Advisor contact pages: the list, Contact info (edit, archive, restore) and the Access tab
// with its portal actions. Handlers parse, call portal-access or the contact queries, and
// render; answers go out through answerAction (toast, or flash and redirect without JS).
import { type Context, Hono } from "hono";
import type { Child } from "hono/jsx";
import * as z from "zod/mini";
import { formRefused } from "../http/errors";
import { dashboardContext } from "../i18n/format";
import { validForm } from "../lib/forms";
import { readPageRequest, readSearch } from "../lib/keyset";
import {
  ACCESS_HEADING_ID,
  AccessPanel,
  advisorSendDeps,
  archiveContact,
  ConfirmActionPanel,
  loadAccessTab,
  NEEDS_CONFIRMATION,
  nameTheContact,
  PortalPill,
  performPortalAction,
  portalStatus,
  restoreContact,
  showsCurrentState,
  snapshotOf,
} from "../portal-access";
import type { AppEnv } from "../types";
import { fullName } from "../ui/components";
import { answerAction, setFlash, takeFlash } from "../ui/feedback";
import { pageOrFragment } from "../ui/layout";
import { contactForm, updateContact } from "./edit";
import { contactCursor, listContacts, loadContactName, loadContactPage } from "./queries";
import { ContactFrame, ContactInfo, ContactResults, ContactsPage } from "./views";

const actor = (c: Context<AppEnv>) => ({
  id: c.get("advisor").id,
  name: c.get("advisor").name,
  email: c.get("advisor").email,
});

/** A refusal that names the traveler it is about (lifecycle.ts words it as "this contact"). */
async function namedRefusal(c: Context<AppEnv>, contactId: string, message: string): Promise<string> {
  const contact = await loadContactName(c.get("db"), c.get("advisor").agencyId, contactId);
  return contact ? nameTheContact(message, fullName(contact)) : message;
}

const accessAction = z.enum(["invite", "resend", "reset", "cancel_disable", "disable", "reenable", "reactivate"]);
const confirmForm = z.object({ confirmed: z.string() });

async function renderContactInfo(
  c: Context<AppEnv>,
  contactId: string,
  form?: { errors: Record<string, string>; values: Record<string, string> },
) {
  const page = await loadContactPage(c.get("db"), c.get("advisor").agencyId, contactId);
  if (!page) return c.notFound();
  return c.html(
    <ContactFrame
      agency={page.agency}
      advisorName={c.get("advisor").name}
      contact={page.contact}
      account={page.account}
      tab="info"
      now={new Date()}
      flash={form ? undefined : takeFlash(c)}
    >
      <ContactInfo
        rc={dashboardContext(page.agency.timeZone)}
        agencyLanguage={page.agency.portalLanguage}
        contact={page.contact}
        trips={page.trips}
        errors={form?.errors}
        values={form?.values}
        focus={form?.errors && Object.keys(form.errors)[0] === "email" ? "email" : c.req.query("focus")}
      />
    </ContactFrame>,
    form ? 422 : 200,
  );
}

async function renderAccess(
  c: Context<AppEnv>,
  contactId: string,
  opts: { status?: 200 | 409 | 422; replacement?: Child; afterAction?: boolean } = {},
) {
  const data = await loadAccessTab(c.get("db"), c.get("advisor").agencyId, contactId);
  if (!data) return c.notFound();
  const now = new Date();
  const panel = opts.replacement ?? (
    <AccessPanel {...data} portalSlug={data.agency.portalSlug} now={now} focusHeading={opts.afterAction} />
  );
  const snapshot = snapshotOf(data.account, data.newestToken);
  return pageOrFragment(
    c,
    () => (
      <ContactFrame
        agency={data.agency}
        advisorName={c.get("advisor").name}
        contact={data.contact}
        account={snapshot}
        tab="access"
        now={now}
        flash={takeFlash(c)}
      >
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
    opts.status,
  );
}

export const contactRoutes = new Hono<AppEnv>()
  .get("/", async (c) => {
    const { q, cut } = readSearch(c.req.query("q"));
    const { agency, page } = await listContacts(c.get("db"), c.get("advisor").agencyId, {
      q,
      page: readPageRequest(c.req.query(), contactCursor),
    });
    const now = new Date();
    return pageOrFragment(
      c,
      () => <ContactsPage agency={agency} advisorName={c.get("advisor").name} q={q} qCut={cut} page={page} now={now} />,
      // The fragment has no page frame to give it the agency's time zone, so it brings its own.
      () => <ContactResults q={q} page={page} now={now} rc={dashboardContext(agency.timeZone)} />,
    );
  })
  .get("/:contactId", (c) => renderContactInfo(c, c.req.param("contactId")))
  .post(
    "/:contactId",
    validForm(contactForm, (c: Context<AppEnv>, invalid) =>
      renderContactInfo(c, c.req.param("contactId") ?? "", invalid),
    ),
    async (c) => {
      const contactId = c.req.param("contactId");
      const values = c.req.valid("form");
      const saved = await updateContact(
        { db: c.get("db"), kv: c.get("kv") },
        c.get("advisor").agencyId,
        contactId,
        values,
        actor(c),
      );
      if (!saved.ok && saved.notFound) return c.notFound();
      if (!saved.ok)
        return renderContactInfo(c, contactId, {
          errors: { email: saved.refusal.message },
          values: { ...values, email: values.email ?? "", phone: values.phone ?? "", language: values.language ?? "" },
        });
      if (!saved.cutOff) {
        setFlash(c, "Contact saved.");
        return c.redirect(`/contacts/${contactId}`, 303);
      }
      // The old address is cut off: the Access tab says what happened and offers the way back in.
      setFlash(
        c,
        `Contact saved. Portal access through ${saved.oldEmail ?? "the old address"} has ended: its links, sessions and password no longer work.` +
          (saved.cutOff.to === "pending" && values.email
            ? ` Send an invite to ${values.email} to let ${values.firstName} back in.`
            : ""),
      );
      return c.redirect(`/contacts/${contactId}/access`, 303);
    },
  )
  .post("/:contactId/archive", async (c) => {
    const contactId = c.req.param("contactId");
    const result = await archiveContact(
      { db: c.get("db"), kv: c.get("kv") },
      c.get("advisor").agencyId,
      contactId,
      actor(c),
    );
    if (!result.ok && result.notFound) return c.notFound();
    setFlash(
      c,
      result.ok
        ? "Contact archived. Their portal access is disabled."
        : await namedRefusal(c, contactId, result.refusal.message),
      result.ok ? "ok" : "error",
    );
    return c.redirect(`/contacts/${contactId}`, 303);
  })
  .post("/:contactId/restore", async (c) => {
    const contactId = c.req.param("contactId");
    const result = await restoreContact(c.get("db"), c.get("advisor").agencyId, contactId);
    if (!result.ok && result.notFound) return c.notFound();
    setFlash(
      c,
      !result.ok
        ? await namedRefusal(c, contactId, result.refusal.message)
        : result.accountStaysDisabled
          ? "Contact restored. Portal access stays disabled until you re-enable it on the Access tab."
          : "Contact restored.",
      result.ok ? "ok" : "error",
    );
    return c.redirect(`/contacts/${contactId}`, 303);
  })
  .get("/:contactId/access", (c) => renderAccess(c, c.req.param("contactId")))
  .post("/:contactId/access/:action", validForm(confirmForm, formRefused), async (c) => {
    const contactId = c.req.param("contactId");
    const parsed = accessAction.safeParse(c.req.param("action"));
    if (!parsed.success) return c.notFound();
    const action = parsed.data;
    const question = NEEDS_CONFIRMATION[action];
    // htmx asked with hx-confirm already; a plain form post confirms on a page of its own.
    if (question && c.req.header("HX-Request") !== "true" && c.req.valid("form").confirmed !== "yes") {
      return renderAccess(c, contactId, {
        replacement: <ConfirmActionPanel contactId={contactId} action={action} question={question} />,
      });
    }
    const outcome = await performPortalAction(advisorSendDeps(c), {
      agencyId: c.get("advisor").agencyId,
      contactId,
      action,
      actor: actor(c),
    });
    if (!outcome.ok && outcome.notFound) return c.notFound();
    const staleOrOk = outcome.ok || showsCurrentState(outcome.refusal);
    return answerAction(c, {
      message: outcome.ok ? outcome.toast : await namedRefusal(c, contactId, outcome.refusal.message),
      failed: !outcome.ok || (outcome.delivery !== null && !outcome.delivery.ok),
      // Without JavaScript the page lands on the panel's heading, as the swap focuses it with htmx.
      redirectTo: `/contacts/${contactId}/access#${ACCESS_HEADING_ID}`,
      fragment: () => {
        // A refusal that is not about the state leaves the panel as it was; the toast says why.
        if (!staleOrOk) c.header("HX-Reswap", "none");
        return renderAccess(c, contactId, { status: outcome.ok ? 200 : staleOrOk ? 409 : 422, afterAction: true });
      },
    });
  });
