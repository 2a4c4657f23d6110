// SlotMemo (src/report/slot-memo.ts): values kept per position and pair of keys, found by identity, bounded.
import { describe, expect, it } from "vitest";
import { SlotMemo } from "../../src/report/slot-memo.js";

describe("SlotMemo", () => {
  it("finds a value kept for the same position and keys only", () => {
    const memo = new SlotMemo<string>(2, 4);
    const key = {};
    memo.keep(0, key, "x", "kept");
    expect(memo.find(0, key, "x")).toBe("kept");
    expect(memo.find(1, key, "x")).toBeUndefined(); // another position
    expect(memo.find(0, {}, "x")).toBeUndefined(); // an equal object is another key
    expect(memo.find(0, key, null)).toBeUndefined();
  });

  it("keeps at most `limit` entries per position and still returns the value it was given", () => {
    const memo = new SlotMemo<number>(1, 2);
    expect(memo.keep(0, "a", null, 1)).toBe(1);
    memo.keep(0, "b", null, 2);
    expect(memo.keep(0, "c", null, 3)).toBe(3);
    expect(memo.find(0, "c", null)).toBeUndefined();
    expect(memo.find(0, "a", null)).toBe(1);
    expect(memo.find(0, "b", null)).toBe(2);
  });

  it("says when a position is full, for each position apart", () => {
    const memo = new SlotMemo<number>(2, 2);
    expect(memo.full(0)).toBe(false);
    memo.keep(0, "a", null, 1);
    expect(memo.full(0)).toBe(false);
    memo.keep(0, "b", null, 2);
    expect(memo.full(0)).toBe(true);
    expect(memo.full(1)).toBe(false);
  });
});
