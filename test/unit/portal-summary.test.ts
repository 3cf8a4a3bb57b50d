// The trip card's "2 of 3 in the portal" line: counted by portalStatus, worded for advisors.
import { describe, expect, it } from "vitest";
import { describePortalSummary, type PortalStatus, summarizePortal } from "../../src/portal-access/status";

const say = (statuses: PortalStatus[]) => describePortalSummary(summarizePortal(statuses));

describe("the travelers' portal summary", () => {
  it("counts active travelers against all of them, and names the invites still open or lapsed", () => {
    expect(say(["active", "active", "pending", "expired", "disabled", "none"])).toBe(
      "2 of 6 in the portal · 1 invited · 1 invite expired",
    );
    expect(say(["pending", "pending", "expired", "expired"])).toBe(
      "0 of 4 in the portal · 2 invited · 2 invites expired",
    );
  });

  it("leaves out the counts that are zero", () => {
    expect(say(["active", "active", "active"])).toBe("3 of 3 in the portal");
    expect(say(["none", "disabled"])).toBe("0 of 2 in the portal");
  });

  it("says so when a trip has no travelers", () => {
    expect(say([])).toBe("No travelers yet");
  });

  it("says where a solo traveler is rather than counting to one", () => {
    expect(say(["active"])).toBe("In the portal");
    expect(say(["pending"])).toBe("Invited to the portal");
    expect(say(["expired"])).toBe("Portal invite expired");
    expect(say(["none"])).toBe("Not in the portal");
    expect(say(["disabled"])).toBe("Not in the portal");
  });
});
