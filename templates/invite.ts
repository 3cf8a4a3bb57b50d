// The portal invite: sent for Invite, Resend invite and Reactivate & reinvite. What decides whether
// a traveler trusts the email, so each language says it in its own words (messages/email/).
import { m } from "../src/i18n/messages";
import { H1, linkExpiry, P, type PortalEmailTemplate, preheaderExpiry, SMALL } from "./layout";

export const invite: PortalEmailTemplate = {
  words: (f) => ({
    subject: m.email_invite_subject({ advisorFirstName: f.advisorFirstName, agencyName: f.agencyName }, f.rc),
    preheader: `${m.email_invite_preheader({}, f.rc)} ${preheaderExpiry(f)}`,
    label: m.email_invite_button({}, f.rc),
    heading: m.email_invite_heading({ firstName: f.firstName }, f.rc),
    intro: m.email_invite_intro({ advisorName: f.advisorName, agencyName: f.agencyName }, f.rc),
    lead: m.email_invite_lead({}, f.rc),
    expiry: linkExpiry(f),
    // The button's own words on the claim page, so the email names what the traveler will see.
    ifExpired: m.email_invite_if_expired(
      { agencyName: f.agencyName, freshLinkButton: m.claim_fresh_link_button({}, f.rc) },
      f.rc,
    ),
    questions: m.email_invite_questions({ advisorName: f.advisorName }, f.rc),
  }),

  html: `<h1 style="${H1}">{{heading}}</h1>
<p style="${P}">{{intro}}</p>
<p style="${P}margin:0;">{{lead}}</p>
{{{button}}}
<p style="${SMALL}">{{expiry}} {{ifExpired}}</p>
{{{fallback}}}`,

  text: `{{heading}}

{{intro}}

{{lead}}
{{url}}

{{expiry}} {{ifExpired}}

{{questions}}

— {{agencyName}}`,
};
