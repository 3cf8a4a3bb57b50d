// The passkey controls of the portal's pages (SPEC §13): "Add a passkey", its offer after an
// invite claim, and "Sign in with a passkey". Each is rendered hidden; public/js/passkeys.js
// shows it only where the browser can make or use a passkey, so without JavaScript or WebAuthn
// nothing appears and every page works as before. A finished ceremony is posted as a form.

export const PASSKEY_SIGN_IN_REFUSED =
  "That passkey didn't sign you in. Try again, or sign in with your email and password.";
export const PASSKEY_NOT_ADDED = "No passkey was added. Try again, or keep signing in with your password.";

/** The hidden form a finished ceremony is posted through: an ordinary form post, answered with a page. */
function CeremonyForm(props: { action: string; fields: string[] }) {
  return (
    <form method="post" action={props.action} data-passkey-result hidden>
      {props.fields.map((name) => (
        <input type="hidden" name={name} value="" />
      ))}
    </form>
  );
}

const REGISTRATION_FIELDS = ["id", "clientDataJSON", "attestationObject", "transports"];
const ASSERTION_FIELDS = ["id", "clientDataJSON", "authenticatorData", "signature", "userHandle"];

/** "Add a passkey": a button that runs the registration ceremony, then posts it. */
export function AddPasskey(props: { slug: string; label?: string }) {
  const base = `/portal/${props.slug}/security/passkeys`;
  return (
    <div data-passkey-create={`${base}/options`}>
      <button type="button" class="btn btn-primary">
        {props.label ?? "Add a passkey"}
      </button>
      <p class="hint" role="status" aria-live="polite" data-passkey-status></p>
      <CeremonyForm action={base} fields={REGISTRATION_FIELDS} />
    </div>
  );
}

/** Offered on the page a client lands on after claiming an invite; dismissible. */
export function PasskeyOffer(props: { slug: string }) {
  return (
    <section class="passkey-offer" aria-labelledby="passkey-offer-title" data-passkey-offer hidden>
      <h2 id="passkey-offer-title">Add a passkey</h2>
      <p>Sign in next time with your face, fingerprint or screen lock.</p>
      <div class="passkey-offer-actions">
        <AddPasskey slug={props.slug} />
        <button type="button" class="btn btn-quiet" data-passkey-dismiss>
          Not now
        </button>
      </div>
    </section>
  );
}

/** On the sign-in page: the button, and the form the browser's passkey autofill posts through too. */
export function PasskeySignIn(props: { slug: string }) {
  const base = `/portal/${props.slug}/login/passkey`;
  return (
    <div class="passkey-sign-in" data-passkey-get={`${base}/options`} hidden>
      <p class="or">
        <span>or</span>
      </p>
      <button type="button" class="btn btn-block">
        Sign in with a passkey
      </button>
      <p class="hint" role="status" aria-live="polite" data-passkey-status></p>
      <CeremonyForm action={base} fields={ASSERTION_FIELDS} />
    </div>
  );
}
