// The RFC 5322 builder on its own: encoded-words, address quoting, and header injection.
import { describe, expect, it } from "vitest";
import { buildMimeMessage, encodeHeaderText, encodeRawMessage, encodeWords, formatAddress } from "../../src/mail/mime";
import { decodeHeader, readRawMessage } from "../fakes";

const base = {
  fromName: "Pat at Pride Travelers",
  fromAddress: "pat@gmail.com",
  to: "ana@example.com",
  subject: "Hello",
  text: "Hi",
  html: "<p>Hi</p>",
};

describe("RFC 2047 encoded-words", () => {
  it("splits long non-ASCII text into words of at most 75 characters without cutting a character in two", () => {
    const text = "Café à São João — 東京とコルカタの旅 🧳✈️ ".repeat(6);

    const encoded = encodeWords(text);

    const words = encoded.split("\r\n ");
    expect(words.length).toBeGreaterThan(5);
    for (const w of words) {
      expect(w).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
      expect(w.length).toBeLessThanOrEqual(75);
      // Each word decodes on its own to valid UTF-8 (no replacement characters).
      expect(decodeHeader(w)).not.toContain("\uFFFD");
    }
    expect(decodeHeader(encoded)).toBe(text);
  });

  it("leaves plain ASCII header text as it is", () => {
    expect(encodeHeaderText("Pat at Pride Travelers invited you")).toBe("Pat at Pride Travelers invited you");
  });
});

describe("addresses", () => {
  it.each([
    ["Pat at Pride Travelers", "Pat at Pride Travelers <pat@gmail.com>"],
    ["Pat at Smith, Jones & Co.", '"Pat at Smith, Jones & Co." <pat@gmail.com>'],
    ['Pat at "Best" \\ Tours', '"Pat at \\"Best\\" \\\\ Tours" <pat@gmail.com>'],
    ["", "pat@gmail.com"],
  ])("writes %j as %j", (name, expected) => {
    expect(formatAddress(name, "pat@gmail.com")).toBe(expected);
  });

  it("refuses a recipient that is not one plain address", () => {
    expect(() => buildMimeMessage({ ...base, to: "ana@example.com\r\nBcc: everyone@example.com" })).toThrow(
      /Not a plain email address/,
    );
    expect(() => buildMimeMessage({ ...base, to: "Ana <ana@example.com>" })).toThrow(/Not a plain email address/);
  });
});

describe("header injection", () => {
  it("keeps a subject and a sender name with line breaks on their own header line", () => {
    const mime = buildMimeMessage({
      ...base,
      fromName: "Pat\r\nBcc: spy@example.com",
      subject: "Hi\r\nBcc: spy@example.com",
    });

    const message = readRawMessage(encodeRawMessage(mime));

    expect(message.headers.bcc).toBeUndefined();
    expect(message.headers.subject).toBe("Hi Bcc: spy@example.com");
    expect(message.rawHeaders.split("\r\n").filter((l) => /^bcc:/i.test(l))).toEqual([]);
  });
});
