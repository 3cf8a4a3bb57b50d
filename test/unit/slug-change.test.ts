// The portal slug rules (src/settings/slug-change.ts) as a table: what the portal is used for ×
// what the advisor asked → save, refuse, or ask first.
import { describe, expect, it } from "vitest";
import { decideSlugChange, SLUG_IN_USE, SLUG_TAKEN, type SlugFacts } from "../../src/settings/slug-change";

const quiet: SlugFacts = { current: "pride", takenByOther: false, accounts: 0, liveAccounts: 0, liveLinks: 0 };
const used: SlugFacts = { ...quiet, accounts: 3, liveAccounts: 2, liveLinks: 1 };

describe("decideSlugChange", () => {
  it("saves an unchanged slug whatever uses it", () => {
    expect(decideSlugChange(used, "pride", null)).toEqual({
      ok: true,
      slug: "pride",
      changed: false,
      keepOldRedirecting: false,
    });
  });

  it("refuses a slug another agency uses or keeps redirecting", () => {
    expect(decideSlugChange({ ...quiet, takenByOther: true }, "blue", null)).toEqual({
      ok: false,
      reason: "taken",
      message: SLUG_TAKEN,
    });
  });

  it("refuses clearing the slug while the agency has portal accounts, even only disabled ones", () => {
    expect(decideSlugChange({ ...quiet, accounts: 1 }, null, null)).toEqual({
      ok: false,
      reason: "in_use",
      message: SLUG_IN_USE,
    });
    expect(decideSlugChange(used, null, { from: "pride", keepOldRedirecting: true })).toMatchObject({
      reason: "in_use",
    });
  });

  it("clears the slug of an agency without portal accounts", () => {
    expect(decideSlugChange(quiet, null, null)).toMatchObject({ ok: true, slug: null, changed: true });
  });

  it("sets a first slug without asking", () => {
    expect(decideSlugChange({ ...used, current: null }, "pride", null)).toMatchObject({ ok: true, changed: true });
  });

  it("changes a slug nothing uses without asking, and keeps no redirect", () => {
    expect(decideSlugChange(quiet, "pride-co", null)).toEqual({
      ok: true,
      slug: "pride-co",
      changed: true,
      keepOldRedirecting: false,
    });
  });

  it.each([
    ["live links", { ...quiet, liveLinks: 1 }],
    ["active or invited clients", { ...quiet, accounts: 1, liveAccounts: 1 }],
  ])("asks first when %s use the current slug", (_, facts) => {
    expect(decideSlugChange(facts, "pride-co", null)).toEqual({
      ok: false,
      reason: "confirm",
      from: "pride",
      to: "pride-co",
    });
  });

  it("carries out a confirmed change with the advisor's choice about the old slug", () => {
    expect(decideSlugChange(used, "pride-co", { from: "pride", keepOldRedirecting: true })).toMatchObject({
      ok: true,
      slug: "pride-co",
      keepOldRedirecting: true,
    });
    expect(decideSlugChange(used, "pride-co", { from: "pride", keepOldRedirecting: false })).toMatchObject({
      ok: true,
      keepOldRedirecting: false,
    });
  });

  it("asks again when the slug changed since the advisor confirmed", () => {
    expect(
      decideSlugChange({ ...used, current: "pride-2" }, "pride-co", { from: "pride", keepOldRedirecting: true }),
    ).toEqual({ ok: false, reason: "confirm", from: "pride-2", to: "pride-co" });
  });

  it("refuses a taken slug even when confirmed", () => {
    expect(
      decideSlugChange({ ...used, takenByOther: true }, "blue", { from: "pride", keepOldRedirecting: true }),
    ).toMatchObject({ reason: "taken" });
  });
});
