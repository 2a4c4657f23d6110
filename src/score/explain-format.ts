/**
 * Renders an {@link Explanation} as plain text: an indented tree, one line per node and answer, scores
 * with the method's places and rounding rule, weights with four places, e.g.
 * `information 2.14 (good) = mean of 6 groups (G1 2.50, …)`.
 */
import { checkKind } from "../arguments.js";
import type { Dec } from "../decimal.js";
import { describeAggregation } from "../method/aggregation.js";
import type { NormalisationStatistic } from "../method/cohort.js";
import { displayScore } from "../method/presentation.js";
import type { Presentation } from "../method/schema.js";
import type { CellCases } from "../assessment/case-answer.js";
import type { ExplainedAnswer, Explanation, ExplanationNode } from "./explain.js";
import type { Ruling } from "./rules.js";

/** Places used for weights, effective weights and contributions. */
const WEIGHT_PLACES = 4;
const NONE = "–";

const PLURALS: Record<ExplanationNode["level"], string> = {
  index: "indices",
  pillar: "pillars",
  group: "groups",
  indicator: "indicators",
};

/**
 * Renders an explanation as indented plain text. Under a node without a score, and among the answers
 * that enter no index, indicators that no row mentioned are left out (node lines give answer counts).
 *
 * @param explanation - from `explain`.
 * @returns the text, ending with a newline.
 * @example
 * ```ts
 * import { explain, formatExplanation, frameworks, methods, score } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * console.log(formatExplanation(explain(score(ds, edi, methods.get("edi-2015")), "AA", "2024")));
 * // AA, 2024 — framework edi-2015 1.1.0, method edi-2015 1.0.0 …
 * ```
 */
export function formatExplanation(explanation: Explanation): string {
  checkKind("explanation", explanation, "an explanation (explain)", ["entity", "period", "framework"]);
  const p = explanation.presentation;
  const out: string[] = [];
  const who =
    explanation.entityName === null
      ? explanation.entity
      : `${explanation.entity} (${explanation.entityName})`;
  const from = explanation.file === null ? "" : `, answers from ${explanation.file}`;
  out.push(
    `${who}, ${explanation.period} — framework ${explanation.framework.id} ${explanation.framework.version}, method ${explanation.method.id} ${explanation.method.version}${from}`,
  );
  out.push(
    `Scores shown with ${p.places} places (${p.rounding}); weights, effective weights and contributions with ${WEIGHT_PLACES}.`,
  );
  for (const index of explanation.indices) {
    out.push("", `Index ${index.id}: ${index.title}`);
    renderNode(index.root, 0, p, out);
  }
  for (const gap of explanation.gaps) {
    out.push("", `Gap ${gap.id}: ${gap.title} (${gap.minuend} − ${gap.subtrahend})`);
    for (const n of gap.nodes) out.push(`  ${n.id} ${show(n.value, p)}`);
  }
  if (explanation.unscored.some((leaf) => leaf.answer?.status !== "absent")) {
    out.push("", "Reported, not scored:");
    for (const leaf of explanation.unscored)
      if (leaf.answer?.status !== "absent") renderLeaf(leaf, 1, p, out);
  }
  return `${out.join("\n")}\n`;
}

const show = (value: Dec | null, p: Pick<Presentation, "places" | "rounding">): string =>
  displayScore(value, p) ?? NONE;
const showWeight = (value: Dec, p: Presentation): string =>
  show(value, { places: WEIGHT_PLACES, rounding: p.rounding });

function renderNode(node: ExplanationNode, depth: number, p: Presentation, out: string[]): void {
  const indent = "  ".repeat(depth);
  const band = node.band === null ? "" : ` (${node.band})`;
  const head =
    node.score === null
      ? `${indent}${node.id} ${NONE} (${node.reason?.message ?? "no score"})`
      : `${indent}${node.id} ${show(node.score, p)}${band} = ${formula(node, p)}`;
  out.push(`${head}${details(node, p)}`);
  for (const child of node.children) {
    // Under a node without a score, cells no row mentioned add nothing but length.
    if (child.level === "indicator" && node.score === null && child.answer?.status === "absent") continue;
    if (child.level === "indicator") renderLeaf(child, depth + 1, p, out);
    else renderNode(child, depth + 1, p, out);
  }
}

/** `mean of 5 of 6 groups (G1 2.50, G2 –, …)`. */
function formula(node: ExplanationNode, p: Presentation): string {
  const used = node.children.filter((c) => c.weight !== null);
  const first = used[0]?.weight;
  const equal = first !== undefined && first !== null && used.every((c) => c.weight?.eq(first));
  const spec = node.aggregation;
  let what = spec === null ? "aggregate" : describeAggregation(spec);
  if (spec?.function === "arithmetic") what = "mean";
  if (!equal && spec?.function !== "minimum") what = `weighted ${what}`;
  const levels = new Set(node.children.map((c) => c.level));
  const noun = levels.size === 1 ? PLURALS[node.children[0]?.level ?? "indicator"] : "children";
  const count =
    used.length === node.children.length ? `${used.length}` : `${used.length} of ${node.children.length}`;
  const list = node.children.map((c) => `${c.id} ${show(c.score, p)}`).join(", ");
  return `${what} of ${count} ${noun} (${list})`;
}

/** ` (1/27)` for a fraction that is not a short decimal; nothing otherwise. */
const withExact = (exact: string | null): string => (exact?.includes("/") ? ` (${exact})` : "");

function details(node: ExplanationNode, p: Presentation): string {
  const parts: string[] = [];
  if (node.exact?.includes("/")) parts.push(`exact ${node.exact}`);
  if (node.weight !== null) parts.push(`weight ${showWeight(node.weight, p)}`);
  if (node.effectiveWeight !== null && node.level !== "index")
    parts.push(`effective ${showWeight(node.effectiveWeight, p)}`);
  if (node.coverage !== null)
    parts.push(`coverage ${show(node.coverage, { places: 2, rounding: p.rounding })}`);
  if (node.answers !== null) {
    const a = node.answers;
    const na = a.notApplicable > 0 ? `, ${a.notApplicable} n/a` : "";
    parts.push(`answers ${a.present} of ${a.expected}${na}`);
  }
  if (node.normalisation !== undefined) {
    parts.push(`before normalisation ${show(node.normalisation.before, p)}`);
    parts.push(statisticText(node.normalisation.statistic, p));
  }
  return parts.length === 0 ? "" : ` · ${parts.join(" · ")}`;
}

function renderLeaf(leaf: ExplanationNode, depth: number, p: Presentation, out: string[]): void {
  const parts = [`${"  ".repeat(depth)}${leaf.id} ${answerText(leaf.answer)}`];
  // raw → transformed → normalised, when the normalisation transforms values first.
  if (leaf.transform !== undefined)
    parts[0] += ` → ${leaf.transform.text} = ${show(leaf.transform.value, { places: p.places + 2, rounding: p.rounding })}`;
  if (leaf.score !== null) parts[0] += ` → ${show(leaf.score, p)}`;
  if (leaf.weight !== null) parts.push(`weight ${showWeight(leaf.weight, p)}`);
  if (leaf.effectiveWeight !== null) {
    parts.push(`effective ${showWeight(leaf.effectiveWeight, p)}${withExact(leaf.exactEffectiveWeight)}`);
  }
  if (leaf.contribution !== null)
    parts.push(`contribution ${showWeight(leaf.contribution, p)}${withExact(leaf.exactContribution)}`);
  if (leaf.normalisation !== undefined) parts.push(statisticText(leaf.normalisation.statistic, p));
  const a = leaf.answer;
  if (a?.combined !== null && a?.combined !== undefined) {
    const from = a.combined.answers.map(
      (x) => `${x.assessor ?? "(no assessor)"} ${x.answer}${x.line === null ? "" : ` (line ${x.line})`}`,
    );
    parts.push(`assessors ${from.join(", ")}`);
  } else if (a?.line !== null && a?.line !== undefined) parts.push(`line ${a.line}`);
  if (a?.note?.assessor !== undefined) parts.push(`assessor ${a.note.assessor}`);
  if (a?.note?.source !== undefined) parts.push(`source ${a.note.source}`);
  if (a?.note?.comment !== undefined) parts.push(`comment ${JSON.stringify(a.note.comment)}`);
  if (a?.ruling !== undefined) parts.push(rulingText(a.ruling));
  out.push(parts.join(" · "));
  if (a?.cases !== undefined) renderCases(a.cases, depth + 1, out);
}

/** Which rule fired and why, e.g. `not applicable: P16.1 is "no" (line 12); answered yes`. */
function rulingText(r: Ruling): string {
  const why = r.why === null ? "" : ` — ${r.why}`;
  if (r.kind === "not-applicable") {
    const at = r.line === null ? "" : ` (line ${r.line})`;
    const given = r.given === null ? "" : `; answered ${r.given}`;
    return `rule: not applicable because ${r.decidedBy} is "${r.answer}"${at}${given}${why}`;
  }
  const counted = r.outcome === "missing" ? "counted as missing" : "flagged";
  return `rule: "${r.answer}" needs ${r.minSources} source${r.minSources === 1 ? "" : "s"}, ${r.sources} given, ${counted}${why}`;
}

/** The cases behind a practice value: the rule, the window, then each case with its answer, dates, sources, lines. */
function renderCases(c: CellCases, depth: number, out: string[]): void {
  const indent = "  ".repeat(depth);
  const counted = c.cases.filter((x) => x.status === "counted").length;
  const rule = c.rule === "share" ? `share of cases reaching ${c.level}` : c.rule;
  const few = c.tooFew ? ` — too few (at least ${c.min} needed): missing` : "";
  out.push(
    `${indent}cases: ${rule} of ${counted} counted in the ${c.lookBackYears} year${c.lookBackYears === 1 ? "" : "s"} to ${c.window.end}${few}`,
  );
  for (const x of c.cases) {
    const dates = `${x.start} to ${x.end === "" ? "ongoing" : x.end}`;
    const left = x.status === "counted" ? "" : " · not counted: outside the window";
    const sources = x.sources.length === 0 ? "no source" : `sources ${x.sources.join(" | ")}`;
    out.push(
      `${indent}  ${x.case} (${x.type}) ${x.answer} · ${JSON.stringify(x.title)} · ${dates} · ${sources} · line ${x.line}, register line ${x.registerLine}${left}`,
    );
  }
}

/**
 * `z-score with mean 2, sd 1.00 (period 2024, 14 units)`: the statistics a value was normalised with and
 * where they came from. Statistics are shown with the method's places (plus two), never rounded in use.
 */
export function statisticText(
  s: NormalisationStatistic,
  p: Pick<Presentation, "places" | "rounding">,
): string {
  const q = { places: p.places + 2, rounding: p.rounding };
  const values =
    s.method === "z-score"
      ? `z-score with mean ${show(s.mean ?? null, q)}, sd ${show(s.sd ?? null, q)}`
      : `min–max with min ${show(s.min ?? null, q)}, max ${show(s.max ?? null, q)}`;
  const units = s.count === null ? "" : `, ${s.count} unit${s.count === 1 ? "" : "s"}`;
  const from =
    s.source === "stated"
      ? "stated in the method"
      : s.source === "pooled"
        ? `pooled over every period${units}`
        : s.source === "period"
          ? `period ${s.period}${units}`
          : `reference period ${s.period}${units}`;
  return `${values} (${from})`;
}

function answerText(answer: ExplainedAnswer | null): string {
  switch (answer?.status) {
    case "answered":
      return answer.label === null || answer.label === answer.code
        ? `${answer.code}`
        : `${answer.code} "${answer.label}"`;
    case "imputed":
      return `${answer.code} (${answer.label ?? "imputed"})`;
    case "missing":
      return "missing";
    case "absent":
      return "absent (no row)";
    case "not-applicable":
      return "not applicable";
    default:
      return NONE;
  }
}
