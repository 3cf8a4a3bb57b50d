// Advisor contact pages.
import { Hono } from "hono";
import type { AppEnv } from "../types";
import { takeFlash } from "../ui/feedback";
import { listContacts, loadContactPage } from "./queries";
import { ContactFrame, ContactInfo, ContactsPage } from "./views";

export const contactRoutes = new Hono<AppEnv>()
  .get("/", async (c) => {
    const { agency, contacts } = await listContacts(c.var.db, c.var.advisor.agencyId);
    return c.html(<ContactsPage agency={agency} advisorName={c.var.advisor.name} contacts={contacts} now={new Date()} />);
  })
  .get("/:contactId", async (c) => {
    const page = await loadContactPage(c.var.db, c.var.advisor.agencyId, c.req.param("contactId"));
    if (!page) return c.notFound();
    return c.html(
      <ContactFrame agency={page.agency} advisorName={c.var.advisor.name} contact={page.contact} account={page.account} tab="info" now={new Date()} flash={takeFlash(c)}>
        <ContactInfo contact={page.contact} trips={page.trips} />
      </ContactFrame>,
    );
  });
