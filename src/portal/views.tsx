// What the traveler sees: branded with the agency's name, logo and color, small, and
// working without JavaScript.
import type { Child } from "hono/jsx";
import type { PortalAgency } from "../db/agencies";
import { PASSWORD_RULES } from "../lib/password-policy";
import { DocumentItem, EmailAddress, formatDate } from "../ui/components";
import { SignInFields } from "../ui/form";
import { Document } from "../ui/layout";
import { LogoImg } from "../ui/logo";
import { PasskeyOffer, PasskeySignIn } from "./passkey-controls";

export function PortalCard(props: {
  agency: PortalAgency | null;
  title: string;
  children: Child;
  wide?: boolean;
  /** The page offers passkeys: their script comes too. */
  passkeys?: boolean;
}) {
  const name = props.agency?.agencyName ?? "Trips";
  return (
    <Document
      title={`${props.title} · ${name}`}
      brandColor={props.agency?.brandColor}
      bodyClass="portal"
      scripts={props.passkeys ? "portal+passkeys" : "portal"}
    >
      <main class={props.wide ? "auth-card wide" : "auth-card"}>
        <div class="auth-brand">
          {/* Without a logo, the agency's name alone (SPEC §6). */}
          {props.agency?.logoUrl ? <LogoImg src={props.agency.logoUrl} height={36} maxWidth={144} /> : null}
          <span>{name}</span>
        </div>
        {props.children}
      </main>
    </Document>
  );
}

function Errors(props: { errors?: string[] }) {
  if (!props.errors?.length) return null;
  return (
    <div class="alert alert-error" role="alert" id="form-errors">
      {props.errors.map((e) => (
        <p class="m0">{e}</p>
      ))}
    </div>
  );
}

export function ClaimPage(props: {
  agency: PortalAgency;
  purpose: "invite" | "reset";
  firstName: string;
  /** The sign-in email the account is for: shown, and given to password managers. */
  email: string;
  expiresAt: Date;
  action: string;
  errors?: string[];
}) {
  const title = props.purpose === "invite" ? "Set your password" : "Choose a new password";
  return (
    <PortalCard agency={props.agency} title={title}>
      <h1>{title}</h1>
      <p>
        {props.purpose === "invite"
          ? `Welcome, ${props.firstName}. Set a password for your ${props.agency.agencyName} trip portal and you're in.`
          : `Hi ${props.firstName}, choose a new password for your trip portal.`}
      </p>
      <p class="claim-facts">
        You'll sign in as <strong>{props.email}</strong>. This link works until{" "}
        <time datetime={props.expiresAt.toISOString()}>{formatDate(props.expiresAt)}</time>.
      </p>
      <p class="hint" id="pw-rules">
        {PASSWORD_RULES}
      </p>
      <Errors errors={props.errors} />
      <form method="post" action={props.action} class="stack">
        {/* Password managers save the new password under this name. */}
        <input type="text" name="username" value={props.email} autocomplete="username" hidden readonly />
        <label for="password">New password</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="new-password"
          minlength={12}
          maxlength={128}
          required
          aria-describedby="pw-rules"
          data-reveal
        />
        <label for="confirm">Confirm password</label>
        <input
          id="confirm"
          name="confirm"
          type="password"
          autocomplete="new-password"
          minlength={12}
          maxlength={128}
          required
        />
        <button type="submit" class="btn btn-primary btn-block">
          {props.purpose === "invite" ? "Set password and sign in" : "Save new password"}
        </button>
      </form>
    </PortalCard>
  );
}

export function FreshLinkForm(props: { slug: string; label?: string }) {
  return (
    <form method="post" action={`/portal/${props.slug}/forgot`} class="stack">
      <label for="email">Your email</label>
      <input id="email" name="email" type="email" autocomplete="email" required />
      <button type="submit" class="btn btn-primary btn-block">
        {props.label ?? "Email me a fresh link"}
      </button>
    </form>
  );
}

export function LinkInvalidPage(props: { agency: PortalAgency | null }) {
  const slug = props.agency?.slug;
  return (
    <PortalCard agency={props.agency} title="Link no longer valid">
      <h1>That link is no longer valid.</h1>
      <p>Portal links work once and expire after 7 days, and only the newest one works. </p>
      {slug ? (
        <>
          <p>
            Already set a password? <a href={`/portal/${slug}/login`}>Sign in</a>.
          </p>
          <p>Otherwise, enter your email and we'll send you a fresh link.</p>
          <FreshLinkForm slug={slug} />
        </>
      ) : (
        <p>Ask your travel advisor for a new invite.</p>
      )}
    </PortalCard>
  );
}

export function TooManyAttemptsPage(props: { agency: PortalAgency | null; message: string }) {
  return (
    <PortalCard agency={props.agency} title="Too many attempts">
      <h1>Too many attempts</h1>
      <p class="alert alert-error" role="alert">
        {props.message}
      </p>
      <p>If your link worked before, it still does: open it again in a minute.</p>
    </PortalCard>
  );
}

export function PortalLoginPage(props: {
  agency: PortalAgency;
  email?: string;
  /** The email is known (after a reset): the cursor waits in the password field. */
  focusPassword?: boolean;
  errors?: string[];
  notice?: string;
}) {
  return (
    <PortalCard agency={props.agency} title="Sign in" passkeys>
      <h1>Sign in to your trip portal</h1>
      {props.notice ? (
        <p class="alert alert-ok" role="status">
          {props.notice}
        </p>
      ) : null}
      <Errors errors={props.errors} />
      <form method="post" action={`/portal/${props.agency.slug}/login`} class="stack">
        <SignInFields email={props.email} focusPassword={props.focusPassword} passkeyAutofill />
        {/* Forgotten password, or none to type: the same email, a code by email instead (SPEC §13). */}
        <button
          type="submit"
          class="btn btn-block"
          formaction={`/portal/${props.agency.slug}/login/code/send`}
          formnovalidate
        >
          Email me a sign-in code
        </button>
      </form>
      <PasskeySignIn slug={props.agency.slug ?? ""} />
      <p class="center">
        <a href={`/portal/${props.agency.slug}/forgot`}>Forgot password?</a>
      </p>
    </PortalCard>
  );
}

export function ForgotPage(props: {
  agency: PortalAgency;
  /** The address the link was asked for (the answer is the same whether or not it has an account). */
  sent?: { email: string; expiresAt: Date };
  errors?: string[];
}) {
  return (
    <PortalCard agency={props.agency} title="Forgot password">
      <h1>Forgot your password?</h1>
      {props.sent ? (
        <div class="alert alert-ok" role="status" id="forgot-sent">
          <p class="m0">
            If{" "}
            <strong>
              <EmailAddress email={props.sent.email} />
            </strong>{" "}
            has access to this portal, a link is on its way to it. The link works once and expires in 7 days, on{" "}
            {formatDate(props.sent.expiresAt)}.
          </p>
          <p class="m0">
            Nothing in a few minutes? Check your spam or junk folder, or ask {props.agency.agencyName} which email they
            have on file.
          </p>
        </div>
      ) : (
        <>
          <p>Enter the email your travel advisor has on file and we'll send you a link to choose a new password.</p>
          <Errors errors={props.errors} />
          <FreshLinkForm slug={props.agency.slug ?? ""} label="Email me a link" />
        </>
      )}
      <p class="center">
        <a href={`/portal/${props.agency.slug}/login`}>Back to sign in</a>
      </p>
    </PortalCard>
  );
}

type HomeTrip = { id: string; title: string; destination: string; startsOn: string; endsOn: string };
type HomeDoc = {
  id: string;
  tripId: string;
  kind: "invoice" | "proposal";
  title: string;
  amountCents: number;
  currency: string;
  firstSharedAt: Date | null;
};

/** Who to ask: the advisor, by name and email, under the agency's name and logo. */
export function AdvisorCard(props: { agency: PortalAgency; advisor: { name: string; email: string } | null }) {
  const { agency, advisor } = props;
  return (
    <aside class="advisor-card" aria-label="Your travel advisor">
      {agency.logoUrl ? <LogoImg src={agency.logoUrl} height={40} maxWidth={160} /> : null}
      <div>
        <p class="m0">
          <strong>{advisor ? advisor.name : agency.agencyName}</strong>
          {advisor ? <span class="muted"> · {agency.agencyName}</span> : null}
        </p>
        {advisor?.email ? (
          <p class="m0">
            <a href={`mailto:${advisor.email}`}>
              <EmailAddress email={advisor.email} />
            </a>
          </p>
        ) : (
          <p class="m0 muted">Your travel advisor</p>
        )}
      </div>
    </aside>
  );
}

export function PortalHomePage(props: {
  agency: PortalAgency;
  firstName: string;
  advisor: { name: string; email: string } | null;
  trips: HomeTrip[];
  documents: (HomeDoc & { sharedOnTrip: number })[];
  page: number;
  hasMore: boolean;
  /** Showing one trip with all its documents. */
  oneTrip: boolean;
  /** Just after an invite claim: offer "Add a passkey" (SPEC §13). */
  offerPasskey?: boolean;
}) {
  const home = `/portal/${props.agency.slug}`;
  return (
    <PortalCard agency={props.agency} title="Your trips" wide passkeys={props.offerPasskey}>
      <div class="portal-head">
        <h1>Hi {props.firstName}</h1>
        <div class="portal-head-actions">
          <a href={`${home}/security`} class="btn btn-quiet">
            Sign-in &amp; security
          </a>
          <form method="post" action={`${home}/logout`}>
            <button type="submit" class="btn btn-quiet">
              Sign out
            </button>
          </form>
        </div>
      </div>
      {props.oneTrip ? (
        <p>
          <a href={home}>← All your trips</a>
        </p>
      ) : null}
      {props.offerPasskey ? <PasskeyOffer slug={props.agency.slug ?? ""} /> : null}
      <AdvisorCard agency={props.agency} advisor={props.advisor} />
      {props.trips.length === 0 ? (
        <p class="empty">
          Your trips will appear here, with the itineraries, invoices and proposals {props.agency.agencyName} shares
          with you. Questions? {props.advisor ? `Write to ${props.advisor.name}` : "Contact your advisor"}.
        </p>
      ) : null}
      {props.trips.map((t) => {
        const docs = props.documents.filter((d) => d.tripId === t.id);
        const more = (docs[0]?.sharedOnTrip ?? 0) - docs.length;
        return (
          <section class="portal-trip" aria-label={t.title} id={`trip-${t.id}`}>
            <h2>{t.title}</h2>
            <p class="muted">
              {t.destination} · {formatDate(t.startsOn)} – {formatDate(t.endsOn)}
            </p>
            {docs.length === 0 ? (
              <p class="empty">
                Nothing shared on this trip yet. Invoices and proposals appear here as soon as{" "}
                {props.advisor ? props.advisor.name : props.agency.agencyName} shares them; ask them if you're expecting
                one.
              </p>
            ) : (
              <ul class="doc-list">
                {docs.map((d) => (
                  <DocumentItem document={d} href={`${home}/documents/${encodeURIComponent(d.id)}`} />
                ))}
              </ul>
            )}
            {more > 0 ? (
              <p>
                <a href={`${home}?trip=${encodeURIComponent(t.id)}`}>
                  {more === 1 ? "1 more document" : `${more} more documents`} for this trip
                </a>
              </p>
            ) : null}
          </section>
        );
      })}
      {!props.oneTrip && (props.page > 1 || props.hasMore) ? (
        <nav class="pager" aria-label="Trip pages">
          {props.page > 1 ? (
            <a href={props.page === 2 ? home : `${home}?page=${props.page - 1}`} class="btn">
              ← Previous trips
            </a>
          ) : (
            <span />
          )}
          {props.hasMore ? (
            <a href={`${home}?page=${props.page + 1}`} class="btn">
              More trips →
            </a>
          ) : null}
        </nav>
      ) : null}
    </PortalCard>
  );
}
