// Opens Drizzle over D1 through a thin wrapper that counts round trips and their time, so
// every response can report its D1 cost in a Server-Timing header, including which D1 Sessions
// API consistency it read with and how many queries the primary served.
import { type AnyColumn, fillPlaceholders, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";

export interface QueryStats {
  roundTrips: number;
  durationMs: number;
  kvReads: number;
  kvWrites: number;
  /** How this request reads D1: "replica" (first-unconstrained), "bookmark" or "primary". */
  consistency?: Consistency["kind"];
  /** Round trips D1 says the primary served. */
  primaryRoundTrips: number;
  /** D1 said a statement changed the database. */
  wrote: boolean;
}

/**
 * D1 read replication (Sessions API): reads that tolerate a replica start unconstrained; a
 * request that writes goes to the primary; a browser that just wrote carries the bookmark of
 * that write so its next page reads at least that.
 */
export type Consistency = { kind: "replica" } | { kind: "primary" } | { kind: "bookmark"; bookmark: string };

const CONSTRAINT = { replica: "first-unconstrained", primary: "first-primary" } as const;

type Meta = { meta?: { served_by_primary?: boolean; changed_db?: boolean } } | null;

/** What D1's answer says about where it was served and whether it wrote. (Batches answer an array of results.) */
function noteMeta(result: unknown, stats: QueryStats) {
  const results = (Array.isArray(result) ? result : [result]) as Meta[];
  if (results[0]?.meta?.served_by_primary) stats.primaryRoundTrips += 1;
  if (results.some((r) => r?.meta?.changed_db)) stats.wrote = true;
}

export type Db = ReturnType<typeof openDb>["db"];

/**
 * D1's own limits (https://developers.cloudflare.com/d1/platform/limits/), which local SQLite
 * doesn't enforce: a statement over them passes every local test and fails in production. The
 * wrapper below refuses them everywhere, so they fail here first.
 */
export const D1_MAX_BOUND_PARAMETERS = 100;
export const D1_MAX_FUNCTION_ARGUMENTS = 32;

export class TooManyParameters extends Error {
  constructor(count: number) {
    super(`This statement binds ${count} parameters; D1 allows ${D1_MAX_BOUND_PARAMETERS} (bind lists with inList)`);
  }
}

/**
 * A prepared statement whose round trips are counted into `stats`. Classes, not object
 * literals of closures: a statement is wrapped at every bind, and the bundle names each new
 * closure (esbuild keepNames), which cost more than the wrapping itself.
 */
class CountedStatement {
  constructor(
    readonly inner: D1PreparedStatement,
    private readonly stats: QueryStats,
  ) {}

  bind(...values: unknown[]) {
    if (values.length > D1_MAX_BOUND_PARAMETERS) throw new TooManyParameters(values.length);
    return new CountedStatement(this.inner.bind(...values), this.stats);
  }

  first(column?: string) {
    return this.timed(() => (column ? this.inner.first(column) : this.inner.first()));
  }

  run() {
    return this.timed(() => this.inner.run());
  }

  all() {
    return this.timed(() => this.inner.all());
  }

  raw(options?: { columnNames?: boolean }) {
    return this.timed(() => this.inner.raw(options as { columnNames: true }));
  }

  private async timed<T>(run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      const result = await run();
      noteMeta(result, this.stats);
      return result;
    } finally {
      this.stats.roundTrips += 1;
      this.stats.durationMs += performance.now() - started;
    }
  }
}

/** A D1Database that counts every round trip (a batch is one) into `stats`. */
class CountingD1 {
  constructor(
    private readonly d1: D1Database,
    private readonly stats: QueryStats,
  ) {}

  prepare(query: string) {
    return new CountedStatement(this.d1.prepare(query), this.stats);
  }

  async batch(statements: D1PreparedStatement[]) {
    const started = performance.now();
    try {
      const unwrapped = statements.map((s) => (s instanceof CountedStatement ? s.inner : s));
      const results = await this.d1.batch(unwrapped);
      noteMeta(results, this.stats);
      return results;
    } finally {
      this.stats.roundTrips += 1;
      this.stats.durationMs += performance.now() - started;
    }
  }

  async exec(query: string) {
    const started = performance.now();
    try {
      return await this.d1.exec(query);
    } finally {
      this.stats.roundTrips += 1;
      this.stats.durationMs += performance.now() - started;
    }
  }

  withSession(...args: Parameters<D1Database["withSession"]>) {
    return this.d1.withSession(...args);
  }

  dump() {
    return this.d1.dump();
  }
}

export function countingD1(d1: D1Database, stats: QueryStats): D1Database {
  return new CountingD1(d1, stats) as unknown as D1Database;
}

export const newQueryStats = (): QueryStats => ({
  roundTrips: 0,
  durationMs: 0,
  kvReads: 0,
  kvWrites: 0,
  primaryRoundTrips: 0,
  wrote: false,
});

/**
 * Drizzle over D1 (or over one D1 session), counted into `stats`. Without a schema argument:
 * nothing uses relational queries, and extracting their config cost every request ~0.3 ms.
 */
export function openDb(d1: D1Database | D1DatabaseSession, stats: QueryStats = newQueryStats()) {
  const db = drizzle(countingD1(d1 as D1Database, stats));
  return { db, stats };
}

/** A D1 session with the given consistency, and Drizzle over it; `bookmark()` is where it has read or written up to. */
export function openSession(d1: D1Database, consistency: Consistency, stats: QueryStats) {
  const session = startSession(d1, consistency, stats);
  return { ...openDb(session, stats), bookmark: () => session.getBookmark() };
}

/**
 * A bookmark comes from a cookie, so it may be old, from another database, or made up. Local D1
 * takes any string; D1 in production may refuse one it can't read. A page must not fail for it:
 * the request reads as one without a bookmark would, from the nearest replica.
 */
function startSession(d1: D1Database, consistency: Consistency, stats: QueryStats): D1DatabaseSession {
  if (consistency.kind !== "bookmark") return d1.withSession(CONSTRAINT[consistency.kind]);
  try {
    return d1.withSession(consistency.bookmark);
  } catch (err) {
    console.warn(JSON.stringify({ warning: "d1 bookmark refused", message: String(err) }));
    stats.consistency = "replica";
    return d1.withSession(CONSTRAINT.replica);
  }
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
  const session = stats.consistency
    ? `, d1-session;desc="${stats.consistency}, ${stats.primaryRoundTrips} from primary"`
    : "";
  return `d1;dur=${stats.durationMs.toFixed(1)};desc="${stats.roundTrips} ${noun}"${session}, kv;desc="${stats.kvReads} reads ${stats.kvWrites} writes"`;
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

const dialect = new SQLiteAsyncDialect();

/**
 * A statement turned into SQL once per isolate, with `sql.placeholder(name)` where requests
 * differ, and run with each request's values as one D1 round trip answering rows of cells.
 * For hot pages whose query takes Drizzle longer to build than D1 takes to run it.
 */
export function builtOnce(query: SQL) {
  const built = dialect.sqlToQuery(query);
  return (db: Db, values: Record<string, unknown>): Promise<unknown[][]> =>
    db.$client
      .prepare(built.sql)
      .bind(...fillPlaceholders(built.params, values))
      .raw();
}

/**
 * `column in (values)` with the whole list bound as one JSON parameter. D1 binds at most 100
 * parameters per statement (https://developers.cloudflare.com/d1/platform/limits/), so an
 * `in (?, ?, …)` of a 100-row selection plus its agency id fails there while passing locally;
 * json_each reads any length of list through one.
 */
export function inList(column: SQLWrapper, values: readonly (string | number)[]): SQL {
  return sql`${column} in (select value from json_each(${JSON.stringify(values)}))`;
}

/** `json_object('key', value, …)` of named SQL values; the keys are the code's own names. */
export function jsonObject(fields: Record<string, SQLWrapper>): SQL {
  if (Object.keys(fields).length * 2 > D1_MAX_FUNCTION_ARGUMENTS)
    throw new Error(
      `json_object of ${Object.keys(fields).length} fields: D1 allows ${D1_MAX_FUNCTION_ARGUMENTS} arguments`,
    );
  const pairs = Object.entries(fields).map(([name, value]) => {
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name)) throw new Error(`Not a JSON key for SQL: ${name}`);
    return sql`'${sql.raw(name)}', ${value}`;
  });
  return sql`json_object(${sql.join(pairs, sql`, `)})`;
}
