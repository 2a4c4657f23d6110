/**
 * Code-point order: the one string order used for every sorted output, so results are the same on every
 * platform and in every locale.
 */

/**
 * Compares two strings by Unicode code points: the same result on every platform and in every locale.
 *
 * JavaScript's `<` compares UTF-16 code units, which puts an astral character (U+10000 and above, stored as
 * a surrogate pair starting with U+D800–U+DBFF) before U+E000–U+FFFF. This walks both strings by code
 * point instead, so `"\u{1F600}"` sorts after `"\uFFFD"`.
 *
 * @param a - a string.
 * @param b - another string.
 * @returns -1, 0 or 1.
 * @throws never.
 * @example
 * ```ts
 * import { compareCodePoints } from "principle10/advanced";
 * ["b", "B", "a"].sort(compareCodePoints); // ["B", "a", "b"]
 * compareCodePoints("\u{1F600}", "\uFFFD"); // 1
 * ```
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // The first differing code unit decides, except that a surrogate (U+D800–U+DFFF) stands for a code
    // point above U+FFFF and so sorts after every other BMP unit. (Two differing surrogates compare as
    // their code units do, which is code-point order.)
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx !== sy) return sx ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
