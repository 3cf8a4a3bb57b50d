// The branded frame every portal email shares (SPEC §6: Gmail, Outlook and Apple Mail, light and
// dark), and the words of that frame (SPEC §14: in the traveler's language). {{…}} is escaped by
// the renderer; {{{…}}} inserts markup the renderer built itself.
// - The agency's name sits on the card, in ink colour, not on the brand colour: a client that
//   darkens on its own (Gmail's apps, Outlook) inverts card and ink together, so it stays readable.
//   The brand colour is the stripe above it and the button.
// - Outlook on Windows ignores max-width: its own conditional table holds the card at 600 px.
// - Outlook for Mac, iOS and Android drop <body> styles: every text cell names its font.
// - Clients that honour prefers-color-scheme get the dark palette from the <style> block.
import type { RenderContext } from "../src/i18n/format";
import { m } from "../src/i18n/messages";

/** What an email's words are written from: plain text, user data included (the renderer escapes it). */
export interface EmailFacts {
  readonly rc: RenderContext;
  readonly agencyName: string;
  readonly firstName: string;
  readonly advisorName: string;
  readonly advisorFirstName: string;
  /** The agency's address for travelers, when it has one. */
  readonly contactEmail: string | null;
  /** When the link stops working, in full and in the agency's zone; null when the caller gave no date. */
  readonly expiry: string | null;
  readonly code: string;
  /** When the sign-in code stops working, as a time of day in the agency's zone. */
  readonly codeExpiry: string;
}

/** The slots an email fills: `subject`, `preheader` and the button's `label`, then its own. */
export type EmailWords = { subject: string; preheader: string; label: string } & Record<string, string>;

/** One portal email: its words in the traveler's language, and where they go in its HTML and text. */
export interface PortalEmailTemplate {
  words(facts: EmailFacts): EmailWords;
  /** The card's content; {{{button}}} and {{{fallback}}} are the renderer's. */
  html: string;
  /** The whole text/plain part; {{url}} is the link. */
  text: string;
}

/** "This link works once and expires in 7 days, on …": under the button of every link email. */
export function linkExpiry({ rc, expiry }: EmailFacts): string {
  return expiry ? m.email_link_expiry({ expiry }, rc) : m.email_link_expiry_in_7_days({}, rc);
}

/** The preheader's last sentence in every link email. */
export function preheaderExpiry({ rc, expiry }: EmailFacts): string {
  return expiry ? m.email_preheader_expiry({ expiry }, rc) : m.email_preheader_expiry_in_7_days({}, rc);
}

/** The frame's own words: the footer, and the line that offers the address when the button fails. */
export function frameWords({ rc, agencyName, contactEmail }: EmailFacts) {
  return {
    footer: contactEmail
      ? m.email_footer_with_address({ agencyName, contactEmail }, rc)
      : m.email_footer({ agencyName }, rc),
    fallbackLine: m.email_button_fallback({}, rc),
  };
}

export const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

export const layoutHtml = `<!doctype html>
<html lang="{{lang}}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>{{subject}}</title>
<!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<style>
:root{color-scheme:light dark;supported-color-schemes:light dark}
@media (prefers-color-scheme:dark){
.bg{background-color:#101318!important}
.card{background-color:#1b2028!important;border-color:#2e3642!important}
.ink{color:#eef1f5!important}
.muted{color:#b3bcc8!important;border-color:#2e3642!important}
}
</style>
</head>
<body class="bg" style="margin:0;padding:0;background-color:#f3f4f7;">
<div style="display:none;font-size:1px;line-height:1px;mso-hide:all;">{{preheader}}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class="bg" style="background-color:#f3f4f7;">
<tr><td align="center" style="padding:24px 8px;">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td><![endif]-->
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class="card" style="max-width:600px;background-color:#ffffff;border:1px solid #e1e5ec;border-radius:12px;">
<tr><td height="6" style="height:6px;font-size:6px;line-height:6px;background-color:{{brandStripe}};border-radius:12px 12px 0 0;">&nbsp;</td></tr>
<tr><td style="padding:20px 28px 4px;">
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>
{{{logoCell}}}
<td class="ink" style="font-family:${FONT};font-size:18px;line-height:24px;font-weight:700;color:#1c2430;">{{agencyName}}</td>
</tr></table>
</td></tr>
<tr><td class="ink" style="padding:16px 28px 24px;font-family:${FONT};font-size:16px;line-height:24px;color:#1c2430;">
{{{content}}}
</td></tr>
<tr><td class="muted" style="padding:16px 28px 20px;border-top:1px solid #e1e5ec;font-family:${FONT};font-size:13px;line-height:20px;color:#5b6676;">
{{{footer}}}
</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</body>
</html>`;

export const logoCellHtml = `<td style="padding-right:12px;"><img src="{{logoUrl}}" width="{{logoWidth}}" height="{{logoHeight}}" alt="" style="display:block;border:0;"></td>`;

// Padding on the link for clients that honour it; mso-padding-alt gives Outlook on Windows the same
// padding on the cell, where it keeps it (it ignores padding on <a>).
export const buttonHtml = `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:24px 0;"><tr>
<td align="center" bgcolor="{{brandColor}}" style="background-color:{{brandColor}};border-radius:8px;mso-padding-alt:14px 24px;">
<a href="{{url}}" style="display:inline-block;padding:14px 24px;font-family:${FONT};font-size:16px;line-height:20px;font-weight:700;color:{{brandInk}};text-decoration:none;border-radius:8px;">{{label}}</a>
</td></tr></table>`;

/** The paragraph under the button: the address alone may break anywhere (it has no words to keep). */
export const fallbackHtml = `<p class="muted" style="margin:0;font-family:${FONT};font-size:13px;line-height:20px;color:#5b6676;">{{fallbackLine}}<br><span style="word-break:break-all;">{{url}}</span></p>`;

/** The paragraph style for body text (the font again: Outlook's Word engine doesn't inherit it into <p>). */
export const P = `margin:0 0 14px;font-family:${FONT};`;
export const H1 = `margin:0 0 14px;font-family:${FONT};font-size:22px;line-height:28px;font-weight:700;`;
export const SMALL = `margin:0 0 14px;font-family:${FONT};font-size:14px;line-height:21px;`;
