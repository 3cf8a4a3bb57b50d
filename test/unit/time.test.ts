// Times as people read them (src/i18n/format.ts, src/ui/time.tsx): relative within a week, exact
// in the agency's zone on hover and in <time datetime>, only zones the runtime knows, and each in
// the render context's language (SPEC §14).
import { jsx } from "hono/jsx";
import { describe, expect, it } from "vitest";
import {
  formatCalendarDate,
  formatClock,
  formatDate,
  formatDateTime,
  formatExpiry,
  formatMoney,
  isKnownTimeZone,
  relativeTime,
  renderContext,
  timeZoneChoices,
} from "../../src/i18n/format";
import { When } from "../../src/ui/time";

const now = new Date("2026-11-16T12:00:00Z");
const render = async (node: ReturnType<typeof jsx>) => String(await node.toString());
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const en = renderContext("en", "UTC");

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
    expect(relativeTime(en, at, now)).toBe(words);
  });

  it("gives up beyond a week, so the date is said instead", () => {
    expect(relativeTime(en, ago(8 * DAY), now)).toBeNull();
    expect(relativeTime(en, ago(-7 * DAY), now)).toBeNull();
  });

  it.each([
    ["es", "hace 3 días", "ayer", "ahora"],
    ["fr", "il y a 3 jours", "hier", "maintenant"],
    ["de", "vor 3 Tagen", "gestern", "jetzt"],
    ["pt", "há 3 dias", "ontem", "agora"],
  ] as const)("says it in %s", (locale, threeDays, yesterday, justNow) => {
    const rc = renderContext(locale, "UTC");
    expect(relativeTime(rc, ago(3 * DAY), now)).toBe(threeDays);
    expect(relativeTime(rc, ago(DAY), now)).toBe(yesterday);
    expect(relativeTime(rc, ago(10_000), now)).toBe(justNow);
  });
});

describe("exact times in a zone", () => {
  const at = new Date("2026-11-14T07:28:00Z");

  it("writes UTC and Lisbon (UTC+0 in winter) and Tokyo apart", () => {
    expect(formatDateTime(en, at)).toBe("Nov 14, 2026, 7:28 AM UTC");
    expect(formatDateTime(renderContext("en", "Asia/Tokyo"), at)).toBe("Nov 14, 2026, 4:28 PM GMT+9");
    expect(formatDateTime(renderContext("en", "America/Los_Angeles"), at)).toBe("Nov 13, 2026, 11:28 PM PST");
  });

  it("dates a moment by the zone's calendar, and a calendar day the same everywhere", () => {
    expect(formatDate(renderContext("en", "America/Los_Angeles"), at)).toBe("Nov 13, 2026");
    expect(formatDate(en, at)).toBe("Nov 14, 2026");
    expect(formatCalendarDate(renderContext("en", "America/Los_Angeles"), "2026-11-14")).toBe("Nov 14, 2026");
  });

  it.each([
    ["es", "14 nov 2026"],
    ["fr", "14 nov. 2026"],
    ["de", "14. Nov. 2026"],
    ["pt", "14 de nov. de 2026"],
  ] as const)("writes dates the way %s does", (locale, date) => {
    expect(formatDate(renderContext(locale, "Europe/Madrid"), at)).toBe(date);
  });

  it("says a link's expiry in full with the zone's own name, in each language", () => {
    const expiry = new Date("2026-12-13T19:30:00Z");
    expect(formatExpiry(renderContext("en", "Europe/Lisbon"), expiry)).toBe(
      "Sunday, December 13, 2026 at 7:30 PM (Western European Time)",
    );
    expect(formatExpiry(renderContext("es", "Europe/Madrid"), expiry)).toBe(
      "domingo, 13 de diciembre de 2026, 20:30 (hora de Europa central)",
    );
    expect(formatExpiry(renderContext("de", "Europe/Berlin"), expiry)).toBe(
      "Sonntag, 13. Dezember 2026 um 20:30 (Mitteleuropäische Zeit)",
    );
    expect(formatExpiry(en, expiry)).toBe("Sunday, December 13, 2026 at 7:30 PM (UTC)");
    expect(formatClock(renderContext("fr", "Europe/Paris"), expiry)).toBe("20:30 (heure d’Europe centrale)");
  });
});

describe("money and numbers", () => {
  it.each([
    ["en", "€1,234.50"],
    ["es", "1234,50 €"],
    ["fr", "1 234,50 €"],
    ["de", "1.234,50 €"],
    ["pt", "€ 1.234,50"],
  ] as const)("writes euros the way %s does", (locale, money) => {
    expect(formatMoney(renderContext(locale, "UTC"), 123450, "EUR").replace(/\s/g, " ")).toBe(money);
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

  it("renders an unknown zone as UTC", () => {
    expect(renderContext("en", "Nowhere/Else").zone).toBe("UTC");
    expect(renderContext("en", null).zone).toBe("UTC");
  });
});

describe("<When>", () => {
  it("says a moment relatively, with the exact time in the context's zone on hover and in datetime", async () => {
    const html = await render(jsx(When, { rc: renderContext("en", "Asia/Tokyo"), at: ago(2 * DAY), now }));
    expect(html).toBe(
      '<time datetime="2026-11-14T12:00:00.000Z" title="Nov 14, 2026, 9:00 PM GMT+9">2 days ago</time>',
    );
  });

  it("says the date beyond a week, in the context's language", async () => {
    const plain = await render(jsx(When, { rc: en, at: ago(30 * DAY), now }));
    expect(plain).toContain(">Oct 17, 2026</time>");
    expect(plain).toContain('title="Oct 17, 2026, 12:00 PM UTC"');
    const german = await render(jsx(When, { rc: renderContext("de", "Europe/Berlin"), at: ago(30 * DAY), now }));
    expect(german).toContain(">17. Okt. 2026</time>");
  });

  it("renders two contexts side by side without one leaking into the other", async () => {
    const [a, b] = await Promise.all([
      render(jsx(When, { rc: renderContext("es", "Asia/Tokyo"), at: ago(3 * DAY), now })),
      render(jsx(When, { rc: renderContext("en", "UTC"), at: ago(2 * DAY), now })),
    ]);
    expect(a).toContain("hace 3 días");
    expect(a).toContain("GMT+9");
    expect(b).toContain("2 days ago");
    expect(b).toContain("UTC");
  });
});
