// The checks a generated doctest calls: for `expr; // value` the result must equal the stated value (a number
// written with decimals may be rounded; `…` in an object means "at least these properties", after a
// number "these leading digits"); for
// `expr; // throws P10_X` it must throw that P10Error.
import { expect } from "vitest";
import { isP10Error } from "../../src/errors.js";
import type { Match } from "./doctest-transform.js";

/** Typed arrays compare as plain arrays, inside arrays and plain objects too. */
function plain(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number | bigint>);
  }
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** Decimal places of a number as written (1.45 → 2; 3 → 0). */
function writtenPlaces(n: number): number {
  const text = String(n);
  const dot = text.indexOf(".");
  return dot < 0 || text.includes("e") ? 0 : text.length - dot - 1;
}

/** For `expr; // value`: the result must match the stated value (see {@link Match}). */
export function check(actual: unknown, expected: unknown, match: Match, where: string): void {
  const value = plain(actual);
  if (match === "digits") {
    expect(typeof value, `${where}: a number`).toBe("number");
    expect(String(value).startsWith(String(expected)), `${where}: ${String(value)} is not ${expected}…`).toBe(
      true,
    );
  } else if (typeof expected === "number" && typeof value === "number" && writtenPlaces(expected) > 0) {
    const places = writtenPlaces(expected);
    expect(Math.abs(value - expected), `${where}: ${value} is not ${expected}`).toBeLessThanOrEqual(
      0.5 * 10 ** -places + Number.EPSILON * Math.abs(expected),
    );
  } else if (match === "subset") {
    expect(value, where).toMatchObject(expected as object);
  } else {
    expect(value, where).toEqual(expected);
  }
}

/** For `expr; // throws P10_X`: the expression must throw (or reject with) a P10Error with that code. */
export async function throws(run: () => Promise<unknown>, code: string, where: string): Promise<void> {
  let thrown: unknown;
  try {
    await run();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, `${where}: expected ${code} to be thrown`).toBeDefined();
  expect(isP10Error(thrown) ? thrown.code : thrown, where).toBe(code);
}
