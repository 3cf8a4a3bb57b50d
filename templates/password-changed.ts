// The notice after a reset claim: the password of the portal account was changed. A security
// notice, so it says how to reach the agency.
import { H1, P } from "./layout";

export const passwordChangedSubject = `Your {{agencyName}} trip portal password was changed`;
export const passwordChangedPreheader = `If this wasn't you, contact {{agencyName}} right away.`;

export const passwordChangedHtml = `<h1 style="${H1}">Your password was changed</h1>
<p style="${P}">Hi {{firstName}}, the password of your {{agencyName}} trip portal was just changed, and every other device was signed out.</p>
<p style="${P}"><strong>If this wasn't you</strong>, contact {{agencyName}} right away: {{reachAgency}}</p>
{{{button}}}`;

export const passwordChangedText = `Your password was changed

Hi {{firstName}}, the password of your {{agencyName}} trip portal was just changed, and every other device was signed out.

If this wasn't you, contact {{agencyName}} right away: {{reachAgency}}

Sign in: {{url}}

— {{agencyName}}`;
