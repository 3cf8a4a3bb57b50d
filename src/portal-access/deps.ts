// A request's portal-access dependencies: D1, KV and the mailer (mail/send.ts assembles it),
// with the signed-in advisor's Gmail in front only for sends the advisor triggers themselves.
import type { Context } from "hono";
import { readGoogleSetup } from "../gmail/config";
import { advisorGmailTransport } from "../gmail/transport";
import type { AppEnv } from "../types";
import { portalMailer } from "./mail/send";
import type { QueuedServiceDeps, ServiceDeps } from "./service";

/** Automatic invites and what clients ask for themselves: never the advisor's Gmail (SPEC §6). */
export function serviceDeps(c: Context<AppEnv>): QueuedServiceDeps {
  const config = c.get("config");
  // No click waits for these emails: they go through the MAIL queue, with retries.
  return { ...portalMailer({ config, db: c.get("db"), queue: c.env.MAIL }), kv: c.get("kv") };
}

/**
 * For sends the signed-in advisor triggers: their Gmail first when Gmail is set up here (it
 * steps aside unless their connection is live), then the default. Automatic invites use
 * serviceDeps, never this: SPEC §6 sends them through Postmark only.
 */
export function advisorSendDeps(c: Context<AppEnv>): ServiceDeps {
  const config = c.get("config");
  const setup = readGoogleSetup(config);
  const gmail = setup.configured
    ? advisorGmailTransport({
        db: c.get("db"),
        kv: c.get("kv"),
        google: setup.google,
        agencyId: c.get("advisor").agencyId,
        advisorId: c.get("advisor").id,
      })
    : undefined;
  // No queue: a click sends at once, so its toast can say what happened.
  return { ...portalMailer({ config, db: c.get("db"), gmail }), kv: c.get("kv") };
}
