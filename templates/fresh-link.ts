// The link a traveler asked for with "Forgot password?" / "Email me a fresh link" on the portal.
import { H1, P, SMALL } from "./layout";

export const freshLinkSubject = `Your link to the {{agencyName}} trip portal`;
export const freshLinkPreheader = `You asked for a fresh link. Use it to choose your password; it expires {{expiresOn}}.`;

export const freshLinkHtml = `<h1 style="${H1}">Here is your fresh link, {{firstName}}</h1>
<p style="${P}">You asked for a new link to your {{agencyName}} trip portal. Use it to choose your password and sign in.</p>
{{{button}}}
<p style="${SMALL}">{{expiry}} Any earlier link no longer works. If you didn't ask for this, ignore this email: nothing changes.</p>
{{{fallback}}}`;

export const freshLinkText = `Here is your fresh link, {{firstName}}

You asked for a new link to your {{agencyName}} trip portal. Use it to choose your password and sign in:
{{url}}

{{expiry}} Any earlier link no longer works. If you didn't ask for this, ignore this email: nothing changes.

— {{agencyName}}`;
