// portal_accounts.link_deadline caches the newest link's deadline for lists: it is right only if
// every write that changes a link keeps it, in the same batch. tokens.ts owns links, so it alone
// writes the column (a new account starts without one, set by the link minted with it).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe("the link deadline", () => {
  it("is written only by the links module (tokens.ts)", () => {
    const writers = sourceFiles(SRC)
      .map((f) => ({ path: relative(SRC, f), text: readFileSync(f, "utf8") }))
      .filter((f) => !["portal-access/tokens.ts", "db/schema.ts"].includes(f.path))
      .filter((f) =>
        [...f.text.matchAll(/\blinkDeadline\s*:\s*([^,}\n]+)/g)].some(([, value]) => value?.trim() !== "null"),
      )
      .map((f) => f.path);
    expect(writers).toEqual([]);
  });
});
