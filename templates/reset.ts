// The password reset: sent for Send password reset, and by the portal's forgot-password form.
export const resetSubject = `Choose a new password for your {{agencyName}} trip portal`;

export const resetHtml = `<h1 style="font-size:22px;margin:0 0 12px;">Choose a new password</h1>
<p style="margin:0 0 12px;">Hi {{firstName}}, someone (hopefully you, or {{agencyName}} on your behalf) asked to reset the password of your trip portal.</p>
{{{button}}}
<p style="margin:0 0 12px;color:#4a5566;font-size:14px;">This link works once and expires in 7 days. If you didn't ask for this, ignore this email: your password stays as it is.</p>
<p style="margin:0;color:#5f6b7a;font-size:13px;word-break:break-all;">If the button doesn't work, copy this address into your browser:<br>{{url}}</p>`;

export const resetText = `Choose a new password

Hi {{firstName}}, someone (hopefully you, or {{agencyName}} on your behalf) asked to reset the password of your trip portal.

Choose a new password here:
{{url}}

This link works once and expires in 7 days. If you didn't ask for this, ignore this email: your password stays as it is.

— {{agencyName}}`;
