// Arrows point one way (STYLE.md 11, 12): no two folders of src/ import each other, ui/ knows
// no feature, and only portal-access writes portal accounts, links and events.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "..", "..", "src");
// i18n/ is a floor too: languages, formats and messages, which ui/ and every feature speak through.
const FLOORS = new Set(["db", "lib", "sessions", "ui", "i18n", "env.ts", "types.ts"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const folderOf = (file: string) => relative(SRC, file).split("/")[0] ?? "";

function importGraph() {
  const edges = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    // Relative imports of every file, top-level ones included ("./portal-access/…" from env.ts).
    for (const [, spec] of readFileSync(file, "utf8").matchAll(/from "(\.\.?\/[^"]+)"/g)) {
      const target = relative(SRC, join(file, "..", spec ?? "")).split("/")[0] ?? "";
      const from = folderOf(file);
      if (target !== from && !target.startsWith("..")) edges.add(`${from} -> ${target.replace(/\.tsx?$/, "")}`);
    }
  }
  return edges;
}

describe("feature boundaries", () => {
  const edges = importGraph();

  it("has no pair of folders importing each other", () => {
    const cycles = [...edges].filter((e) => {
      const [a, b] = e.split(" -> ");
      return edges.has(`${b} -> ${a}`);
    });
    expect(cycles).toEqual([]);
  });

  it("keeps ui/, lib/, db/, i18n/ and sessions/ free of features", () => {
    const upward = [...edges].filter((e) => {
      const [from, to] = e.split(" -> ") as [string, string];
      return FLOORS.has(from) && !FLOORS.has(to) && !FLOORS.has(`${to}.ts`);
    });
    expect(upward).toEqual([]);
  });

  it("lets only portal-access write portal_accounts, portal_tokens and portal_events", () => {
    const writers = sourceFiles(SRC)
      .filter((f) => !["portal-access", "dev"].includes(folderOf(f)))
      .filter((f) =>
        /\.(insert|update|delete)\((portalAccounts|portalTokens|portalEvents|mailOutbound)\)/.test(
          readFileSync(f, "utf8"),
        ),
      )
      .map((f) => relative(SRC, f));
    expect(writers).toEqual([]);
  });

  it("imports only types from hono/jsx (its runtime pulls the client-side renderer into the Worker)", () => {
    const runtime = sourceFiles(SRC)
      .filter((f) => /^import (?!type )[^;]*from "hono\/jsx"/m.test(readFileSync(f, "utf8")))
      .map((f) => relative(SRC, f));
    expect(runtime).toEqual([]);
  });

  it("imports zod only as zod/mini (full zod costs the Worker ~58 KB minified for the same checks)", () => {
    const fullZod = sourceFiles(SRC)
      .filter((f) => /from "zod(?!\/mini")(\/[^"]*)?"/.test(readFileSync(f, "utf8")))
      .map((f) => relative(SRC, f));
    expect(fullZod).toEqual([]);
  });

  it("lets other folders into portal-access only through its front door (index.ts)", () => {
    const pastTheDoor = sourceFiles(SRC)
      .filter((f) => folderOf(f) !== "portal-access")
      .flatMap((f) =>
        [...readFileSync(f, "utf8").matchAll(/from "(\.\.?\/[^"]+)"/g)]
          .map(([, spec]) => relative(SRC, join(f, "..", spec ?? "")))
          .filter((target) => target.startsWith("portal-access/") && target !== "portal-access/index")
          .map((target) => `${relative(SRC, f)} -> ${target}`),
      );
    expect(pastTheDoor).toEqual([]);
  });

  it("has one owner for each session cookie: auth/session.ts the advisor's, portal/session.ts the client's", () => {
    const owners: Record<string, string> = { ADVISOR_COOKIE: "auth/session.ts", CLIENT_COOKIE: "portal/session.ts" };
    const strays = sourceFiles(SRC).flatMap((f) => {
      const text = readFileSync(f, "utf8");
      return Object.entries(owners)
        .filter(([name, owner]) => relative(SRC, f) !== owner && text.includes(name))
        .map(([name]) => `${relative(SRC, f)} uses ${name}`);
    });
    expect(strays).toEqual([]);
  });
});
