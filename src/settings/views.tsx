import type { Agency } from "../db/schema";
import { GmailCard, type GmailCardProps } from "../gmail/views";
import { Card } from "../ui/components";
import type { Flash } from "../ui/feedback";
import { Field } from "../ui/form";
import { DashboardLayout } from "../ui/layout";

export type BrandingErrors = Partial<Record<"name" | "portalSlug" | "logoUrl" | "brandColor", string>>;

export function SettingsPage(props: {
  agency: Agency;
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
      <div class="grid-2">
        <Card title="Branding" id="branding">
          {Object.keys(e).length > 0 ? (
            <p class="alert alert-error" role="alert">
              Nothing was saved. Fix the fields marked below.
            </p>
          ) : null}
          <form method="post" action="/settings/branding" class="stack">
            <Field id="name" label="Agency name" value={v?.name ?? agency.name} error={e.name} required />
            <Field
              id="portalSlug"
              label="Portal slug"
              value={v?.portalSlug ?? agency.portalSlug ?? ""}
              error={e.portalSlug}
              hint="Your clients' portal lives at /portal/your-slug. Invites can't be sent until it is set; changing it makes earlier links stop working."
            />
            <Field
              id="logoUrl"
              label="Logo URL"
              type="text"
              value={v?.logoUrl ?? agency.logoUrl ?? ""}
              error={e.logoUrl}
              hint="A square image, https://…"
            />
            <Field
              id="brandColor"
              label="Brand color"
              value={v?.brandColor ?? agency.brandColor}
              error={e.brandColor}
              hint="Hex, like #1f6f78. Used in the portal and in emails."
            />
            <button type="submit" class="btn btn-primary">
              Save branding
            </button>
          </form>
        </Card>
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
            <button type="submit" class="btn">
              Save
            </button>
          </form>
        </Card>
        <GmailCard {...props.gmail} />
      </div>
    </DashboardLayout>
  );
}
