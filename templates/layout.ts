// The branded frame every portal email shares. {{…}} is escaped by the renderer; only
// {{{…}}} (used for already-rendered inner templates) is inserted as is.
export const layoutHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{subject}}</title>
</head>
<body style="margin:0;padding:0;background:#f4f5f8;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#1c2430;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f8;padding:24px 12px;">
<tr><td align="center">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:12px;overflow:hidden;border:1px solid #e3e7ee;">
<tr><td style="background:{{brandColor}};padding:20px 28px;">
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
{{{logoCell}}}
<td style="color:{{brandInk}};font-size:18px;font-weight:700;">{{agencyName}}</td>
</tr></table>
</td></tr>
<tr><td style="padding:28px;font-size:15px;line-height:1.6;">
{{{content}}}
</td></tr>
<tr><td style="padding:16px 28px;border-top:1px solid #e3e7ee;font-size:12px;color:#5f6b7a;">
Sent by {{agencyName}} through Trips. If you weren't expecting this email, you can ignore it.
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`;

export const logoCellHtml = `<td style="padding-right:12px;"><img src="{{logoUrl}}" width="40" height="40" alt="{{agencyName}}" style="display:block;border-radius:8px;border:0;"></td>`;

export const buttonHtml = `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:24px 0;"><tr><td style="background:{{brandColor}};border-radius:8px;">
<a href="{{url}}" style="display:inline-block;padding:12px 22px;color:{{brandInk}};font-weight:600;text-decoration:none;">{{label}}</a>
</td></tr></table>`;
