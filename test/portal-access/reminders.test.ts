// Expiry reminders (SPEC §11): one reminder, with a fresh link, for a pending invite that
// expires within about a day, at agencies that turned them on; never twice for the same invite,
// never to archived, disabled or bounced addresses. Runs against the real local D1; the queue
// is captured so each test consumes its own messages.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { REMIND_WITHIN_MS, sendDueReminders } from "../../src/portal-access/reminders";
import { accountOf, claimTokenFrom, eventsOf, get, makeTraveler, portalMail, tokensOf } from "../fixtures";
import { capturingQueue, deliver, queuedDeps } from "../queues/helpers";

const MINUTE = 60_000;

function remind(now: Date) {
  const queue = capturingQueue();
  const run = sendDueReminders(queuedDeps(queue), now);
  return run.then((report) => ({ report, queue }));
}

/** A pending invite (sent a day ago, so it expires in 6 days) at an agency with reminders on unless told otherwise. */
async function pendingInvite(opts: Parameters<typeof makeTraveler>[1] = {}) {
  const t = await makeTraveler("pending", { ...opts, agency: { remindBeforeExpiry: true, ...opts.agency } });
  const [token] = await tokensOf(t.account!.id);
  return { ...t, expiresAt: Number(token!.expires_at) };
}

const remindedIn = (report: { skipped: { accountId: string }[] }, accountId: string) =>
  !report.skipped.some((s) => s.accountId === accountId);

async function reminderEvents(accountId: string) {
  return (await eventsOf(accountId)).filter((e) => e.kind === "reminded");
}

describe("expiry reminders", () => {
  it("sends one reminder with a fresh link a day before expiry, voids the old link, and never sends a second", async () => {
    const t = await pendingInvite();
    const now = new Date(t.expiresAt - 23 * 60 * MINUTE);

    const { report, queue } = await remind(now);
    expect(remindedIn(report, t.account!.id)).toBe(true);
    const events = await reminderEvents(t.account!.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor_label: "Automatic reminder", recipient: t.contact.email });
    const tokens = await tokensOf(t.account!.id);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]!.voided_at).not.toBeNull();
    expect(tokens[1]).toMatchObject({ is_reminder: 1, voided_at: null, purpose: "invite" });

    // The consumer sends it: the reminder's own words, and a link that opens the claim page.
    const mine = queue.messages.filter((m) => m.sealedLink);
    await deliver(mine);
    const [mail] = (await portalMail(t.agency.portalSlug!, t.contact.email!)).filter((m) =>
      m.subject.startsWith("Reminder:"),
    );
    expect(mail!.text).toContain("the invitation is about to expire");
    expect(mail!.text).toContain("The link in the earlier email no longer works.");
    expect((await get(`/portal/${t.agency.portalSlug}/claim/${claimTokenFrom(mail!.text)}`)).status).toBe(200);
    expect((await accountOf(t.contact.id))!.latest_delivery).toBe("sent");

    // The next runs, and the day before the fresh link expires: nothing more.
    await remind(new Date(now.getTime() + 30 * MINUTE));
    await remind(new Date(Number(tokens[1]!.expires_at) - 60 * MINUTE));
    expect(await reminderEvents(t.account!.id)).toHaveLength(1);
  });

  it("reminds from exactly 24 hours before expiry, not a minute earlier, and never after expiry", async () => {
    const early = await pendingInvite();
    await remind(new Date(early.expiresAt - REMIND_WITHIN_MS - MINUTE));
    expect(await reminderEvents(early.account!.id)).toHaveLength(0);

    const edge = await pendingInvite();
    await remind(new Date(edge.expiresAt - REMIND_WITHIN_MS));
    expect(await reminderEvents(edge.account!.id)).toHaveLength(1);

    const late = await pendingInvite();
    await remind(new Date(late.expiresAt));
    expect(await reminderEvents(late.account!.id)).toHaveLength(0);
    expect(await tokensOf(late.account!.id)).toHaveLength(1);
  });

  it("sends nothing for agencies that left reminders off (the default)", async () => {
    const t = await pendingInvite({ agency: { remindBeforeExpiry: false } });
    await remind(new Date(t.expiresAt - 60 * MINUTE));
    expect(await reminderEvents(t.account!.id)).toHaveLength(0);
    expect(await tokensOf(t.account!.id)).toHaveLength(1);
  });

  it("skips bounced addresses, archived contacts and disabled access, changing nothing for them", async () => {
    const bounced = await pendingInvite();
    await env.DB.prepare("UPDATE portal_accounts SET latest_delivery = 'bounced' WHERE id = ?")
      .bind(bounced.account!.id)
      .run();
    const archived = await pendingInvite();
    await env.DB.prepare("UPDATE contacts SET archived_at = ? WHERE id = ?")
      .bind(Date.now(), archived.contact.id)
      .run();
    const disabled = await pendingInvite();
    await env.DB.prepare("UPDATE portal_accounts SET status = 'disabled' WHERE id = ?")
      .bind(disabled.account!.id)
      .run();

    for (const t of [bounced, archived, disabled]) {
      await remind(new Date(t.expiresAt - 60 * MINUTE));
      expect(await reminderEvents(t.account!.id)).toHaveLength(0);
      expect(await tokensOf(t.account!.id)).toMatchObject([{ voided_at: null }]);
    }
  });

  it("counts toward the per-contact cap: a contact who just got 3 emails waits for the next run", async () => {
    const t = await pendingInvite();
    const now = new Date(t.expiresAt - 60 * MINUTE);
    for (let i = 1; i <= 3; i++)
      await env.DB.prepare(
        "INSERT INTO portal_events (id, agency_id, account_id, at, kind, actor_id, actor_label, recipient) VALUES (?, ?, ?, ?, 'reset_sent', NULL, 'Client', ?)",
      )
        .bind(`pev_cap_${t.account!.id}_${i}`, t.agency.id, t.account!.id, now.getTime() - i * MINUTE, t.contact.email)
        .run();

    const { report } = await remind(now);
    expect(report.skipped.find((s) => s.accountId === t.account!.id)?.why).toContain(
      "already been sent 3 portal emails",
    );
    expect(await reminderEvents(t.account!.id)).toHaveLength(0);

    await remind(new Date(now.getTime() + 30 * MINUTE));
    expect(await reminderEvents(t.account!.id)).toHaveLength(1);
  });
});
