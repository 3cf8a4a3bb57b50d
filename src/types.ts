// The Hono environment shared by every feature sub-app.

import type { Db, QueryStats } from "./db/client";
import type { Bindings, Config } from "./env";

export interface SignedInAdvisor {
  id: string;
  agencyId: string;
  name: string;
  email: string;
  sessionId: string;
}

export interface AppEnv {
  Bindings: Bindings;
  Variables: {
    db: Db;
    /** The primary, for the reads that must not trust a replica's "not found". */
    primaryDb: () => Db;
    stats: QueryStats;
    /** The SESSIONS KV namespace, counted for Server-Timing. */
    kv: KVNamespace;
    config: Config;
    advisor: SignedInAdvisor;
    /** A valid advisor or client session came with this request (production shows Server-Timing only then). */
    signedIn: boolean;
    /** Cloudflare's ray id, or a fresh id: what an error page shows and the log records. */
    requestId: string;
    /** Sends a request through the whole app (the dev outbox posts its simulated webhooks with it). */
    dispatch: (request: Request) => Promise<Response>;
    /** Every route the app registers (the dev route list that the accessibility test checks against). */
    routes: () => { method: string; path: string }[];
  };
}
