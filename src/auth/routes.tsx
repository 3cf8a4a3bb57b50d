// Advisor sign-in and sign-out.
import { Hono } from "hono";
import * as z from "zod/mini";
import { validForm } from "../lib/forms";
import { dummyHashFor, verifyPassword } from "../lib/password";
import { clientIp } from "../lib/rate-limit";
import { closeSignInGate, openSignInGate } from "../sessions/sign-in-gate";
import { throttleKey } from "../sessions/throttle";
import type { AppEnv } from "../types";
import { findAdvisorByEmail } from "./queries";
import { endAdvisorSession, startAdvisorSession } from "./session";
import { LoginPage } from "./views";

const loginForm = z.object({
  email: z.pipe(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { error: "Enter your email." }),
        z.maxLength(254, { error: "That email address is too long." }),
        z.toLowerCase(),
      ),
    z.email({ error: "Enter your email address, like pat@agency.com." }),
  ),
  password: z
    .string()
    .check(
      z.minLength(1, { error: "Enter your password." }),
      z.maxLength(128, { error: "That password is too long." }),
    ),
  next: z.string(),
});

/** Only same-site paths: never let ?next= send an advisor off to another host. */
function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])[\w\-/?=&.%]*$/.test(next) ? next : "/trips";
}

export const authRoutes = new Hono<AppEnv>()
  .get("/login", (c) => c.html(<LoginPage next={c.req.query("next")} />))
  .post(
    "/login",
    validForm(loginForm, (c, invalid) =>
      c.html(<LoginPage email={invalid.values.email} error={invalid.first} next={invalid.values.next} />, 422),
    ),
    async (c) => {
      const { email, password, next } = c.req.valid("form");
      const now = new Date();
      const gateDeps = { db: c.get("db"), limiter: c.env.AUTH_LIMITER, secret: c.get("config").SESSION_SECRET };
      const [advisor, gate] = await Promise.all([
        findAdvisorByEmail(c.get("db"), email),
        openSignInGate(c, gateDeps, {
          key: throttleKey({ side: "advisor", email }),
          ipKey: `advisor-login:ip:${clientIp(c.req.raw)}`,
          now,
        }),
      ]);
      if (!gate.ok) return c.html(<LoginPage email={email} error={gate.message} next={next} />, 429);
      const valid = await verifyPassword(password, advisor?.passwordHash ?? dummyHashFor(c.get("config").scrypt));
      if (!advisor || !valid) {
        await closeSignInGate(c, gateDeps, gate, "failure", now);
        return c.html(
          <LoginPage email={email} error="That email and password don't match an advisor account." next={next} />,
          401,
        );
      }
      await closeSignInGate(c, gateDeps, gate, "success", now);
      await startAdvisorSession(
        c,
        { id: advisor.id, agencyId: advisor.agencyId, name: advisor.name, email: advisor.email },
        c.get("config").SESSION_SECRET,
      );
      return c.redirect(safeNext(next), 303);
    },
  )
  .post("/logout", async (c) => {
    await endAdvisorSession(c, c.get("config").SESSION_SECRET, c.get("kv"));
    return c.redirect("/login", 303);
  });
