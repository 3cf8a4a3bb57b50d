// A labelled text input with its hint and error wired up for screen readers.

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

/** The email and password fields of a sign-in form (advisor dashboard and client portal). */
export function SignInFields(props: {
  email?: string;
  describedBy?: string;
  focusPassword?: boolean;
  /** The browser may offer saved passkeys in the email field's suggestions (WebAuthn conditional mediation). */
  passkeyAutofill?: boolean;
}) {
  return (
    <>
      <label for="email">Email</label>
      <input
        id="email"
        name="email"
        type="email"
        autocomplete={props.passkeyAutofill ? "username webauthn" : "username"}
        required
        value={props.email ?? ""}
        aria-describedby={props.describedBy}
      />
      <label for="password">Password</label>
      <input
        id="password"
        name="password"
        type="password"
        autocomplete="current-password"
        required
        autofocus={props.focusPassword}
      />
      <button type="submit" class="btn btn-primary btn-block">
        Sign in
      </button>
    </>
  );
}
