/**
 * "Did you mean …?" for mistyped ids: the candidate at the smallest Levenshtein edit distance (insertions,
 * deletions and substitutions of UTF-16 units, each costing 1; Levenshtein 1966), compared case-insensitively.
 */

/**
 * Computes the Levenshtein distance between two strings with the two-row dynamic programme.
 *
 * @param a - a string.
 * @param b - another string.
 * @returns the number of single-character edits that turn `a` into `b`.
 * @throws never.
 * @example
 * ```ts
 * import { levenshtein } from "./closest.js";
 * levenshtein("kitten", "sitting"); // 3
 * ```
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * Finds the candidate closest to a mistyped word, if one is close enough to be a plausible typo: at most
 * half of the word's length (and at least 1) edits away, ignoring case. Ties go to the earlier candidate.
 *
 * @param word - what the user wrote.
 * @param candidates - the valid words, in a stable order.
 * @returns the closest candidate, or `undefined` when none is plausible.
 * @throws never.
 * @example
 * ```ts
 * import { closestMatch } from "./closest.js";
 * closestMatch("1.10", ["1.1", "2.1", "10.1"]); // "1.1"
 * closestMatch("p2.1", ["P2.1", "P2.2"]); // "P2.1"
 * closestMatch("banana", ["1.1"]); // undefined
 * ```
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.floor(word.length / 2));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = levenshtein(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
