/**
 * Escaping of untrusted text for HTML and XML (inline SVG): the five characters of the OWASP XSS
 * prevention rules (`& < > " '`) become character references, and code points XML 1.0 forbids become U+FFFD.
 */

/** Code points that may not appear in an XML 1.0 document (C0 controls except tab, LF, CR; lone surrogates; U+FFFE/F). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters XML forbids is the point.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

const REFERENCES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for use as element content or as a quoted attribute value in HTML or XML (SVG).
 * The result never contains `<`, `&` (except in a reference), `"` or `'`, so text from data cannot open a
 * tag, close an attribute or start an entity; characters that XML forbids are replaced by U+FFFD so a
 * standalone SVG stays well-formed.
 *
 * @param text - any text, e.g. an entity name from an assessment file.
 * @returns the escaped text.
 * @example
 * ```ts
 * import { escapeXml } from "principle10/report";
 * escapeXml(`Q&A <"Land">`); // "Q&amp;A &lt;&quot;Land&quot;&gt;"
 * ```
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "\uFFFD").replace(/[&<>"']/g, (c) => REFERENCES[c]!);
}
