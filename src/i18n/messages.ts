// The traveler's words (SPEC §14), compiled from messages/**/{locale}.json by `npm run i18n`
// (Paraglide JS) into one small function per message. `m.some_message({ name }, rc)`: the render
// context is the second argument, always; TypeScript refuses a call without it, and the compiled
// messages have no global locale to fall back on (src/i18n/explicit-locale.js).
//
// A message returns plain text. JSX escapes it as a child; an email's HTML escapes it with
// escapeHtml; markup inside a sentence goes through <Rich> (i18n/rich.tsx), never concatenation.
import type { Locale } from "./locales";
import * as compiled from "./paraglide/messages/_index.js";

type WithLocale<F> = F extends (inputs: infer I, options?: infer _O) => infer R
  ? (inputs: NonNullable<I>, rc: { readonly locale: Locale }) => R
  : never;

export type Messages = { readonly [K in keyof typeof compiled]: WithLocale<(typeof compiled)[K]> };
export type MessageKey = keyof Messages;

export const m = compiled as unknown as Messages;
