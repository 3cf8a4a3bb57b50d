// Work that should not hold up (or be timed through) the response: it runs after the
// response through waitUntil. Where there is no execution context (direct calls), it is awaited.
import type { Context } from "hono";

export async function inBackground(c: Context, work: Promise<unknown>, label: string): Promise<void> {
  const guarded = work.catch((err) => console.error(`background ${label} failed`, err));
  try {
    c.executionCtx.waitUntil(guarded);
  } catch {
    await guarded;
  }
}
