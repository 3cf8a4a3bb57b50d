import type { Agency } from "../db/schema";
import { GmailCard, type GmailCardProps } from "../gmail/views";
import { Card } from "../ui/components";
import type { Flash } from "../ui/feedback";
import { Field, LanguageField } from "../ui/form";
import { DashboardLayout } from "../ui/layout";
import { BrandingScript, BrandPreview, LogoField, TimeZoneField } from "./branding";

export type BrandingErrors = Partial<
  Record<
    | "name"
    | "portalSlug"
    | "logo"
    | "pendingLogo"
    | "removeLogo"
    | "brandColor"
    | "timeZone"
    | "confirmedFrom"
    | "oldSlug",
    string
  >
>;

export function SettingsPage(props: {
  agency: Agency;
  /** Old slugs that still redirect to this portal. */
  oldSlugs?: string[];
  /** Where links in emails point (the configured base URL): the slug is shown as the address it makes. */
  portalBaseUrl: string;
  gmail: GmailCardProps;
  advisorName: string;
  flash?: Flash;
  brandingErrors?: BrandingErrors;
  brandingValues?: Record<string, string>;
}) {
  const { agency } = props;
  const v = props.brandingValues;
  const e = props.brandingErrors ?? {};
  return (
    <DashboardLayout
      title="Settings"
      agency={agency}
      advisorName={props.advisorName}
      active="settings"
      flash={props.flash}
    >
      <div class="page-header">
        <h1>Settings</h1>
      </div>
      {/* Branding is the long form: it takes the wide column, the two short cards sit beside it. */}
      <div class="settings-layout">
        <Card title="Branding" id="branding">
          {Object.keys(e).length > 0 ? (
            <p class="alert alert-error" role="alert">
              {/* The confirmation step's answers have no field of their own to mark. */}
              Nothing was saved. {e.oldSlug ?? e.confirmedFrom ?? "Fix the fields marked below."}
            </p>
          ) : null}
          <form method="post" action="/settings/branding" class="stack" enctype="multipart/form-data">
            <Field id="name" label="Agency name" value={v?.name ?? agency.name} error={e.name} required />
            <Field
              id="portalSlug"
              label="Portal slug"
              value={v?.portalSlug ?? agency.portalSlug ?? ""}
              error={e.portalSlug}
              hint={`Your clients' portal lives at ${props.portalBaseUrl}/portal/your-slug. Invites can't be sent until it is set; changing it asks first, since links already sent use it.${
                props.oldSlugs?.length
                  ? ` Old addresses that forward here: ${props.oldSlugs.map((s) => `/portal/${s}`).join(", ")}.`
                  : ""
              }`}
            />
            {agency.portalSlug ? (
              <p class="portal-address" id="portal-address">
                Your portal's address:{" "}
                <a href={`/portal/${agency.portalSlug}/login`}>
                  {props.portalBaseUrl}/portal/{agency.portalSlug}
                </a>
              </p>
            ) : null}
            <LogoField
              agencyName={agency.name}
              current={agency.logoUrl}
              pending={v?.pendingLogo || null}
              remove={v?.removeLogo === "on"}
              error={e.logo ?? e.pendingLogo ?? e.removeLogo}
            />
            <Field
              id="brandColor"
              label="Brand color"
              value={v?.brandColor ?? agency.brandColor}
              error={e.brandColor}
              hint="Hex, like #1f6f78. Used in the portal and in emails."
            />
            <BrandPreview agencyName={agency.name} brandColor={agency.brandColor} logoUrl={agency.logoUrl} />
            <fieldset class="form-section">
              <legend>Your dashboard</legend>
              <TimeZoneField value={v?.timeZone || agency.timeZone} error={e.timeZone} />
            </fieldset>
            <p class="hint" id="branding-save-hint">
              This button saves the branding above and the time zone.
            </p>
            <button type="submit" class="btn btn-primary" aria-describedby="branding-save-hint">
              Save branding and time zone
            </button>
          </form>
        </Card>
        <div class="settings-side">
          <Card title="Client portal" id="client-portal">
            <form method="post" action="/settings/portal" class="stack">
              <label class="check">
                <input type="checkbox" name="autoInviteOnFirstShare" checked={agency.autoInviteOnFirstShare} /> Send a
                portal invite on first share
              </label>
              <p class="hint">
                The first time you share an invoice or proposal on a trip, the primary traveler (or the first traveler
                with an email) gets a portal invite through Postmark, unless they already have a portal account.
              </p>
              <label class="check">
                <input type="checkbox" name="remindBeforeExpiry" checked={agency.remindBeforeExpiry} /> Remind travelers
                once before an invite expires
              </label>
              <p class="hint">
                About a day before an unclaimed invite expires, the traveler gets one reminder with a fresh link (the
                link in the first email stops working). Never twice for the same invite, and never to archived contacts,
                disabled access or an address that bounced.
              </p>
              <LanguageField
                id="portalLanguage"
                label="Portal language"
                hint="What travelers read the portal, its sign-in pages and its emails in, unless their contact info names another language. Your dashboard stays in English."
                value={agency.portalLanguage}
              />
              <button type="submit" class="btn">
                Save
              </button>
            </form>
          </Card>
          <GmailCard {...props.gmail} />
        </div>
      </div>
      <BrandingScript />
    </DashboardLayout>
  );
}
