// Keyset pagination for lists that grow with the agency: a page is the rows after (or before)
// the last row the reader saw, in a fixed order backed by an index, so page 80 costs what page
// 1 costs. Cursors are the sort key of that row, base64url JSON, opaque to the reader.
import * as z from "zod";
import { base64url } from "./ids";

export const PAGE_SIZE = 50;

export type Cursor = (string | number)[];

export function encodeCursor(key: Cursor): string {
  return base64url(new TextEncoder().encode(JSON.stringify(key)));
}

const cursorShape = z.array(z.union([z.string().max(300), z.number()])).max(4);

/** The cursor in a URL, or null for anything that isn't one of ours (a bad cursor shows page 1). */
export function decodeCursor(value: string | undefined): Cursor | null {
  if (!value || value.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const json = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(json, (ch) => ch.charCodeAt(0));
    const parsed = cursorShape.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface PageRequest {
  after: Cursor | null;
  before: Cursor | null;
}

export function readPageRequest(query: { after?: string; before?: string }): PageRequest {
  const before = decodeCursor(query.before);
  return { after: before ? null : decodeCursor(query.after), before };
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

/** `%q%` for LIKE with the reader's own % and _ taken literally (ESCAPE '\\'). */
export function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
