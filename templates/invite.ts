// The portal invite: sent for Invite, Resend invite and Reactivate & reinvite.
import { H1, P, SMALL } from "./layout";

export const inviteSubject = `{{advisorFirstName}} at {{agencyName}} invited you to your trip portal`;
export const invitePreheader = `Set a password once to see your trips, itineraries, invoices and proposals. The link expires {{expiresOn}}.`;

export const inviteHtml = `<h1 style="${H1}">Your trip portal is ready, {{firstName}}</h1>
<p style="${P}">{{advisorName}} at {{agencyName}} has set up a private portal where you can see your trips, itineraries, invoices and proposals in one place.</p>
<p style="${P}margin:0;">Set a password to get in:</p>
{{{button}}}
<p style="${SMALL}">{{expiry}} If it has expired, ask {{agencyName}} for a new one or use “Email me a fresh link” on the page it opens.</p>
{{{fallback}}}`;

export const inviteText = `Your trip portal is ready, {{firstName}}

{{advisorName}} at {{agencyName}} has set up a private portal where you can see your trips, itineraries, invoices and proposals in one place.

Set a password to get in:
{{url}}

{{expiry}} If it has expired, ask {{agencyName}} for a new one or use "Email me a fresh link" on the page it opens.

Questions? Reply to this email to reach {{advisorName}}.

— {{agencyName}}`;
