/**
 * Response scales, compiled for reading answers: each level's exact value, the goalposts, and a lookup of
 * every accepted token (level code, level label, not-applicable and missing tokens), matched
 * case-insensitively after trimming.
 */
import type { P10ErrorCode } from "../error-codes.js";
import { type Dec, P10Decimal } from "../decimal.js";
import type { P10Issue } from "../errors.js";
import type { ScaleDefinition, ScaleLevelDefinition } from "./schema.js";

/** What one response cell means on a scale. */
export type ScaleAnswer =
  | { readonly kind: "level"; readonly level: number }
  | { readonly kind: "not-applicable" }
  | { readonly kind: "missing" };

/** A scale ready for use: levels in order with exact values, goalposts and a token lookup. */
export interface Scale {
  readonly id: string;
  readonly title: string;
  readonly ordered: boolean;
  readonly levels: readonly ScaleLevelDefinition[];
  /** Exact value of each level, by level position. */
  readonly values: readonly Dec[];
  /** Lower goalpost (the `min` of the definition, or the lowest level value). */
  readonly min: Dec;
  /** Upper goalpost (the `max` of the definition, or the highest level value). */
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
  const issues: P10Issue[] = [];
  const issue = (code: P10ErrorCode, where: string, message: string): void => {
    issues.push({ code, severity: "error", path: where, message });
  };
  const values = def.levels.map((l) => new P10Decimal(l.value));
  const tokens = new Map<string, ScaleAnswer>();
  const claim = (token: string, answer: ScaleAnswer, where: string): void => {
    const key = normaliseToken(token);
    const prior = tokens.get(key);
    if (prior === undefined) tokens.set(key, answer);
    else if (JSON.stringify(prior) !== JSON.stringify(answer)) {
      issue(
        "P10_SCALE_AMBIGUOUS_TOKEN",
        where,
        `the token "${token}" already means something else on scale ${def.id}`,
      );
    }
  };
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
  def.notApplicable.forEach((t, i) => claim(t, { kind: "not-applicable" }, `${path}.notApplicable[${i}]`));
  def.missing.forEach((t, i) => claim(t, { kind: "missing" }, `${path}.missing[${i}]`));

  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  const min = def.min !== undefined ? new P10Decimal(def.min) : (sorted[0] ?? new P10Decimal(0));
  const max =
    def.max !== undefined ? new P10Decimal(def.max) : (sorted[sorted.length - 1] ?? new P10Decimal(0));
  if (!min.lt(max))
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
