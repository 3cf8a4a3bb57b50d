// "Sign-in & security" (SPEC §13): the client's passkeys (name, added, last used, Remove, Add a
// passkey) and changing their password. Works without JavaScript, except adding a passkey, which
// only appears where the browser can make one (passkey-controls.tsx).
import type { PortalAgency } from "../db/agencies";
import type { RenderContext } from "../i18n/format";
import { PASSWORD_RULES } from "../lib/password-policy";
import { When } from "../ui/time";
import { AddPasskey } from "./passkey-controls";
import { PortalCard } from "./views";

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
  const { agency, passkeys } = props;
  const slug = agency.slug ?? "";
  const home = `/portal/${slug}`;
  return (
    <PortalCard
      rc={props.rc}
      agency={agency}
      languages={{ saveAt: `${home}/language`, back: `${home}/security` }}
      title="Sign-in & security"
      passkeys
    >
      <p>
        <a href={home}>← Your trips</a>
      </p>
      <h1>Sign-in &amp; security</h1>
      {props.notice ? (
        <p class="alert alert-ok" role="status" id="security-notice">
          {props.notice}
        </p>
      ) : null}
      {props.errors?.length ? (
        <div class="alert alert-error" role="alert" id="form-errors">
          {props.errors.map((e) => (
            <p class="m0">{e}</p>
          ))}
        </div>
      ) : null}

      <section aria-labelledby="passkeys-title" class="security-section">
        <h2 id="passkeys-title">Passkeys</h2>
        <p>Sign in with your face, fingerprint or screen lock instead of your password.</p>
        {passkeys.length === 0 ? (
          <p class="muted" id="no-passkeys">
            You have no passkeys yet.
          </p>
        ) : (
          <ul class="passkey-list" id="passkey-list">
            {passkeys.map((p) => (
              <li>
                <div>
                  <strong>{p.name}</strong>
                  <p class="m0 muted">
                    Added <When rc={props.rc} at={p.createdAt} now={props.now} /> ·{" "}
                    {p.lastUsedAt ? (
                      <>
                        last used <When rc={props.rc} at={p.lastUsedAt} now={props.now} />
                      </>
                    ) : (
                      "not used yet"
                    )}
                  </p>
                </div>
                <form method="post" action={`${home}/security/passkeys/remove/${encodeURIComponent(p.id)}`}>
                  <button type="submit" class="btn btn-quiet" aria-label={`Remove ${p.name}`}>
                    Remove
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <div class="passkey-add" data-passkey-offer hidden>
          <AddPasskey slug={slug} />
        </div>
      </section>

      <section aria-labelledby="password-title" class="security-section">
        <h2 id="password-title">Change password</h2>
        <p class="hint" id="pw-rules">
          {PASSWORD_RULES} Changing it signs you out everywhere else.
        </p>
        <form method="post" action={`${home}/security/password`} class="stack">
          <input type="text" name="username" value={props.email} autocomplete="username" hidden readonly />
          <label for="current">Current password</label>
          <input id="current" name="current" type="password" autocomplete="current-password" maxlength={128} required />
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
          <label for="confirm">Confirm new password</label>
          <input
            id="confirm"
            name="confirm"
            type="password"
            autocomplete="new-password"
            minlength={12}
            maxlength={128}
            required
          />
          <button type="submit" class="btn btn-primary">
            Change password
          </button>
        </form>
      </section>
    </PortalCard>
  );
}
