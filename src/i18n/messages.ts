// The traveler's words (SPEC §14), compiled from messages/**/{locale}.json by `npm run i18n`
// (Paraglide JS) into one small function per message and language, and a generated dispatcher
// (paraglide/dispatch.ts). `m.some_message({ name }, rc)`: the render context is the second
// argument, always. TypeScript refuses a call without it, and there is nothing else to fall back
// on: the dispatcher picks the language's function from `rc.locale`, and Paraglide's runtime (with
// its request-wide locale) is never imported.
//
// A message returns plain text. JSX escapes it as a child; an email's HTML escapes it with
// escapeHtml; markup inside a sentence goes through <Rich> (i18n/rich.tsx), never concatenation.
import { m } from "./paraglide/dispatch";

export { m };
export type Messages = typeof m;
export type MessageKey = keyof Messages;
