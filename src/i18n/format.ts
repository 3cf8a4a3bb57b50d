// The render context (SPEC §14): the language and the agency's time zone a page or an email is
// rendered in, passed explicitly to whatever formats a date, a time, a number or money. Nothing
// here remembers a request: isolates serve requests concurrently, so a module-level "current
// locale" or "current zone" would serve one traveler another's. The Maps below only cache Intl
// formatters (building one costs far more than using one), keyed by everything they depend on.
import { LOCALE_TAGS, type Locale } from "./locales";

export interface RenderContext {
  readonly locale: Locale;
  /** An IANA zone this runtime knows ("UTC" when the agency hasn't chosen one). */
  readonly zone: string;
}

let known: Set<string> | undefined;

/** Every zone the advisor can pick: UTC first, then the runtime's IANA zones. */
export function timeZoneChoices(): string[] {
  const intl = Intl as { supportedValuesOf?: (key: "timeZone") => string[] };
  // workerd, Node and every current browser have it; without it, only UTC can be picked.
  const zones = intl.supportedValuesOf?.("timeZone") ?? [];
  return ["UTC", ...zones.filter((z) => z !== "UTC")];
}

export function isKnownTimeZone(zone: string): boolean {
  known ??= new Set(timeZoneChoices());
  return known.has(zone);
}

/** The context for `locale` in `zone` (an unknown or missing zone means UTC). */
export function renderContext(locale: Locale, zone: string | null | undefined): RenderContext {
  return { locale, zone: zone && isKnownTimeZone(zone) ? zone : "UTC" };
}

/** The advisor dashboard: English (SPEC §14 leaves it so), in the agency's zone. */
export function dashboardContext(zone: string | null | undefined): RenderContext {
  return renderContext("en", zone);
}

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, zone: string, kind: "date" | "dateTime" | "full" | "clock") {
  return cached(dateFormats, `${locale}|${zone}|${kind}`, () => {
    const options: Intl.DateTimeFormatOptions =
      kind === "full"
        ? { dateStyle: "full", timeStyle: "short" }
        : kind === "clock"
          ? { timeStyle: "short" }
          : {
              month: "short",
              day: "numeric",
              year: "numeric",
              ...(kind === "dateTime" ? { hour: "numeric", minute: "2-digit", timeZoneName: "short" } : {}),
            };
    return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { ...options, timeZone: zone });
  });
}

/** "Nov 14, 2026" / "14 nov 2026" as the calendar reads in the context's zone. */
export function formatDate(rc: RenderContext, at: Date | number): string {
  return dateFormat(rc.locale, rc.zone, "date").format(at);
}

/** A calendar date as trips store it ("2026-11-14"): the same day everywhere, so no zone. */
export function formatCalendarDate(rc: RenderContext, day: string): string {
  return dateFormat(rc.locale, "UTC", "date").format(new Date(`${day}T00:00:00Z`));
}

/**
 * "Nov 3, 2027 – Nov 14, 2027", each date held together by no-break spaces: a narrow screen
 * breaks the range at its dash, never inside a date ("14. Nov. / 2027").
 */
export function formatCalendarRange(rc: RenderContext, from: string, to: string): string {
  const whole = (day: string) => formatCalendarDate(rc, day).replace(/ /g, "\u00a0");
  return `${whole(from)} – ${whole(to)}`;
}

/** "Nov 14, 2026, 7:28 AM GMT+1" in the context's zone. */
export function formatDateTime(rc: RenderContext, at: Date | number): string {
  return dateFormat(rc.locale, rc.zone, "dateTime").format(at);
}

const zoneNameFormats = new Map<string, Intl.DateTimeFormat>();
/** The zone as the language names it at `at` ("Western European Time", "hora de Europa occidental"); UTC as UTC. */
function zoneName(rc: RenderContext, at: Date): string {
  if (rc.zone === "UTC") return "UTC";
  const format = cached(
    zoneNameFormats,
    `${rc.locale}|${rc.zone}`,
    () => new Intl.DateTimeFormat(LOCALE_TAGS[rc.locale], { timeZone: rc.zone, timeZoneName: "longGeneric" }),
  );
  return format.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? rc.zone;
}

/** "Sunday, December 13, 2026 at 7:30 PM (Western European Time)": a link's expiry in an email. */
export function formatExpiry(rc: RenderContext, at: Date): string {
  return `${dateFormat(rc.locale, rc.zone, "full").format(at)} (${zoneName(rc, at)})`;
}

/** "7:40 PM (Western European Time)": a time later today (a sign-in code's expiry). */
export function formatClock(rc: RenderContext, at: Date): string {
  return `${dateFormat(rc.locale, rc.zone, "clock").format(at)} (${zoneName(rc, at)})`;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();
/** "$1,234.50" / "1.234,50 €": the currency as the language writes it. */
export function formatMoney(rc: RenderContext, cents: number, currency: string): string {
  return cached(
    moneyFormats,
    `${rc.locale}|${currency}`,
    () => new Intl.NumberFormat(LOCALE_TAGS[rc.locale], { style: "currency", currency }),
  ).format(cents / 100);
}

const relativeFormats = new Map<Locale, Intl.RelativeTimeFormat>();
/** "just now", "5 minutes ago", "in 3 hours", "yesterday", "in 3 days"; null beyond a week (say the date). */
export function relativeTime(rc: RenderContext, at: Date, now: Date): string | null {
  const relative = cached(
    relativeFormats,
    rc.locale,
    () => new Intl.RelativeTimeFormat(LOCALE_TAGS[rc.locale], { numeric: "auto" }),
  );
  const ms = at.getTime() - now.getTime();
  if (Math.abs(ms) < 45_000) return rc.locale === "en" ? "just now" : relative.format(0, "second");
  const minutes = Math.round(ms / 60_000);
  if (Math.abs(minutes) < 45) return relative.format(minutes, "minute");
  const hours = Math.round(ms / 3_600_000);
  if (Math.abs(hours) < 22) return relative.format(hours, "hour");
  const days = Math.round(ms / 86_400_000);
  if (Math.abs(days) < 7) return relative.format(days, "day");
  return null;
}
