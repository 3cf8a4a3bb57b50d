// The traveler's words (SPEC §14, messages/**/{locale}.json): every message exists in every
// language with the same placeholders, plurals say what the language says for one and for
// several, and a translation is not the English left in place. The compiled functions are what
// src/i18n/paraglide holds (`npm run i18n:check` in CI keeps it in step with the JSON).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/i18n/locales";
import { m } from "../../src/i18n/messages";

const ROOT = join(import.meta.dirname, "../../messages");
const AREAS = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

type Variant = string | { declarations: string[]; selectors: string[]; match: Record<string, string> }[];
const catalog = (area: string, locale: Locale): Record<string, Variant> => {
  const { $schema: _, ...messages } = JSON.parse(readFileSync(join(ROOT, area, `${locale}.json`), "utf8"));
  return messages;
};

/** Every {placeholder} a message uses, in all its variants, and the inputs it declares. */
function placeholders(message: Variant): string[] {
  const texts = typeof message === "string" ? [message] : message.flatMap((v) => Object.values(v.match));
  const inputs = typeof message === "string" ? [] : message.flatMap((v) => v.declarations);
  const used = texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!));
  return [...new Set([...used, ...inputs.filter((d) => d.startsWith("input ")).map((d) => d.slice(6))])].sort();
}

/** Words a translation may share with English: names of things, not sentences. */
const SAME_IN_BOTH = /^(Trips|OK|PDF|Email|E-Mail|Portal|Total|Dates|Passkeys?|[\W\d_]*)$/;

describe("message catalogs", () => {
  it("has the five languages in every area", () => {
    expect(AREAS.length).toBeGreaterThan(0);
    for (const area of AREAS)
      expect(readdirSync(join(ROOT, area)).sort(), area).toEqual(LOCALES.map((l) => `${l}.json`).sort());
  });

  for (const area of AREAS) {
    const english = catalog(area, "en");
    for (const locale of LOCALES.filter((l) => l !== "en")) {
      it(`${area}: ${locale} has every English message, no other, with the same placeholders`, () => {
        const translated = catalog(area, locale);
        expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
        for (const [key, message] of Object.entries(english)) {
          const other = translated[key]!;
          expect(placeholders(other), `${area}/${locale}: ${key}`).toEqual(placeholders(message));
          const texts = typeof other === "string" ? [other] : other.flatMap((v) => Object.values(v.match));
          for (const text of texts) expect(text.trim(), `${area}/${locale}: ${key} is empty`).not.toBe("");
        }
      });

      it(`${area}: ${locale} doesn't leave English sentences in place`, () => {
        const translated = catalog(area, locale);
        const untranslated = Object.entries(english)
          .filter(([key, message]) => typeof message === "string" && translated[key] === message)
          .filter(([, message]) => !SAME_IN_BOTH.test((message as string).replace(/\{\w+\}/g, "").trim()))
          .map(([key]) => key);
        expect(untranslated).toEqual([]);
      });
    }
  }

  it("keys are unique across areas (one namespace once compiled)", () => {
    const keys = AREAS.flatMap((area) => Object.keys(catalog(area, "en")));
    expect(keys.length).toBe(new Set(keys).size);
  });
});

describe("compiled messages", () => {
  it("each takes its language from the caller and has no global one to fall back on", () => {
    const nav = m.portal_language_nav as unknown as (inputs: object, rc?: object) => string;
    expect(() => nav({})).toThrow(TypeError);
    expect(LOCALES.map((locale) => m.portal_language_nav({}, { locale }))).toEqual([
      "Language",
      "Idioma",
      "Langue",
      "Sprache",
      "Idioma",
    ]);
  });

  it("says one and several the way each language does", () => {
    const more = (count: number, locale: Locale) => m.home_more_documents({ count }, { locale });
    expect(more(1, "en")).toBe("1 more document for this trip");
    expect(more(3, "en")).toBe("3 more documents for this trip");
    for (const locale of LOCALES) expect(more(1, locale), locale).not.toBe(more(3, locale).replace("3", "1"));
    expect(more(3, "es")).toContain("3 documentos");
    expect(more(3, "de")).toContain("3 weitere");
    expect(more(1, "fr")).toMatch(/^1 /);
    expect(more(3, "pt")).toContain("3 documentos");
  });
});
