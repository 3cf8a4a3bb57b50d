// Every state × action of SPEC §4, claiming a link, archive, restore and email change, and
// every refusal, against the pure rules (plain Node: no workerd, no D1).
import { describe, expect, it } from "vitest";
import {
  type AccountStatus,
  BULK_INCLUDE_RECENT_LABEL,
  codeMaySignIn,
  decide,
  decideArchive,
  decideBulkRecent,
  decideClaim,
  decideEmailChange,
  decidePasskeySignIn,
  decidePasswordChange,
  decideRestore,
  decideSignInCodeRequest,
  type LifecycleInput,
  MAX_SENDS_PER_WINDOW,
  mayAddPasskey,
  type PortalAction,
  REFUSAL,
  sendActionFor,
  wayOutFor,
} from "../../src/portal-access/lifecycle";

type State = AccountStatus | "none";
const account = (s: State, hasPassword = s === "active" || s === "disabled") =>
  s === "none" ? null : { status: s, hasPassword };
const input = (s: State, action: PortalAction, over: Partial<LifecycleInput> = {}): LifecycleInput => ({
  account: account(s),
  contact: { email: "ana@example.com", archived: false },
  agency: { portalSlug: "pride-travelers" },
  emailTakenByAnotherContact: false,
  requestedBy: "advisor",
  recentSends: { advisor: 0, client: 0 },
  freshAdvisorLink: false,
  action,
  ...over,
});

// [from, action, to, voidLinks, mint (and email), revokeSessions, clearPassword, event] — or "stale"/"refused"
const TABLE: [
  State,
  PortalAction,
  ...([AccountStatus, string, string | null, string | null, boolean, boolean, string] | ["stale"] | ["refused"]),
][] = [
  ["none", "send", "pending", "none", "invite", "invite", false, false, "invited"],
  ["pending", "send", "pending", "unused", "invite", "invite", false, false, "resent"],
  ["active", "send", "active", "unused", "reset", "reset", false, false, "reset_sent"],
  ["disabled", "send", "refused"],
  ["none", "invite", "pending", "none", "invite", "invite", false, false, "invited"],
  ["pending", "invite", "stale"],
  ["active", "invite", "stale"],
  ["disabled", "invite", "stale"],
  ["none", "resend", "stale"],
  ["pending", "resend", "pending", "unused", "invite", "invite", false, false, "resent"],
  ["active", "resend", "stale"],
  ["disabled", "resend", "stale"],
  ["none", "reset", "stale"],
  ["pending", "reset", "stale"],
  ["active", "reset", "active", "unused", "reset", "reset", false, false, "reset_sent"],
  ["disabled", "reset", "stale"],
  ["none", "cancel_disable", "stale"],
  ["pending", "cancel_disable", "disabled", "all", null, null, false, false, "disabled"],
  ["active", "cancel_disable", "stale"],
  ["disabled", "cancel_disable", "stale"],
  ["none", "disable", "stale"],
  ["pending", "disable", "stale"],
  ["active", "disable", "disabled", "all", null, null, true, false, "disabled"],
  ["disabled", "disable", "stale"],
  ["none", "reenable", "stale"],
  ["pending", "reenable", "stale"],
  ["active", "reenable", "stale"],
  ["disabled", "reenable", "active", "none", null, null, false, false, "reenabled"],
  ["none", "reactivate", "stale"],
  ["pending", "reactivate", "stale"],
  ["active", "reactivate", "stale"],
  ["disabled", "reactivate", "pending", "unused", "invite", "invite", true, true, "reactivated"],
];

describe("portal lifecycle rules", () => {
  it.each(TABLE)("%s + %s", (from, action, ...expected) => {
    const result = decide(input(from, action));
    if (expected[0] === "stale") {
      expect(result).toMatchObject({ ok: false, reason: "stale" });
      if (!result.ok) expect(result.message).toMatch(/^Nothing changed: this contact now /);
      return;
    }
    if (expected[0] === "refused") {
      expect(result).toEqual({ ok: false, reason: "disabled", message: REFUSAL.disabled });
      return;
    }
    const [to, voidTokens, mint, email, revokeSessions, clearPassword, event] = expected;
    expect(mint).toBe(email);
    const send = mint ? { purpose: mint, recipient: "ana@example.com", slug: "pride-travelers" } : null;
    expect(result).toEqual({
      ok: true,
      action: action === "send" ? sendActionFor(from) : action,
      from,
      to,
      voidLinks: voidTokens !== "none",
      send,
      revokeSessions,
      clearPassword,
      // SPEC §13: only reactivate & reinvite starts the passkeys over (the passkey table below).
      removePasskeys: action === "reactivate",
      // SPEC §13: the live sign-in code dies when access ends or the credentials start over (the code table below).
      voidCodes: ["cancel_disable", "disable", "reactivate"].includes(action),
      event,
    });
  });

  it("re-enables a disabled account that never set a password back to pending", () => {
    expect(
      decide({ ...input("disabled", "reenable"), account: { status: "disabled", hasPassword: false } }),
    ).toMatchObject({ ok: true, to: "pending" });
  });

  it.each(["send", "invite", "resend", "reset", "reactivate"] as const)(
    "refuses %s without an email, in the spec's words",
    (action) => {
      const from: State =
        action === "resend" ? "pending" : action === "reset" ? "active" : action === "reactivate" ? "disabled" : "none";
      expect(decide(input(from, action, { contact: { email: null, archived: false } }))).toEqual({
        ok: false,
        reason: "no_email",
        message: "This contact has no email address on file.",
      });
    },
  );

  it.each(["send", "invite", "resend", "reactivate"] as const)("refuses %s without a portal slug", (action) => {
    const from: State = action === "resend" ? "pending" : action === "reactivate" ? "disabled" : "none";
    expect(decide(input(from, action, { agency: { portalSlug: null } }))).toEqual({
      ok: false,
      reason: "no_slug",
      message: "Set your portal slug under Settings → Branding before sending portal invites.",
    });
  });

  it.each([
    ["none", "send"],
    ["none", "invite"],
    ["disabled", "reenable"],
    ["disabled", "reactivate"],
  ] as const)("refuses %s + %s for an archived contact", (from, action) => {
    expect(decide(input(from, action, { contact: { email: "ana@example.com", archived: true } }))).toEqual({
      ok: false,
      reason: "archived",
      message: "This contact is archived. Restore the contact before giving portal access.",
    });
  });

  it("refuses an invite when another contact already uses the email for portal access", () => {
    expect(decide(input("none", "invite", { emailTakenByAnotherContact: true }))).toEqual({
      ok: false,
      reason: "email_taken",
      message: "Another contact already uses this email for portal access.",
    });
  });

  it.each([
    ["pending", "send"],
    ["active", "reset"],
    ["disabled", "reactivate"],
  ] as const)("caps %s + %s at 3 portal emails per contact in 10 minutes", (from, action) => {
    expect(decide(input(from, action, { recentSends: { advisor: 2, client: 0 } }))).toMatchObject({ ok: true });
    expect(decide(input(from, action, { recentSends: { advisor: 3, client: 0 } }))).toEqual({
      ok: false,
      reason: "too_many_sends",
      message:
        "This contact has already been sent 3 portal emails in the last 10 minutes. Wait a few minutes before sending another.",
    });
    // Disabling is never capped.
    expect(decide(input("active", "disable", { recentSends: { advisor: 9, client: 9 } }))).toMatchObject({ ok: true });
  });

  it.each([
    ["pending", "send"],
    ["active", "send"],
  ] as const)("gives the client's own requests a budget of their own (%s + %s)", (from, action) => {
    // Anonymous fresh-link requests never use up the advisor's budget…
    expect(decide(input(from, action, { recentSends: { advisor: 0, client: 3 } }))).toMatchObject({ ok: true });
    // …and are capped by their own.
    expect(
      decide(input(from, action, { requestedBy: "client", recentSends: { advisor: 0, client: 3 } })),
    ).toMatchObject({ ok: false, reason: "too_many_sends" });
    expect(
      decide(input(from, action, { requestedBy: "client", recentSends: { advisor: 3, client: 0 } })),
    ).toMatchObject({ ok: true });
  });

  it("doesn't let a client's fresh-link request replace a link an advisor sent minutes ago", () => {
    expect(decide(input("pending", "send", { requestedBy: "client", freshAdvisorLink: true }))).toEqual({
      ok: false,
      reason: "advisor_link_fresh",
      message: "Your advisor sent you a link a few minutes ago; use that one.",
    });
    // The advisor may always send again (within their cap).
    expect(decide(input("pending", "send", { freshAdvisorLink: true }))).toMatchObject({ ok: true, action: "resend" });
  });

  it("still lets an advisor disable an account whatever the email situation", () => {
    expect(
      decide(input("active", "disable", { contact: { email: null, archived: false }, agency: { portalSlug: null } })),
    ).toMatchObject({ ok: true, to: "disabled" });
  });
});

describe("claiming a link", () => {
  it.each([
    ["pending", "invite", true, false, "claimed"],
    ["active", "invite", true, false, "claimed"],
    ["active", "reset", false, true, "success"],
    ["pending", "reset", false, true, "success"],
  ] as const)(
    "a %s account claiming a live %s link becomes active",
    (status, purpose, signIn, afterReset, loginOutcome) => {
      expect(decideClaim({ account: { status }, link: { purpose, live: true } })).toEqual({
        ok: true,
        purpose,
        to: "active",
        event: "claimed",
        signIn,
        revokeSessions: afterReset,
        notifyPasswordChanged: afterReset,
        loginOutcome,
        removePasskeys: false,
      });
    },
  );

  it.each([
    ["a disabled account", { status: "disabled" as const }, { purpose: "invite" as const, live: true }],
    ["a link that is no longer live", { status: "pending" as const }, { purpose: "invite" as const, live: false }],
    ["no link at all", null, null],
    ["a link without its account", null, { purpose: "reset" as const, live: true }],
  ])("refuses %s with the claim page's words", (_, account, link) => {
    expect(decideClaim({ account, link })).toEqual({
      ok: false,
      reason: "link_invalid",
      message: "That link is no longer valid.",
    });
  });
});

describe("archiving and restoring the contact", () => {
  it.each([
    ["none", false, false, false, null],
    ["pending", true, true, true, "archived_cascade"],
    ["active", true, true, true, "archived_cascade"],
    ["disabled", false, true, true, "archived_cascade"],
  ] as const)(
    "archiving a contact with %s portal access",
    (state, disableAccount, voidLinks, revokeSessions, event) => {
      expect(
        decideArchive({ contact: { archived: false }, account: state === "none" ? null : { status: state } }),
      ).toEqual({ ok: true, disableAccount, voidLinks, revokeSessions, voidCodes: voidLinks, event });
    },
  );

  it("refuses to archive an archived contact, changing nothing", () => {
    expect(decideArchive({ contact: { archived: true }, account: { status: "disabled" } })).toEqual({
      ok: false,
      reason: "already_archived",
      message: "This contact was already archived.",
    });
  });

  it.each([
    ["none", false],
    ["disabled", true],
  ] as const)("restoring a contact with %s portal access gives no access back", (state, accountStaysDisabled) => {
    expect(
      decideRestore({ contact: { archived: true }, account: state === "none" ? null : { status: state } }),
    ).toEqual({ ok: true, accountStaysDisabled });
  });

  it("refuses to restore a contact that is not archived", () => {
    expect(decideRestore({ contact: { archived: false }, account: null })).toEqual({
      ok: false,
      reason: "not_archived",
      message: "This contact is not archived.",
    });
  });
});

describe("correcting the contact's email", () => {
  const change = (status: AccountStatus | "none", before: string | null, after: string | null, taken = false) =>
    decideEmailChange({
      account: status === "none" ? null : { status, email: before ?? "x@example.com" },
      before,
      after,
      emailTakenByAnotherContact: taken,
    });

  it.each([
    ["pending", "pending"],
    ["active", "pending"],
    ["disabled", "disabled"],
  ] as const)("cuts a %s account off from the old address completely (links, sessions, password)", (status, to) => {
    expect(change(status, "ana@typo.example", "ana@example.com")).toEqual({
      ok: true,
      cutOff: {
        to,
        signInEmail: "ana@example.com",
        voidLinks: true,
        revokeSessions: true,
        clearPassword: true,
        removePasskeys: true,
        voidCodes: true,
        event: "email_changed",
      },
    });
  });

  it("cuts off the old address when the email is removed, leaving no sign-in address", () => {
    expect(change("active", "ana@example.com", null)).toMatchObject({
      ok: true,
      cutOff: { to: "pending", signInEmail: null },
    });
  });

  it.each([
    ["the same address", "ana@example.com", "ana@example.com"],
    ["a change of case or spaces only", "Ana@Example.com", " ana@example.com "],
  ])("changes nothing in the portal for %s", (_, before, after) => {
    expect(change("active", before, after)).toEqual({ ok: true, cutOff: null });
  });

  it("changes nothing in the portal for a contact without an account", () => {
    expect(change("none", "ana@typo.example", "ana@example.com", true)).toEqual({ ok: true, cutOff: null });
  });

  it("refuses an address another contact already signs in with", () => {
    expect(change("active", "ana@typo.example", "ben@example.com", true)).toEqual({
      ok: false,
      reason: "email_taken",
      message: REFUSAL.email_taken,
    });
  });
});

describe("the way out of a send that can only fail", () => {
  const facts = { status: "none" as const, email: "ana@example.com", archived: false, portalSlug: "pride-travelers" };
  it.each([
    ["no email", { email: null }, "add_email"],
    ["an archived contact", { archived: true }, "restore_contact"],
    ["no portal slug", { portalSlug: null }, "set_slug"],
    ["an archived contact with access disabled", { archived: true, status: "disabled" as const }, "restore_contact"],
    ["nothing wrong", {}, null],
    ["access disabled (the Access tab turns it back on)", { status: "disabled" as const }, null],
  ])("for %s is %s", (_, over, expected) => {
    expect(wayOutFor({ ...facts, ...over })).toBe(expected);
  });
});

describe("bulk resend and travelers emailed in the last 10 minutes", () => {
  const now = new Date("2026-12-06T12:00:00Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const MIN = 60_000;
  it.each([
    ["never emailed", null, false, null],
    ["emailed 5 seconds ago", ago(5_000), false, "emailed less than a minute ago"],
    ["emailed 1 minute ago", ago(MIN + 1), false, "emailed 1 minute ago"],
    ["emailed 4 minutes ago", ago(4 * MIN + 30_000), false, "emailed 4 minutes ago"],
    ["emailed 9 min 59 s ago", ago(10 * MIN - 1_000), false, "emailed 9 minutes ago"],
    ["emailed exactly 10 minutes ago", ago(10 * MIN), false, null],
    ["emailed an hour ago", ago(60 * MIN), false, null],
    ["emailed 5 seconds ago, with the box ticked", ago(5_000), true, null],
    ["emailed 4 minutes ago, with the box ticked", ago(4 * MIN), true, null],
  ] as const)("%s: skipped with %s", (_, lastEmailedAt, includeRecent, words) => {
    const decision = decideBulkRecent({ lastEmailedAt, includeRecent, now });
    if (words === null) expect(decision).toEqual({ skip: false });
    else {
      expect(decision.skip).toBe(true);
      expect(decision.skip && decision.message).toMatch(new RegExp(`^${words}, so skipped`));
      expect(decision.skip && decision.message).toContain(BULK_INCLUDE_RECENT_LABEL);
    }
  });
});

// SPEC §13: the lifecycle owns every way in. [from, action, passkeys removed, passkeys sign in afterwards]
const PASSKEY_TABLE: [State, PortalAction, boolean | "refused" | "stale", boolean][] = [
  ["active", "reset", false, true],
  ["active", "disable", false, false],
  ["pending", "cancel_disable", false, false],
  ["disabled", "reenable", false, true],
  ["disabled", "reactivate", true, false],
  ["pending", "resend", false, false],
];

describe("passkeys through the lifecycle", () => {
  it.each(PASSKEY_TABLE)("%s + %s", (from, action, removed, signsIn) => {
    const result = decide(input(from, action));
    if (!result.ok) throw new Error(result.message);
    expect(result.removePasskeys).toBe(removed);
    expect(decidePasskeySignIn({ account: { status: result.to } }).ok).toBe(signsIn);
  });

  it("keeps passkeys through every decision except reactivate & reinvite", () => {
    for (const from of ["none", "pending", "active", "disabled"] as const)
      for (const action of ["send", "invite", "resend", "reset", "cancel_disable", "disable", "reenable"] as const) {
        const result = decide(input(from, action));
        if (result.ok) expect(result.removePasskeys, `${from} + ${action}`).toBe(false);
      }
  });

  it("refuses a passkey for a disabled or pending account, as any passkey that doesn't work", () => {
    expect(decidePasskeySignIn({ account: { status: "active" } })).toEqual({ ok: true });
    expect(decidePasskeySignIn({ account: { status: "disabled" } })).toEqual({ ok: false });
    expect(decidePasskeySignIn({ account: { status: "pending" } })).toEqual({ ok: false });
    expect(mayAddPasskey({ status: "active" })).toBe(true);
    expect(mayAddPasskey({ status: "disabled" })).toBe(false);
  });

  it("keeps passkeys on a reset claim, which revokes the other sessions", () => {
    const reset = decideClaim({ account: { status: "active" }, link: { purpose: "reset", live: true } });
    expect(reset).toMatchObject({ ok: true, removePasskeys: false, revokeSessions: true, signIn: false });
    const invite = decideClaim({ account: { status: "pending" }, link: { purpose: "invite", live: true } });
    expect(invite).toMatchObject({ ok: true, removePasskeys: false, revokeSessions: false, signIn: true });
  });

  it("removes the old claimant's passkeys when the email is corrected", () => {
    for (const status of ["pending", "active", "disabled"] as const) {
      const result = decideEmailChange({
        account: { status, email: "ana@example.com" },
        before: "ana@example.com",
        after: "ana.b@example.com",
        emailTakenByAnotherContact: false,
      });
      expect(result).toMatchObject({ ok: true, cutOff: { removePasskeys: true, clearPassword: true } });
    }
  });

  it("changes the password of an active client who typed the current one, ending the other sessions only", () => {
    const active = { status: "active" as const, hasPassword: true };
    expect(decidePasswordChange({ account: active, currentPasswordMatches: true })).toEqual({
      ok: true,
      revokeOtherSessions: true,
      keepThisSession: true,
      notifyPasswordChanged: true,
      removePasskeys: false,
    });
    expect(decidePasswordChange({ account: active, currentPasswordMatches: false })).toEqual({
      ok: false,
      reason: "wrong_password",
    });
    expect(
      decidePasswordChange({ account: { status: "disabled", hasPassword: true }, currentPasswordMatches: true }),
    ).toEqual({ ok: false, reason: "disabled" });
  });
});

// SPEC §13: emailed sign-in codes. [from, action, the live code dies, a code signs in afterwards]
const CODE_TABLE: [State, PortalAction, boolean, boolean][] = [
  ["active", "reset", false, true],
  ["active", "disable", true, false],
  ["pending", "cancel_disable", true, false],
  ["pending", "resend", false, false],
  // Re-enable only keeps everything as it was; disabling already killed the code (codes live 10 minutes).
  ["disabled", "reenable", false, true],
  ["disabled", "reactivate", true, false],
];

describe("sign-in codes through the lifecycle", () => {
  it.each(CODE_TABLE)("%s + %s", (from, action, dies, signsIn) => {
    const result = decide(input(from, action));
    if (!result.ok) throw new Error(result.message);
    expect(result.voidCodes).toBe(dies);
    expect(codeMaySignIn({ status: result.to })).toBe(signsIn);
  });

  it("kills the live code only when access ends or the credentials start over", () => {
    for (const from of ["none", "pending", "active", "disabled"] as const)
      for (const action of ["send", "invite", "resend", "reset", "reenable"] as const) {
        const result = decide(input(from, action));
        if (result.ok) expect(result.voidCodes, `${from} + ${action}`).toBe(false);
      }
  });

  it("kills the code when the contact is archived or its email corrected (decision 005)", () => {
    expect(decideArchive({ contact: { archived: false }, account: { status: "active" } })).toMatchObject({
      ok: true,
      voidCodes: true,
    });
    for (const status of ["pending", "active", "disabled"] as const)
      expect(
        decideEmailChange({
          account: { status, email: "ana@example.com" },
          before: "ana@example.com",
          after: "ana.b@example.com",
          emailTakenByAnotherContact: false,
        }),
      ).toMatchObject({ ok: true, cutOff: { voidCodes: true } });
  });

  it.each([
    [null, false, 0, { ok: false, reason: "no_account" }],
    ["disabled", false, 0, { ok: false, reason: "disabled" }],
    ["active", true, 0, { ok: false, reason: "archived" }],
    ["pending", false, 0, { ok: true, send: "fresh_invite" }],
    ["active", false, 0, { ok: true, send: "code" }],
    ["active", false, MAX_SENDS_PER_WINDOW - 1, { ok: true, send: "code" }],
    ["active", false, MAX_SENDS_PER_WINDOW, { ok: false, reason: "too_many_sends" }],
  ] as const)("a code request for %s (archived %s, %s recent client sends)", (status, archived, sends, expected) => {
    expect(
      decideSignInCodeRequest({
        account: status ? { status } : null,
        contact: { archived },
        recentClientSends: sends,
      }),
    ).toEqual(expected);
  });

  it("lets a code sign in only an active account: a disabled one gets the wrong-code answer", () => {
    expect(codeMaySignIn({ status: "active" })).toBe(true);
    expect(codeMaySignIn({ status: "disabled" })).toBe(false);
    expect(codeMaySignIn({ status: "pending" })).toBe(false);
  });
});
