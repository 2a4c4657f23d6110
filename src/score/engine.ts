/**
 * The scoring engine: dataset × framework × method → {@link ScoreSet}, in exact decimal arithmetic.
 * Its rules are the method's (normalisation, weights, aggregation per node, missing data, coverage); its
 * arithmetic follows the EDI technical note (nested equal-weight means) and the OECD/JRC Handbook (2008).
 */
import { issueLocation } from "../base/issue-location.js";
import { ABSENT, type Dataset, MISSING, NOT_APPLICABLE } from "../assessment/dataset.js";
import type { Dec } from "../decimal.js";
import { P10Error, type P10Issue } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import { fractionToDec, parseFraction, subtractFractions } from "../base/fraction.js";
import { normaliseAnswerTables } from "../method/normalisation.js";
import type { Method } from "../method/schema.js";
import { imputeDataset } from "./imputation.js";
import { IndexScorer } from "./index-scorer.js";
import { NodeNormaliser } from "./node-normalisation.js";
import { compilePlan, type ScoringPlan } from "./plan.js";
import { applyRules } from "./rules.js";
import type { AnswerRecord, GapScores, IndexScores, ScoreSet, UnitScores } from "./types.js";
import { checkArgKind, checkObject } from "../arguments.js";

/** Options of {@link score}. */
export interface ScoreOptions {
  /** The method's file name, named in `P10_METHOD_INVALID` issues found against the framework. */
  readonly methodFile?: string;
}

/**
 * Scores every unit of a dataset.
 *
 * @param dataset - the answers (see `createDataset` and the CSV readers).
 * @param framework - the framework the answers were validated against.
 * @param method - the method (from `methods.get`, `parseMethod`, or built in code).
 * @param options - `methodFile` for error locations.
 * @returns the ScoreSet: every node's exact score or null with a reason, coverage, answer counts,
 *   every indicator's value, weight, effective weight and contribution, per unit and index.
 * @throws P10Error `P10_FRAMEWORK_MISMATCH` when the dataset belongs to another framework id or version;
 *   `P10_METHOD_INVALID` when the method does not fit the framework (see `compilePlan`);
 *   `P10_MISSING_ANSWER` under missing "fail", with one issue per missing cell.
 * @example
 * ```ts
 * import { frameworks, methods, score } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [
 *   { entity: "AA", period: "2024", indicator: "1.1", code: 3 },
 *   { entity: "AA", period: "2024", indicator: "1.2", code: 2 },
 * ]);
 * const set = score(ds, edi, methods.get("edi-2015"));
 * set.units[0]?.indices[0]?.nodes[0]?.score?.toString(); // "2.5"
 * ```
 */
export function score(
  given: Dataset,
  framework: Framework,
  method: Method,
  options: ScoreOptions = {},
): ScoreSet {
  checkArgKind("dataset", given, "dataset");
  checkArgKind("framework", framework, "framework");
  checkArgKind("method", method, "method");
  checkObject("options", options);
  checkFramework(given, framework);
  // Applicability and evidence rules first: the dataset scored is the one they leave (the input itself
  // when the framework has no rules or none fired).
  const ruled = applyRules(framework, given, method.evidence ?? "flag");
  const dataset = ruled.dataset;
  const plan = compilePlan(method, framework, options.methodFile);
  // Imputation fills missing answers first (COINr's order: impute, then normalise); the engine scores the
  // filled dataset, while the ScoreSet keeps the dataset as given.
  const imputed =
    method.imputation === undefined ? null : imputeDataset(dataset, framework, method.imputation.rule);
  const scored = imputed === null ? dataset : imputed.dataset;
  if (method.missing === "fail") checkComplete(scored, framework, plan);
  const answerTables = normaliseAnswerTables(method.normalisation, framework, scored, method.normaliseScales);
  const { tables, tableOf } = answerTables;
  const settings = {
    missing: method.missing,
    zeros: plan.zeros,
    rounding: method.presentation.rounding,
    ...(imputed === null ? {} : { firstImputed: imputed.firstImputed }),
  };
  const scorers = tables.map((table) => plan.indices.map((index) => new IndexScorer(index, table, settings)));
  const records = tables.map((table) =>
    answerRecords(framework, scored, table.values, imputed?.firstImputed),
  );
  const width = framework.indicators.length;
  const nodes = new NodeNormaliser(plan.indices, scored);

  // One pass without normalised nodes; otherwise one more per level of nesting (see node-normalisation.ts).
  let indicesOf: IndexScores[][];
  for (;;) {
    indicesOf = dataset.units.map((_, unit) =>
      (scorers[tableOf[unit] as number] as IndexScorer[]).map((s, k) =>
        s.scoreUnit(scored.answers, unit * width, nodes.transformsFor(k, s.plan.nodes.length, unit)),
      ),
    );
    if (nodes.complete) break;
    nodes.learn(indicesOf);
  }

  const units = dataset.units.map((u, unit): UnitScores => {
    const base = unit * width;
    const table = records[tableOf[unit] as number] as AnswerRecord[][];
    const answers = new Array<AnswerRecord>(width);
    for (let o = 0; o < width; o++) {
      answers[o] = (table[o] as AnswerRecord[])[
        (scored.answers[base + o] as number) + CODE_SHIFT
      ] as AnswerRecord;
    }
    const indices = indicesOf[unit] as IndexScores[];
    return { entity: u.entity, period: u.period, unit, answers, indices, gaps: gapScores(plan, indices) };
  });
  const statistics = [...answerTables.statistics, ...nodes.statistics];
  return {
    framework,
    method,
    dataset,
    indices: plan.indices,
    gaps: plan.gaps,
    units,
    ...(imputed === null ? {} : { imputation: { rule: imputed.rule, cells: imputed.cells } }),
    warnings: [...ruled.warnings, ...tables.flatMap((t) => t.warnings), ...nodes.warnings],
    ...(statistics.length === 0 ? {} : { statistics }),
    ...(ruled.rulings.size === 0 ? {} : { rulings: ruled.rulings }),
  };
}

/** Answer codes run from NOT_APPLICABLE (-3) upwards; records are stored at code + 3. */
const CODE_SHIFT = -NOT_APPLICABLE;

/** One shared record per indicator and answer code (levels, then the dataset's combined values). */
function answerRecords(
  framework: Framework,
  dataset: Dataset,
  values: readonly (readonly Dec[])[],
  firstImputed?: readonly number[],
): AnswerRecord[][] {
  return framework.indicators.map((indicator) => {
    const blank = (status: AnswerRecord["status"]): AnswerRecord => ({
      indicator: indicator.id,
      status,
      level: null,
      code: null,
      label: null,
      value: null,
    });
    const out: AnswerRecord[] = [];
    out[NOT_APPLICABLE + CODE_SHIFT] = blank("not-applicable");
    out[MISSING + CODE_SHIFT] = blank("missing");
    out[ABSENT + CODE_SHIFT] = blank("absent");
    indicator.scale.levels.forEach((level, k) => {
      out[k + CODE_SHIFT] = {
        indicator: indicator.id,
        status: "answered",
        level: k,
        code: level.code,
        label: level.label,
        value: (values[indicator.ordinal] as readonly Dec[])[k] as Dec,
      };
    });
    const levels = indicator.scale.levels.length;
    const imputedFrom = firstImputed?.[indicator.ordinal] ?? Number.POSITIVE_INFINITY;
    dataset.combinedValues?.[indicator.ordinal]?.forEach((c, k) => {
      out[levels + k + CODE_SHIFT] = {
        indicator: indicator.id,
        status: levels + k >= imputedFrom ? "imputed" : "answered",
        level: null,
        code: c.code,
        label: c.label,
        value: (values[indicator.ordinal] as readonly Dec[])[levels + k] as Dec,
      };
    });
    return out;
  });
}

function gapScores(plan: ScoringPlan, indices: readonly IndexScores[]): GapScores[] {
  return plan.gaps.map((gap) => {
    const m = indices[plan.indices.findIndex((x) => x.id === gap.minuend)] as IndexScores;
    const s = indices[plan.indices.findIndex((x) => x.id === gap.subtrahend)] as IndexScores;
    const values = gap.nodes.map((n) => {
      const a = m.nodes[n.minuendPos]?.score ?? null;
      const b = s.nodes[n.subtrahendPos]?.score ?? null;
      if (a === null || b === null) return null;
      // Exact when both sides are exact fractions (linear indices); otherwise 50-digit decimals.
      const fa = m.nodes[n.minuendPos]?.exact ?? null;
      const fb = s.nodes[n.subtrahendPos]?.exact ?? null;
      return fa !== null && fb !== null
        ? fractionToDec(subtractFractions(parseFraction(fa), parseFraction(fb)))
        : a.minus(b);
    });
    return { id: gap.id, values };
  });
}

function checkFramework(dataset: Dataset, framework: Framework): void {
  const d = dataset.framework;
  if (
    d.id !== framework.id ||
    d.version !== framework.version ||
    dataset.indicators.length !== framework.indicators.length
  ) {
    throw new P10Error(
      "P10_FRAMEWORK_MISMATCH",
      `the answers were read for framework ${d.id} ${d.version}, but scoring uses ${framework.id} ${framework.version}: read them again with the framework used for scoring`,
    );
  }
}

/** Under missing "fail": every entering indicator of every unit must be answered (or not applicable). */
function checkComplete(dataset: Dataset, framework: Framework, plan: ScoringPlan): void {
  const ordinals = new Set<number>();
  for (const index of plan.indices) for (const i of index.indicators) ordinals.add(i.ordinal);
  const sorted = [...ordinals].sort((a, b) => a - b);
  const width = framework.indicators.length;
  const issues: P10Issue[] = [];
  dataset.units.forEach((u, unit) => {
    for (const o of sorted) {
      const cell = unit * width + o;
      const code = dataset.answers[cell] as number;
      if (code !== MISSING && code !== ABSENT) continue;
      const id = framework.indicators[o]?.id as string;
      const line = dataset.lines[cell] as number;
      issues.push({
        code: "P10_MISSING_ANSWER",
        severity: "error",
        message: `${code === ABSENT ? "no answer" : "a missing answer"} for entity ${u.entity}, period ${u.period}, indicator ${id}`,
        path: id,
        ...issueLocation(dataset.file, line),
      });
    }
  });
  if (issues.length > 0) {
    throw new P10Error(
      "P10_MISSING_ANSWER",
      `${issues.length} missing answer${issues.length === 1 ? "" : "s"} under the method's missing policy "fail" (first: ${issues[0]?.message})`,
      issues,
    );
  }
}
