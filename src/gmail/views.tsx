// Settings → Gmail card: one of four states (not set up on this server, not connected,
// connected, needs a reconnect), each with exactly the buttons that fit it.
import type { Config } from "../env";
import { readGoogleSetup } from "./config";
import type { GmailConnectionSummary } from "./queries";

export interface GmailCardProps {
  /** Names of the settings this server still lacks; empty when Gmail can be connected. */
  missingConfig: string[];
  connection: GmailConnectionSummary | null;
}

export function gmailCardProps(config: Config, connection: GmailConnectionSummary | null): GmailCardProps {
  const setup = readGoogleSetup(config);
  return { missingConfig: setup.configured ? [] : setup.missing, connection };
}

function ConnectButton(props: { label: string }) {
  return (
    <form method="post" action="/settings/gmail/connect">
      <button type="submit" class="btn btn-primary">
        {props.label}
      </button>
    </form>
  );
}

function DisconnectButton() {
  return (
    <form
      method="post"
      action="/settings/gmail/disconnect"
      data-confirm="Disconnect Gmail? Invites you send will go out from the agency's address instead."
    >
      <button type="submit" class="btn btn-danger">
        Disconnect
      </button>
    </form>
  );
}

export function GmailCard(props: GmailCardProps) {
  const { connection } = props;
  return (
    <section class="card" id="gmail" aria-label="Gmail">
      <header class="card-header">
        <h2>Gmail</h2>
      </header>
      {props.missingConfig.length > 0 ? (
        <p class="hint">
          Gmail sending isn't available on this Trips server yet. Until it is, invites go out by email from your
          agency's address, as they do now.
        </p>
      ) : !connection ? (
        <div class="stack">
          <p class="hint">
            Send portal invites, resends and password resets from your own Gmail, so clients see your name and reply
            straight to you. If Gmail can't send, the agency's address sends instead.
          </p>
          <ConnectButton label="Connect Gmail" />
        </div>
      ) : connection.status === "connected" ? (
        <div class="stack">
          <p>
            Connected as <strong>{connection.email}</strong>
          </p>
          <p class="hint">
            Invites, resends and resets you send go out from this address. Automatic invites still go out from the
            agency's address.
          </p>
          <DisconnectButton />
        </div>
      ) : (
        <div class="stack">
          <p class="alert alert-error" role="status">
            Google stopped accepting the connection to <strong>{connection.email}</strong> (it expired or access was
            removed), so your invites are going out from the agency's address.
          </p>
          <ConnectButton label="Reconnect Gmail" />
          <DisconnectButton />
        </div>
      )}
    </section>
  );
}
