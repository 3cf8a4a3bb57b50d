import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { get, makeAccount, makeAgency, makeContact, signIn } from "../fixtures";

describe("latest email on the Access tab", () => {
  it("says a failed send failed and points to the contact's email address", async () => {
    const { agency, advisor } = await makeAgency();
    const contact = await makeContact(agency.id, { email: "ana@example" });
    const account = (await makeAccount(agency.id, contact, "pending", advisor.id))!;
    await env.DB.prepare(
      "INSERT INTO portal_events (id, agency_id, account_id, at, kind, actor_id, actor_label, channel, recipient, delivery_status) VALUES ('pev_failed', ?, ?, ?, 'resent', ?, 'Pat Rivera', 'postmark', 'ana@example', 'failed')",
    )
      .bind(agency.id, account.id, Date.now(), advisor.id)
      .run();
    const html = await (await get(`/contacts/${contact.id}/access`, await signIn(advisor))).text();
    expect(html).toMatch(
      /id="latest-delivery">Invite resent to ana@example by email from [^<]+ · Not sent · <time [^>]+>just now<\/time> <a href="\/contacts\/[^"]+">Check the email address<\/a>/,
    );
  });
});
