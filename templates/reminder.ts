// The expiry reminder: sent once, about a day before an invite's link would expire, with a
// fresh link (the old one stops working: only hashes are stored, so it can't be re-sent).
import { m } from "../src/i18n/messages";
import { H1, linkExpiry, P, type PortalEmailTemplate, preheaderExpiry, SMALL } from "./layout";

export const reminder: PortalEmailTemplate = {
  words: (f) => ({
    subject: m.email_reminder_subject({ agencyName: f.agencyName }, f.rc),
    preheader: `${m.email_reminder_preheader({}, f.rc)} ${preheaderExpiry(f)}`,
    label: m.email_reminder_button({}, f.rc),
    heading: m.email_reminder_heading({}, f.rc),
    intro: m.email_reminder_intro({ firstName: f.firstName, agencyName: f.agencyName }, f.rc),
    textLead: m.email_reminder_text_lead({}, f.rc),
    expiry: linkExpiry(f),
    earlierLink: m.email_reminder_earlier_link({}, f.rc),
  }),

  html: `<h1 style="${H1}">{{heading}}</h1>
<p style="${P}">{{intro}}</p>
{{{button}}}
<p style="${SMALL}">{{expiry}} {{earlierLink}}</p>
{{{fallback}}}`,

  text: `{{heading}}

{{intro}}

{{textLead}}
{{url}}

{{expiry}} {{earlierLink}}

— {{agencyName}}`,
};
