// The passkey controls of the portal's pages (SPEC §13): "Add a passkey", its offer after an
// invite claim, and "Sign in with a passkey". Each is rendered hidden; public/js/passkeys.js
// shows it only where the browser can make or use a passkey, so without JavaScript or WebAuthn
// nothing appears and every page works as before. A finished ceremony is posted as a form.
// What the script may say in the control's status line comes with the control (data-passkey-*),
// in the page's language: the script has no words of its own.
import type { RenderContext } from "../i18n/format";
import { m } from "../i18n/messages";

/** The English words, for tests that look for them (pages say m.passkey_sign_in_refused in their own language). */
export const PASSKEY_SIGN_IN_REFUSED = m.passkey_sign_in_refused({}, { locale: "en" });

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
export function AddPasskey(props: { rc: RenderContext; slug: string }) {
  const { rc } = props;
  const base = `/portal/${props.slug}/security/passkeys`;
  return (
    <div
      data-passkey-create={`${base}/options`}
      data-passkey-exists={m.passkey_already_here({}, rc)}
      data-passkey-failed={m.passkey_not_added({}, rc)}
    >
      <button type="button" class="btn btn-primary">
        {m.passkey_add({}, rc)}
      </button>
      <p class="hint" role="status" aria-live="polite" data-passkey-status></p>
      <CeremonyForm action={base} fields={REGISTRATION_FIELDS} />
    </div>
  );
}

/** Offered on the page a client lands on after claiming an invite; dismissible. */
export function PasskeyOffer(props: { rc: RenderContext; slug: string }) {
  const { rc } = props;
  return (
    <section class="passkey-offer" aria-labelledby="passkey-offer-title" data-passkey-offer hidden>
      <h2 id="passkey-offer-title">{m.passkey_add({}, rc)}</h2>
      <p>{m.passkey_offer_text({}, rc)}</p>
      <div class="passkey-offer-actions">
        <AddPasskey rc={rc} slug={props.slug} />
        <button type="button" class="btn btn-quiet" data-passkey-dismiss>
          {m.passkey_not_now({}, rc)}
        </button>
      </div>
    </section>
  );
}

/** On the sign-in page: the button, and the form the browser's passkey autofill posts through too. */
export function PasskeySignIn(props: { rc: RenderContext; slug: string }) {
  const { rc } = props;
  const base = `/portal/${props.slug}/login/passkey`;
  return (
    <div
      class="passkey-sign-in"
      data-passkey-get={`${base}/options`}
      data-passkey-failed={m.passkey_not_used({}, rc)}
      hidden
    >
      <p class="or">
        <span>{m.signin_or({}, rc)}</span>
      </p>
      <button type="button" class="btn btn-block">
        {m.passkey_sign_in({}, rc)}
      </button>
      <p class="hint" role="status" aria-live="polite" data-passkey-status></p>
      <CeremonyForm action={base} fields={ASSERTION_FIELDS} />
    </div>
  );
}
