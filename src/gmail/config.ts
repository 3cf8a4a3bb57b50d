// Whether this deployment can connect advisors' Gmail, and everything the OAuth flow and the
// Gmail transport need. Google's endpoints are configuration so tests can point them at a fake.
import type { Config } from "../env";

export interface GoogleConfig {
  clientId: string;
  clientSecret: string;
  /** Secret the stored OAuth tokens are sealed with (JWE). */
  sealKey: string;
  authUrl: string;
  tokenUrl: string;
  revokeUrl: string;
  gmailApiUrl: string;
  /** Where Google sends the advisor back; registered in the Google Cloud console. */
  redirectUri: string;
}

export type GoogleSetup = { configured: true; google: GoogleConfig } | { configured: false; missing: string[] };

export function readGoogleSetup(config: Config): GoogleSetup {
  const missing = (
    [
      ["GOOGLE_CLIENT_ID", config.GOOGLE_CLIENT_ID],
      ["GOOGLE_CLIENT_SECRET", config.GOOGLE_CLIENT_SECRET],
      ["TOKEN_SEAL_KEY", config.TOKEN_SEAL_KEY],
    ] as const
  )
    .filter(([, value]) => !value)
    .map(([name]) => name);
  const { GOOGLE_CLIENT_ID: clientId, GOOGLE_CLIENT_SECRET: clientSecret, TOKEN_SEAL_KEY: sealKey } = config;
  if (!clientId || !clientSecret || !sealKey) return { configured: false, missing };
  return {
    configured: true,
    google: {
      clientId,
      clientSecret,
      sealKey,
      authUrl: config.GOOGLE_AUTH_URL,
      tokenUrl: config.GOOGLE_TOKEN_URL,
      revokeUrl: config.GOOGLE_REVOKE_URL,
      gmailApiUrl: config.GMAIL_API_URL,
      redirectUri: `${config.APP_BASE_URL}/settings/gmail/callback`,
    },
  };
}

/** Origins a form on our pages may end up at: Connect Gmail posts, then redirects to Google. */
export function formActionSources(config: Config): string {
  const setup = readGoogleSetup(config);
  return setup.configured ? `'self' ${new URL(setup.google.authUrl).origin}` : "'self'";
}
