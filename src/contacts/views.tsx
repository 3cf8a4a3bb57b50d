// Contact list and the contact page with its tabs (Contact info, Access).
import type { Child } from "hono/jsx";
import type { Contact } from "../db/schema";
import { dashboardContext, formatCalendarDate, formatDate, type RenderContext } from "../i18n/format";
import type { FieldErrors } from "../lib/forms";
import type { Page } from "../lib/keyset";
import { type PortalAccountSnapshot, PortalPill, portalStatus } from "../portal-access";
import { Badge, Card, EmptyState, fullName } from "../ui/components";
import type { Flash } from "../ui/feedback";
import { Field, LanguageField } from "../ui/form";
import { DashboardLayout, type ShellAgency } from "../ui/layout";
import { ListSearch, Pager } from "../ui/list-controls";
import { When } from "../ui/time";
import type { ContactValues } from "./edit";

type ContactSummary = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  archivedAt: Date | null;
  account: PortalAccountSnapshot | null;
  /** The newest sign-in or claim, null if the account never got in. */
  lastSignInAt: Date | null;
};

export function ContactsPage(props: {
  agency: ShellAgency;
  advisorName: string;
  q: string;
  qCut?: boolean;
  page: Page<ContactSummary>;
  now: Date;
}) {
  return (
    <DashboardLayout title="Contacts" agency={props.agency} advisorName={props.advisorName} active="contacts">
      <div class="page-header">
        <h1>Contacts</h1>
      </div>
      <ListSearch
        action="/contacts"
        q={props.q}
        cut={props.qCut}
        label="Search contacts"
        placeholder="Search by name or email"
        target="contact-results"
      />
      <ContactResults q={props.q} page={props.page} now={props.now} rc={dashboardContext(props.agency.timeZone)} />
    </DashboardLayout>
  );
}

/** The list and its pager: what a search swaps in place. */
export function ContactResults(props: { q: string; page: Page<ContactSummary>; now: Date; rc: RenderContext }) {
  const { rows } = props.page;
  return (
    <section id="contact-results" aria-label="Contacts" aria-live="polite">
      {rows.length === 0 ? (
        <EmptyState>{props.q ? `No contact matches “${props.q}”.` : "No contacts yet."}</EmptyState>
      ) : (
        <section class="table-wrap" aria-label="Contact list" tabindex={0}>
          <table class="table stack-on-phone">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Portal</th>
                <th scope="col">Last sign-in</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr>
                  <td>
                    <a href={`/contacts/${c.id}`}>{fullName(c)}</a>{" "}
                    {c.archivedAt ? <Badge tone="muted">Archived</Badge> : null}
                  </td>
                  <td>{c.email ?? <span class="muted">No email on file</span>}</td>
                  <td>
                    <PortalPill status={portalStatus(c.account, props.now)} />
                  </td>
                  <td>{c.account ? <LastSignIn at={c.lastSignInAt} now={props.now} rc={props.rc} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <Pager
        action="/contacts"
        q={props.q}
        previous={props.page.previous}
        next={props.page.next}
        label="Contact pages"
      />
    </section>
  );
}

/** The header names the column; stacked on a phone, the cell names itself (the header is hidden). */
function LastSignIn(props: { at: Date | null; now: Date; rc: RenderContext }) {
  return (
    <>
      <span class="cell-label" aria-hidden="true">
        Last sign-in:{" "}
      </span>
      {props.at ? <When rc={props.rc} at={props.at} now={props.now} /> : <span class="muted">Never</span>}
    </>
  );
}

export type ContactTab = "info" | "access";

export function ContactFrame(props: {
  agency: ShellAgency;
  advisorName: string;
  contact: Contact;
  account: PortalAccountSnapshot | null;
  tab: ContactTab;
  now: Date;
  flash?: Flash;
  children: Child;
}) {
  const { contact } = props;
  const tab = (id: ContactTab, href: string, label: string) => (
    <a href={href} class={props.tab === id ? "tab active" : "tab"} aria-current={props.tab === id ? "page" : undefined}>
      {label}
    </a>
  );
  return (
    <DashboardLayout
      title={fullName(contact)}
      agency={props.agency}
      advisorName={props.advisorName}
      active="contacts"
      flash={props.flash}
    >
      <nav class="crumbs" aria-label="Breadcrumb">
        <a href="/contacts">Contacts</a> / <span>{fullName(contact)}</span>
      </nav>
      <div class="page-header split">
        <div>
          <h1>
            {fullName(contact)} {contact.archivedAt ? <Badge tone="muted">Archived</Badge> : null}
          </h1>
          {/* The Access tab shows the state in its own panel: once on a page is enough. */}
          <p class="subtitle" hidden={props.tab === "access"}>
            <span id="contact-pill">
              <PortalPill status={portalStatus(props.account, props.now)} />
            </span>
          </p>
        </div>
        {/* Restoring is the way back in, so it stays up here; archiving sits at the foot of Contact info. */}
        {contact.archivedAt ? (
          <form method="post" action={`/contacts/${contact.id}/restore`}>
            <button type="submit" class="btn" id="restore">
              Restore contact
            </button>
          </form>
        ) : null}
      </div>
      <nav class="tabs" aria-label="Contact sections">
        {tab("info", `/contacts/${contact.id}`, "Contact info")}
        {tab("access", `/contacts/${contact.id}/access`, "Access")}
      </nav>
      <div class="tab-panel">{props.children}</div>
    </DashboardLayout>
  );
}

/**
 * Archiving is rare and reaches into portal access, so it is not a header button: it sits below
 * the contact's details and says what it does before anyone presses it.
 */
function ArchiveContact(props: { contact: Contact }) {
  const { contact } = props;
  const name = fullName(contact);
  return (
    <Card title="Archive this contact" class="danger-zone">
      <p>
        Archiving {name} turns off their client portal: portal access is disabled, they are signed out at once, and the
        invite or password links already emailed to them stop working. They can't be invited while archived.
      </p>
      <p class="hint">
        Their details and trips stay as they are. You can restore the contact at any time; portal access then stays off
        until you re-enable it on the Access tab.
      </p>
      <form
        method="post"
        action={`/contacts/${contact.id}/archive`}
        class="confirm-form"
        data-confirm={`Archive ${name}? Their portal access is disabled, they are signed out and their links stop working. You can restore the contact later.`}
      >
        <button type="submit" class="btn btn-danger" id="archive">
          Archive contact
        </button>
      </form>
    </Card>
  );
}

export function ContactInfo(props: {
  rc: RenderContext;
  /** The agency's portal language, which "Agency default" means today. */
  agencyLanguage: string;
  contact: Contact;
  trips: { id: string; title: string; startsOn: string; isPrimary: boolean }[];
  errors?: FieldErrors<ContactValues>;
  /** A field to put the cursor in (the trip page's "Add an email" leads here). */
  focus?: string;
  values?: Record<string, string>;
}) {
  const { contact } = props;
  const v = props.values;
  return (
    <>
      <div class="grid-2">
        <Card title="Core identity">
          {props.errors && Object.keys(props.errors).length > 0 ? (
            <p class="alert alert-error" role="alert">
              Nothing was saved. Fix the fields marked below.
            </p>
          ) : null}
          <form method="post" action={`/contacts/${contact.id}`} class="stack">
            <Field
              id="firstName"
              label="First name"
              value={v?.firstName ?? contact.firstName}
              error={props.errors?.firstName}
              required
              autocomplete="off"
            />
            <Field
              id="lastName"
              label="Last name"
              value={v?.lastName ?? contact.lastName}
              error={props.errors?.lastName}
              required
              autocomplete="off"
            />
            <Field
              id="email"
              label="Email"
              type="email"
              value={v?.email ?? contact.email ?? ""}
              error={props.errors?.email}
              hint="Portal invites go to this address."
              autofocus={props.focus === "email"}
            />
            <Field
              id="phone"
              label="Phone"
              type="tel"
              value={v?.phone ?? contact.phone ?? ""}
              error={props.errors?.phone}
            />
            <LanguageField
              id="language"
              label="Language"
              hint="The portal, its sign-in pages and every portal email reach this traveler in this language."
              value={v ? v.language || null : contact.language}
              agencyDefault={props.agencyLanguage}
              error={props.errors?.language}
            />
            <p class="hint">
              {contact.archivedAt ? `Archived ${formatDate(props.rc, contact.archivedAt)}.` : "Active contact."}
            </p>
            <button type="submit" class="btn btn-primary">
              Save contact
            </button>
          </form>
        </Card>
        <Card title="Trips">
          {props.trips.length === 0 ? (
            <EmptyState>Not on any trip.</EmptyState>
          ) : (
            <ul class="plain-list">
              {props.trips.map((t) => (
                <li>
                  <a href={`/trips/${t.id}`}>{t.title}</a>{" "}
                  <span class="muted">{formatCalendarDate(props.rc, t.startsOn)}</span>{" "}
                  {t.isPrimary ? <Badge>Primary</Badge> : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      {contact.archivedAt ? null : <ArchiveContact contact={contact} />}
    </>
  );
}
