// Builds the RFC 5322 message the Gmail API sends as `raw`: multipart/alternative with a
// plain-text and an HTML part, UTF-8 throughout. Non-ASCII header text becomes RFC 2047
// encoded-words and bodies are base64, so the whole message is 7-bit ASCII with short lines
// and no header can be broken by a stray CR or LF in an agency's or a contact's name.
import { base64url } from "../lib/ids";

export interface MimeMessage {
  fromName: string;
  fromAddress: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
  date?: Date;
}

const CRLF = "\r\n";
const utf8 = new TextEncoder();

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

const isPrintableAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);
const singleLine = (s: string) => s.replace(/[\r\n\t]+/g, " ").trim();

/**
 * RFC 2047 B-encoded words of at most 75 characters each (RFC 2047 §2), split between
 * characters, never inside one, joined by folding whitespace.
 */
export function encodeWords(text: string): string {
  const words: string[] = [];
  let chunk = "";
  for (const ch of text) {
    // 39 bytes of UTF-8 encode to 52 base64 characters: 64 with "=?UTF-8?B?" and "?=", so even
    // the first word after "Subject: " keeps its line under RFC 2047's 76 characters.
    if (utf8.encode(chunk + ch).length > 39) {
      words.push(chunk);
      chunk = "";
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(utf8.encode(w))}?=`).join(`${CRLF} `);
}

/** Header text: as is when it is plain ASCII, encoded-words otherwise. */
export function encodeHeaderText(text: string): string {
  const line = singleLine(text);
  return isPrintableAscii(line) && line.length <= 900 ? line : encodeWords(line);
}

/** `Display Name <address>`, quoting or encoding the name as RFC 5322 and RFC 2047 require. */
export function formatAddress(name: string, address: string): string {
  const addr = bareAddress(address);
  const display = singleLine(name);
  if (!display) return addr;
  if (!isPrintableAscii(display)) return `${encodeWords(display)} <${addr}>`;
  // Atoms may not contain specials; a quoted string may contain anything but " and \ unescaped.
  if (/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/.test(display)) return `${display} <${addr}>`;
  return `"${display.replace(/(["\\])/g, "\\$1")}" <${addr}>`;
}

/** An address fit for a header: no display name, no line breaks, no angle brackets. */
function bareAddress(address: string): string {
  const addr = address.trim();
  if (!/^[^\s<>"(),;:\\]+@[^\s<>"(),;:\\]+$/.test(addr))
    throw new Error(`Not a plain email address: ${JSON.stringify(address)}`);
  return addr;
}

/** Base64 in lines of 76 characters (RFC 2045 §6.8). */
function base64Body(content: string): string {
  return base64(utf8.encode(content)).replace(/.{76}(?=.)/g, `$&${CRLF}`);
}

/** RFC 5322 date-time in UTC, e.g. "Fri, 20 Nov 2026 15:04:05 +0000". */
export function formatMailDate(date: Date): string {
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${days[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

export function buildMimeMessage(message: MimeMessage): string {
  const boundary = `=_trips_${base64url(crypto.getRandomValues(new Uint8Array(18)))}`;
  const headers = [
    `From: ${formatAddress(message.fromName, message.fromAddress)}`,
    `To: ${bareAddress(message.to)}`,
    ...(message.replyTo ? [`Reply-To: ${bareAddress(message.replyTo)}`] : []),
    `Subject: ${encodeHeaderText(message.subject)}`,
    `Date: ${formatMailDate(message.date ?? new Date())}`,
    "MIME-Version: 1.0",
    // Folded so the line stays under 78 characters.
    `Content-Type: multipart/alternative;${CRLF} boundary="${boundary}"`,
  ];
  const part = (type: string, content: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=UTF-8`,
      "Content-Transfer-Encoding: base64",
      "",
      base64Body(content),
    ].join(CRLF);
  // Plain text first: multipart/alternative lists parts from least to most preferred (RFC 2046 §5.1.4).
  return [
    ...headers,
    "",
    part("text/plain", message.text),
    part("text/html", message.html),
    `--${boundary}--`,
    "",
  ].join(CRLF);
}

/** The `raw` field of a Gmail API message: the whole RFC 5322 message, base64url. */
export function encodeRawMessage(mime: string): string {
  return base64url(utf8.encode(mime));
}
