// The notice after a reset claim: the password of the portal account was changed. A security
// notice, so it says how to reach the agency (its address too, when it has one).
import { m } from "../src/i18n/messages";
import { H1, P, type PortalEmailTemplate } from "./layout";

export const passwordChanged: PortalEmailTemplate = {
  words: ({ rc, agencyName, firstName, contactEmail }) => ({
    subject: m.email_password_changed_subject({ agencyName }, rc),
    preheader: m.email_password_changed_preheader({ agencyName }, rc),
    label: m.email_password_changed_button({}, rc),
    heading: m.email_password_changed_heading({}, rc),
    intro: m.email_password_changed_intro({ firstName, agencyName }, rc),
    notYou: contactEmail
      ? m.email_password_changed_not_you_with_address({ agencyName, contactEmail }, rc)
      : m.email_password_changed_not_you({ agencyName }, rc),
    textLead: m.email_password_changed_text_lead({}, rc),
  }),

  html: `<h1 style="${H1}">{{heading}}</h1>
<p style="${P}">{{intro}}</p>
<p style="${P}"><strong>{{notYou}}</strong></p>
{{{button}}}`,

  text: `{{heading}}

{{intro}}

{{notYou}}

{{textLead}}
{{url}}

— {{agencyName}}`,
};
