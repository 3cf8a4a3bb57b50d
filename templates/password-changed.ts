// The notice after a reset claim: the password of the portal account was changed.
export const passwordChangedSubject = `Your {{agencyName}} trip portal password was changed`;

export const passwordChangedHtml = `<h1 style="font-size:22px;margin:0 0 12px;">Your password was changed</h1>
<p style="margin:0 0 12px;">Hi {{firstName}}, the password of your {{agencyName}} trip portal was just changed, and every other device was signed out.</p>
<p style="margin:0 0 12px;">If this wasn't you, contact {{agencyName}} right away.</p>
{{{button}}}`;

export const passwordChangedText = `Your password was changed

Hi {{firstName}}, the password of your {{agencyName}} trip portal was just changed, and every other device was signed out.

If this wasn't you, contact {{agencyName}} right away.

Sign in: {{url}}

— {{agencyName}}`;
