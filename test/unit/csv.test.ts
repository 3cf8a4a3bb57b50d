// CSV export cells: quoted, quotes doubled, and anything a spreadsheet would run as a formula
// turned into text (OWASP CSV injection), UTF-8 with a BOM.
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../src/lib/csv";

describe("csvCell", () => {
  it.each([
    ["Ana Souza", '"Ana Souza"'],
    ['Souza, "Jr"', '"Souza, ""Jr"""'],
    ['=HYPERLINK("http://evil","x")', '"\'=HYPERLINK(""http://evil"",""x"")"'],
    ["+1 415 555 0142", '"\'+1 415 555 0142"'],
    ["-2+3", '"\'-2+3"'],
    ["@SUM(A1)", '"\'@SUM(A1)"'],
    ["\tcmd", '"\'\tcmd"'],
    ["\r=1", '"\'\r=1"'],
    ["Zoë 🌍", '"Zoë 🌍"'],
    ["a=b", '"a=b"'],
  ])("%j → %s", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("writes empty cells for null and undefined, numbers as text", () => {
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(42)).toBe('"42"');
  });
});

describe("toCsv", () => {
  it("starts with a byte-order mark and ends rows with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["c", null],
      ]),
    ).toBe('\uFEFF"a","b"\r\n"c",""\r\n');
  });
});
