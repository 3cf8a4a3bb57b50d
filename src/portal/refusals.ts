// What a refused form or a throttled attempt says, in the page's language (SPEC §14). One
// convention for every portal page: a schema or a rule names what went wrong with a message key
// ("signin_email_missing", "password_too_short"), never with English, and the route turns it into
// words with `inPageWords(rc, …)` once it knows the page's render context. Pages only show words.
//
// Two shared layers also serve the English-only advisor dashboard and answer in English: lib/forms'
// checks on every typed field, and the sign-in gate's "Too many attempts" (sessions/throttle.ts).
// Their exact words are translated here, so a traveler never reads them in English either.
import type { RenderContext } from "../i18n/format";
import { type MessageKey, type Messages, m } from "../i18n/messages";
import { MAX_FIELD_LENGTH, TEXT_MESSAGES } from "../lib/forms";
import { PASSWORD_ERRORS } from "../lib/password-policy";
import { tooManyAttempts } from "../sessions/throttle";

/** A message that needs no inputs: what a schema or a rule can carry as its error. */
export type PlainKey = {
  [K in MessageKey]: Record<string, never> extends Parameters<Messages[K]>[0] ? K : never;
}[MessageKey];

/** A schema's error as a message key, checked to be one (zod wants a string). */
export const refusal = (key: PlainKey): string => key;

// lib/ can't import the messages (i18n imports lib), so the password policy's keys are checked here.
PASSWORD_ERRORS satisfies Record<string, PlainKey>;

const SHARED_ENGLISH: Record<string, (rc: RenderContext) => string> = {
  [TEXT_MESSAGES.unreadable]: (rc) => m.signin_field_unreadable({}, rc),
  [TEXT_MESSAGES.control]: (rc) => m.signin_field_control({}, rc),
  [TEXT_MESSAGES.direction]: (rc) => m.signin_field_direction({}, rc),
  [TEXT_MESSAGES.tooLong]: (rc) => m.signin_field_too_long({ max: MAX_FIELD_LENGTH }, rc),
  // lib/forms' answer when zod gave no issue at all (never seen, but it is English).
  "Check the form and try again.": (rc) => m.signin_form_check({}, rc),
  [tooManyAttempts(60)]: (rc) => m.signin_too_many({}, rc),
};

const isPlainKey = (what: string): what is PlainKey => Object.hasOwn(m, what);

/**
 * The page's words for `what`: a message key (from a schema or a rule), or the English of a
 * shared layer. Anything else is already words and is shown as it is.
 */
export function inPageWords(rc: RenderContext, what: string): string {
  if (isPlainKey(what)) return m[what]({}, rc);
  const shared = SHARED_ENGLISH[what];
  if (shared) return shared(rc);
  // The gate's longer waits ("Wait 5 minutes"): matched against its own words, never guessed.
  const minutes = Number(/^Too many attempts\. Wait (\d+) minutes/.exec(what)?.[1]);
  if (minutes > 1 && tooManyAttempts(minutes * 60) === what) return m.signin_too_many_minutes({ minutes }, rc);
  return what;
}
