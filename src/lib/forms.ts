// Reading forms, one way for every route: zod at the edge through @hono/zod-validator. Every
// field the schema names is read as text (a missing one reads as "", so the schema's own words
// answer: "Enter your email.", never "expected string, received undefined"), normalised to NFC,
// and refused when it holds what no field here should: bytes that weren't valid UTF-8, control
// characters (line breaks included: every field is one line) or text-direction overrides.
import { zValidator } from "@hono/zod-validator";
import type { Context, Env } from "hono";
import * as z from "zod/mini";

export type FieldErrors<T> = Partial<Record<Extract<keyof T, string>, string>>;

export interface InvalidForm<T> {
  /** The first message for each field, in the schema's words. */
  errors: FieldErrors<T>;
  /** The first message of all, for forms that show one line. */
  first: string;
  /** What was typed, to put back into the form. */
  values: Record<string, string>;
}

/** No field of ours is longer than this; schemas set tighter caps of their own. */
export const MAX_FIELD_LENGTH = 2000;

const UNREADABLE = /\uFFFD/;
// C0 and C1 controls (tab, CR and LF included) and DEL: finding them is the point here.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the regex exists to refuse control characters.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
// Bidirectional embeddings, overrides and isolates, and the directional marks.
const DIRECTION = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export const TEXT_MESSAGES = {
  unreadable: "This contains characters that could not be read. Retype it and try again.",
  control: "This can't contain line breaks or other control characters.",
  direction: "This can't contain text-direction characters (they can disguise what it says).",
  tooLong: `This is far too long (at most ${MAX_FIELD_LENGTH} characters).`,
} as const;

/** Any text a person could have typed into one of our one-line fields, normalised to NFC. */
export const typedText = z.string().check(z.normalize("NFC"), (ctx) => {
  const s = ctx.value;
  const message = UNREADABLE.test(s)
    ? TEXT_MESSAGES.unreadable
    : CONTROL.test(s)
      ? TEXT_MESSAGES.control
      : DIRECTION.test(s)
        ? TEXT_MESSAGES.direction
        : s.length > MAX_FIELD_LENGTH
          ? TEXT_MESSAGES.tooLong
          : null;
  if (message) ctx.issues.push({ code: "custom", message, input: s });
});

function asText(raw: unknown, keys: string[]): Record<string, string> {
  const form = (raw ?? {}) as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, typeof form[key] === "string" ? (form[key] as string) : ""]));
}

/**
 * Validates the request's form with `schema` (a z.object of one schema per field); when it
 * fails, `onInvalid` answers and the handler never runs.
 */
export function validForm<S extends z.ZodMiniObject, E extends Env = Env>(
  schema: S,
  onInvalid: (c: Context<E>, invalid: InvalidForm<z.output<S>>) => Response | Promise<Response>,
) {
  const keys = Object.keys(schema.shape);
  const checked = z.object(
    Object.fromEntries(
      keys.map((key) => [key, z.pipe(typedText, schema.shape[key] as z.ZodMiniType<unknown, string>)]),
    ),
  );
  const textual = z.pipe(
    z.transform((raw: unknown) => asText(raw, keys)),
    checked,
  ) as unknown as z.ZodMiniType<z.output<S>, unknown>;
  return zValidator("form", textual, async (result, c) => {
    if (result.success) return;
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) errors[String(issue.path[0] ?? "")] ??= issue.message;
    const first = result.error.issues[0]?.message ?? "Check the form and try again.";
    return onInvalid(c as unknown as Context<E>, {
      errors: errors as FieldErrors<z.output<S>>,
      first,
      values: asText(result.data, keys),
    });
  });
}
