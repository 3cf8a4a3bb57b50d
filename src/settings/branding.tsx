// The Branding card's own parts: the preview of the portal button and the email header, the
// contrast warning, the time zone picker, and the page that asks before the portal slug moves.
import type { Agency } from "../db/schema";
import { timeZoneChoices } from "../i18n/format";
import { brandPalette, describeAdjustment } from "../ui/brand";
import { Card } from "../ui/components";
import { asset, DashboardLayout } from "../ui/layout";
import { LogoImg } from "../ui/logo";
import type { SlugFacts } from "./slug-change";

/**
 * The saved color as clients will see it (theme.css paints it, so it works without JavaScript);
 * public/js/branding.js repaints it and the warning as the advisor types another color.
 */
export function BrandPreview(props: { agencyName: string; brandColor: string; logoUrl: string | null }) {
  const warning = describeAdjustment(brandPalette(props.brandColor));
  return (
    <>
      <figure class="brand-preview" id="brand-preview">
        <figcaption class="hint">How clients see your color</figcaption>
        <div class="preview-mail" aria-hidden="true">
          {/* As emails show it: logo and name in ink on the card, the brand colour as a stripe above. */}
          <div class="preview-mail-head">
            {props.logoUrl ? <LogoImg src={props.logoUrl} height={24} maxWidth={96} /> : null}
            {props.agencyName}
          </div>
          <div class="preview-mail-body">
            <span class="preview-label">Invite email</span>
            <span class="btn btn-primary btn-small">Set your password</span>
          </div>
        </div>
        <div class="preview-portal" aria-hidden="true">
          <span class="preview-label">Client portal</span>
          <span class="btn btn-primary btn-small">Sign in</span>
          <span class="preview-link">Forgot password?</span>
        </div>
      </figure>
      <p class="alert alert-warn" id="brand-warning" role="status" hidden={!warning}>
        {warning}
      </p>
    </>
  );
}

/**
 * The logo upload: the current logo (or the name alone, as clients see it without one), a file
 * input for PNG or JPEG, and a box to remove it. A file chosen alongside a slug change that asks
 * first comes back as `pending`, already stored, and is saved with the answer.
 */
export function LogoField(props: {
  agencyName: string;
  current: string | null;
  pending: string | null;
  remove: boolean;
  error?: string;
}) {
  const shown = props.pending ?? props.current;
  const describedBy = ["logo-hint", props.error ? "logo-error" : ""].filter(Boolean).join(" ");
  return (
    <div class="field">
      <label for="logo">Logo</label>
      <div class="logo-current">
        {shown ? <LogoImg src={shown} height={40} maxWidth={160} /> : null}
        <span class="hint">
          {props.pending
            ? "New logo, saved when you save branding."
            : props.current
              ? "Your current logo."
              : "No logo: the portal and emails show your agency's name alone."}
        </span>
      </div>
      <p class="hint" id="logo-hint">
        PNG or JPEG, at most 1 MB. At least 80 pixels tall looks sharp in emails.
      </p>
      <input
        id="logo"
        name="logo"
        type="file"
        accept="image/png,image/jpeg"
        aria-describedby={describedBy}
        aria-invalid={props.error ? "true" : undefined}
      />
      {props.pending ? <input type="hidden" name="pendingLogo" value={props.pending} /> : null}
      {props.current || props.pending ? (
        <label class="check">
          <input type="checkbox" name="removeLogo" checked={props.remove} /> Remove the logo
        </label>
      ) : null}
      {props.error ? (
        <p class="field-error" id="logo-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** The agency's time zone; with none saved yet, branding.js preselects the advisor's own. */
export function TimeZoneField(props: { value: string | null; error?: string }) {
  const value = props.value ?? "UTC";
  const describedBy = ["timeZone-hint", props.error ? "timeZone-error" : ""].filter(Boolean).join(" ");
  return (
    <div class="field">
      <label for="timeZone">Time zone</label>
      <p class="hint" id="timeZone-hint">
        {props.value
          ? "Times on your dashboard show in this zone."
          : "Times on your dashboard show in this zone; until you save one they show in UTC."}
      </p>
      <select
        id="timeZone"
        name="timeZone"
        aria-describedby={describedBy}
        aria-invalid={props.error ? "true" : undefined}
        data-from-browser={props.value ? undefined : "true"}
      >
        {timeZoneChoices().map((zone) => (
          <option value={zone} selected={zone === value}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </select>
      {props.error ? (
        <p class="field-error" id="timeZone-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export function BrandingScript() {
  return <script src={asset("/js/branding.js")} defer></script>;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Asked before the portal slug changes while clients use the old address; works without JavaScript. */
export function SlugChangeConfirmPage(props: {
  agency: Pick<Agency, "name" | "brandColor" | "logoUrl" | "timeZone">;
  advisorName: string;
  from: string;
  to: string;
  facts: SlugFacts;
  /** Everything the Branding form sent, posted again with the answer. */
  values: Record<string, string>;
}) {
  const { from, to, facts } = props;
  const uses = [
    facts.liveAccounts > 0 ? `${plural(facts.liveAccounts, "client is", "clients are")} signed up or invited` : "",
    facts.liveLinks > 0
      ? `${plural(facts.liveLinks, "invite or reset link hasn't", "invite or reset links haven't")} been used yet`
      : "",
  ].filter(Boolean);
  return (
    <DashboardLayout
      title="Change your portal address?"
      agency={props.agency}
      advisorName={props.advisorName}
      active="settings"
    >
      <div class="page-header">
        <h1>Change your portal address?</h1>
      </div>
      <Card title="Your clients use the current address" id="slug-change">
        <p>
          Your portal moves from <strong>/portal/{from}</strong> to <strong>/portal/{to}</strong>. Right now{" "}
          {uses.join(" and ")}.
        </p>
        <p>
          Links in emails you already sent, bookmarks and the sign-in page all use the old address, and stop working
          unless it keeps redirecting. Clients who are signed in sign in again either way.
        </p>
        <form method="post" action="/settings/branding" class="stack">
          {Object.entries(props.values).map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          <input type="hidden" name="confirmedFrom" value={from} />
          <fieldset class="choices">
            <legend>What happens to /portal/{from}</legend>
            <label class="choice">
              <input type="radio" name="oldSlug" value="redirect" checked />
              <span>
                <strong>Keep the old address redirecting</strong>
                <span class="hint">
                  Links already sent, including unused invites, and bookmarks lead to /portal/{to}. No other agency can
                  take /portal/{from} while it redirects.
                </span>
              </span>
            </label>
            <label class="choice">
              <input type="radio" name="oldSlug" value="release" />
              <span>
                <strong>Let the old address go</strong>
                <span class="hint">
                  Everything at /portal/{from} stops working now: unused links say they are no longer valid, and you
                  send fresh invites from the new address.
                </span>
              </span>
            </label>
          </fieldset>
          <div class="actions">
            <button type="submit" class="btn btn-primary" id="confirm-slug-change">
              Change the address
            </button>
            <a href="/settings#branding" class="btn">
              Change nothing
            </a>
          </div>
        </form>
      </Card>
    </DashboardLayout>
  );
}
