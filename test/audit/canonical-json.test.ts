import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CanonicalValue, canonicalJson } from "../../src/audit/canonical-json.js";
import { isP10Error } from "../../src/errors.js";

describe("canonicalJson", () => {
  it("sorts keys, drops undefined members and writes no whitespace", () => {
    expect(canonicalJson({ b: "2.50", a: [1, null, true], c: undefined, é: { z: 0, y: -0 } })).toBe(
      '{"a":[1,null,true],"b":"2.50","é":{"y":0,"z":0}}',
    );
  });

  it("refuses floats and non-plain values with the project's error", () => {
    for (const bad of [0.1, Number.NaN, 2 ** 60]) {
      try {
        canonicalJson({ x: bad });
        expect.unreachable();
      } catch (e) {
        expect(isP10Error(e) && e.code).toBe("P10_CANONICAL_NUMBER");
      }
    }
    expect(() => canonicalJson({ d: new Date(0) } as unknown as CanonicalValue)).toThrow(/plain data/);
  });

  it("names the place of a refused value: members and items from $", () => {
    expect(() => canonicalJson({ a: [0, { "b c": 0.5 }] })).toThrow(
      "found 0.5 at $.a[1].b c (write decimals",
    );
    expect(() => canonicalJson([[new Map()]] as unknown as CanonicalValue)).toThrow(
      "found object at $[0][0]",
    );
  });

  it("equals JSON.stringify of the data with every object's keys sorted by code unit (property)", () => {
    // An independent reference: a deep copy with sorted keys, written by the platform.
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : v !== null && typeof v === "object"
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
            )
          : v;
    const key = fc.oneof(
      fc.string({ unit: "binary", maxLength: 8 }),
      fc.string({ minLength: 60, maxLength: 90 }),
    );
    const data = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.constant(null),
        fc.boolean(),
        fc.maxSafeInteger(),
        fc.string({ unit: "binary" }),
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(key, tie("value"), { maxKeys: 5, noNullPrototype: true }),
      ),
    })).value;
    fc.assert(
      fc.property(data, (value) => {
        expect(canonicalJson(value as CanonicalValue)).toBe(JSON.stringify(sorted(value)));
      }),
      { numRuns: 300 },
    );
  });

  it("property: equal data in any key order gives equal bytes, and the text parses back to the data", () => {
    // Canonical JSON takes only safe integers, so the generated data keeps to them.
    const onlySafeIntegers = (v: unknown): boolean =>
      typeof v === "number"
        ? Number.isSafeInteger(v)
        : Array.isArray(v)
          ? v.every(onlySafeIntegers)
          : v !== null && typeof v === "object"
            ? Object.values(v).every(onlySafeIntegers)
            : true;
    const data = fc.jsonValue().filter(onlySafeIntegers);
    fc.assert(
      fc.property(data, (value) => {
        const text = canonicalJson(value as CanonicalValue);
        const reordered = JSON.parse(JSON.stringify(value), function (this: unknown, _k, v) {
          if (v && typeof v === "object" && !Array.isArray(v))
            return Object.fromEntries(Object.entries(v).reverse());
          return v;
        });
        expect(canonicalJson(reordered)).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
