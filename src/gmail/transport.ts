// The signed-in advisor's Gmail as a mail transport, wired to D1 and KV. The connection is read
// when a message is actually sent, so actions that send nothing cost no extra query.
import type { Db } from "../db/client";
import { gmailTransport } from "../mail/gmail";
import type { MailTransport } from "../mail/message";
import type { GoogleConfig } from "./config";
import type { FetchLike } from "./oauth";
import { loadConnectedGmailSender, markGmailNeedsReconnect } from "./queries";

export function advisorGmailTransport(deps: { db: Db; kv: KVNamespace; google: GoogleConfig; agencyId: string; advisorId: string; fetch?: FetchLike; timeoutMs?: number }): MailTransport {
  return gmailTransport({
    kv: deps.kv,
    google: deps.google,
    fetch: deps.fetch,
    timeoutMs: deps.timeoutMs,
    loadSender: () => loadConnectedGmailSender(deps.db, deps.agencyId, deps.advisorId),
    markNeedsReconnect: (sender) => markGmailNeedsReconnect(deps.db, deps.agencyId, sender.advisorId, sender.sealedRefreshToken),
  });
}
