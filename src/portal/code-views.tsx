// The sign-in code page (SPEC §13): the same page whoever asked, whether or not their email has
// an account. Works without JavaScript; the phone's keyboard offers the code from the email
// (autocomplete="one-time-code").
import type { PortalAgency } from "../db/agencies";
import type { RenderContext } from "../i18n/format";
import { EmailAddress } from "../ui/components";
import { PortalCard } from "./views";

export const WRONG_CODE = "That code is wrong or has expired.";

export const codePagePath = (slug: string) => `/portal/${slug}/login/code`;
export const sendCodePath = (slug: string) => `/portal/${slug}/login/code/send`;

export function SignInCodePage(props: {
  rc: RenderContext;
  agency: PortalAgency;
  /** The address the code was asked for, when this browser asked (else the page asks for it). */
  email?: string;
  errors?: string[];
}) {
  const slug = props.agency.slug ?? "";
  const { email } = props;
  return (
    <PortalCard rc={props.rc} agency={props.agency} languages={{ links: true }} title="Enter your sign-in code">
      <h1>Enter your sign-in code</h1>
      {email ? (
        <p id="code-sent">
          If{" "}
          <strong>
            <EmailAddress email={email} />
          </strong>{" "}
          has access to this portal, we just emailed it a 6-digit code. It works once, for 10 minutes. (Not set up yet?
          You'll get a link to choose your password instead.)
        </p>
      ) : (
        <p id="code-sent">Enter your email and the 6-digit code we emailed you.</p>
      )}
      {props.errors?.length ? (
        <div class="alert alert-error" role="alert" id="form-errors">
          {props.errors.map((e) => (
            <p class="m0">{e}</p>
          ))}
        </div>
      ) : null}
      <form method="post" action={codePagePath(slug)} class="stack">
        {email ? (
          <input type="hidden" name="email" value={email} />
        ) : (
          <>
            <label for="email">Your email</label>
            <input id="email" name="email" type="email" autocomplete="email" required />
          </>
        )}
        <label for="code">6-digit code</label>
        <input
          id="code"
          name="code"
          type="text"
          inputmode="numeric"
          autocomplete="one-time-code"
          pattern="[0-9]{6}"
          maxlength={6}
          required
          autofocus={!!email}
          aria-describedby={props.errors?.length ? "form-errors code-sent" : "code-sent"}
        />
        <button type="submit" class="btn btn-primary btn-block">
          Sign in
        </button>
      </form>
      {email ? (
        <form method="post" action={sendCodePath(slug)} class="stack center">
          <input type="hidden" name="email" value={email} />
          <p class="m0 muted">Nothing after a few minutes? Check your spam or junk folder.</p>
          <button type="submit" class="btn btn-block">
            Email me a new code
          </button>
        </form>
      ) : null}
      <p class="center">
        <a href={`/portal/${slug}/login`}>Back to sign in</a>
      </p>
    </PortalCard>
  );
}
