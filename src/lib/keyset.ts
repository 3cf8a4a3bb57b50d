// Keyset pagination for lists that grow with the agency: a page is the rows after (or before)
// the last row the reader saw, in a fixed order backed by an index, so page 80 costs what page
// 1 costs. Cursors are the sort key of that row, base64url JSON, opaque to the reader.
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import * as z from "zod/mini";
import { base64url } from "./ids";

export const PAGE_SIZE = 50;

export type Cursor = (string | number)[];

export function encodeCursor(key: Cursor): string {
  return base64url(new TextEncoder().encode(JSON.stringify(key)));
}

/** Longest cursor text we read: a key of a few short values is far shorter. */
const MAX_CURSOR_CHARS = 1000;

/**
 * The cursor in a URL, if it is one of this list's keys (`shape`: the list's key as a zod tuple,
 * e.g. `[z.string(), z.string()]`), or null for anything else: a cursor of another list, a
 * hand-edited one, or garbage shows page 1 rather than reaching SQL with the wrong arity.
 */
export function decodeCursor<T extends Cursor>(value: string | undefined, shape: z.ZodMiniType<T>): T | null {
  if (!value || value.length > MAX_CURSOR_CHARS || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const json = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(json, (ch) => ch.charCodeAt(0));
    const parsed = shape.safeParse(
      JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes)),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Parts of a cursor: text a row could hold, and whole numbers SQLite stores exactly (times in ms). */
export const cursorText = z.string().check(z.maxLength(300));
export const cursorInteger = z.number().check(z.int(), z.gte(Number.MIN_SAFE_INTEGER), z.lte(Number.MAX_SAFE_INTEGER));

export interface PageRequest<T extends Cursor = Cursor> {
  after: T | null;
  before: T | null;
}

export function readPageRequest<T extends Cursor>(
  query: { after?: string; before?: string },
  shape: z.ZodMiniType<T>,
): PageRequest<T> {
  const before = decodeCursor(query.before, shape);
  return { after: before ? null : decodeCursor(query.after, shape), before };
}

export interface Page<T> {
  rows: T[];
  /** Cursor for the next page ("Older"/"Next"), or null on the last page. */
  next: string | null;
  /** Cursor for the previous page, or null on the first page. */
  previous: string | null;
}

/**
 * Turns PAGE_SIZE + 1 fetched rows into a page. Pages read backwards (before a cursor) were
 * fetched in reverse order and are put back in reading order here.
 */
export function toPage<T>(fetched: T[], request: PageRequest, keyOf: (row: T) => Cursor): Page<T> {
  const more = fetched.length > PAGE_SIZE;
  const rows = fetched.slice(0, PAGE_SIZE);
  if (request.before) rows.reverse();
  const first = rows[0];
  const last = rows.at(-1);
  const hasNext = request.before ? true : more;
  const hasPrevious = request.before ? more : request.after !== null;
  return {
    rows,
    next: hasNext && last ? encodeCursor(keyOf(last)) : null,
    previous: hasPrevious && first ? encodeCursor(keyOf(first)) : null,
  };
}

/** The most a search reads, in characters: the search box's maxlength. */
export const SEARCH_MAX_CHARS = 100;

/**
 * A list's search as typed: trimmed, and cut to SEARCH_MAX_CHARS whole characters (never half
 * of an emoji's surrogate pair) when a URL brings more than the box takes; `cut` says so.
 */
export function readSearch(raw: string | undefined): { q: string; cut: boolean } {
  const chars = Array.from((raw ?? "").trim());
  if (chars.length <= SEARCH_MAX_CHARS) return { q: chars.join(""), cut: false };
  return { q: chars.slice(0, SEARCH_MAX_CHARS).join("").trim(), cut: true };
}

/**
 * `text` contains the search, as SQL. instr, not LIKE: D1 refuses LIKE patterns over 50 bytes
 * ("LIKE or GLOB pattern too complex", https://developers.cloudflare.com/d1/platform/limits/),
 * which 49 typed letters or 25 accented ones reach, and instr takes the reader's % and _
 * literally with no escaping. Case is folded as before: `text` is lower()ed by the caller's SQL
 * (ASCII, as SQLite does) and the needle here (searchNeedle).
 */
export function containsSearch(text: SQLWrapper, needle: SQLWrapper | string): SQL {
  return sql`instr(${text}, ${needle}) > 0`;
}

/** What containsSearch looks for: the search in lower case. */
export function searchNeedle(q: string): string {
  return q.toLowerCase();
}
