/**
 * Response scales, compiled for reading answers: each level's exact value, the goalposts, and a lookup of
 * every accepted token (level code, level label, not-applicable and missing tokens), matched
 * case-insensitively after trimming.
 */
import type { P10ErrorCode } from "../error-codes.js";
import { type Dec, P10Decimal } from "../decimal.js";
import type { P10Issue } from "../errors.js";
import { readDecimal } from "./numeric.js";
import type { ScaleDefinition, ScaleLevelDefinition } from "./schema.js";

/**
 * What one response cell means on a scale: a level (ordinal scales), a measured value (numeric scales:
 * the canonical exact decimal), not applicable, missing, or — numeric scales only — a cell that is no
 * acceptable value, with the code and reason.
 */
export type ScaleAnswer =
  | { readonly kind: "level"; readonly level: number }
  | { readonly kind: "value"; readonly value: string }
  | { readonly kind: "invalid"; readonly code: P10ErrorCode; readonly reason: string }
  | { readonly kind: "not-applicable" }
  | { readonly kind: "missing" };

/** A scale ready for use: levels in order with exact values, goalposts and a token lookup. */
export interface Scale {
  readonly id: string;
  readonly title: string;
  readonly ordered: boolean;
  /** `ordinal`: answers are levels; `numeric`: answers are exact decimals (no levels, no level values). */
  readonly kind: "ordinal" | "numeric";
  /** Numeric scales: the unit of the values, when stated. */
  readonly unit?: string;
  /** Numeric scales: the stated bounds (inclusive); answers beyond them are errors. */
  readonly bounds: { readonly min?: Dec; readonly max?: Dec };
  readonly levels: readonly ScaleLevelDefinition[];
  /** Exact value of each level, by level position. */
  readonly values: readonly Dec[];
  /** Lower goalpost (the `min` of the definition, or the lowest level value; numeric: `bounds.min`, else 0). */
  readonly min: Dec;
  /** Upper goalpost (the `max` of the definition, or the highest level value; numeric: `bounds.max`, else 0). */
  readonly max: Dec;
  /** Whether a higher value is better (the default) or worse; normalisations reverse the latter. */
  readonly direction: "higher-is-better" | "lower-is-better";
  readonly definition: ScaleDefinition;
  /**
   * Reads a response cell. An empty cell is *missing*. Returns `undefined` for a token that is not on
   * the scale.
   */
  readonly read: (cell: string) => ScaleAnswer | undefined;
  /** `"0 (No provision), 1 (Weak), …"`: the allowed answers, for error messages. */
  readonly describeAllowed: () => string;
}

const normaliseToken = (token: string): string => token.trim().toLowerCase();

/**
 * Compiles a scale definition and checks it: values ascending (for ordered scales), codes and labels
 * unambiguous, not-applicable and missing tokens distinct from each other and from every level.
 *
 * @param def - the parsed scale definition.
 * @param path - the JSON path of the scale, for issues.
 * @returns the compiled scale and any issues (the scale is usable only when there are none).
 * @example
 * ```ts
 * import { compileScale } from "principle10/advanced";
 * const { scale } = compileScale({ id: "yn", title: "Yes/no", ordered: true,
 *   levels: [{ code: "0", label: "No", value: "0" }, { code: "1", label: "Yes", value: "1" }],
 *   notApplicable: ["n/a"], missing: ["-"] }, "scales[0]");
 * scale.read(" yes "); // { kind: "level", level: 1 }
 * ```
 */
export function compileScale(def: ScaleDefinition, path: string): { scale: Scale; issues: P10Issue[] } {
  if (def.kind === "numeric") return compileNumericScale(def, path);
  const issues: P10Issue[] = [];
  const issue = (code: P10ErrorCode, where: string, message: string): void => {
    issues.push({ code, severity: "error", path: where, message });
  };
  if (def.levels.length === 0)
    issue(
      "P10_SCALE_KIND",
      `${path}.levels`,
      `scale ${def.id} has no levels: list them, or state "kind": "numeric"`,
    );
  if (def.unit !== undefined || def.bounds !== undefined) {
    issue(
      "P10_SCALE_KIND",
      `${path}.${def.unit !== undefined ? "unit" : "bounds"}`,
      `scale ${def.id} is ordinal: unit and bounds belong to numeric scales (state "kind": "numeric"); an ordinal scale's goalposts are min and max`,
    );
  }
  const values = def.levels.map((l) => new P10Decimal(l.value));
  const tokens = new Map<string, ScaleAnswer>();
  const claim = tokenClaimer(def, tokens, issues);
  def.levels.forEach((level, i) => {
    claim(level.code, { kind: "level", level: i }, `${path}.levels[${i}].code`);
    claim(level.label, { kind: "level", level: i }, `${path}.levels[${i}].label`);
    const previous = values[i - 1];
    const current = values[i];
    if (def.ordered && previous !== undefined && current?.lte(previous)) {
      issue(
        "P10_SCALE_ORDER",
        `${path}.levels[${i}].value`,
        `levels of an ordered scale must have strictly ascending values: ${level.value} follows ${def.levels[i - 1]?.value}`,
      );
    }
  });
  claimAbsentTokens(def, path, claim);

  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  const min = def.min !== undefined ? new P10Decimal(def.min) : (sorted[0] ?? new P10Decimal(0));
  const max =
    def.max !== undefined ? new P10Decimal(def.max) : (sorted[sorted.length - 1] ?? new P10Decimal(0));
  if (values.length > 0 && !min.lt(max))
    issue("P10_SCALE_GOALPOSTS", path, `scale ${def.id} needs min < max, found ${min} and ${max}`);
  values.forEach((v, i) => {
    if (v.lt(min) || v.gt(max)) {
      issue(
        "P10_SCALE_GOALPOSTS",
        `${path}.levels[${i}].value`,
        `value ${v} lies outside the goalposts ${min}–${max}`,
      );
    }
  });

  const allowed = def.levels.map((l) => (l.code === l.label ? l.code : `${l.code} (${l.label})`)).join(", ");
  const scale: Scale = {
    id: def.id,
    title: def.title,
    ordered: def.ordered,
    kind: "ordinal",
    bounds: {},
    levels: def.levels,
    values,
    min,
    max,
    direction: def.direction ?? "higher-is-better",
    definition: def,
    read: (cell) => (cell.trim() === "" ? { kind: "missing" } : tokens.get(normaliseToken(cell))),
    describeAllowed: () => allowed,
  };
  return { scale, issues };
}

/**
 * A numeric scale: no levels; a cell is a not-applicable or missing token, or an exact decimal within the
 * bounds. Its goalposts are the bounds (0 where a bound is absent: goalposts normalisation then needs the
 * method's posts, see `goalpostIssues`).
 */
type Claim = (token: string, answer: ScaleAnswer, where: string) => void;

/**
 * Records tokens (case-insensitive) and their answers in `tokens`: a token claimed twice with different
 * answers is ambiguous; on a numeric scale a token that reads as a number is refused (numbers are answers).
 */
function tokenClaimer(def: ScaleDefinition, tokens: Map<string, ScaleAnswer>, issues: P10Issue[]): Claim {
  return (token, answer, where) => {
    const key = normaliseToken(token);
    const prior = tokens.get(key);
    const numeric = def.kind === "numeric" && readDecimal(key).ok;
    if (!numeric && prior === undefined) tokens.set(key, answer);
    else if (numeric || JSON.stringify(prior) !== JSON.stringify(answer)) {
      issues.push({
        code: numeric ? "P10_SCALE_KIND" : "P10_SCALE_AMBIGUOUS_TOKEN",
        severity: "error",
        path: where,
        message: `the token "${token}" ${numeric ? `is a number, which on numeric scale ${def.id} is an answer` : `already means something else on scale ${def.id}`}`,
      });
    }
  };
}

/** Claims the scale's not-applicable and missing tokens. */
function claimAbsentTokens(def: ScaleDefinition, path: string, claim: Claim): void {
  def.notApplicable.forEach((t, i) => claim(t, { kind: "not-applicable" }, `${path}.notApplicable[${i}]`));
  def.missing.forEach((t, i) => claim(t, { kind: "missing" }, `${path}.missing[${i}]`));
}

function compileNumericScale(def: ScaleDefinition, path: string): { scale: Scale; issues: P10Issue[] } {
  const issues: P10Issue[] = [];
  const issue = (where: string, message: string): void => {
    issues.push({ code: "P10_SCALE_KIND", severity: "error", path: `${path}.${where}`, message });
  };
  if (def.levels.length > 0)
    issue("levels", `scale ${def.id} is numeric: its answers are values, so it lists no levels`);
  if (def.min !== undefined || def.max !== undefined) {
    issue(
      def.min !== undefined ? "min" : "max",
      `scale ${def.id} is numeric: state its possible range as bounds, and goalposts in the method`,
    );
  }
  const min = def.bounds?.min === undefined ? undefined : new P10Decimal(def.bounds.min);
  const max = def.bounds?.max === undefined ? undefined : new P10Decimal(def.bounds.max);
  if (min !== undefined && max !== undefined && !min.lt(max)) {
    issues.push({
      code: "P10_SCALE_GOALPOSTS",
      severity: "error",
      path: `${path}.bounds`,
      message: `scale ${def.id} needs bounds min < max, found ${min} and ${max}`,
    });
  }
  const tokens = new Map<string, ScaleAnswer>();
  claimAbsentTokens(def, path, tokenClaimer(def, tokens, issues));
  const unit = def.unit === undefined ? "" : ` ${def.unit}`;
  const range =
    min !== undefined && max !== undefined
      ? ` from ${min} to ${max}`
      : min !== undefined
        ? ` of at least ${min}`
        : max !== undefined
          ? ` of at most ${max}`
          : "";
  const read = (cell: string): ScaleAnswer | undefined => {
    const text = cell.trim();
    if (text === "") return { kind: "missing" };
    const token = tokens.get(text.toLowerCase());
    if (token !== undefined) return token;
    const r = readDecimal(text);
    if (!r.ok) return { kind: "invalid", code: r.code, reason: r.reason };
    if (min?.gt(r.value) || max?.lt(r.value)) {
      return {
        kind: "invalid",
        code: "P10_NUMERIC_OUT_OF_BOUNDS",
        reason: `it lies outside the bounds of scale ${def.id}: a value${range}${unit}`,
      };
    }
    return { kind: "value", value: r.value };
  };
  const zero = new P10Decimal(0);
  const scale: Scale = {
    id: def.id,
    title: def.title,
    ordered: true,
    kind: "numeric",
    ...(def.unit === undefined ? {} : { unit: def.unit }),
    bounds: { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) },
    levels: [],
    values: [],
    min: min ?? zero,
    max: max ?? zero,
    direction: def.direction ?? "higher-is-better",
    definition: def,
    read,
    describeAllowed: () => `a number${range}${unit}`,
  };
  return { scale, issues };
}
