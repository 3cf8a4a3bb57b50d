// Times as advisors read them (src/ui/time.tsx): relative within a week, exact in the agency's
// zone on hover and in <time datetime>, and only zones the runtime knows.
import { jsx } from "hono/jsx";
import { describe, expect, it } from "vitest";
import {
  calendarDate,
  exactDateTime,
  InTimeZone,
  isKnownTimeZone,
  relativeTime,
  timeZoneChoices,
  When,
} from "../../src/ui/time";

const now = new Date("2026-11-16T12:00:00Z");
const render = async (node: ReturnType<typeof jsx>) => String(await node.toString());
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe("relativeTime", () => {
  it.each([
    [ago(10_000), "just now"],
    [ago(5 * MIN), "5 minutes ago"],
    [ago(3 * HOUR), "3 hours ago"],
    [ago(DAY), "yesterday"],
    [ago(2 * DAY), "2 days ago"],
    [ago(-3 * DAY), "in 3 days"],
    [ago(-DAY), "tomorrow"],
    [ago(-90 * MIN), "in 2 hours"],
  ])("says %s as %s", (at, words) => {
    expect(relativeTime(at, now)).toBe(words);
  });

  it("gives up beyond a week, so the date is said instead", () => {
    expect(relativeTime(ago(8 * DAY), now)).toBeNull();
    expect(relativeTime(ago(-7 * DAY), now)).toBeNull();
  });
});

describe("exact times in a zone", () => {
  const at = new Date("2026-11-14T07:28:00Z");

  it("writes UTC and Lisbon (UTC+0 in winter) and Tokyo apart", () => {
    expect(exactDateTime(at, "UTC")).toBe("Nov 14, 2026, 7:28 AM UTC");
    expect(exactDateTime(at, "Asia/Tokyo")).toBe("Nov 14, 2026, 4:28 PM GMT+9");
    expect(exactDateTime(at, "America/Los_Angeles")).toBe("Nov 13, 2026, 11:28 PM PST");
  });

  it("dates a moment by the zone's calendar", () => {
    expect(calendarDate(at, "America/Los_Angeles")).toBe("Nov 13, 2026");
    expect(calendarDate(at, "UTC")).toBe("Nov 14, 2026");
  });
});

describe("time zones", () => {
  it("offers UTC first, then IANA zones, and knows only those", () => {
    const zones = timeZoneChoices();
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("Europe/Lisbon");
    expect(isKnownTimeZone("Europe/Lisbon")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isKnownTimeZone("europe/lisbon")).toBe(false);
    expect(isKnownTimeZone("")).toBe(false);
  });
});

describe("<When>", () => {
  it("says a moment relatively, with the exact time in the page's zone on hover and in datetime", async () => {
    const html = await render(jsx(InTimeZone, { zone: "Asia/Tokyo" }, jsx(When, { at: ago(2 * DAY), now })));
    expect(html).toBe(
      '<time datetime="2026-11-14T12:00:00.000Z" title="Nov 14, 2026, 9:00 PM GMT+9">2 days ago</time>',
    );
  });

  it("says the date beyond a week, in UTC outside any zone, and in UTC for an unknown zone", async () => {
    const plain = await render(jsx(When, { at: ago(30 * DAY), now }));
    expect(plain).toContain(">Oct 17, 2026</time>");
    expect(plain).toContain('title="Oct 17, 2026, 12:00 PM UTC"');
    const unknown = await render(jsx(InTimeZone, { zone: "Nowhere/Else" }, jsx(When, { at: ago(30 * DAY), now })));
    expect(unknown).toContain("UTC");
  });
});
