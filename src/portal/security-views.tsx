// "Sign-in & security" (SPEC §13): the client's passkeys (name, added, last used, Remove, Add a
// passkey) and changing their password. Works without JavaScript, except adding a passkey, which
// only appears where the browser can make one (passkey-controls.tsx).
import type { PortalAgency } from "../db/agencies";
import { type RenderContext, relativeTime } from "../i18n/format";
import { m } from "../i18n/messages";
import { Rich, slot } from "../i18n/rich";
import { When } from "../ui/time";
import { AddPasskey } from "./passkey-controls";
import { FormErrors, NewPasswordFields, PortalCard } from "./views";

export interface SecurityPasskey {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export function SecurityPage(props: {
  rc: RenderContext;
  agency: PortalAgency;
  email: string;
  passkeys: SecurityPasskey[];
  notice?: string;
  errors?: string[];
  now: Date;
}) {
  const { rc, agency, passkeys } = props;
  const slug = agency.slug ?? "";
  const home = `/portal/${slug}`;
  const title = m.security_title({}, rc);
  return (
    <PortalCard
      rc={rc}
      agency={agency}
      languages={{ saveAt: `${home}/language`, back: `${home}/security` }}
      title={title}
      passkeys
    >
      <p>
        <a href={home}>← {m.security_your_trips({}, rc)}</a>
      </p>
      <h1>{title}</h1>
      {props.notice ? (
        <p class="alert alert-ok" role="status" id="security-notice">
          {props.notice}
        </p>
      ) : null}
      <FormErrors errors={props.errors} />

      <section aria-labelledby="passkeys-title" class="security-section">
        <h2 id="passkeys-title">{m.security_passkeys({}, rc)}</h2>
        <p>{m.security_passkeys_intro({}, rc)}</p>
        {passkeys.length === 0 ? (
          <p class="muted" id="no-passkeys">
            {m.security_no_passkeys({}, rc)}
          </p>
        ) : (
          <ul class="passkey-list" id="passkey-list">
            {passkeys.map((p) => (
              <li>
                <div>
                  <strong>{p.name}</strong>
                  <p class="m0 muted">
                    <Moment
                      rc={rc}
                      at={p.createdAt}
                      now={props.now}
                      ago={m.security_added_ago}
                      on={m.security_added_on}
                    />
                    {" · "}
                    {p.lastUsedAt ? (
                      <Moment
                        rc={rc}
                        at={p.lastUsedAt}
                        now={props.now}
                        ago={m.security_used_ago}
                        on={m.security_used_on}
                      />
                    ) : (
                      m.security_not_used({}, rc)
                    )}
                  </p>
                </div>
                <form method="post" action={`${home}/security/passkeys/remove/${encodeURIComponent(p.id)}`}>
                  <button
                    type="submit"
                    class="btn btn-quiet"
                    aria-label={m.security_remove_named({ name: p.name }, rc)}
                  >
                    {m.security_remove({}, rc)}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <div class="passkey-add" data-passkey-offer hidden>
          <AddPasskey rc={rc} slug={slug} />
        </div>
      </section>

      <section aria-labelledby="password-title" class="security-section">
        <h2 id="password-title">{m.security_change_password({}, rc)}</h2>
        <p class="hint" id="pw-rules">
          {m.password_rules({}, rc)} {m.security_signs_out_elsewhere({}, rc)}
        </p>
        <form method="post" action={`${home}/security/password`} class="stack">
          <input type="text" name="username" value={props.email} autocomplete="username" hidden readonly />
          <label for="current">{m.security_current_password({}, rc)}</label>
          <input id="current" name="current" type="password" autocomplete="current-password" maxlength={128} required />
          <NewPasswordFields rc={rc} confirmLabel={m.security_confirm_new_password({}, rc)} />
          <button type="submit" class="btn btn-primary">
            {m.security_change_password({}, rc)}
          </button>
        </form>
      </section>
    </PortalCard>
  );
}

/**
 * "Added 5 minutes ago" or "Added on Nov 14, 2026": languages say a relative moment and a date
 * with different words around them ("hace 5 minutos" / "el 14 nov 2026"), so each has its message.
 */
function Moment(props: {
  rc: RenderContext;
  at: Date;
  now: Date;
  ago: (inputs: { when: string }, rc: RenderContext) => string;
  on: (inputs: { when: string }, rc: RenderContext) => string;
}) {
  const said = relativeTime(props.rc, props.at, props.now) === null ? props.on : props.ago;
  return (
    <Rich
      text={said({ when: slot("when") }, props.rc)}
      parts={{ when: <When rc={props.rc} at={props.at} now={props.now} /> }}
    />
  );
}
