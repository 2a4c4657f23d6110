/**
 * A small memo per output position of the row writers: an output position (a node of an index, an
 * indicator) takes few distinct values across units (an indicator's levels, a group's means; the engine
 * shares one decimal object per value), so the text or bytes made for a value are kept beside the position
 * and found again by comparing a handful of references, which costs less than a look-up in a large map.
 * Bounded: once a position holds `limit` entries, further ones are made each time and not kept.
 */
export class SlotMemo<V> {
  private readonly firsts: unknown[][];
  private readonly seconds: unknown[][];
  private readonly values: V[][];

  /**
   * @param slots - how many output positions there are.
   * @param limit - entries kept per position.
   */
  constructor(
    slots: number,
    private readonly limit: number,
  ) {
    this.firsts = Array.from({ length: slots }, () => []);
    this.seconds = Array.from({ length: slots }, () => []);
    this.values = Array.from({ length: slots }, () => []);
  }

  /**
   * The value kept for a pair of keys at a position.
   *
   * @param slot - the output position.
   * @param first - the first key (compared by identity).
   * @param second - the second key (compared by identity).
   * @returns the value, or `undefined` when none is kept.
   * @example
   * ```ts
   * import { SlotMemo } from "./slot-memo.js"; // internal
   * const memo = new SlotMemo<string>(2, 4);
   * memo.find(0, "a", null); // undefined
   * memo.keep(0, "a", null, "made");
   * memo.find(0, "a", null); // "made"
   * ```
   */
  find(slot: number, first: unknown, second: unknown): V | undefined {
    const firsts = this.firsts[slot] as unknown[];
    const seconds = this.seconds[slot] as unknown[];
    for (let i = 0; i < firsts.length; i++) {
      if (firsts[i] === first && seconds[i] === second) return (this.values[slot] as V[])[i];
    }
    return undefined;
  }

  /**
   * Keeps a value for a pair of keys at a position, while the position has room.
   *
   * @param slot - the output position.
   * @param first - the first key.
   * @param second - the second key.
   * @param value - the value.
   * @returns the value.
   */
  /**
   * Tells whether a position holds as many entries as it may.
   * @param slot - the output position.
   * @returns `true` when further entries are not kept.
   */
  full(slot: number): boolean {
    return (this.firsts[slot] as unknown[]).length >= this.limit;
  }

  keep(slot: number, first: unknown, second: unknown, value: V): V {
    const firsts = this.firsts[slot] as unknown[];
    if (firsts.length < this.limit) {
      firsts.push(first);
      (this.seconds[slot] as unknown[]).push(second);
      (this.values[slot] as V[]).push(value);
    }
    return value;
  }
}
