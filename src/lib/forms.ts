// Reading forms, one way for every route: zod at the edge through @hono/zod-validator. Every
// field the schema names is read as text, and a missing one reads as "", so the schema's own
// words answer ("Enter your email."), never zod's "expected string, received undefined".
import { zValidator } from "@hono/zod-validator";
import type { Context, Env } from "hono";
import { z } from "zod";

export type FieldErrors<T> = Partial<Record<Extract<keyof T, string>, string>>;

export interface InvalidForm<T> {
  /** The first message for each field, in the schema's words. */
  errors: FieldErrors<T>;
  /** The first message of all, for forms that show one line. */
  first: string;
  /** What was typed, to put back into the form. */
  values: Record<string, string>;
}

function asText(raw: unknown, keys: string[]): Record<string, string> {
  const form = (raw ?? {}) as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, typeof form[key] === "string" ? (form[key] as string) : ""]));
}

/** Validates the request's form with `schema`; when it fails, `onInvalid` answers and the handler never runs. */
export function validForm<S extends z.ZodObject, E extends Env = Env>(
  schema: S,
  onInvalid: (c: Context<E>, invalid: InvalidForm<z.output<S>>) => Response | Promise<Response>,
) {
  const keys = Object.keys(schema.shape);
  const textual = z.preprocess((raw) => asText(raw, keys), schema);
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
