// The expiry reminder: sent once, about a day before an invite's link would expire, with a
// fresh link (the old one stops working: only hashes are stored, so it can't be re-sent).
import { H1, P, SMALL } from "./layout";

export const reminderSubject = `Reminder: your {{agencyName}} trip portal is waiting for you`;
export const reminderPreheader = `Here is a fresh link to set your password. It expires {{expiresOn}}.`;

export const reminderHtml = `<h1 style="${H1}">Your trip portal is still waiting</h1>
<p style="${P}">Hi {{firstName}}, {{agencyName}} invited you to your trip portal a few days ago, and the invitation is about to expire. Here is a fresh link: set a password once and your itinerary, invoices and documents are in one place.</p>
{{{button}}}
<p style="${SMALL}">{{expiry}} The link in the earlier email no longer works. If you weren't expecting this, you can ignore this email.</p>
{{{fallback}}}`;

export const reminderText = `Your trip portal is still waiting

Hi {{firstName}}, {{agencyName}} invited you to your trip portal a few days ago, and the invitation is about to expire. Here is a fresh link: set a password once and your itinerary, invoices and documents are in one place.

Set your password here:
{{url}}

{{expiry}} The link in the earlier email no longer works. If you weren't expecting this, you can ignore this email.

— {{agencyName}}`;
