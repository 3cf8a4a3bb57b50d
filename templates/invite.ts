// The portal invite: sent for Invite, Resend invite and Reactivate & reinvite.
export const inviteSubject = `{{advisorFirstName}} at {{agencyName}} invited you to your trip portal`;

export const inviteHtml = `<h1 style="font-size:22px;margin:0 0 12px;">Your trip portal is ready, {{firstName}}</h1>
<p style="margin:0 0 12px;">{{advisorName}} at {{agencyName}} has set up a private portal where you can see your trips, itineraries, invoices and proposals in one place.</p>
<p style="margin:0;">Set a password to get in:</p>
{{{button}}}
<p style="margin:0 0 12px;color:#4a5566;font-size:14px;">This link works once and expires in 7 days. If it has expired, ask {{agencyName}} for a new one or use “Email me a fresh link” on the page it opens.</p>
<p style="margin:0;color:#5f6b7a;font-size:13px;word-break:break-all;">If the button doesn't work, copy this address into your browser:<br>{{url}}</p>`;

export const inviteText = `Your trip portal is ready, {{firstName}}

{{advisorName}} at {{agencyName}} has set up a private portal where you can see your trips, itineraries, invoices and proposals in one place.

Set a password to get in:
{{url}}

This link works once and expires in 7 days. If it has expired, ask {{agencyName}} for a new one or use "Email me a fresh link" on the page it opens.

— {{agencyName}}`;
