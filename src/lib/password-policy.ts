// The client password policy (SPEC §8, NIST 800-63B): 12 to 128 characters, no composition
// rules, refused when it is on the common-password list shipped with the project.
//
// Its refusals are message keys, not words: the traveler reads them in their own language (the
// portal turns them into words, portal/refusals.ts; the rules themselves are "password_rules").
import * as z from "zod/mini";
import { isCommonPassword } from "./common-passwords";

export const PASSWORD_ERRORS = {
  tooShort: "password_too_short",
  tooLong: "password_too_long",
  tooCommon: "password_too_common",
  mismatch: "password_mismatch",
} as const;

export const newPasswordForm = z
  .object({
    password: z.string().check(
      z.minLength(12, { error: PASSWORD_ERRORS.tooShort }),
      z.maxLength(128, { error: PASSWORD_ERRORS.tooLong }),
      z.refine((p) => !isCommonPassword(p), { error: PASSWORD_ERRORS.tooCommon }),
    ),
    confirm: z.string(),
  })
  .check(z.refine((f) => f.password === f.confirm, { error: PASSWORD_ERRORS.mismatch, path: ["confirm"] }));
