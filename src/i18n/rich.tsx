// Markup inside a translated sentence ("You'll sign in as <strong>{email}</strong>"), where each
// language puts the marked part wherever its word order wants it. The message is called with
// slot("email") for the placeholder; <Rich> (pages) or richHtml (emails) then puts the markup
// there and escapes every other character of the sentence.
import type { Child } from "hono/jsx";
import { escapeHtml } from "../lib/html";

// A private-use character: no message, name or address contains it.
const MARK = "\uE000";
const SLOTS = /\uE000(\w+)\uE000/;

/** The value a message gets for a placeholder that will carry markup. */
export function slot(name: string): string {
  return `${MARK}${name}${MARK}`;
}

function split(text: string): string[] {
  // Odd indexes are slot names: "a \uE000x\uE000 b" → ["a ", "x", " b"].
  return text.split(SLOTS);
}

/** A sentence with JSX in its slots; the sentence's own text is escaped as any JSX text is. */
export function Rich(props: { text: string; parts: Record<string, Child> }) {
  return <>{split(props.text).map((piece, i) => (i % 2 === 1 ? (props.parts[piece] ?? null) : piece))}</>;
}

/** The same for an email's HTML: text escaped, parts inserted as given (built and escaped by the caller). */
export function richHtml(text: string, parts: Record<string, string>): string {
  return split(text)
    .map((piece, i) => (i % 2 === 1 ? (parts[piece] ?? "") : escapeHtml(piece)))
    .join("");
}

/** A sentence with slots as plain text (an email's text part): each slot's plain words. */
export function richText(text: string, parts: Record<string, string>): string {
  return split(text)
    .map((piece, i) => (i % 2 === 1 ? (parts[piece] ?? "") : piece))
    .join("");
}
