// Every account state × every action, through the real routes (Access tab and the trip
// page's endpoint), against real local D1 and KV, with mail going to the dev outbox.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/lib/ids";
import { sessionsRevokedBefore } from "../../src/sessions/revocation";
import {
  accountOf,
  claimTokenFrom,
  dbSnapshot,
  eventsOf,
  makeAccount,
  makeContact,
  makeTraveler,
  newestLinkDeadline,
  outbox,
  post,
  type SeedState,
  storedLinkDeadline,
  tokensOf,
} from "../fixtures";

type Action = "send" | "invite" | "resend" | "reset" | "cancel_disable" | "disable" | "reenable" | "reactivate";
type Expect =
  | {
      to: string;
      mail: "invite" | "reset" | null;
      event: string;
      revoked: boolean;
      voidsOld: boolean;
      clearsPassword?: boolean;
    }
  | "stale"
  | "refused";

const STATES: SeedState[] = ["none", "pending", "expired", "active", "disabled"];
const ALLOWED: Record<Action, Partial<Record<SeedState, Expect>>> = {
  send: {
    none: { to: "pending", mail: "invite", event: "invited", revoked: false, voidsOld: false },
    pending: { to: "pending", mail: "invite", event: "resent", revoked: false, voidsOld: true },
    expired: { to: "pending", mail: "invite", event: "resent", revoked: false, voidsOld: true },
    active: { to: "active", mail: "reset", event: "reset_sent", revoked: false, voidsOld: true },
    disabled: "refused",
  },
  invite: { none: { to: "pending", mail: "invite", event: "invited", revoked: false, voidsOld: false } },
  resend: {
    pending: { to: "pending", mail: "invite", event: "resent", revoked: false, voidsOld: true },
    expired: { to: "pending", mail: "invite", event: "resent", revoked: false, voidsOld: true },
  },
  reset: { active: { to: "active", mail: "reset", event: "reset_sent", revoked: false, voidsOld: true } },
  cancel_disable: {
    pending: { to: "disabled", mail: null, event: "disabled", revoked: false, voidsOld: true },
    expired: { to: "disabled", mail: null, event: "disabled", revoked: false, voidsOld: true },
  },
  disable: { active: { to: "disabled", mail: null, event: "disabled", revoked: true, voidsOld: true } },
  reenable: { disabled: { to: "active", mail: null, event: "reenabled", revoked: false, voidsOld: false } },
  reactivate: {
    disabled: {
      to: "pending",
      mail: "invite",
      event: "reactivated",
      revoked: true,
      voidsOld: true,
      clearsPassword: true,
    },
  },
};

const CASES = (Object.keys(ALLOWED) as Action[]).flatMap((action) =>
  STATES.map((state) => [state, action, ALLOWED[action][state] ?? "stale"] as const),
);

const setUp = (state: SeedState) => makeTraveler(state);

function act(action: Action, ids: { tripId: string; contactId: string }, cookie: string) {
  const path =
    action === "send"
      ? `/trips/${ids.tripId}/travelers/${ids.contactId}/portal`
      : `/contacts/${ids.contactId}/access/${action}`;
  return post(path, {}, cookie, { "HX-Request": "true" });
}

describe("portal actions: every state × every action", () => {
  it.each(CASES)("%s + %s", async (state, action, expected) => {
    const { contact, trip, account, cookie, advisor } = await setUp(state);
    const tokensBefore = account ? await tokensOf(account.id) : [];
    const mailBefore = (await outbox()).length;
    const before = await dbSnapshot();

    const res = await act(action, { tripId: trip.id, contactId: contact.id }, cookie);
    const trigger = JSON.parse(res.headers.get("HX-Trigger") ?? "{}") as { toast?: { message: string; kind: string } };

    if (expected === "stale" || expected === "refused") {
      // Both mean "your page is out of date": the answer shows the current state.
      expect(res.status).toBe(409);
      expect(res.headers.get("HX-Reswap")).toBeNull();
      expect(trigger.toast?.kind).toBe("error");
      expect(trigger.toast?.message).toMatch(expected === "stale" ? /^Nothing changed: Ana Souza now / : /disabled/);
      expect(await dbSnapshot()).toEqual(before);
      return;
    }

    expect(res.status).toBe(200);
    const after = await accountOf(contact.id);
    expect(after!.status).toBe(expected.to);
    if (expected.clearsPassword) expect(after!.password_hash).toBeNull();

    const tokens = await tokensOf(after!.id);
    const oldIds = new Set(tokensBefore.map((t) => t.id));
    const fresh = tokens.filter((t) => !oldIds.has(t.id));
    if (expected.mail) {
      expect(fresh).toHaveLength(1);
      expect(fresh[0]!.purpose).toBe(expected.mail);
      expect(fresh[0]!.expires_at - fresh[0]!.created_at).toBe(7 * 86_400_000);
    } else {
      expect(fresh).toHaveLength(0);
    }
    if (expected.voidsOld) {
      for (const t of tokens.filter((t) => oldIds.has(t.id)))
        expect(t.consumed_at !== null || t.voided_at !== null).toBe(true);
    }
    // The account's stored link deadline is its newest link's, as the lists show it.
    expect(await storedLinkDeadline(after!.id)).toEqual(await newestLinkDeadline(after!.id));

    const events = await eventsOf(after!.id);
    const last = events.filter((e) => e.kind !== "send_failed").at(-1)!;
    expect(last.kind).toBe(expected.event);

    const mail = await outbox();
    if (expected.mail) {
      expect(mail).toHaveLength(mailBefore + 1);
      const sent = mail.at(-1)!;
      expect(sent.to_address).toBe(contact.email);
      expect(sent.reply_to).toBe(advisor.email);
      expect(last).toMatchObject({ channel: "outbox", recipient: contact.email, delivery_status: "sent" });
      const token = claimTokenFrom(sent.text);
      expect(token).toHaveLength(43);
      expect(fresh[0]!.token_hash).toBe(await sha256Hex(token));
      expect(trigger.toast?.message).toBe(
        `${expected.mail === "invite" ? "Invite sent" : "Password reset sent"} to ${contact.email} via the dev outbox`,
      );
    } else {
      expect(mail).toHaveLength(mailBefore);
    }

    const revokedBefore = await sessionsRevokedBefore(env.SESSIONS, after!.id);
    if (expected.revoked) expect(revokedBefore).toBeGreaterThan(Date.now() - 60_000);
    else expect(revokedBefore).toBeNull();
  });
});

describe("refusals change nothing and speak the spec's words, naming the traveler", () => {
  const refusal = async (
    arrange: (ctx: Awaited<ReturnType<typeof setUp>>) => Promise<void>,
    state: SeedState,
    action: Action,
    message: string,
  ) => {
    const ctx = await setUp(state);
    await arrange(ctx);
    const before = await dbSnapshot();
    const res = await act(action, { tripId: ctx.trip.id, contactId: ctx.contact.id }, ctx.cookie);
    expect(res.status).toBe(422);
    expect(res.headers.get("HX-Reswap")).toBe("none");
    expect(JSON.parse(res.headers.get("HX-Trigger")!).toast).toEqual({ message, kind: "error", target: "body" });
    expect(await dbSnapshot()).toEqual(before);
    // Without JavaScript the same words arrive as a flash on the page the advisor lands on.
    const plain = await post(
      action === "send"
        ? `/trips/${ctx.trip.id}/travelers/${ctx.contact.id}/portal`
        : `/contacts/${ctx.contact.id}/access/${action}`,
      {},
      ctx.cookie,
    );
    expect(plain.status).toBe(303);
    const landing = await (await import("../fixtures")).get(
      plain.headers.get("Location")!,
      `${ctx.cookie}; ${plain.headers.get("Set-Cookie")!.split(";")[0]}`,
    );
    expect(await landing.text()).toContain(message.replace(/&/g, "&amp;").replace(/'/g, "&#39;"));
    expect(await dbSnapshot()).toEqual(before);
  };

  it("no email", () =>
    refusal(
      async (c) =>
        void (await env.DB.prepare("UPDATE contacts SET email = NULL WHERE id = ?").bind(c.contact.id).run()),
      "none",
      "send",
      "Ana Souza has no email address on file.",
    ));
  it("no portal slug", () =>
    refusal(
      async (c) =>
        void (await env.DB.prepare("UPDATE agencies SET portal_slug = NULL WHERE id = ?").bind(c.agency.id).run()),
      "none",
      "send",
      "Set your portal slug under Settings → Branding before sending portal invites.",
    ));
  it("archived contact, invite", () =>
    refusal(
      async (c) =>
        void (await env.DB.prepare("UPDATE contacts SET archived_at = 1 WHERE id = ?").bind(c.contact.id).run()),
      "none",
      "invite",
      "Ana Souza is archived. Restore the contact before giving portal access.",
    ));
  it("archived contact, reactivate", () =>
    refusal(
      async (c) =>
        void (await env.DB.prepare("UPDATE contacts SET archived_at = 1 WHERE id = ?").bind(c.contact.id).run()),
      "disabled",
      "reactivate",
      "Ana Souza is archived. Restore the contact before giving portal access.",
    ));
  it("archived contact, re-enable only", () =>
    refusal(
      async (c) =>
        void (await env.DB.prepare("UPDATE contacts SET archived_at = 1 WHERE id = ?").bind(c.contact.id).run()),
      "disabled",
      "reenable",
      "Ana Souza is archived. Restore the contact before giving portal access.",
    ));
  it("email used by another contact's portal account", () =>
    refusal(
      async (c) => {
        const twin = await makeContact(c.agency.id, {
          firstName: "Ana",
          lastName: "Twin",
          email: c.contact.email!.toUpperCase(),
        });
        await makeAccount(c.agency.id, { id: twin.id, email: c.contact.email }, "active");
      },
      "none",
      "send",
      "Another contact already uses this email for portal access.",
    ));
  it("disabled account on the trip page (a stale page): re-renders the row as it is now", async () => {
    const ctx = await setUp("disabled");
    const before = await dbSnapshot();
    const res = await act("send", { tripId: ctx.trip.id, contactId: ctx.contact.id }, ctx.cookie);
    expect(res.status).toBe(409);
    expect(JSON.parse(res.headers.get("HX-Trigger")!).toast.message).toBe(
      "Portal access for Ana Souza is disabled. Re-enable it from the contact's Access tab.",
    );
    const html = await res.text();
    expect(html).toContain("Access disabled");
    expect(html).toContain("Manage on the Access tab");
    expect(await dbSnapshot()).toEqual(before);
  });
});

describe("links", () => {
  it("voids the earlier link when an invite is resent: only the newest works", async () => {
    const { contact, trip, cookie } = await setUp("none");
    await act("send", { tripId: trip.id, contactId: contact.id }, cookie);
    await act("send", { tripId: trip.id, contactId: contact.id }, cookie);
    const account = await accountOf(contact.id);
    const tokens = await tokensOf(account!.id);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]!.voided_at).not.toBeNull();
    expect(tokens[1]!.voided_at).toBeNull();
    const [first, second] = (await outbox()).slice(-2).map((m) => claimTokenFrom(m.text));
    expect(tokens[0]!.token_hash).toBe(await sha256Hex(first!));
    expect(tokens[1]!.token_hash).toBe(await sha256Hex(second!));
    // The first link now answers "no longer valid"; the newest one opens the claim page.
    const { get } = await import("../fixtures");
    const slug = (await env.DB.prepare(
      "SELECT portal_slug FROM agencies WHERE id = (SELECT agency_id FROM contacts WHERE id = ?)",
    )
      .bind(contact.id)
      .first<string>("portal_slug"))!;
    expect((await get(`/portal/${slug}/claim/${first}`)).status).toBe(410);
    expect((await get(`/portal/${slug}/claim/${second}`)).status).toBe(200);
    // D1 holds only hashes, never the token itself.
    const { dev_outbox: _mail, ...stored } = await dbSnapshot();
    const everything = JSON.stringify(stored);
    expect(everything).not.toContain(first!);
    expect(everything).not.toContain(second!);
  });
});

describe("send cap", () => {
  it("refuses a fourth portal email to the same contact within 10 minutes and changes nothing", async () => {
    const { contact, trip, cookie } = await setUp("none");
    for (let i = 0; i < 3; i++)
      expect((await act("send", { tripId: trip.id, contactId: contact.id }, cookie)).status).toBe(200);
    const before = await dbSnapshot();
    const res = await act("send", { tripId: trip.id, contactId: contact.id }, cookie);
    expect(res.status).toBe(422);
    expect(JSON.parse(res.headers.get("HX-Trigger")!).toast.message).toBe(
      "Ana Souza has already been sent 3 portal emails in the last 10 minutes. Wait a few minutes before sending another.",
    );
    expect(await dbSnapshot()).toEqual(before);
  });
});

describe("confirmation without JavaScript", () => {
  it.each(["disable", "cancel_disable"] as const)(
    "asks before %s on a plain form post, and acts only once confirmed",
    async (action) => {
      const { contact, cookie, account } = await setUp(action === "disable" ? "active" : "pending");
      const before = await dbSnapshot();
      const ask = await post(`/contacts/${contact.id}/access/${action}`, {}, cookie);
      expect(ask.status).toBe(200);
      const html = await ask.text();
      expect(html).toContain("Please confirm");
      expect(html).toContain('name="confirmed" value="yes"');
      expect(await dbSnapshot()).toEqual(before);
      const confirmed = await post(`/contacts/${contact.id}/access/${action}`, { confirmed: "yes" }, cookie);
      expect(confirmed.status).toBe(303);
      expect((await accountOf(contact.id))!.status).toBe("disabled");
      expect(account).not.toBeNull();
    },
  );
});

describe("racing actions (double clicks, two advisors)", () => {
  it("lets only one of two simultaneous Reactivate & reinvite clicks through: one email, one event", async () => {
    const { contact, trip, account, cookie } = await setUp("disabled");
    const mailBefore = (await outbox()).length;
    const results = await Promise.all([
      act("reactivate", { tripId: trip.id, contactId: contact.id }, cookie),
      act("reactivate", { tripId: trip.id, contactId: contact.id }, cookie),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await eventsOf(account!.id)).filter((e) => e.kind === "reactivated")).toHaveLength(1);
    expect(await outbox()).toHaveLength(mailBefore + 1);
    const live = (await tokensOf(account!.id)).filter((t) => t.consumed_at === null && t.voided_at === null);
    expect(live).toHaveLength(1);
    expect(live[0]!.token_hash).toBe(await sha256Hex(claimTokenFrom((await outbox()).at(-1)!.text)));
  });

  it("never leaves a disabled account with a working link when Resend races Cancel & disable", async () => {
    const { contact, trip, account, cookie } = await setUp("pending");
    await Promise.all([
      act("resend", { tripId: trip.id, contactId: contact.id }, cookie),
      act("cancel_disable", { tripId: trip.id, contactId: contact.id }, cookie),
    ]);
    const after = await accountOf(contact.id);
    const live = (await tokensOf(account!.id)).filter((t) => t.consumed_at === null && t.voided_at === null);
    if (after!.status === "disabled") expect(live).toHaveLength(0);
    else expect(live).toHaveLength(1);
  });
});

describe("archiving races", () => {
  it.each(["none", "disabled"] as const)(
    "an archived contact never ends up with live access when archive races an invite or reactivation (%s)",
    async (state) => {
      for (let round = 0; round < 3; round++) {
        const { contact, trip, cookie } = await setUp(state);
        const action = state === "none" ? "send" : "reactivate";
        await Promise.all([
          act(action, { tripId: trip.id, contactId: contact.id }, cookie),
          post(`/contacts/${contact.id}/archive`, {}, cookie),
        ]);
        const archived = await env.DB.prepare("SELECT archived_at FROM contacts WHERE id = ?")
          .bind(contact.id)
          .first<number>("archived_at");
        expect(archived).not.toBeNull();
        const account = await accountOf(contact.id);
        if (account) {
          expect(account.status).toBe("disabled");
          const live = (await tokensOf(account.id)).filter((t) => t.consumed_at === null && t.voided_at === null);
          expect(live).toHaveLength(0);
        }
      }
    },
  );

  it("cascades once when two archives race", async () => {
    const { contact, cookie, account } = await setUp("active");
    await Promise.all([
      post(`/contacts/${contact.id}/archive`, {}, cookie),
      post(`/contacts/${contact.id}/archive`, {}, cookie),
    ]);
    expect((await eventsOf(account!.id)).filter((e) => e.kind === "archived_cascade")).toHaveLength(1);
    expect((await accountOf(contact.id))!.status).toBe("disabled");
  });
});
