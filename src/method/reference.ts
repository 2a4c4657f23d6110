/**
 * The rules of cohort references (`scope`, `reference`) in a method, for the normalisation of answers and
 * of node aggregates (`normaliseNodes`): a reference fixes the statistics for every period, so it does not
 * combine with `scope: "period"`; stated statistics need sd > 0 and min < max, and name exactly the ids
 * they normalise — every entering indicator (answers) or the node itself (a node's normalisation).
 */
import { P10Decimal } from "../decimal.js";
import { jsonPath } from "../document.js";
import type { P10Issue } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import type { CohortNormalisationSpec, Method } from "./schema.js";

type Segment = string | number;

const issueAt = (code: string, path: readonly Segment[], message: string): P10Issue => ({
  code,
  severity: "error",
  path: jsonPath([...path]),
  message,
});

/** The cohort normalisations of a method with the JSON path of each. */
function cohortSpecs(method: Method): [readonly Segment[], CohortNormalisationSpec][] {
  const out: [readonly Segment[], CohortNormalisationSpec][] = [];
  const n = method.normalisation;
  if (n.method === "z-score" || n.method === "cohort-minmax") out.push([["normalisation"], n]);
  for (const [id, spec] of Object.entries(method.normaliseNodes ?? {}))
    out.push([["normaliseNodes", id], spec]);
  return out;
}

/**
 * The framework-free rules: no `scope: "period"` beside a reference; stated sd > 0 and min < max.
 *
 * @param method - the method.
 * @returns issues `P10_METHOD_REFERENCE` and `P10_METHOD_REFERENCE_STATS`, with JSON paths.
 */
export function referenceRuleIssues(method: Method): P10Issue[] {
  const issues: P10Issue[] = [];
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
    const listed = Object.keys(ref.stats);
    const what = spec.method === "z-score" ? "mean and sd" : "min and max";
    if (path[0] === "normalisation") {
      const needed = new Set(entering.flatMap((index) => index.indicators.map((i) => i.id)));
      for (const id of framework.indicators.map((i) => i.id)) {
        if (needed.has(id) && !Object.hasOwn(ref.stats, id)) {
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
      if (!Object.hasOwn(ref.stats, node)) {
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
