// The brand colour guard (src/ui/brand.ts): WCAG contrast maths, the palette every brand use draws
// from, the Settings warning, the theme stylesheet, the email's header and button, and the copy of
// the maths that repaints the Settings preview in the browser (public/js/branding.js).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { renderPortalEmail } from "../../src/mail/render";
import {
  AA,
  brandPalette,
  contrastRatio,
  describeAdjustment,
  mix,
  NEAR_BLACK,
  relativeLuminance,
  themeVariables,
} from "../../src/ui/brand";

const LIGHT_SURFACES = ["#ffffff", "#f6f7fa", "#e3f5ee", "#fff3d6", "#fde8e6", "#e5effc"];

describe("WCAG relative luminance and contrast", () => {
  it("gives white 1 and black 0, and 21:1 between them", () => {
    expect(relativeLuminance("#ffffff")).toBe(1);
    expect(relativeLuminance("#000000")).toBe(0);
    expect(contrastRatio("#ffffff", "#000000")).toBe(21);
    expect(contrastRatio("#000000", "#ffffff")).toBe(21);
  });

  it("gives a colour 1:1 against itself", () => {
    expect(contrastRatio("#1f6f78", "#1f6f78")).toBe(1);
  });

  it("measures the issue's yellow: 1.64:1 for white text, 1.55:1 in its own 10% tint", () => {
    expect(contrastRatio("#f5c400", "#ffffff")).toBeCloseTo(1.64, 2);
    expect(contrastRatio("#f5c400", mix("#f5c400", "#ffffff", 0.1))).toBeCloseTo(1.55, 1);
  });

  it("measures the default teal at 5.83:1 against white", () => {
    expect(contrastRatio("#1f6f78", "#ffffff")).toBeCloseTo(5.83, 2);
  });

  it("matches the WCAG reference grey: #767676 is the lightest grey that reaches 4.5:1 on white", () => {
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });
});

describe("brandPalette", () => {
  it("gives #f5c400 near-black text on the yellow and a darker yellow for links", () => {
    const p = brandPalette("#f5c400");
    expect(p).toMatchObject({ brand: "#f5c400", fill: "#f5c400", onFill: NEAR_BLACK });
    expect(contrastRatio(p.fill, p.onFill)).toBeGreaterThanOrEqual(AA);
    expect(p.text).not.toBe("#f5c400");
    expect(contrastRatio(p.text, "#ffffff")).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(p.text, p.tint)).toBeGreaterThanOrEqual(AA);
    expect(p.adjusted).toEqual({ darkText: true, darkerFill: false, darkerText: true });
  });

  it("uses #1f6f78 exactly as picked, with white text", () => {
    const p = brandPalette("#1f6f78");
    expect(p).toMatchObject({ fill: "#1f6f78", onFill: "#ffffff", text: "#1f6f78" });
    expect(describeAdjustment(p)).toBeNull();
  });

  it("gives white dark text and a grey for links (white text on white is 1:1)", () => {
    const p = brandPalette("#ffffff");
    expect(p.onFill).toBe(NEAR_BLACK);
    expect(contrastRatio(p.text, "#ffffff")).toBeGreaterThanOrEqual(AA);
    expect(p.tint).toBe("#ffffff");
  });

  it("uses black as picked: white text on it, black links", () => {
    const p = brandPalette("#000000");
    expect(p).toMatchObject({ fill: "#000000", onFill: "#ffffff", text: "#000000" });
    expect(describeAdjustment(p)).toBeNull();
  });

  it("darkens the fill of a mid grey that neither white nor near-black text reads on", () => {
    expect(contrastRatio("#7a7a7a", "#ffffff")).toBeLessThan(AA);
    expect(contrastRatio("#7a7a7a", NEAR_BLACK)).toBeLessThan(AA);
    const p = brandPalette("#7a7a7a");
    expect(p.onFill).toBe("#ffffff");
    expect(p.fill).not.toBe("#7a7a7a");
    expect(contrastRatio(p.fill, "#ffffff")).toBeGreaterThanOrEqual(AA);
    expect(p.adjusted.darkerFill).toBe(true);
  });

  it("falls back to the default for anything that isn't #rrggbb, and lower-cases", () => {
    expect(brandPalette("red;}body{display:none").brand).toBe("#1f6f78");
    expect(brandPalette(null).brand).toBe("#1f6f78");
    expect(brandPalette("#AA3366").brand).toBe("#aa3366");
  });

  it("meets AA for every use, over a sweep of colours", () => {
    for (let r = 0; r < 256; r += 51)
      for (let g = 0; g < 256; g += 51)
        for (let b = 0; b < 256; b += 51) {
          const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
          const p = brandPalette(hex);
          expect(contrastRatio(p.fill, p.onFill), `${hex} button`).toBeGreaterThanOrEqual(AA);
          expect(contrastRatio(p.fillHover, p.onFill), `${hex} hover`).toBeGreaterThanOrEqual(AA);
          for (const surface of [...LIGHT_SURFACES, p.tint])
            expect(contrastRatio(p.text, surface), `${hex} text on ${surface}`).toBeGreaterThanOrEqual(AA);
        }
  });
});

describe("describeAdjustment", () => {
  it("explains the yellow in plain words", () => {
    expect(describeAdjustment(brandPalette("#f5c400"))).toBe(
      "This color is too light for white text: buttons use dark text and links a darker shade (#826800), so everyone can read them.",
    );
  });

  it("names only the links when only they change", () => {
    expect(describeAdjustment(brandPalette("#e03131"))).toMatch(
      /^This color is too light for text on a white page: links use a darker shade \(#[0-9a-f]{6}\), so everyone can read them\.$/,
    );
  });
});

describe("where the palette is used", () => {
  it("writes every variable into the theme stylesheet", () => {
    expect(themeVariables(brandPalette("#f5c400"))).toBe(
      ":root{--brand:#f5c400;--brand-fill:#f5c400;--on-brand:#111111;--brand-fill-hover:#f7cd26;--brand-text:#826800;--brand-tint:#fef9e6;}\n",
    );
  });

  it("keeps app.css's defaults equal to the default colour's palette", () => {
    const css = readFileSync(join(__dirname, "..", "..", "public", "css", "app.css"), "utf8");
    const root = css.slice(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {")));
    const vars = themeVariables(brandPalette("#1f6f78")).match(/--[a-z-]+:#[0-9a-f]{6}/g) ?? [];
    for (const v of vars) expect(root.replace(/\s/g, "")).toContain(v);
  });

  it("gives a yellow brand's email button white text on a darker shade, which survives a client's own darkening", () => {
    const { html } = renderPortalEmail("invite", {
      locale: "en",
      branding: { agencyName: "Sunny Trips", brandColor: "#f5c400", logoUrl: null },
      baseUrl: "https://portal.test",
      url: "https://portal.test/portal/sunny/claim/x",
      firstName: "Ana",
    });
    const shade = brandPalette("#f5c400").text;
    expect(contrastRatio(shade, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    // The stripe keeps the yellow as picked; the button takes the shade, with white text.
    expect(html).toContain("background-color:#f5c400;border-radius:12px 12px 0 0");
    expect(html.match(new RegExp(`background-color:${shade}`, "g"))?.length).toBe(1);
    expect(html.match(/;color:#ffffff/g)?.length).toBe(1);
    expect(html).not.toContain(";color:#111111");
  });

  it("keeps white text in emails for a dark brand", () => {
    const { html } = renderPortalEmail("invite", {
      locale: "en",
      branding: { agencyName: "Pride", brandColor: "#9d2463", logoUrl: null },
      baseUrl: "https://portal.test",
      url: "https://portal.test/portal/pride/claim/x",
      firstName: "Ana",
    });
    expect(html.match(/;color:#ffffff/g)?.length).toBe(1);
  });
});

describe("the browser's copy in public/js/branding.js", () => {
  const code = readFileSync(join(__dirname, "..", "..", "public", "js", "branding.js"), "utf8");
  const sandbox: Record<string, unknown> = {};
  runInNewContext(code, sandbox);
  const jsPalette = sandbox.brandPalette as typeof brandPalette;
  const jsAdjustment = sandbox.brandAdjustment as typeof describeAdjustment;

  it("computes the same palette and warning as src/ui/brand.ts", () => {
    for (let r = 0; r < 256; r += 51)
      for (let g = 0; g < 256; g += 51)
        for (let b = 0; b < 256; b += 51) {
          const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
          expect(jsPalette(hex), hex).toEqual(brandPalette(hex));
          expect(jsAdjustment(jsPalette(hex)), hex).toEqual(describeAdjustment(brandPalette(hex)));
        }
    for (const hex of ["#f5c400", "#1f6f78", "#7a7a7a", "#e03131", "#ffffff", "#000000"])
      expect(jsPalette(hex), hex).toEqual(brandPalette(hex));
  });
});
