// The link a traveler asked for with "Forgot password?" / "Email me a fresh link" on the portal.
import { m } from "../src/i18n/messages";
import { H1, linkExpiry, P, type PortalEmailTemplate, preheaderExpiry, SMALL } from "./layout";

export const freshLink: PortalEmailTemplate = {
  words: (f) => ({
    subject: m.email_fresh_link_subject({ agencyName: f.agencyName }, f.rc),
    preheader: `${m.email_fresh_link_preheader({}, f.rc)} ${preheaderExpiry(f)}`,
    label: m.email_fresh_link_button({}, f.rc),
    heading: m.email_fresh_link_heading({ firstName: f.firstName }, f.rc),
    intro: m.email_fresh_link_intro({ agencyName: f.agencyName }, f.rc),
    textLead: m.email_fresh_link_text_lead({}, f.rc),
    expiry: linkExpiry(f),
    earlierLink: m.email_fresh_link_earlier_link({}, f.rc),
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
