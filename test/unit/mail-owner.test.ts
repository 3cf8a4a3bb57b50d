// One path for each effect (STYLE.md 16, issue 21): portal mail is sent, queued and recorded by
// src/portal-access/mail/ alone. Anything else that calls a transport, writes mail_outbound or
// records what happened to an email is a second behaviour waiting to drift from the first.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "..", "..", "src");
const OWNER = "portal-access/mail/";
/** The transports themselves (they answer a send; they don't choose or record one) and the demo seed's made-up history. */
const EXEMPT = ["mail/outbox.ts", "mail/postmark.ts", "gmail/transport.ts", "dev/seed.ts", "db/schema.ts"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const outsideOwner = () =>
  sourceFiles(SRC)
    .map((f) => ({ path: relative(SRC, f), text: readFileSync(f, "utf8") }))
    .filter((f) => !f.path.startsWith(OWNER) && !EXEMPT.includes(f.path));

/** The values a file outside the owner may give a delivery column: none yet, "sending" as an action starts one, or a read. */
const STARTS_OR_READS =
  /^(null|"sending"|[\w.]+ \? "sending" : null|[\w.]+\.(latestDelivery|deliveryStatus|deliveryAt|deliveryDetail|providerMessageId)|sql<|DeliveryState|string|Date)/;

function deliveryRecords(text: string): string[] {
  return [
    ...text.matchAll(
      /\b(latestDelivery|deliveryStatus|deliveryAt|deliveryDetail|providerMessageId)\??\s*:\s*([^,}\n]+)/g,
    ),
  ]
    .filter(([, , value]) => !STARTS_OR_READS.test((value ?? "").trim()))
    .map(([match]) => match);
}

describe("the mail owner", () => {
  it("is the only caller of a transport or the queue", () => {
    const callers = outsideOwner()
      .filter((f) => /\.(send|sendBatch)\(/.test(f.text))
      .map((f) => f.path);
    expect(callers).toEqual([]);
  });

  it("is the only writer of mail_outbound", () => {
    const writers = outsideOwner()
      .filter((f) => /\.(insert|update|delete)\(mailOutbound\)/.test(f.text))
      .map((f) => f.path);
    expect(writers).toEqual([]);
  });

  it("is the only recorder of what happened to an email", () => {
    const recorders = outsideOwner()
      .map((f) => ({ path: f.path, records: deliveryRecords(f.text) }))
      .filter((f) => f.records.length > 0);
    expect(recorders).toEqual([]);
  });

  it("recognises a recorded delivery, and lets an action start one", () => {
    expect(deliveryRecords('.set({ latestDelivery: "bounced" })')).toHaveLength(1);
    expect(deliveryRecords("deliveryStatus: result.ok ? 'sent' : 'failed',")).toHaveLength(1);
    expect(deliveryRecords('.set({ latestDelivery: d.send ? "sending" : null, deliveryDetail: null })')).toEqual([]);
    expect(deliveryRecords("latestDelivery: portalAccounts.latestDelivery,")).toEqual([]);
  });
});
