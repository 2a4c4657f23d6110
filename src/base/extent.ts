/**
 * The smallest and largest of many numbers without spreading them into `Math.min`/`Math.max` arguments:
 * a spread of ~100,000+ values overflows the call stack ("Maximum call stack size exceeded"), and a report
 * or a table can have that many rows.
 */

/**
 * The smallest value, or `empty` when there is none.
 *
 * @param values - any numbers (an array or any iterable).
 * @param empty - the result for no values (default `Infinity`, like `Math.min()`).
 * @returns the minimum.
 * @example
 * ```ts
 * import { minOf } from "./extent.js"; // internal
 * minOf([3, 1, 2]); // 1
 * ```
 */
export function minOf(values: Iterable<number>, empty = Number.POSITIVE_INFINITY): number {
  let out = empty;
  let any = false;
  for (const v of values) {
    if (!any || v < out || Number.isNaN(v)) out = v;
    any = true;
    if (Number.isNaN(out)) return out;
  }
  return out;
}

/**
 * The largest value, or `empty` when there is none.
 *
 * @param values - any numbers.
 * @param empty - the result for no values (default `-Infinity`, like `Math.max()`).
 * @returns the maximum.
 * @example
 * ```ts
 * import { maxOf } from "./extent.js"; // internal
 * maxOf([3, 1, 2]); // 3
 * ```
 */
export function maxOf(values: Iterable<number>, empty = Number.NEGATIVE_INFINITY): number {
  let out = empty;
  let any = false;
  for (const v of values) {
    if (!any || v > out || Number.isNaN(v)) out = v;
    any = true;
    if (Number.isNaN(out)) return out;
  }
  return out;
}

/**
 * Appends every item of `items` to `target` (instead of spreading the items into one `push` call, which overflows the call
 * stack for very many items).
 *
 * @param target - the array to grow.
 * @param items - what to append.
 * @example
 * ```ts
 * import { pushAll } from "./extent.js"; // internal
 * const xs = [1]; pushAll(xs, [2, 3]); xs; // [1, 2, 3]
 * ```
 */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
