// Times as advisors read them: in the agency's time zone, relative where people think relatively
// ("2 days ago", "expires in 3 days"), and exact in <time datetime> and on hover. The zone is
// set once per page (DashboardLayout, or a fragment's own <InTimeZone>) so views don't thread it
// through every helper; outside one, times are UTC.
import { raw } from "hono/html";
import type { Child } from "hono/jsx";

/**
 * The zone of what is being rendered. Not hono/jsx's createContext: importing it pulls the whole
 * client-side renderer into the Worker (about 17 KB). Our views render synchronously, so a value
 * set for the length of one synchronous render can't leak into another request's.
 */
let renderingZone = "UTC";

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

/** Times inside are shown in `zone` (an unknown or missing zone means UTC). */
export function InTimeZone(props: { zone: string | null | undefined; children: Child }) {
  const outer = renderingZone;
  renderingZone = props.zone && isKnownTimeZone(props.zone) ? props.zone : "UTC";
  try {
    const html = (<>{props.children}</>).toString();
    if (typeof html !== "string") throw new Error("InTimeZone renders synchronous views only");
    return raw(html);
  } finally {
    renderingZone = outer;
  }
}

/** The zone of the page being rendered. */
export function currentTimeZone(): string {
  return renderingZone;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${zone}|${withTime}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      month: "short",
      day: "numeric",
      year: "numeric",
      timeZone: zone,
      ...(withTime ? { hour: "numeric", minute: "2-digit", timeZoneName: "short" } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/** "Nov 14, 2026, 7:28 AM GMT+1" in `zone`. */
export function exactDateTime(at: Date, zone: string): string {
  return formatter(zone, true).format(at);
}

/** "Nov 14, 2026" as the calendar reads in `zone`. */
export function calendarDate(at: Date, zone: string): string {
  return formatter(zone, false).format(at);
}

const relative = new Intl.RelativeTimeFormat("en-US", { numeric: "auto" });

/** "just now", "5 minutes ago", "in 3 hours", "yesterday", "in 3 days"; null beyond a week (say the date). */
export function relativeTime(at: Date, now: Date): string | null {
  const ms = at.getTime() - now.getTime();
  if (Math.abs(ms) < 45_000) return "just now";
  const minutes = Math.round(ms / 60_000);
  if (Math.abs(minutes) < 45) return relative.format(minutes, "minute");
  const hours = Math.round(ms / 3_600_000);
  if (Math.abs(hours) < 22) return relative.format(hours, "hour");
  const days = Math.round(ms / 86_400_000);
  if (Math.abs(days) < 7) return relative.format(days, "day");
  return null;
}

/**
 * A moment as people say it: relative within a week, else the date, in the page's zone; the exact
 * time is in `datetime` and on hover.
 */
export function When(props: { at: Date | number; now?: Date }) {
  const zone = currentTimeZone();
  const at = new Date(props.at);
  return (
    <time datetime={at.toISOString()} title={exactDateTime(at, zone)}>
      {relativeTime(at, props.now ?? new Date()) ?? calendarDate(at, zone)}
    </time>
  );
}
