// What a MAIL queue message carries (portal-access/mail/ writes and reads them): the outbound
// row, and its claim link sealed for that row. Here, a floor down, because the Worker's bindings
// (env.ts) and its queue handler (index.ts) name the queue's type too.
export interface MailMessage {
  outboundId: string;
  sealedLink: string | null;
}
