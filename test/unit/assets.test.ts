// Pages link stylesheets and scripts by content hash; a changed file with a stale hash would
// keep serving the old one from browsers' year-long caches.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { assetVersions } from "../../scripts/hash-assets.mjs";
import { ASSET_VERSIONS } from "../../src/ui/asset-versions";

describe("asset versions", () => {
  it("match the files in public/ (run `npm run assets` after changing one)", () => {
    expect(ASSET_VERSIONS).toEqual(assetVersions());
  });

  it("give every asset a year of caching and nosniff in public/_headers", () => {
    const headers = readFileSync(new URL("../../public/_headers", import.meta.url), "utf8");
    expect(headers).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff$/m);
    for (const prefix of ["/css/*", "/js/*", "/favicon.svg"]) {
      expect(headers).toContain(`${prefix}\n  Cache-Control: public, max-age=31536000, immutable`);
    }
  });
});
