/**
 * Parsing and validating a method document on its own (without a framework): the schema, then the rules
 * the schema cannot state (unique ids, gap references, band order, exponents, the zeros rule, coverage
 * ratios). Every problem is collected and reported with a stable code and its JSON path.
 */
import type { P10ErrorCode } from "../error-codes.js";
import { P10Decimal } from "../decimal.js";
import { findForbiddenKeys, jsonPath, safeParseDocument, schemaIssues } from "../document.js";
import { failWithIssues, type P10Issue } from "../errors.js";
import { needsZerosRule } from "./aggregation.js";
import { referenceRuleIssues } from "./reference.js";
import { type AggregationSpec, type Band, type Method, MethodSchema } from "./schema.js";
import { pushAll } from "../base/extent.js";

/**
 * Throws the error of an invalid method, naming the file on every issue.
 *
 * @param issues - the problems found (at least one).
 * @param file - the method file, if any.
 * @returns never.
 * @throws P10Error `P10_METHOD_INVALID` always.
 * @example
 * ```ts
 * import { failMethod } from "./parse.js";
 * try { failMethod([{ code: "P10_METHOD_BANDS", severity: "error", message: "bad", path: "presentation.bands" }]); }
 * catch (e) { (e as { code: string }).code; } // "P10_METHOD_INVALID"
 * ```
 */
export function failMethod(issues: readonly P10Issue[], file?: string): never {
  return failWithIssues("P10_METHOD_INVALID", "invalid method", issues, { file, fallback: "invalid method" });
}

/**
 * Validates a method document.
 *
 * @param json - the parsed JSON document (an object, not a string).
 * @param options - `file`: the file name to mention in errors.
 * @returns the method with defaults applied.
 * @throws P10Error `P10_METHOD_INVALID`, whose `issues` hold every problem: `P10_METHOD_SCHEMA`,
 *   `P10_METHOD_UNKNOWN_KEY`, `P10_METHOD_FORBIDDEN_KEY`, `P10_METHOD_DUPLICATE_ID`, `P10_METHOD_GAP_INDEX`,
 *   `P10_METHOD_EXPONENT`, `P10_METHOD_ZEROS`, `P10_METHOD_OFFSET`, `P10_METHOD_POINTS`,
 *   `P10_METHOD_COVERAGE`, `P10_METHOD_BANDS`, `P10_METHOD_GOALPOSTS`.
 * @example
 * ```ts
 * import { parseMethod } from "principle10";
 * const m = parseMethod({ id: "plain", version: "1", title: "Plain", description: "Equal-weight means." });
 * m.minCoverage; // "2/3"
 * ```
 */
export function parseMethod(json: unknown, options: { file?: string } = {}): Method {
  const forbidden = findForbiddenKeys(json, "P10_METHOD_FORBIDDEN_KEY");
  if (forbidden.length > 0) failMethod(forbidden, options.file);
  const parsed = safeParseDocument(MethodSchema, json);
  if (!parsed.success) {
    failMethod(
      schemaIssues(parsed.error, { unknownKey: "P10_METHOD_UNKNOWN_KEY", schema: "P10_METHOD_SCHEMA" }),
      options.file,
    );
  }
  const method = parsed.data;
  const issues = methodIssues(method);
  if (issues.length > 0) failMethod(issues, options.file);
  return method;
}

/**
 * Checks the rules of a method that its schema cannot state (see {@link parseMethod} for the codes).
 * The engine runs it again on methods built in code, which never went through {@link parseMethod}.
 *
 * @param m - a method with defaults applied.
 * @returns every problem found, with JSON paths; empty when the method is valid.
 * @example
 * ```ts
 * import { parseMethod } from "principle10";
 * import { methodIssues } from "./parse.js";
 * const m = parseMethod({ id: "m", version: "1", title: "M", description: "d" });
 * methodIssues({ ...m, minCoverage: "3/2" })[0]?.code; // "P10_METHOD_COVERAGE"
 * ```
 */
export function methodIssues(m: Method): P10Issue[] {
  const issues: P10Issue[] = [];
  const issue = (code: P10ErrorCode, path: string, message: string): void => {
    issues.push({ code, severity: "error", path, message });
  };
  const unique = (ids: readonly string[], path: (i: number) => string, what: string): void => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) issue("P10_METHOD_DUPLICATE_ID", path(i), `duplicate ${what} "${id}"`);
      seen.add(id);
    });
  };

  // Indices and gaps.
  unique(m.indices?.map((x) => x.id) ?? [], (i) => `indices[${i}].id`, "index id");
  m.indices?.forEach((x, i) => {
    unique(x.kinds, (k) => `indices[${i}].kinds[${k}]`, "kind");
  });
  unique(
    m.gaps.map((g) => g.id),
    (i) => `gaps[${i}].id`,
    "gap id",
  );
  m.gaps.forEach((g, i) => {
    if (g.minuend === g.subtrahend) {
      issue(
        "P10_METHOD_GAP_INDEX",
        `gaps[${i}].subtrahend`,
        `gap "${g.id}" subtracts index "${g.minuend}" from itself`,
      );
    }
    if (m.indices === undefined) return; // checked against the default index when the framework is known
    const ids = m.indices.map((x) => x.id);
    for (const side of ["minuend", "subtrahend"] as const) {
      if (!ids.includes(g[side])) {
        issue(
          "P10_METHOD_GAP_INDEX",
          `gaps[${i}].${side}`,
          `gap "${g.id}" names index "${g[side]}", which is not one of the method's indices (${ids.join(", ")})`,
        );
      }
    }
  });

  // Aggregation.
  const specs: [string, AggregationSpec][] = [];
  for (const level of ["index", "pillar", "group"] as const) {
    const spec = m.aggregation[level];
    if (spec !== undefined) specs.push([`aggregation.${level}`, spec]);
  }
  for (const [id, spec] of Object.entries(m.aggregation.overrides))
    specs.push([jsonPath(["aggregation", "overrides", id]), spec]);
  for (const [path, spec] of specs) {
    if (spec.function === "generalised" && new P10Decimal(spec.p).isZero()) {
      issue(
        "P10_METHOD_EXPONENT",
        `${path}.p`,
        "the generalised mean needs an exponent p ≠ 0 (p → 0 is the geometric mean: use it)",
      );
    }
    if (m.weighting.scheme === "points" && spec.function !== "sum") {
      issue(
        "P10_METHOD_POINTS",
        `${path}.function`,
        `the points scheme sums raw values: expected "sum", found "${spec.function}"`,
      );
    }
  }
  const needing = specs.find(([, spec]) => needsZerosRule(spec));
  if (needing !== undefined && m.aggregation.zeros === undefined) {
    issue(
      "P10_METHOD_ZEROS",
      "aggregation.zeros",
      `${needing[0]} uses a ${needing[1].function} mean, which cannot take a zero: state aggregation.zeros ("zero", "offset" or "fail")`,
    );
  }
  if (m.aggregation.zeros === "offset") {
    if (m.aggregation.offset === undefined || new P10Decimal(m.aggregation.offset).isZero()) {
      issue(
        "P10_METHOD_OFFSET",
        "aggregation.offset",
        'zeros "offset" needs a positive aggregation.offset such as "1"',
      );
    }
  } else if (m.aggregation.offset !== undefined) {
    issue(
      "P10_METHOD_OFFSET",
      "aggregation.offset",
      `an offset is only used with zeros "offset" (zeros is ${JSON.stringify(m.aggregation.zeros ?? null)})`,
    );
  }

  // Coverage.
  const ratios: [string, string][] = [["minCoverage", m.minCoverage]];
  for (const [id, text] of Object.entries(m.minCoverageByNode))
    ratios.push([jsonPath(["minCoverageByNode", id]), text]);
  for (const [path, text] of ratios) {
    const [num = "0", den = "1"] = text.split("/");
    if (new P10Decimal(den).isZero() || new P10Decimal(num).gt(den)) {
      issue("P10_METHOD_COVERAGE", path, `minimum coverage ${text} must lie between 0 and 1`);
    }
  }

  // Bands: ascending bounds, the last unbounded; in the object form every list is checked.
  const bandsSetting = m.presentation.bands;
  if (Array.isArray(bandsSetting)) bandIssues(bandsSetting, "presentation.bands", issue);
  else {
    bandIssues(bandsSetting.default, "presentation.bands.default", issue);
    for (const [id, list] of Object.entries(bandsSetting.nodes))
      bandIssues(list, jsonPath(["presentation", "bands", "nodes", id]), issue);
  }

  // Goalposts and budget experts.
  if (m.normalisation.method === "goalposts") {
    for (const [scale, posts] of Object.entries(m.normalisation.posts)) {
      if (!new P10Decimal(posts.min).lt(new P10Decimal(posts.max))) {
        issue(
          "P10_METHOD_GOALPOSTS",
          jsonPath(["normalisation", "posts", scale]),
          `goalposts need min < max, found ${posts.min} and ${posts.max}`,
        );
      }
    }
  }
  pushAll(issues, referenceRuleIssues(m));
  if (m.weighting.scheme === "budget") {
    unique(
      m.weighting.experts.map((e) => e.id),
      (i) => `weighting.experts[${i}].id`,
      "expert id",
    );
  }
  return issues;
}

/** Checks one band list: ascending maxima, only the last band unbounded. */
function bandIssues(
  bands: readonly Band[],
  at: string,
  issue: (code: P10ErrorCode, path: string, message: string) => void,
): void {
  bands.forEach((b, i) => {
    const path = `${at}[${i}]`;
    const last = i === bands.length - 1;
    if (last && b.max !== undefined)
      issue(
        "P10_METHOD_BANDS",
        `${path}.max`,
        `the last band ("${b.label}") must have no max: it takes every higher score`,
      );
    if (!last && b.max === undefined)
      issue("P10_METHOD_BANDS", path, `band "${b.label}" needs a max (only the last band is unbounded)`);
    const prev = bands[i - 1]?.max;
    if (b.max !== undefined && prev !== undefined && !new P10Decimal(b.max).gt(new P10Decimal(prev))) {
      issue("P10_METHOD_BANDS", `${path}.max`, `band maxima must ascend: ${b.max} follows ${prev}`);
    }
  });
}
