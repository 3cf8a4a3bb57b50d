// The dev outbox: local development without a Postmark token stores each rendered email
// in D1, listed at /dev/outbox with working links. Never used in production.
import { desc, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { devOutbox } from "../db/schema";
import { newId } from "../lib/ids";
import type { MailTransport } from "./message";

export function outboxTransport(db: Db): MailTransport {
  return {
    channel: "outbox",
    async send(mail) {
      const id = newId("msg");
      await db.insert(devOutbox).values({
        id,
        at: new Date(),
        fromAddress: mail.from,
        toAddress: mail.to,
        replyTo: mail.replyTo ?? null,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        tag: mail.tag,
      });
      return { ok: true, channel: "outbox", messageId: id };
    },
  };
}

export function listOutbox(db: Db, limit = 100) {
  return db.select().from(devOutbox).orderBy(desc(devOutbox.at)).limit(limit);
}

export async function findOutboxMessage(db: Db, id: string) {
  const rows = await db.select().from(devOutbox).where(eq(devOutbox.id, id)).limit(1);
  return rows[0] ?? null;
}
