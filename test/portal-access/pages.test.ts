// What the advisor sees of portal access (the Access tab and the trip page's Travelers
// card), what archiving and restoring a contact do to it, and the dev outbox. Through the
// Worker's routes, against real local D1 and KV.
import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../src/app";
import { newId } from "../../src/lib/ids";
import { sessionsRevokedBefore } from "../../src/sessions/revocation";
import {
  accountOf,
  claimTokenFrom,
  d1RoundTrips,
  db,
  dbSnapshot,
  get,
  makeAccount,
  makeAgency,
  makeContact,
  makeTrip,
  outbox,
  portalTokens,
  post,
  type SeedState,
  signIn,
  tokensOf,
} from "../fixtures";

const STATES: SeedState[] = ["none", "pending", "expired", "active", "disabled"];

const ACCESS_BUTTONS: Record<SeedState, string[]> = {
  none: ["Send invite"],
  pending: ["Resend invite", "Cancel & disable"],
  expired: ["Resend invite", "Cancel & disable"],
  active: ["Send password reset", "Disable access"],
  disabled: ["Reactivate & reinvite", "Re-enable only"],
};

const PILL: Record<SeedState, string | null> = {
  none: null,
  pending: "Invite pending",
  expired: "Invite expired",
  active: "Portal active",
  disabled: "Access disabled",
};

const TRIP_BUTTON: Record<SeedState, string | null> = {
  none: "Invite to portal",
  pending: "Resend invite",
  expired: "Resend invite",
  active: "Send password reset",
  disabled: null,
};

const decode = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
const textOf = (html: string) =>
  decode(html.replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();

/** The labels of the buttons in the Access tab's action row, in order. */
function accessButtons(html: string): string[] {
  const actions = /<div class="actions">([\s\S]*?)<\/div>/.exec(html);
  if (!actions) throw new Error(`No action row in: ${html.slice(0, 300)}`);
  return [...actions[1]!.matchAll(/<button[^>]*>([\s\S]*?)<\/button>/g)].map((m) => textOf(m[1]!));
}

const pillText = (html: string, id: string) => {
  const m = new RegExp(`<span class="pill pill-[a-z]+" id="${id}">([^<]*)</span>`).exec(html);
  return m ? textOf(m[1]!) : null;
};

function travelerRow(html: string, contactId: string): string {
  const m = new RegExp(`<li class="traveler" id="traveler-${contactId}">([\\s\\S]*?)</li>`).exec(html);
  if (!m) throw new Error(`No traveler row for ${contactId}`);
  return m[1]!;
}

async function contactWithAccount(state: SeedState) {
  const { agency, advisor } = await makeAgency({ name: "Pride Travelers" });
  const contact = await makeContact(agency.id, { firstName: "Ana", lastName: "Souza", phone: "+1 415 555 0142" });
  const account = await makeAccount(agency.id, contact, state, advisor.id);
  return { agency, advisor, contact, account, cookie: await signIn(advisor) };
}

async function contactRow(id: string) {
  return env.DB.prepare("SELECT * FROM contacts WHERE id = ?").bind(id).first<Record<string, unknown>>();
}

describe("the Access tab", () => {
  it.each(STATES)(
    "answers the %s state's fragment in one D1 round trip with exactly that state's buttons and pill",
    async (state) => {
      const { contact, cookie } = await contactWithAccount(state);

      const res = await get(`/contacts/${contact.id}/access`, cookie, { "HX-Request": "true" });

      expect(res.status).toBe(200);
      expect(d1RoundTrips(res)).toBe(1);
      const html = await res.text();
      expect(html).not.toMatch(/<!doctype html>/i);
      expect(html).not.toContain("<html");
      expect(html).toMatch(/^<div id="access-panel"/);
      expect(accessButtons(html)).toEqual(ACCESS_BUTTONS[state]);
      expect(pillText(html, "access-pill")).toBe(PILL[state]);
      if (state === "none") expect(html).toContain("No portal account yet.");
      // The header pill outside the panel follows along out of band.
      const oob = html.indexOf('<span id="contact-pill" hx-swap-oob="true">');
      expect(oob).toBeGreaterThan(0);
      expect(textOf(html.slice(oob))).toBe(PILL[state] ?? "");
    },
  );

  it.each(STATES)(
    "answers the %s state's full page in one D1 round trip, with the same buttons inside the page frame",
    async (state) => {
      const { contact, cookie } = await contactWithAccount(state);

      const res = await get(`/contacts/${contact.id}/access`, cookie);

      expect(res.status).toBe(200);
      expect(d1RoundTrips(res)).toBe(1);
      const html = await res.text();
      expect(html).toMatch(/^<!doctype html>/i);
      expect(html).toContain(
        `<a href="/contacts/${contact.id}/access" class="tab active" aria-current="page">Access</a>`,
      );
      expect(html).toContain('id="access-panel"');
      expect(accessButtons(html)).toEqual(ACCESS_BUTTONS[state]);
      expect(pillText(html, "access-pill")).toBe(PILL[state]);
      expect(html).not.toContain("hx-swap-oob");
      // The state shows once: the header's pill is hidden on this tab (it shows on Contact info).
      expect(html).toContain('<p class="subtitle" hidden=""><span id="contact-pill">');
      expect(await (await get(`/contacts/${contact.id}`, cookie)).text()).toContain(
        '<p class="subtitle"><span id="contact-pill">',
      );
    },
  );

  it("asks for confirmation before Disable access and Cancel & disable, and not before the others", async () => {
    const active = await contactWithAccount("active");
    const activeHtml = await (
      await get(`/contacts/${active.contact.id}/access`, active.cookie, { "HX-Request": "true" })
    ).text();
    expect(activeHtml).toMatch(
      new RegExp(`hx-post="/contacts/${active.contact.id}/access/disable"[^>]*hx-confirm="Disable portal access\\?`),
    );
    expect(activeHtml).not.toMatch(/access\/reset"[^>]*hx-confirm/);

    const pending = await contactWithAccount("pending");
    const pendingHtml = await (
      await get(`/contacts/${pending.contact.id}/access`, pending.cookie, { "HX-Request": "true" })
    ).text();
    expect(pendingHtml).toMatch(
      new RegExp(
        `hx-post="/contacts/${pending.contact.id}/access/cancel_disable"[^>]*hx-confirm="Cancel the pending invite`,
      ),
    );
    expect(pendingHtml).not.toMatch(/access\/resend"[^>]*hx-confirm/);
  });

  it("answers 404 for another agency's contact, as fragment and as page", async () => {
    const theirs = await contactWithAccount("active");
    const mine = await makeAgency();
    const cookie = await signIn(mine.advisor);
    for (const headers of [{ "HX-Request": "true" }, {}] as Record<string, string>[]) {
      const res = await get(`/contacts/${theirs.contact.id}/access`, cookie, headers);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain(theirs.contact.email!);
    }
  });
});

describe("the trip page's Travelers card", () => {
  it("loads in one D1 round trip and labels each traveler's button by state, with no button for a disabled account", async () => {
    const { agency, advisor } = await makeAgency({ name: "Pride Travelers" });
    const people: Record<SeedState, { id: string }> = {} as never;
    for (const state of STATES) {
      const contact = await makeContact(agency.id, { firstName: state, lastName: "Traveler" });
      await makeAccount(agency.id, contact, state, advisor.id);
      people[state] = contact;
    }
    const trip = await makeTrip(
      agency.id,
      STATES.map((s, i) => ({ contactId: people[s].id, isPrimary: i === 0 })),
    );

    const res = await get(`/trips/${trip.id}`, await signIn(advisor));

    expect(res.status).toBe(200);
    expect(d1RoundTrips(res)).toBe(1);
    const html = await res.text();
    for (const state of STATES) {
      const row = travelerRow(html, people[state].id);
      const buttons = [...row.matchAll(/<button[^>]*>([\s\S]*?)<\/button>/g)].map((m) => textOf(m[1]!));
      expect(buttons, state).toEqual(TRIP_BUTTON[state] ? [TRIP_BUTTON[state]] : []);
      const pill = /<span class="pill pill-[a-z]+">([^<]*)<\/span>/.exec(row);
      expect(pill?.[1] ?? null, state).toBe(PILL[state]);
      if (TRIP_BUTTON[state]) {
        expect(row, state).toContain(`hx-post="/trips/${trip.id}/travelers/${people[state].id}/portal"`);
        expect(row, state).toContain(`hx-target="#traveler-${people[state].id}"`);
      }
    }
    const disabledRow = travelerRow(html, people.disabled.id);
    expect(disabledRow).not.toContain("<form");
    expect(disabledRow).toContain(
      `<a href="/contacts/${people.disabled.id}/access" class="manage-link">Manage on the Access tab</a>`,
    );
  });
});

describe("archiving a contact", () => {
  it("disables an active account (why: archived), voids its unused tokens, records the cascade, revokes its sessions and changes nothing else about the contact", async () => {
    const { contact, account, advisor, cookie } = await contactWithAccount("active");
    // An unused reset link on top of the consumed invite.
    await db.insert(portalTokens).values({
      id: newId("ptk"),
      agencyId: contact.agencyId,
      accountId: account!.id,
      purpose: "reset",
      tokenHash: newId("hash"),
      createdAt: new Date(Date.now() - 60_000),
      createdBy: advisor.id,
      expiresAt: new Date(Date.now() + 6 * 86_400_000),
    });
    const contactBefore = await contactRow(contact.id);
    const tokensBefore = await tokensOf(account!.id);
    const startedAt = Date.now();

    const res = await post(`/contacts/${contact.id}/archive`, {}, cookie);

    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`/contacts/${contact.id}`);

    const after = await env.DB.prepare("SELECT * FROM portal_accounts WHERE id = ?")
      .bind(account!.id)
      .first<Record<string, unknown>>();
    expect(after).toMatchObject({
      status: "disabled",
      disabled_why: "archived",
      disabled_by: advisor.id,
      password_hash: account!.passwordHash,
    });
    expect(after!.disabled_at).toBeGreaterThanOrEqual(startedAt);

    const tokens = await tokensOf(account!.id);
    const consumedInvite = tokens.find((t) => t.purpose === "invite")!;
    const reset = tokens.find((t) => t.purpose === "reset")!;
    expect(consumedInvite).toEqual(tokensBefore.find((t) => t.purpose === "invite"));
    expect(reset.voided_at).toBeGreaterThanOrEqual(startedAt);

    const { results: events } = await env.DB.prepare("SELECT * FROM portal_events WHERE account_id = ? ORDER BY at, id")
      .bind(account!.id)
      .all<Record<string, unknown>>();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "archived_cascade", actor_id: advisor.id, actor_label: advisor.name });

    const revokedBefore = await sessionsRevokedBefore(env.SESSIONS, account!.id);
    expect(revokedBefore).toBeGreaterThanOrEqual(startedAt);
    expect(revokedBefore).toBeLessThanOrEqual(Date.now());

    const contactAfter = await contactRow(contact.id);
    expect(contactAfter!.archived_at).toBeGreaterThanOrEqual(startedAt);
    expect({ ...contactAfter, archived_at: null }).toEqual(contactBefore);
  });

  it.each(["pending", "expired"] as const)(
    "disables the account of a %s invite by cascade and voids the invite link",
    async (state) => {
      const { contact, account, cookie } = await contactWithAccount(state);

      await post(`/contacts/${contact.id}/archive`, {}, cookie);

      expect(await accountOf(contact.id)).toMatchObject({ status: "disabled", disabled_why: "archived" });
      const [invite] = await tokensOf(account!.id);
      expect(invite!.voided_at).not.toBeNull();
    },
  );

  it("archives a contact that has no portal account without creating one", async () => {
    const { contact, cookie } = await contactWithAccount("none");

    const res = await post(`/contacts/${contact.id}/archive`, {}, cookie);

    expect(res.status).toBe(303);
    expect(await accountOf(contact.id)).toBeNull();
    expect((await contactRow(contact.id))!.archived_at).not.toBeNull();
  });

  it("tells the advisor the contact is archived and its access disabled", async () => {
    const { contact, cookie } = await contactWithAccount("active");

    const res = await post(`/contacts/${contact.id}/archive`, {}, cookie);
    const page = await (
      await get(res.headers.get("Location")!, `${cookie}; ${res.headers.get("Set-Cookie")!.split(";")[0]}`)
    ).text();

    expect(page).toContain("Contact archived. Their portal access is disabled.");
    expect(page).toContain("Restore contact");
    expect(page).toContain("Access disabled");
  });

  it("changes nothing when the contact is already archived", async () => {
    const { contact, cookie } = await contactWithAccount("active");
    await post(`/contacts/${contact.id}/archive`, {}, cookie);
    const before = await dbSnapshot();

    const res = await post(`/contacts/${contact.id}/archive`, {}, cookie);

    expect(res.status).toBe(303);
    expect(await dbSnapshot()).toEqual(before);
  });

  it("answers 404 for another agency's contact and changes nothing", async () => {
    const theirs = await contactWithAccount("active");
    const mine = await makeAgency();
    const before = await dbSnapshot();

    const res = await post(`/contacts/${theirs.contact.id}/archive`, {}, await signIn(mine.advisor));

    expect(res.status).toBe(404);
    expect(await dbSnapshot()).toEqual(before);
    expect(await sessionsRevokedBefore(env.SESSIONS, theirs.account!.id)).toBeNull();
  });
});

describe("restoring a contact", () => {
  it("clears archived_at and nothing else: portal access stays disabled", async () => {
    const { contact, cookie } = await contactWithAccount("active");
    await post(`/contacts/${contact.id}/archive`, {}, cookie);
    const before = await dbSnapshot();

    const res = await post(`/contacts/${contact.id}/restore`, {}, cookie);

    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`/contacts/${contact.id}`);
    const after = await dbSnapshot();
    const expected = {
      ...before,
      contacts: before.contacts!.map((row) =>
        (row as { id: string }).id === contact.id ? { ...(row as object), archived_at: null } : row,
      ),
    };
    expect(after).toEqual(expected);
    expect(await accountOf(contact.id)).toMatchObject({ status: "disabled", disabled_why: "archived" });
  });

  it("answers 404 for another agency's contact and changes nothing", async () => {
    const theirs = await contactWithAccount("active");
    await post(`/contacts/${theirs.contact.id}/archive`, {}, theirs.cookie);
    const mine = await makeAgency();
    const before = await dbSnapshot();

    const res = await post(`/contacts/${theirs.contact.id}/restore`, {}, await signIn(mine.advisor));

    expect(res.status).toBe(404);
    expect(await dbSnapshot()).toEqual(before);
  });
});

describe("the dev outbox", () => {
  async function sendInvite() {
    const { agency, advisor } = await makeAgency({ name: "Pride Travelers" });
    const contact = await makeContact(agency.id, { firstName: "Ana", lastName: "Souza" });
    const trip = await makeTrip(agency.id, [{ contactId: contact.id, isPrimary: true }]);
    const res = await post(`/trips/${trip.id}/travelers/${contact.id}/portal`, {}, await signIn(advisor), {
      "HX-Request": "true",
    });
    expect(JSON.parse(res.headers.get("HX-Trigger")!).toast.message).toBe(
      `Invite sent to ${contact.email} via the dev outbox`,
    );
    return { agency, advisor, contact };
  }

  it("lists sent mail at /dev/outbox with the recipient, subject and a working claim link", async () => {
    const { agency, contact } = await sendInvite();
    const [stored] = (await outbox()).filter((m) => m.to_address === contact.email);
    const token = claimTokenFrom(stored!.text);

    const res = await get("/dev/outbox");

    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<td>${contact.email}</td>`);
    expect(html).toContain("Pat at Pride Travelers invited you to your trip portal");
    expect(html).toContain(
      `<a href="https://portal.test/portal/${agency.portalSlug}/claim/${token}" class="claim-link">Open link</a>`,
    );
  });

  it("serves the same mail as JSON at /dev/outbox.json, with the claim link and its 43-character token", async () => {
    const { agency, advisor, contact } = await sendInvite();

    const res = await get("/dev/outbox.json");

    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
    const messages = (await res.json()) as {
      to: string;
      from: string;
      replyTo: string;
      subject: string;
      tag: string;
      links: string[];
      text: string;
      html: string;
    }[];
    const mail = messages.find((m) => m.to === contact.email);
    expect(mail).toMatchObject({
      from: '"Pride Travelers" <noreply@trips.example>',
      replyTo: advisor.email,
      subject: "Pat at Pride Travelers invited you to your trip portal",
      tag: "portal-invite",
    });
    expect(mail!.links).toHaveLength(1);
    const link = new RegExp(`^https://portal\\.test/portal/${agency.portalSlug}/claim/([A-Za-z0-9_-]+)$`).exec(
      mail!.links[0]!,
    );
    expect(link?.[1]).toHaveLength(43);
  });

  it("answers 404 for /dev/outbox, /dev/outbox.json, a stored message and /dev/seed in production configuration", async () => {
    const { contact } = await sendInvite();
    const [stored] = await env.DB.prepare("SELECT id FROM dev_outbox WHERE to_address = ?")
      .bind(contact.email)
      .all<{ id: string }>()
      .then((r) => r.results);
    const production = { ...env, ENVIRONMENT: "production", POSTMARK_TOKEN: "x", PASSWORD_HASH_COST: undefined };
    const app = buildApp();
    const before = await dbSnapshot();

    for (const path of ["/dev/outbox", "/dev/outbox.json", `/dev/outbox/${stored!.id}`]) {
      const res = await app.fetch(new Request(`https://portal.test${path}`), production, createExecutionContext());
      expect(res.status, path).toBe(404);
      const body = await res.text();
      expect(body, path).not.toContain(contact.email!);
      expect(body, path).not.toContain("/claim/");
    }
    const seed = await app.fetch(
      new Request("https://portal.test/dev/seed", {
        method: "POST",
        headers: { Origin: "https://portal.test", "X-Dev-Seed-Key": env.DEV_SEED_KEY! },
      }),
      production,
      createExecutionContext(),
    );
    expect(seed.status).toBe(404);
    expect(await dbSnapshot()).toEqual(before);

    // The same requests in the test configuration do reach the outbox.
    const dev = await app.fetch(new Request("https://portal.test/dev/outbox.json"), env, createExecutionContext());
    expect(dev.status).toBe(200);
    expect(await dev.text()).toContain(contact.email!);
  });

  it("answers 404 for the dev outbox when a development configuration is reached from anywhere but this machine", async () => {
    const { contact } = await sendInvite();
    const development = { ...env, ENVIRONMENT: "development", PASSWORD_HASH_COST: undefined };
    const app = buildApp();
    const remote = await app.fetch(
      new Request("https://trips-portal-access-dev.example.workers.dev/dev/outbox.json"),
      development,
      createExecutionContext(),
    );
    expect(remote.status).toBe(404);
    expect(await remote.text()).not.toContain(contact.email!);
    const local = await app.fetch(
      new Request("http://localhost:8787/dev/outbox.json"),
      development,
      createExecutionContext(),
    );
    expect(local.status).toBe(200);
    expect(await local.text()).toContain(contact.email!);
  });
});
