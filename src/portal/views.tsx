// What the traveler sees: branded with the agency's name, logo and color, small, and
// working without JavaScript.
import type { Child } from "hono/jsx";
import type { PortalAgency } from "../db/agencies";
import { formatDate, type RenderContext } from "../i18n/format";
import { htmlLang, LOCALE_NAMES, LOCALES } from "../i18n/locales";
import { m } from "../i18n/messages";
import { Rich, slot } from "../i18n/rich";
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

/** Why a form was refused, in the page's words, announced to screen readers (#form-errors). */
export function FormErrors(props: { errors?: string[] }) {
  if (!props.errors?.length) return null;
  return (
    <div class="alert alert-error" role="alert" id="form-errors">
      {props.errors.map((e) => (
        <p class="m0">{e}</p>
      ))}
    </div>
  );
}

/**
 * A new password and its confirmation (the claim page, Sign-in & security): the rules in
 * #pw-rules describe the first, and portal.js's show-password toggle comes labelled in the page's
 * language (the script has no words of its own).
 */
export function NewPasswordFields(props: { rc: RenderContext; confirmLabel: string }) {
  return (
    <>
      <label for="password">{m.claim_new_password({}, props.rc)}</label>
      <input
        id="password"
        name="password"
        type="password"
        autocomplete="new-password"
        minlength={12}
        maxlength={128}
        required
        aria-describedby="pw-rules"
        data-reveal={m.signin_show_passwords({}, props.rc)}
      />
      <label for="confirm">{props.confirmLabel}</label>
      <input
        id="confirm"
        name="confirm"
        type="password"
        autocomplete="new-password"
        minlength={12}
        maxlength={128}
        required
      />
    </>
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
  const { rc } = props;
  const invite = props.purpose === "invite";
  const title = invite ? m.claim_title_invite({}, rc) : m.claim_title_reset({}, rc);
  return (
    <PortalCard rc={rc} agency={props.agency} languages={{ links: true }} title={title}>
      <h1>{title}</h1>
      <p>
        {invite
          ? m.claim_welcome_invite({ firstName: props.firstName, agency: props.agency.agencyName }, rc)
          : m.claim_welcome_reset({ firstName: props.firstName }, rc)}
      </p>
      <p class="claim-facts">
        <Rich
          text={m.claim_facts({ email: slot("email"), date: slot("date") }, rc)}
          parts={{
            email: <strong>{props.email}</strong>,
            date: <time datetime={props.expiresAt.toISOString()}>{formatDate(rc, props.expiresAt)}</time>,
          }}
        />
      </p>
      <p class="hint" id="pw-rules">
        {m.password_rules({}, rc)}
      </p>
      <FormErrors errors={props.errors} />
      <form method="post" action={props.action} class="stack">
        {/* Password managers save the new password under this name. */}
        <input type="text" name="username" value={props.email} autocomplete="username" hidden readonly />
        <NewPasswordFields rc={rc} confirmLabel={m.claim_confirm_password({}, rc)} />
        <button type="submit" class="btn btn-primary btn-block">
          {invite ? m.claim_submit_invite({}, rc) : m.claim_submit_reset({}, rc)}
        </button>
      </form>
    </PortalCard>
  );
}

export function FreshLinkForm(props: { rc: RenderContext; slug: string; label?: string }) {
  return (
    <form method="post" action={`/portal/${props.slug}/forgot`} class="stack">
      <label for="email">{m.signin_your_email({}, props.rc)}</label>
      <input id="email" name="email" type="email" autocomplete="email" required />
      <button type="submit" class="btn btn-primary btn-block">
        {props.label ?? m.claim_fresh_link_button({}, props.rc)}
      </button>
    </form>
  );
}

export function LinkInvalidPage(props: { rc: RenderContext; agency: PortalAgency | null }) {
  const { rc } = props;
  const slug = props.agency?.slug;
  return (
    <PortalCard rc={rc} agency={props.agency} languages={{ links: true }} title={m.claim_invalid_title({}, rc)}>
      <h1>{m.claim_invalid_heading({}, rc)}</h1>
      <p>{m.claim_invalid_why({}, rc)}</p>
      {slug ? (
        <>
          <p>
            <Rich
              text={m.claim_invalid_have_password({ link: slot("link") }, rc)}
              parts={{ link: <a href={`/portal/${slug}/login`}>{m.claim_invalid_sign_in({}, rc)}</a> }}
            />
          </p>
          <p>{m.claim_invalid_fresh_intro({}, rc)}</p>
          <FreshLinkForm rc={rc} slug={slug} />
        </>
      ) : (
        <p>{m.claim_invalid_ask_advisor({}, rc)}</p>
      )}
    </PortalCard>
  );
}

export function TooManyAttemptsPage(props: { rc: RenderContext; agency: PortalAgency | null; message: string }) {
  return (
    <PortalCard
      rc={props.rc}
      agency={props.agency}
      languages={{ links: true }}
      title={m.signin_too_many_title({}, props.rc)}
    >
      <h1>{m.signin_too_many_title({}, props.rc)}</h1>
      <p class="alert alert-error" role="alert">
        {props.message}
      </p>
      <p>{m.signin_too_many_link_hint({}, props.rc)}</p>
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
  const { rc } = props;
  return (
    <PortalCard rc={rc} agency={props.agency} languages={{ links: true }} title={m.signin_page_title({}, rc)} passkeys>
      <h1>{m.signin_heading({}, rc)}</h1>
      {props.notice ? (
        <p class="alert alert-ok" role="status">
          {props.notice}
        </p>
      ) : null}
      <FormErrors errors={props.errors} />
      <form method="post" action={`/portal/${props.agency.slug}/login`} class="stack">
        <SignInFields rc={rc} email={props.email} focusPassword={props.focusPassword} passkeyAutofill />
        {/* Forgotten password, or none to type: the same email, a code by email instead (SPEC §13). */}
        <button
          type="submit"
          class="btn btn-block"
          formaction={`/portal/${props.agency.slug}/login/code/send`}
          formnovalidate
        >
          {m.code_email_me({}, rc)}
        </button>
      </form>
      <PasskeySignIn rc={rc} slug={props.agency.slug ?? ""} />
      <p class="center">
        <a href={`/portal/${props.agency.slug}/forgot`}>{m.forgot_link({}, rc)}</a>
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
  const { rc } = props;
  return (
    <PortalCard rc={rc} agency={props.agency} languages={{ links: true }} title={m.forgot_page_title({}, rc)}>
      <h1>{m.forgot_heading({}, rc)}</h1>
      {props.sent ? (
        <div class="alert alert-ok" role="status" id="forgot-sent">
          <p class="m0">
            <Rich
              text={m.forgot_sent({ email: slot("email"), date: formatDate(rc, props.sent.expiresAt) }, rc)}
              parts={{
                email: (
                  <strong>
                    <EmailAddress email={props.sent.email} />
                  </strong>
                ),
              }}
            />
          </p>
          <p class="m0">{m.forgot_sent_nothing({ agency: props.agency.agencyName }, rc)}</p>
        </div>
      ) : (
        <>
          <p>{m.forgot_intro({}, rc)}</p>
          <FormErrors errors={props.errors} />
          <FreshLinkForm rc={rc} slug={props.agency.slug ?? ""} label={m.forgot_submit({}, rc)} />
        </>
      )}
      <p class="center">
        <a href={`/portal/${props.agency.slug}/login`}>{m.signin_back({}, rc)}</a>
      </p>
    </PortalCard>
  );
}
