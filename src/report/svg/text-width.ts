/**
 * Text width estimates for laying out labels without a browser: per-character advance widths (in
 * hundredths of an em) of printable ASCII, the larger of DejaVu Sans and Liberation Sans (measured once in
 * Chromium), so estimates err on the wide side for the narrower system fonts (Segoe UI, SF, Arial).
 */

/** Advance widths of U+0020…U+007E in 1/100 em. */
const ASCII_WIDTHS = [
  32, 41, 46, 84, 64, 96, 78, 28, 40, 40, 50, 84, 32, 37, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34,
  34, 84, 84, 84, 56, 102, 69, 69, 73, 78, 67, 62, 78, 76, 30, 50, 67, 56, 87, 75, 79, 67, 79, 73, 67, 62, 74,
  69, 99, 69, 67, 69, 40, 34, 40, 84, 56, 50, 62, 64, 55, 64, 62, 36, 64, 64, 28, 28, 58, 28, 98, 64, 62, 64,
  64, 42, 53, 40, 64, 60, 82, 60, 60, 53, 64, 34, 64, 84,
];

/** Bold text is about a tenth wider in these fonts. */
const BOLD_FACTOR = 1.1;

function charWidth(codePoint: number): number {
  if (codePoint >= 0x20 && codePoint <= 0x7e) return ASCII_WIDTHS[codePoint - 0x20]! / 100;
  // East Asian ideographs, kana, hangul and fullwidth forms take a full em; other letters about a Latin one.
  if ((codePoint >= 0x1100 && codePoint <= 0x115f) || (codePoint >= 0x2e80 && codePoint <= 0xa4cf)) return 1;
  if ((codePoint >= 0xac00 && codePoint <= 0xd7a3) || (codePoint >= 0xff00 && codePoint <= 0xff60)) return 1;
  if (codePoint >= 0x1f300) return 1.2;
  return 0.72;
}

/**
 * Estimates the rendered width of a one-line label.
 *
 * @param text - the label.
 * @param fontSize - the font size in px.
 * @param bold - whether the label is bold.
 * @returns the width in px (an upper estimate).
 * @example
 * ```ts
 * textWidth("3.00", 10); // 22.4 (2.24 em)
 * ```
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch.codePointAt(0)!);
  return ems * fontSize * (bold ? BOLD_FACTOR : 1);
}

/**
 * Shortens a label to fit a width, ending it with an ellipsis; a label that fits is returned unchanged.
 *
 * @param text - the label.
 * @param maxWidth - the width available in px.
 * @param fontSize - the font size in px.
 * @param bold - whether the label is bold.
 * @returns the label or its shortened form.
 * @example
 * ```ts
 * fitText("The Federal Republic of Arcadia", 80, 10); // "The Federal R…"
 * ```
 */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  const budget = maxWidth - textWidth("\u2026", fontSize, bold);
  let width = 0;
  let kept = 0;
  while (kept < chars.length && width + textWidth(chars[kept]!, fontSize, bold) <= budget) {
    width += textWidth(chars[kept]!, fontSize, bold);
    kept += 1;
  }
  return `${chars.slice(0, kept).join("").trimEnd()}\u2026`;
}

/**
 * The largest font size, from `size` down to `min` in half pixels, at which a one-line label fits a width:
 * a long chart title is set smaller rather than cut. At `min` a label that still does not fit is returned
 * with `min` (the caller shortens it then).
 *
 * @param text - the label.
 * @param maxWidth - the width available in px.
 * @param size - the preferred font size in px.
 * @param min - the smallest acceptable size in px.
 * @param bold - whether the label is bold.
 * @returns the font size.
 * @example
 * ```ts
 * fitFontSize("Environmental Democracy Index by country, 2024", 300, 14, 9, true); // 10.5
 * ```
 */
export function fitFontSize(text: string, maxWidth: number, size: number, min: number, bold = false): number {
  let s = size;
  while (s > min && textWidth(text, s, bold) > maxWidth) s -= 0.5;
  return s;
}

/**
 * Breaks a label into lines at spaces so that each fits a width, for headers that may take several lines
 * (a label that fits is one line). Past `maxLines` the last line is shortened with an ellipsis, as is a
 * single word wider than the width.
 *
 * @param text - the label.
 * @param maxWidth - the width of a line in px.
 * @param fontSize - the font size in px.
 * @param bold - whether the label is bold.
 * @param maxLines - the most lines to use.
 * @returns the lines (at least one).
 * @example
 * ```ts
 * wrapText("Environmental Democracy Index", 160, 10.5, true, 3); // ["Environmental Democracy", "Index"]
 * ```
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold: boolean,
  maxLines: number,
): string[] {
  if (textWidth(text, fontSize, bold) <= maxWidth) return [text];
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line === "" || textWidth(candidate, fontSize, bold) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  // Past maxLines the rest goes on the last line, which is too wide then and gets the ellipsis.
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) kept[maxLines - 1] = lines.slice(maxLines - 1).join(" ");
  return kept.map((l) => fitText(l, maxWidth, fontSize, bold));
}
