// The client password policy (SPEC §8, NIST 800-63B): 12 to 128 characters, no composition
// rules, refused when it is on the common-password list shipped with the project.
import * as z from "zod/mini";
import { isCommonPassword } from "./common-passwords";

export const PASSWORD_RULES = "Use at least 12 characters. Long phrases are good; common passwords are refused.";

export const newPasswordForm = z
  .object({
    password: z.string().check(
      z.minLength(12, { error: "Your password needs at least 12 characters." }),
      z.maxLength(128, { error: "Your password can be at most 128 characters." }),
      z.refine((p) => !isCommonPassword(p), {
        error: "That password is too common and easy to guess. Try a longer phrase only you would think of.",
      }),
    ),
    confirm: z.string(),
  })
  .check(z.refine((f) => f.password === f.confirm, { error: "The two passwords don't match.", path: ["confirm"] }));
