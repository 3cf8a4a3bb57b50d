// What the traveler sees: branded with the agency's name, logo and color, small, and
// working without JavaScript.
import type { Child } from "hono/jsx";
import type { PortalAgency } from "../db/agencies";
import { formatDate, type RenderContext } from "../i18n/format";
import { htmlLang, LOCALE_NAMES, LOCALES } from "../i18n/locales";
import { m } from "../i18n/messages";
import { PASSWORD_RULES } from "../lib/password-policy";
import { EmailAddress } from "../ui/components";
import { SignInFields } from "../ui/form";
import { Document } from "../ui/layout";
import { LogoImg } from "../ui/logo";
import { PasskeySignIn } from "./passkey-controls";

/**
 * How the page offers the other languages (SPEC §14): plain links (`?lang=es`) before we know who
 * is reading, or a form that saves the choice on a signed-in traveler's contact.
 */
export type LanguageChoice = { links: true } | { saveAt: string; back: string };

export function PortalCard(props: {
  rc: RenderContext;
  agency: PortalAgency | null;
  title: string;
  children: Child;
  wide?: boolean;
  /** The page offers passkeys: their script comes too. */
  passkeys?: boolean;
  languages?: LanguageChoice;
}) {
  const name = props.agency?.agencyName ?? "Trips";
  return (
    <Document
      title={`${props.title} · ${name}`}
      lang={htmlLang(props.rc.locale)}
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
      {props.languages ? <LanguageNav rc={props.rc} choice={props.languages} /> : null}
    </Document>
  );
}

/** The other four languages, each by its own name and marked as that language for screen readers. */
function LanguageNav(props: { rc: RenderContext; choice: LanguageChoice }) {
  const { rc, choice } = props;
  const label = m.portal_language_nav({}, rc);
  if ("links" in choice)
    return (
      <nav class="language-nav" aria-label={label}>
        {LOCALES.map((locale) =>
          locale === rc.locale ? (
            <span aria-current="true" lang={htmlLang(locale)}>
              {LOCALE_NAMES[locale]}
            </span>
          ) : (
            <a href={`?lang=${locale}`} hreflang={htmlLang(locale)} lang={htmlLang(locale)}>
              {LOCALE_NAMES[locale]}
            </a>
          ),
        )}
      </nav>
    );
  return (
    <form method="post" action={choice.saveAt} class="language-nav" aria-label={label}>
      <input type="hidden" name="back" value={choice.back} />
      {LOCALES.map((locale) =>
        locale === rc.locale ? (
          <span aria-current="true" lang={htmlLang(locale)}>
            {LOCALE_NAMES[locale]}
          </span>
        ) : (
          <button type="submit" name="lang" value={locale} class="link-button" lang={htmlLang(locale)}>
            {LOCALE_NAMES[locale]}
          </button>
        ),
      )}
    </form>
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
  rc: RenderContext;
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
    <PortalCard rc={props.rc} agency={props.agency} languages={{ links: true }} title={title}>
      <h1>{title}</h1>
      <p>
        {props.purpose === "invite"
          ? `Welcome, ${props.firstName}. Set a password for your ${props.agency.agencyName} trip portal and you're in.`
          : `Hi ${props.firstName}, choose a new password for your trip portal.`}
      </p>
      <p class="claim-facts">
        You'll sign in as <strong>{props.email}</strong>. This link works until{" "}
        <time datetime={props.expiresAt.toISOString()}>{formatDate(props.rc, props.expiresAt)}</time>.
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

export function FreshLinkForm(props: { rc: RenderContext; slug: string; label?: string }) {
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

export function LinkInvalidPage(props: { rc: RenderContext; agency: PortalAgency | null }) {
  const slug = props.agency?.slug;
  return (
    <PortalCard rc={props.rc} agency={props.agency} languages={{ links: true }} title="Link no longer valid">
      <h1>That link is no longer valid.</h1>
      <p>Portal links work once and expire after 7 days, and only the newest one works. </p>
      {slug ? (
        <>
          <p>
            Already set a password? <a href={`/portal/${slug}/login`}>Sign in</a>.
          </p>
          <p>Otherwise, enter your email and we'll send you a fresh link.</p>
          <FreshLinkForm rc={props.rc} slug={slug} />
        </>
      ) : (
        <p>Ask your travel advisor for a new invite.</p>
      )}
    </PortalCard>
  );
}

export function TooManyAttemptsPage(props: { rc: RenderContext; agency: PortalAgency | null; message: string }) {
  return (
    <PortalCard rc={props.rc} agency={props.agency} languages={{ links: true }} title="Too many attempts">
      <h1>Too many attempts</h1>
      <p class="alert alert-error" role="alert">
        {props.message}
      </p>
      <p>If your link worked before, it still does: open it again in a minute.</p>
    </PortalCard>
  );
}

export function PortalLoginPage(props: {
  rc: RenderContext;
  agency: PortalAgency;
  email?: string;
  /** The email is known (after a reset): the cursor waits in the password field. */
  focusPassword?: boolean;
  errors?: string[];
  notice?: string;
}) {
  return (
    <PortalCard rc={props.rc} agency={props.agency} languages={{ links: true }} title="Sign in" passkeys>
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
  rc: RenderContext;
  agency: PortalAgency;
  /** The address the link was asked for (the answer is the same whether or not it has an account). */
  sent?: { email: string; expiresAt: Date };
  errors?: string[];
}) {
  return (
    <PortalCard rc={props.rc} agency={props.agency} languages={{ links: true }} title="Forgot password">
      <h1>Forgot your password?</h1>
      {props.sent ? (
        <div class="alert alert-ok" role="status" id="forgot-sent">
          <p class="m0">
            If{" "}
            <strong>
              <EmailAddress email={props.sent.email} />
            </strong>{" "}
            has access to this portal, a link is on its way to it. The link works once and expires in 7 days, on{" "}
            {formatDate(props.rc, props.sent.expiresAt)}.
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
          <FreshLinkForm rc={props.rc} slug={props.agency.slug ?? ""} label="Email me a link" />
        </>
      )}
      <p class="center">
        <a href={`/portal/${props.agency.slug}/login`}>Back to sign in</a>
      </p>
    </PortalCard>
  );
}
