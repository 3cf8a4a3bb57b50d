import { dashboardContext } from "../i18n/format";
import { SignInFields } from "../ui/form";
import { Document } from "../ui/layout";

export function LoginPage(props: { email?: string; error?: string; next?: string }) {
  return (
    <Document title="Sign in · Trips" bodyClass="auth">
      <main class="auth-card">
        <div class="auth-brand">
          <span class="brand-mark" aria-hidden="true">
            T
          </span>{" "}
          Trips
        </div>
        <h1>Sign in to your agency</h1>
        {props.error ? (
          <p class="alert alert-error" role="alert" id="login-error">
            {props.error}
          </p>
        ) : null}
        <form method="post" action="/login" class="stack">
          {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
          <SignInFields
            rc={dashboardContext(null)}
            email={props.email}
            describedBy={props.error ? "login-error" : undefined}
          />
        </form>
      </main>
    </Document>
  );
}
