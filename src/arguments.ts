/**
 * Checks of what a library caller passes: a wrong argument is a `P10Error` with code
 * `P10_INVALID_ARGUMENT` naming the argument and what was expected, never a bare `TypeError` from deep
 * inside, and never a silent default (`combine: "Mean"` used to compute the median).
 */
import { P10Error } from "./errors.js";
import { quoteForMessage } from "./base/text-safety.js";

/** Describes a value for a message: `null`, `a number (3)`, `a string "Mean"`, `an array`, `bytes`. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (value instanceof Uint8Array) return "bytes (a Buffer or Uint8Array)";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return `the string ${quoteForMessage(value, 40)}`;
    case "number":
    case "bigint":
    case "boolean":
      return `${typeof value} ${String(value)}`;
    case "function":
      return "a function";
    default:
      return "an object";
  }
}

/**
 * The error for a wrong argument.
 *
 * @param name - the argument as the caller knows it, e.g. `options.combine` or `scoreSet`.
 * @param expected - what it must be, e.g. `"median" or "mean"`.
 * @param value - what was passed.
 * @returns a P10Error `P10_INVALID_ARGUMENT` (to throw).
 * @example
 * ```ts
 * import { invalidArgument } from "./arguments.js"; // internal
 * invalidArgument("options.combine", '"median" or "mean"', "Mean").message;
 * // 'options.combine must be "median" or "mean"; got the string "Mean"'
 * ```
 */
export function invalidArgument(name: string, expected: string, value: unknown): P10Error {
  const message = `${name} must be ${expected}; got ${describeValue(value)}`;
  return new P10Error("P10_INVALID_ARGUMENT", message, [
    { code: "P10_INVALID_ARGUMENT", severity: "error", path: name, message },
  ]);
}

/** Throws unless `value` is `undefined` or one of `allowed`. */
export function checkChoice(name: string, value: unknown, allowed: readonly string[]): void {
  if (value === undefined || (typeof value === "string" && allowed.includes(value))) return;
  throw invalidArgument(name, allowed.map((a) => JSON.stringify(a)).join(" or "), value);
}

/** Throws unless `value` is `undefined` or of the given primitive type. */
export function checkOptional(name: string, value: unknown, type: "string" | "boolean"): void {
  if (value === undefined || typeof value === type) return;
  throw invalidArgument(name, `a ${type}`, value);
}

/** Throws unless `value` is an object (not null, not an array): an options bag or a record. */
export function checkObject(name: string, value: unknown, what = "an object"): asserts value is object {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return;
  throw invalidArgument(name, what, value);
}

/** Throws unless `value` is an object with every one of `keys` (a duck-typed check of a kind). */
export function checkKind(name: string, value: unknown, what: string, keys: readonly string[]): void {
  if (typeof value === "object" && value !== null && keys.every((k) => k in value)) return;
  throw invalidArgument(name, what, value);
}

/** The library's main kinds, recognised by the fields every value of the kind has. */
const KINDS = {
  framework: {
    what: "a framework (parseFramework or frameworks.get)",
    keys: ["indicatorById", "indicators", "nodes"],
  },
  method: {
    what: "a method (parseMethod or methods.get)",
    keys: ["normalisation", "aggregation", "presentation"],
  },
  dataset: {
    what: "a dataset (createDataset, buildDataset or parseAssessments(…).dataset)",
    keys: ["units", "indicators", "lines"],
  },
  scoreSet: { what: "a score set (score)", keys: ["units", "indices", "framework", "method", "dataset"] },
} as const;

/**
 * Throws unless `value` is of one of the library's main kinds.
 *
 * @param name - the argument's name, e.g. `scoreSet`.
 * @param value - what was passed.
 * @param kind - the kind expected.
 * @throws P10Error `P10_INVALID_ARGUMENT` naming the argument.
 */
export function checkArgKind(name: string, value: unknown, kind: keyof typeof KINDS): void {
  checkKind(name, value, KINDS[kind].what, KINDS[kind].keys);
}
