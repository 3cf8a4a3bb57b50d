// A labelled text input with its hint and error wired up for screen readers.
import type { RenderContext } from "../i18n/format";
import { isLocale, LOCALE_NAMES, LOCALE_NAMES_IN_ENGLISH, LOCALES } from "../i18n/locales";
import { m } from "../i18n/messages";

export function Field(props: {
  id: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  type?: string;
  required?: boolean;
  autocomplete?: string;
  /** Put the cursor here when the page opens (a link that says "Add an email" leads to it). */
  autofocus?: boolean;
}) {
  const describedBy =
    [props.hint ? `${props.id}-hint` : "", props.error ? `${props.id}-error` : ""].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? "text"}
        value={props.value}
        required={props.required}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy}
        autocomplete={props.autocomplete ?? "off"}
        autofocus={props.autofocus}
      />
      {props.error ? (
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The email and password fields of a sign-in form (advisor dashboard and client portal), in the
 * page's language: the portal's page context, or the advisor's sign-in's English (SPEC §14).
 */
export function SignInFields(props: {
  rc: RenderContext;
  email?: string;
  describedBy?: string;
  focusPassword?: boolean;
  /** The browser may offer saved passkeys in the email field's suggestions (WebAuthn conditional mediation). */
  passkeyAutofill?: boolean;
}) {
  const { rc } = props;
  return (
    <>
      <label for="email">{m.signin_email({}, rc)}</label>
      <input
        id="email"
        name="email"
        type="email"
        autocomplete={props.passkeyAutofill ? "username webauthn" : "username"}
        required
        value={props.email ?? ""}
        aria-describedby={props.describedBy}
      />
      <label for="password">{m.signin_password({}, rc)}</label>
      <input
        id="password"
        name="password"
        type="password"
        autocomplete="current-password"
        required
        autofocus={props.focusPassword}
      />
      <button type="submit" class="btn btn-primary btn-block">
        {m.signin_submit({}, rc)}
      </button>
    </>
  );
}

/**
 * A traveler-facing language (SPEC §14): the agency's portal language, or a contact's, where ""
 * means "Agency default" and names what that is today.
 */
export function LanguageField(props: {
  id: string;
  label: string;
  hint: string;
  value: string | null;
  /** The contact's field: first choice "Agency default (…)". */
  agencyDefault?: string;
  error?: string;
}) {
  const describedBy = [`${props.id}-hint`, props.error ? `${props.id}-error` : ""].filter(Boolean).join(" ");
  const fallback = props.agencyDefault && isLocale(props.agencyDefault) ? props.agencyDefault : null;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <p class="hint" id={`${props.id}-hint`}>
        {props.hint}
      </p>
      <select
        id={props.id}
        name={props.id}
        aria-describedby={describedBy}
        aria-invalid={props.error ? "true" : undefined}
      >
        {props.agencyDefault !== undefined ? (
          <option value="" selected={!props.value}>
            Agency default{fallback ? ` (${LOCALE_NAMES_IN_ENGLISH[fallback]})` : ""}
          </option>
        ) : null}
        {LOCALES.map((locale) => (
          <option value={locale} selected={props.value === locale}>
            {locale === "en" ? "English" : `${LOCALE_NAMES_IN_ENGLISH[locale]} (${LOCALE_NAMES[locale]})`}
          </option>
        ))}
      </select>
      {props.error ? (
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
