// Opens Drizzle over D1 through a thin wrapper that counts round trips and their time,
// so every response can report its D1 cost in a Server-Timing header.
import { type AnyColumn, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";

export interface QueryStats {
  roundTrips: number;
  durationMs: number;
  kvReads: number;
  kvWrites: number;
}

export type Db = ReturnType<typeof openDb>["db"];

const INNER = Symbol("inner");

type Wrapped = D1PreparedStatement & { [INNER]: D1PreparedStatement };

function wrapStatement(inner: D1PreparedStatement, stats: QueryStats): Wrapped {
  const timed = async <T>(run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await run();
    } finally {
      stats.roundTrips += 1;
      stats.durationMs += performance.now() - started;
    }
  };
  return {
    [INNER]: inner,
    bind: (...values: unknown[]) => wrapStatement(inner.bind(...values), stats),
    first: ((column?: string) =>
      timed(() => (column ? inner.first(column) : inner.first()))) as D1PreparedStatement["first"],
    run: (() => timed(() => inner.run())) as D1PreparedStatement["run"],
    all: (() => timed(() => inner.all())) as D1PreparedStatement["all"],
    raw: ((options?: { columnNames?: boolean }) =>
      timed(() => inner.raw(options as { columnNames: true }))) as D1PreparedStatement["raw"],
  } as Wrapped;
}

/** A D1Database that counts every round trip (a batch is one) into `stats`. */
export function countingD1(d1: D1Database, stats: QueryStats): D1Database {
  return {
    prepare: (query: string) => wrapStatement(d1.prepare(query), stats),
    batch: async (statements: D1PreparedStatement[]) => {
      const started = performance.now();
      try {
        return await d1.batch(statements.map((s) => (s as Wrapped)[INNER] ?? s));
      } finally {
        stats.roundTrips += 1;
        stats.durationMs += performance.now() - started;
      }
    },
    exec: async (query: string) => {
      const started = performance.now();
      try {
        return await d1.exec(query);
      } finally {
        stats.roundTrips += 1;
        stats.durationMs += performance.now() - started;
      }
    },
    withSession: (...args: Parameters<D1Database["withSession"]>) => d1.withSession(...args),
    dump: () => d1.dump(),
  } as D1Database;
}

export function openDb(d1: D1Database) {
  const stats: QueryStats = { roundTrips: 0, durationMs: 0, kvReads: 0, kvWrites: 0 };
  const db = drizzle(countingD1(d1, stats), { schema });
  return { db, stats };
}

/** KV with its reads and writes counted into `stats` (only get and put are used here). */
export function countingKv(kv: KVNamespace, stats: QueryStats): KVNamespace {
  return new Proxy(kv, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      if (prop === "get" || prop === "getWithMetadata") stats.kvReads += 1;
      if (prop === "put" || prop === "delete") stats.kvWrites += 1;
      return value.bind(target);
    },
  });
}

export function serverTiming(stats: QueryStats): string {
  const noun = stats.roundTrips === 1 ? "query" : "queries";
  return `d1;dur=${stats.durationMs.toFixed(1)};desc="${stats.roundTrips} ${noun}", kv;desc="${stats.kvReads} reads ${stats.kvWrites} writes"`;
}

/**
 * A column under its own result name. D1's batch returns rows as objects, so two joined
 * columns that share a name (every table's "id") would collapse into one; selects that
 * join and run inside db.batch alias the clashing ones with this.
 */
export function aliased<T extends AnyColumn>(column: T, alias: string) {
  return sql<T["_"]["notNull"] extends true ? T["_"]["data"] : T["_"]["data"] | null>`${column}`
    .mapWith(column)
    .as(alias);
}
