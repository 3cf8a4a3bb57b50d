// The password reset an advisor sends (Send password reset).
import { m } from "../src/i18n/messages";
import { H1, linkExpiry, P, type PortalEmailTemplate, preheaderExpiry, SMALL } from "./layout";

export const reset: PortalEmailTemplate = {
  words: (f) => ({
    subject: m.email_reset_subject({ agencyName: f.agencyName }, f.rc),
    preheader: `${m.email_reset_preheader({ advisorName: f.advisorName }, f.rc)} ${preheaderExpiry(f)}`,
    label: m.email_reset_button({}, f.rc),
    heading: m.email_reset_heading({}, f.rc),
    intro: m.email_reset_intro({ firstName: f.firstName, advisorName: f.advisorName, agencyName: f.agencyName }, f.rc),
    textLead: m.email_reset_text_lead({}, f.rc),
    expiry: linkExpiry(f),
    ifNotYou: m.email_reset_if_not_you({}, f.rc),
  }),

  html: `<h1 style="${H1}">{{heading}}</h1>
<p style="${P}">{{intro}}</p>
{{{button}}}
<p style="${SMALL}">{{expiry}} {{ifNotYou}}</p>
{{{fallback}}}`,

  text: `{{heading}}

{{intro}}

{{textLead}}
{{url}}

{{expiry}} {{ifNotYou}}

— {{agencyName}}`,
};
