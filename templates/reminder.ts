// The expiry reminder: sent once, about a day before an invite's link would expire, with a
// fresh link (the old one stops working: only hashes are stored, so it can't be re-sent).
export const reminderSubject = `Reminder: your {{agencyName}} trip portal is waiting for you`;

export const reminderHtml = `<h1 style="font-size:22px;margin:0 0 12px;">Your trip portal is still waiting</h1>
<p style="margin:0 0 12px;">Hi {{firstName}}, {{agencyName}} invited you to your trip portal a few days ago, and the invitation is about to expire. Here is a fresh link: set a password once and your itinerary, invoices and documents are in one place.</p>
{{{button}}}
<p style="margin:0 0 12px;color:#4a5566;font-size:14px;">This link works once and expires in 7 days. The link in the earlier email no longer works. If you weren't expecting this, you can ignore this email.</p>
<p style="margin:0;color:#5f6b7a;font-size:13px;word-break:break-all;">If the button doesn't work, copy this address into your browser:<br>{{url}}</p>`;

export const reminderText = `Your trip portal is still waiting

Hi {{firstName}}, {{agencyName}} invited you to your trip portal a few days ago, and the invitation is about to expire. Here is a fresh link: set a password once and your itinerary, invoices and documents are in one place.

Set your password here:
{{url}}

This link works once and expires in 7 days. The link in the earlier email no longer works. If you weren't expecting this, you can ignore this email.

— {{agencyName}}`;
