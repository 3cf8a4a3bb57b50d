// The emailed sign-in code (SPEC §13): the code itself, large, for a traveler who asked for it on
// the portal's sign-in page. Mail nobody clicked, so it replies to the agency's contact address.
import { m } from "../src/i18n/messages";
import { H1, P, type PortalEmailTemplate, SMALL } from "./layout";

// Digits spaced (six digits and no spaces never wrap); a monospace face so 1 and 7 don't blur together.
const CODE = `margin:8px 0 18px;font-family:'SF Mono',Menlo,Consolas,'Courier New',monospace;font-size:34px;line-height:40px;font-weight:700;letter-spacing:6px;`;

export const signInCode: PortalEmailTemplate = {
  words: ({ rc, agencyName, firstName, contactEmail, code, codeExpiry }) => ({
    subject: m.email_sign_in_code_subject({ code, agencyName }, rc),
    preheader: m.email_sign_in_code_preheader({}, rc),
    label: m.email_sign_in_code_button({}, rc),
    heading: m.email_sign_in_code_heading({}, rc),
    intro: m.email_sign_in_code_intro({ firstName, agencyName }, rc),
    expiry: m.email_sign_in_code_expiry({ time: codeExpiry }, rc),
    ignore: m.email_sign_in_code_ignore({}, rc),
    nobodyElse: m.email_sign_in_code_nobody_else({}, rc),
    questions: contactEmail
      ? m.email_sign_in_code_questions_with_address({ contactEmail }, rc)
      : m.email_sign_in_code_questions({}, rc),
    textLead: m.email_sign_in_code_text_lead({}, rc),
  }),

  html: `<h1 style="${H1}">{{heading}}</h1>
<p style="${P}">{{intro}}</p>
<p style="${CODE}">{{code}}</p>
<p style="${P}">{{expiry}}</p>
<p style="${SMALL}"><strong>{{ignore}}</strong> {{nobodyElse}}</p>
{{{button}}}`,

  text: `{{heading}}

{{intro}}

    {{code}}

{{expiry}}

{{ignore}} {{nobodyElse}} {{questions}}

{{textLead}}
{{url}}

— {{agencyName}}`,
};
