// Levenshtein distance and the "did you mean" suggestion. Reference values are worked by hand:
// kitten → sitting: substitute k→s, e→i, insert g = 3 edits; "1.10" → "1.1": delete one "0" = 1 edit.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestMatch, levenshtein } from "../../src/assessment/closest.js";

describe("levenshtein", () => {
  it("matches hand-computed distances", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("1.10", "1.1")).toBe(1);
    expect(levenshtein("", "abc")).toBe(3);
    expect(levenshtein("flaw", "lawn")).toBe(2); // delete f, insert n
    expect(levenshtein("same", "same")).toBe(0);
  });

  it("is a metric: zero only on equal strings, symmetric, and obeys the triangle inequality", () => {
    const s = fc.string({ unit: fc.constantFrom("a", "b", "c", "."), maxLength: 8 });
    fc.assert(
      fc.property(s, s, s, (a, b, c) => {
        expect(levenshtein(a, b) === 0).toBe(a === b);
        expect(levenshtein(a, b)).toBe(levenshtein(b, a));
        expect(levenshtein(a, c)).toBeLessThanOrEqual(levenshtein(a, b) + levenshtein(b, c));
        expect(levenshtein(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe("closestMatch", () => {
  const ids = ["1.1", "1.2", "2.1", "10.1", "P2.1"];

  it("suggests the nearest id, ignoring case, and nothing when no id is plausible", () => {
    expect(closestMatch("1.10", ids)).toBe("1.1");
    expect(closestMatch("p2.1", ids)).toBe("P2.1");
    expect(closestMatch("10.11", ids)).toBe("10.1"); // 1 edit from 10.1, 2 from 1.1
    expect(closestMatch("governance", ids)).toBeUndefined();
  });

  it("breaks ties in favour of the earlier candidate", () => {
    // "1.3" is one substitution from both 1.1 and 1.2.
    expect(closestMatch("1.3", ids)).toBe("1.1");
  });

  it("returns a candidate itself when the word is one", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), (id) => {
        expect(closestMatch(id, ids)).toBe(id);
      }),
    );
  });
});
