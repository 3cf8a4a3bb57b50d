// The sign-in code page (SPEC §13): the same page whoever asked, whether or not their email has
// an account. Works without JavaScript; the phone's keyboard offers the code from the email
// (autocomplete="one-time-code").
import type { PortalAgency } from "../db/agencies";
import type { RenderContext } from "../i18n/format";
import { m } from "../i18n/messages";
import { Rich, slot } from "../i18n/rich";
import { EmailAddress } from "../ui/components";
import { FormErrors, PortalCard } from "./views";

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
  const { rc, email } = props;
  const title = m.code_title({}, rc);
  return (
    <PortalCard rc={rc} agency={props.agency} languages={{ links: true }} title={title}>
      <h1>{title}</h1>
      {email ? (
        <p id="code-sent">
          <Rich
            text={m.code_sent({ email: slot("email") }, rc)}
            parts={{
              email: (
                <strong>
                  <EmailAddress email={email} />
                </strong>
              ),
            }}
          />
        </p>
      ) : (
        <p id="code-sent">{m.code_ask({}, rc)}</p>
      )}
      <FormErrors errors={props.errors} />
      <form method="post" action={codePagePath(slug)} class="stack">
        {email ? (
          <input type="hidden" name="email" value={email} />
        ) : (
          <>
            <label for="email">{m.signin_your_email({}, rc)}</label>
            <input id="email" name="email" type="email" autocomplete="email" required />
          </>
        )}
        <label for="code">{m.code_label({}, rc)}</label>
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
          {m.signin_submit({}, rc)}
        </button>
      </form>
      {email ? (
        <form method="post" action={sendCodePath(slug)} class="stack center">
          <input type="hidden" name="email" value={email} />
          <p class="m0 muted">{m.code_nothing({}, rc)}</p>
          <button type="submit" class="btn btn-block">
            {m.code_new({}, rc)}
          </button>
        </form>
      ) : null}
      <p class="center">
        <a href={`/portal/${slug}/login`}>{m.signin_back({}, rc)}</a>
      </p>
    </PortalCard>
  );
}
