/**
 * Showing untrusted text safely: in messages, a cell is quoted with its control characters made visible
 * (`\x1b`, `\u0000`) and cut to a few dozen characters, so that an error message can neither drive the
 * terminal nor quote a 50 MB cell back; in text tables, control characters are made visible the same way.
 */

/** How many characters of a cell a message quotes at most. */
export const MESSAGE_QUOTE_CHARS = 80;

// C0 controls (tab and line ends included: in a one-line message they would break the line), DEL, C1
// controls, and the bidirectional overrides that can reorder what a terminal shows.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes control characters visible: ESC becomes `\x1b`, NUL `\x00`, a bidirectional override `\u202e`.
 *
 * @param text - any text.
 * @returns the text with every control character written as an escape.
 * @example
 * ```ts
 * import { visibleControls } from "./text-safety.js"; // internal
 * visibleControls("a\u001b[31mb"); // "a\\x1b[31mb"
 * ```
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/**
 * Quotes untrusted text for a message: in double quotes, control characters visible, at most
 * {@link MESSAGE_QUOTE_CHARS} characters followed by how many more there were.
 *
 * @param text - the text (a cell, an id, a path).
 * @param max - the most characters to keep.
 * @returns e.g. `"AR\x1bV"` or `"xxxx…" (and 49,999,920 more characters)`.
 * @example
 * ```ts
 * import { quoteForMessage } from "./text-safety.js"; // internal
 * quoteForMessage("x".repeat(100), 4); // "\"xxxx…\" (and 96 more characters)"
 * ```
 */
export function quoteForMessage(text: string, max = MESSAGE_QUOTE_CHARS): string {
  if (text.length <= max) return `"${visibleControls(text)}"`;
  // Cut on a code point boundary: never leave half a surrogate pair.
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `"${visibleControls(text.slice(0, end))}…" (and ${groupDigits(text.length - end)} more characters)`;
}

/**
 * Cuts untrusted text to at most {@link MESSAGE_QUOTE_CHARS} characters (control characters made
 * visible), without quotes: for places that already set the text apart.
 *
 * @param text - the text.
 * @param max - the most characters to keep.
 * @returns the text, or its start followed by `…`.
 * @example
 * ```ts
 * import { shortForMessage } from "./text-safety.js"; // internal
 * shortForMessage("abcdef", 3); // "abc…"
 * ```
 */
export function shortForMessage(text: string, max = MESSAGE_QUOTE_CHARS): string {
  if (text.length <= max) return visibleControls(text);
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${visibleControls(text.slice(0, end))}…`;
}

/**
 * Writes a count with thousands separators, the same on every machine (never the locale's number formatting).
 *
 * @param n - a non-negative integer.
 * @returns e.g. `99,900`.
 * @example
 * ```ts
 * import { groupDigits } from "./text-safety.js"; // internal
 * groupDigits(99900); // "99,900"
 * ```
 */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
