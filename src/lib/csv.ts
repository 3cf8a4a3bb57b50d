// CSV for spreadsheets (RFC 4180, UTF-8 with a byte-order mark so Excel reads accents right).
// Every cell is quoted, and a cell a spreadsheet would run as a formula (=, +, -, @, tab or
// carriage return first) is prefixed with a single quote: a traveler named "=HYPERLINK(…)"
// stays text (OWASP's advice on CSV injection).

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '""';
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
