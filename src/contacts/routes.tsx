// Advisor contact pages.
import { Hono } from "hono";
import type { AppEnv } from "../types";
import { setFlash, takeFlash } from "../ui/feedback";
import { contactForm, updateContact, type ContactFormErrors } from "./edit";
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
  })
  .post("/:contactId", async (c) => {
    const agencyId = c.var.advisor.agencyId;
    const contactId = c.req.param("contactId");
    const body = await c.req.parseBody();
    const form = Object.fromEntries(["firstName", "lastName", "email", "phone"].map((k) => [k, typeof body[k] === "string" ? (body[k] as string) : ""]));
    const parsed = contactForm.safeParse(form);
    if (!parsed.success) {
      const page = await loadContactPage(c.var.db, agencyId, contactId);
      if (!page) return c.notFound();
      const errors: ContactFormErrors = {};
      for (const issue of parsed.error.issues) errors[issue.path[0] as keyof ContactFormErrors] ??= issue.message;
      return c.html(
        <ContactFrame agency={page.agency} advisorName={c.var.advisor.name} contact={page.contact} account={page.account} tab="info" now={new Date()}>
          <ContactInfo contact={page.contact} trips={page.trips} errors={errors} values={form} />
        </ContactFrame>,
        422,
      );
    }
    if (!(await updateContact(c.var.db, agencyId, contactId, parsed.data, { id: c.var.advisor.id, name: c.var.advisor.name }))) return c.notFound();
    setFlash(c, "Contact saved.");
    return c.redirect(`/contacts/${contactId}`, 303);
  });
