// The one place that decides how portal mail leaves for a request: the default transport
// (Postmark, or the dev outbox locally), with the signed-in advisor's Gmail in front only for
// sends the advisor triggers themselves.
import type { Context } from "hono";
import { readGoogleSetup } from "../gmail/config";
import { advisorGmailTransport } from "../gmail/transport";
import { defaultTransport } from "../mail/send";
import type { AppEnv } from "../types";
import type { QueuedServiceDeps, ServiceDeps } from "./service";

/** Automatic invites and what clients ask for themselves: never the advisor's Gmail (SPEC §6). */
export function serviceDeps(c: Context<AppEnv>): QueuedServiceDeps {
  return {
    db: c.get("db"),
    kv: c.get("kv"),
    transports: [defaultTransport(c.get("config"), c.get("db"))],
    baseUrl: c.get("config").APP_BASE_URL,
    mailFrom: c.get("config").MAIL_FROM,
    // No click waits for these emails: they go through the MAIL queue, with retries.
    queue: { mail: c.env.MAIL, secret: c.get("config").SESSION_SECRET },
  };
}

/**
 * For sends the signed-in advisor triggers: their Gmail first when Gmail is set up here (it
 * steps aside unless their connection is live), then the default. Automatic invites use
 * serviceDeps, never this: SPEC §6 sends them through Postmark only.
 */
export function advisorSendDeps(c: Context<AppEnv>): ServiceDeps {
  // A click sends at once, so its toast can say what happened.
  const { queue: _sentAtOnce, ...deps } = serviceDeps(c);
  const setup = readGoogleSetup(c.get("config"));
  if (!setup.configured) return deps;
  const gmail = advisorGmailTransport({
    db: c.get("db"),
    kv: c.get("kv"),
    google: setup.google,
    agencyId: c.get("advisor").agencyId,
    advisorId: c.get("advisor").id,
  });
  return { ...deps, transports: [gmail, ...deps.transports] };
}
