/**
 * The rules of cohort references (`scope`, `reference`) in a method, for the normalisation of answers and
 * of node aggregates (`normaliseNodes`): a reference fixes the statistics for every period, so it does not
 * combine with `scope: "period"`; stated statistics need sd > 0 and min < max, and name exactly the ids
 * they normalise — every entering indicator (answers) or the node itself (a node's normalisation).
 */
import type { P10ErrorCode } from "../error-codes.js";
import { P10Decimal } from "../decimal.js";
import { jsonPath } from "../document.js";
import type { P10Issue } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import type { CohortNormalisationSpec, Method, NormalisationSpec } from "./schema.js";

type Segment = string | number;

const issueAt = (code: P10ErrorCode, path: readonly Segment[], message: string): P10Issue => ({
  code,
  severity: "error",
  path: jsonPath([...path]),
  message,
});

type CohortSpec = CohortNormalisationSpec | Extract<NormalisationSpec, { scope?: unknown }>;

/** The cohort normalisations of a method (answers, per scale, per node) with the JSON path of each. */
function cohortSpecs(method: Method): [readonly Segment[], CohortSpec][] {
  const out: [readonly Segment[], CohortSpec][] = [];
  const cohort = (n: NormalisationSpec): boolean =>
    n.method !== "native" && n.method !== "goalposts" && n.method !== "categorical";
  if (cohort(method.normalisation)) out.push([["normalisation"], method.normalisation as CohortSpec]);
  for (const [id, spec] of Object.entries(method.normaliseScales ?? {})) {
    if (cohort(spec)) out.push([["normaliseScales", id], spec as CohortSpec]);
  }
  for (const [id, spec] of Object.entries(method.normaliseNodes ?? {}))
    out.push([["normaliseNodes", id], spec]);
  return out;
}

/** Categorical thresholds ascend and there is one score more than thresholds. */
function categoricalIssues(method: Method): P10Issue[] {
  const issues: P10Issue[] = [];
  const specs: [readonly Segment[], NormalisationSpec][] = [
    [["normalisation"], method.normalisation],
    ...Object.entries(method.normaliseScales ?? {}).map(
      ([id, spec]): [readonly Segment[], NormalisationSpec] => [["normaliseScales", id], spec],
    ),
  ];
  for (const [path, spec] of specs) {
    if (spec.method !== "categorical") continue;
    if (spec.scores.length !== spec.thresholds.length + 1) {
      issues.push(
        issueAt(
          "P10_METHOD_CATEGORIES",
          [...path, "scores"],
          `${spec.thresholds.length} thresholds need ${spec.thresholds.length + 1} scores, found ${spec.scores.length}`,
        ),
      );
    }
    spec.thresholds.forEach((t, k) => {
      const prev = spec.thresholds[k - 1];
      if (prev !== undefined && !new P10Decimal(t).gt(new P10Decimal(prev))) {
        issues.push(
          issueAt(
            "P10_METHOD_CATEGORIES",
            [...path, "thresholds", k],
            `thresholds must ascend: ${t} follows ${prev}`,
          ),
        );
      }
    });
  }
  return issues;
}

/**
 * The framework-free rules: no `scope: "period"` beside a reference; stated sd > 0 and min < max;
 * categorical thresholds ascending with one score more than thresholds.
 *
 * @param method - the method.
 * @returns issues `P10_METHOD_REFERENCE`, `P10_METHOD_REFERENCE_STATS` and `P10_METHOD_CATEGORIES`.
 */
export function referenceRuleIssues(method: Method): P10Issue[] {
  const issues: P10Issue[] = categoricalIssues(method);
  for (const [path, spec] of cohortSpecs(method)) {
    if (spec.reference !== undefined && spec.scope === "period") {
      issues.push(
        issueAt(
          "P10_METHOD_REFERENCE",
          [...path, "scope"],
          'a reference fixes the statistics for every period, so scope "period" has no effect: drop one of them',
        ),
      );
    }
    const ref = spec.reference;
    if (ref === undefined || !("stats" in ref)) continue;
    for (const [id, stated] of Object.entries(ref.stats as Record<string, Record<string, string>>)) {
      const at = [...path, "reference", "stats", id];
      if (stated.sd !== undefined && !new P10Decimal(stated.sd).gt(0)) {
        issues.push(
          issueAt(
            "P10_METHOD_REFERENCE_STATS",
            [...at, "sd"],
            `the stated sd of ${id} must be positive, found ${stated.sd}`,
          ),
        );
      }
      if (
        stated.min !== undefined &&
        stated.max !== undefined &&
        !new P10Decimal(stated.min).lt(new P10Decimal(stated.max))
      ) {
        issues.push(
          issueAt(
            "P10_METHOD_REFERENCE_STATS",
            at,
            `the stated min of ${id} must lie below its max, found ${stated.min} and ${stated.max}`,
          ),
        );
      }
    }
  }
  return issues;
}

/**
 * The rules against a framework: stated statistics of the answers list every entering indicator and
 * nothing but indicators; those of a node list that node only.
 *
 * @param method - the method.
 * @param framework - the framework.
 * @param entering - the indices' entering indicators (ids).
 * @returns issues `P10_METHOD_REFERENCE_STATS`, naming each missing or unknown id.
 */
export function referenceIssues(
  method: Method,
  framework: Framework,
  entering: readonly { readonly indicators: readonly { readonly id: string }[] }[],
): P10Issue[] {
  const issues: P10Issue[] = [];
  for (const [path, spec] of cohortSpecs(method)) {
    const ref = spec.reference;
    if (ref === undefined || !("stats" in ref)) continue;
    const at = [...path, "reference", "stats"];
    const listed = Object.keys(ref.stats as object);
    const what = spec.method === "z-score" ? "mean and sd" : "min and max";
    if (path[0] === "normalisation" || path[0] === "normaliseScales") {
      const own = method.normaliseScales ?? {};
      const onScale = (id: string): boolean => {
        const scale = framework.indicatorById.get(id)?.scale.id ?? "";
        return path[0] === "normaliseScales" ? scale === path[1] : !Object.hasOwn(own, scale);
      };
      const needed = new Set(entering.flatMap((index) => index.indicators.map((i) => i.id)).filter(onScale));
      for (const id of framework.indicators.map((i) => i.id)) {
        if (needed.has(id) && !Object.hasOwn(ref.stats as object, id)) {
          issues.push(
            issueAt(
              "P10_METHOD_REFERENCE_STATS",
              at,
              `no stated ${what} for indicator ${id}: state them for every indicator that enters an index`,
            ),
          );
        }
      }
      for (const id of listed) {
        if (!framework.indicatorById.has(id)) {
          issues.push(
            issueAt(
              "P10_METHOD_REFERENCE_STATS",
              [...at, id],
              `stated statistics for "${id}", which is not an indicator of framework ${framework.id}`,
            ),
          );
        }
      }
    } else {
      const node = String(path[1]);
      if (!Object.hasOwn(ref.stats as object, node)) {
        issues.push(issueAt("P10_METHOD_REFERENCE_STATS", at, `no stated ${what} for node ${node}`));
      }
      for (const id of listed) {
        if (id !== node) {
          issues.push(
            issueAt(
              "P10_METHOD_REFERENCE_STATS",
              [...at, id],
              `stated statistics for "${id}" in the normalisation of node ${node}: list only ${node}`,
            ),
          );
        }
      }
    }
  }
  return issues;
}
