// The emailed sign-in code (SPEC §13): the code itself, large, for a traveler who asked for it on
// the portal's sign-in page. Mail nobody clicked, so it replies to the agency's contact address.
import { H1, P, SMALL } from "./layout";

export const signInCodeSubject = `{{code}} is your sign-in code for {{agencyName}}`;
export const signInCodePreheader = `Enter it on the sign-in page. It works once and expires in 10 minutes.`;

// Digits spaced (six digits and no spaces never wrap); a monospace face so 1 and 7 don't blur together.
const CODE = `margin:8px 0 18px;font-family:'SF Mono',Menlo,Consolas,'Courier New',monospace;font-size:34px;line-height:40px;font-weight:700;letter-spacing:6px;`;

export const signInCodeHtml = `<h1 style="${H1}">Your sign-in code</h1>
<p style="${P}">Hi {{firstName}}, enter this code on the sign-in page of your {{agencyName}} trip portal:</p>
<p style="${CODE}">{{code}}</p>
<p style="${P}">It works once and expires in 10 minutes, at {{codeExpiry}}.</p>
<p style="${SMALL}"><strong>If you didn't ask for this, ignore this email.</strong> Nobody can sign in without the code.</p>
{{{button}}}`;

export const signInCodeText = `Your sign-in code

Hi {{firstName}}, enter this code on the sign-in page of your {{agencyName}} trip portal:

    {{code}}

It works once and expires in 10 minutes, at {{codeExpiry}}.

If you didn't ask for this, ignore this email. Nobody can sign in without the code. If you have questions, {{reachAgency}}

Enter your code: {{url}}

— {{agencyName}}`;
