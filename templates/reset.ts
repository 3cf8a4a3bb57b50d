// The password reset an advisor sends (Send password reset).
import { H1, P, SMALL } from "./layout";

export const resetSubject = `Choose a new password for your {{agencyName}} trip portal`;
export const resetPreheader = `{{advisorName}} sent you a link to choose a new password. It expires {{expiresOn}}.`;

export const resetHtml = `<h1 style="${H1}">Choose a new password</h1>
<p style="${P}">Hi {{firstName}}, {{advisorName}} at {{agencyName}} sent you a link to choose a new password for your trip portal.</p>
{{{button}}}
<p style="${SMALL}">{{expiry}} If you didn't ask for this, ignore this email: your password stays as it is.</p>
{{{fallback}}}`;

export const resetText = `Choose a new password

Hi {{firstName}}, {{advisorName}} at {{agencyName}} sent you a link to choose a new password for your trip portal.

Choose a new password here:
{{url}}

{{expiry}} If you didn't ask for this, ignore this email: your password stays as it is.

— {{agencyName}}`;
