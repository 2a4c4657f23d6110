/**
 * The methods section of a report, written from the framework and the method as the engine compiles them
 * (`compilePlan`): what is averaged, how, with which weights, how missing and not-applicable answers and
 * the coverage rule are treated, rounding, ranks and bands. Change the method and the text changes; the
 * OECD/JRC Handbook (2008, §1 and §10) asks that a composite indicator state exactly these choices.
 */
import { compareCodePoints } from "../base/code-points.js";
import { type Dec, roundForDisplay } from "../decimal.js";
import type { Framework } from "../framework/framework.js";
import type { NodeLevel } from "../framework/schema.js";
import { describeAggregation, needsZerosRule } from "../method/aggregation.js";
import {
  addFractions,
  compareFractions,
  divideFractions,
  FRACTION_ONE,
  type Fraction,
  formatFraction,
  fractionToDec,
  multiplyFractions,
} from "../base/fraction.js";
import { parseRatio } from "../method/ratio.js";
import { type CohortChoice, statisticSource } from "../method/cohort.js";
import { transformText } from "../method/kinds.js";
import { resolveBands } from "../method/presentation.js";
import type { Band, CohortNormalisationSpec, ImputationRule, Method } from "../method/schema.js";
import { compilePlan, type IndexPlan, type PlanNode } from "../score/plan.js";
import { minOf, maxOf } from "../base/extent.js";

/** One internal node of an index with the weights and aggregation the engine uses. */
export interface WeightRow {
  /** The framework node id. */
  readonly id: string;
  readonly title: string;
  readonly level: NodeLevel;
  /** How the node combines its children, e.g. `"arithmetic mean"`. */
  readonly aggregation: string;
  /** How many children enter (nodes or indicators). */
  readonly children: number;
  /** Its weight within its parent when every sibling has a score, e.g. `"1/3"`; `null` for the root. */
  readonly weightInParent: string | null;
  /** The product of the weights on its path from the root, e.g. `"1/18"`; `null` under a minimum. */
  readonly weightInIndex: string | null;
}

/** The methods text of one index. */
export interface IndexMethodsText {
  readonly id: string;
  readonly title: string;
  /** What enters, how each level is combined and with which weights, and the indicators' weights. */
  readonly paragraphs: readonly string[];
  /** The root, then every internal node in framework pre-order. */
  readonly weights: readonly WeightRow[];
}

/** The methods text of a method applied to a framework. */
export interface MethodsText {
  /** Method and framework, normalisation, weighting scheme. */
  readonly paragraphs: readonly string[];
  /** One entry per index of the method. */
  readonly indices: readonly IndexMethodsText[];
  /** Missing data, not applicable, coverage, zeros, gaps, rounding, ranks and bands. */
  readonly rules: readonly string[];
}

const PLURAL: Readonly<Record<NodeLevel, [string, string]>> = {
  index: ["index", "indices"],
  pillar: ["pillar", "pillars"],
  group: ["group", "groups"],
  indicator: ["indicator", "indicators"],
};

/** "1 pillar", "3 pillars". */
function count(n: number, level: NodeLevel): string {
  const [one, many] = PLURAL[level];
  return `${n} ${n === 1 ? one : many}`;
}

/** A list in words: "a", "a and b", "a, b and c". */
function words(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const percent = (f: Fraction): string => `${roundForDisplay(fractionToDec(f).times(100), 1, "half-even")} %`;

/** A plain decimal as written in text: no exponent, no trailing zeros. */
const plain = (d: Dec): string => d.toFixed();

/** The weights a node gives its children as used when every child has a score; `null` under a minimum. */
function childShares(node: PlanNode): Fraction[] | null {
  const fn = node.aggregation.function;
  if (fn === "minimum") return null;
  if (fn === "sum") return [...node.weightFractions];
  const total = node.weightFractions.reduce(addFractions);
  return node.weightFractions.map((w) => divideFractions(w, total));
}

/** The child's label in a sentence: a node's title, an indicator's id. */
function childLabel(plan: IndexPlan, node: PlanNode, i: number, framework: Framework): string {
  const child = node.children[i]!;
  if (child.indicator) return child.id;
  return plan.nodes[child.pos]?.title ?? framework.nodes.get(child.id)?.title ?? child.id;
}

function childLevel(plan: IndexPlan, node: PlanNode): NodeLevel {
  const first = node.children[0];
  if (first === undefined || first.indicator) return "indicator";
  return plan.nodes[first.pos]?.level ?? "indicator";
}

/** Whether every child gets the same weight. */
function equalShares(shares: readonly Fraction[]): boolean {
  return shares.every((s) => compareFractions(s, shares[0]!) === 0);
}

/** The weights part of a node's sentence, e.g. ", each weighing 1/3" or ": Information 1/2, …". */
function weightsPhrase(plan: IndexPlan, node: PlanNode, framework: Framework): string {
  const shares = childShares(node);
  const n = node.children.length;
  const label = (i: number) => childLabel(plan, node, i, framework);
  const zero = shares === null ? [] : shares.flatMap((s, i) => (s.num === 0n ? [label(i)] : []));
  const zeroText =
    zero.length === 0
      ? ""
      : ` (${words(zero)} weigh${zero.length === 1 ? "s" : ""} 0 and do${zero.length === 1 ? "es" : ""} not count)`;
  if (shares === null) return zeroText;
  const verb = node.aggregation.function === "sum" ? "counted with weight" : "weighing";
  if (equalShares(shares))
    return n === 1
      ? `, ${verb} ${formatFraction(shares[0]!)}`
      : `, each ${verb} ${formatFraction(shares[0]!)}`;
  // Unequal: list every child, or only the exceptions to the most common weight when there are many.
  const tally = new Map<string, number>();
  for (const s of shares) tally.set(formatFraction(s), (tally.get(formatFraction(s)) ?? 0) + 1);
  const [modal, modalCount] = [...tally].reduce((a, b) => (b[1] > a[1] ? b : a));
  if (n > 6 && modalCount > n / 2) {
    const others = shares.flatMap((s, i) =>
      formatFraction(s) === modal ? [] : [`${label(i)} ${formatFraction(s)}`],
    );
    return `, each ${verb} ${modal} except ${words(others)}${zeroText}`;
  }
  return `, ${verb === "weighing" ? "weighted" : "weights"} ${words(shares.map((s, i) => `${label(i)} ${formatFraction(s)}`))}`;
}

/** "Information is the arithmetic mean of its 6 groups, each weighing 1/6." */
function nodeSentence(plan: IndexPlan, node: PlanNode, framework: Framework): string {
  const fn = node.aggregation.function;
  const what =
    fn === "minimum"
      ? "the lowest score among"
      : fn === "sum"
        ? "the sum of"
        : `the ${describeAggregation(node.aggregation)} of`;
  const name = node.pos === 0 ? plan.title : node.title;
  return `${name} is ${what} its ${count(node.children.length, childLevel(plan, node))}${weightsPhrase(plan, node, framework)}.`;
}

/** A key grouping nodes described by one shared sentence: same function, equal weights, same child level. */
function patternKey(plan: IndexPlan, node: PlanNode): string | null {
  const shares = childShares(node);
  if (shares !== null && !equalShares(shares)) return null;
  return `${JSON.stringify(node.aggregation)}|${childLevel(plan, node)}`;
}

/** The sentences for one level: one per node, or one shared sentence for many nodes built alike. */
function levelSentences(plan: IndexPlan, nodes: readonly PlanNode[], framework: Framework): string[] {
  if (nodes.length <= 4) return nodes.map((n) => nodeSentence(plan, n, framework));
  const byKey = new Map<string, PlanNode[]>();
  for (const node of nodes) {
    const key = patternKey(plan, node);
    if (key !== null) byKey.set(key, [...(byKey.get(key) ?? []), node]);
  }
  const shared = [...byKey.values()].reduce<PlanNode[]>((a, b) => (b.length > a.length ? b : a), []);
  if (shared.length < 2) return nodes.map((n) => nodeSentence(plan, n, framework));
  const first = shared[0]!;
  const level = first.level;
  const sizes = shared.map((n) => n.children.length);
  const [lo, hi] = [minOf(sizes), maxOf(sizes)];
  const fn = first.aggregation.function;
  const childNoun = PLURAL[childLevel(plan, first)][1];
  const all = shared.length === nodes.length;
  const subject = all
    ? `Each of the ${count(shared.length, level)}`
    : `Each of the other ${count(shared.length, level)}`;
  const body =
    fn === "minimum"
      ? `is the lowest score among its ${childNoun}`
      : fn === "sum"
        ? `is the sum of its ${childNoun}, each counted with weight ${formatFraction(first.weightFractions[0]!)}`
        : `is the ${describeAggregation(first.aggregation)} of its ${childNoun} with equal weights (${lo === hi ? `each of ${lo} weighs 1/${lo}` : `each of k weighs 1/k, k from ${lo} to ${hi}`})`;
  const own = nodes.filter((n) => !shared.includes(n)).map((n) => nodeSentence(plan, n, framework));
  return [...own, `${subject} ${body}.`];
}

/** Every internal node with its nominal weights (all children scored). */
function weightRows(plan: IndexPlan): { rows: WeightRow[]; indicatorWeights: (Fraction | null)[] } {
  const inIndex: (Fraction | null)[] = plan.nodes.map(() => null);
  const inParent: (Fraction | null)[] = plan.nodes.map(() => null);
  const indicatorWeights: (Fraction | null)[] = plan.indicators.map(() => null);
  inIndex[0] = FRACTION_ONE;
  for (const node of plan.nodes) {
    const shares = childShares(node);
    const own = inIndex[node.pos] ?? null;
    node.children.forEach((child, i) => {
      const share = shares?.[i] ?? null;
      const product = own === null || share === null ? null : multiplyFractions(own, share);
      if (child.indicator) indicatorWeights[child.pos] = product;
      else {
        inParent[child.pos] = share;
        inIndex[child.pos] = product;
      }
    });
  }
  const rows = plan.nodes.map(
    (node): WeightRow => ({
      id: node.id,
      title: node.title,
      level: node.level,
      aggregation: describeAggregation(node.aggregation),
      children: node.children.length,
      weightInParent: node.pos === 0 ? null : formatOrNull(inParent[node.pos] ?? null),
      weightInIndex: formatOrNull(inIndex[node.pos] ?? null),
    }),
  );
  return { rows, indicatorWeights };
}

const formatOrNull = (f: Fraction | null): string | null => (f === null ? null : formatFraction(f));

/** What the indicators weigh in the index, e.g. "from 1/198 to 1/18". */
function indicatorWeightSentence(plan: IndexPlan, weights: readonly (Fraction | null)[]): string {
  const known = weights.filter((w): w is Fraction => w !== null && w.num !== 0n);
  const n = plan.indicators.length;
  if (known.length === 0) {
    return `The index takes the lowest score at some level, so its ${count(n, "indicator")} have no fixed weight in it.`;
  }
  const sorted = [...known].sort(compareFractions);
  const [lo, hi] = [sorted[0]!, sorted[sorted.length - 1]!];
  const range =
    compareFractions(lo, hi) === 0
      ? `each of the ${count(n, "indicator")} weighs ${formatFraction(lo)} of the index when every answer is present`
      : `an indicator weighs from ${formatFraction(lo)} to ${formatFraction(hi)} of the index when every answer is present, so the index is not the plain mean of its ${count(n, "indicator")}`;
  const how = plan.nodes[0]!.linear
    ? "As the product of the weights on its path"
    : `As the product of the weights on its path (a nominal weight only: ${nonLinearNodes(plan)} not a weighted sum)`;
  return `${how}, ${range}; a missing or not-applicable answer passes its weight to its siblings.`;
}

function nonLinearNodes(plan: IndexPlan): string {
  const names = plan.nodes.filter((n) => !isLinearFunction(n)).map((n) => n.title);
  const shown = names.length > 3 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
  return `${words(shown)} ${names.length === 1 ? "uses a mean that is" : "use means that are"}`;
}

const isLinearFunction = (n: PlanNode): boolean =>
  n.aggregation.function === "arithmetic" || n.aggregation.function === "sum";

/** What enters an index: its indicators by kind. */
function enteringSentence(plan: IndexPlan, framework: Framework): string {
  const kinds = plan.kinds.join(" and ");
  return `${plan.title} (${plan.id}) is built from the ${count(plan.indicators.length, "indicator")} of framework ${framework.id} that are scored and of kind ${kinds}.`;
}

function normalisationSentence(method: Method, framework: Framework, plans: readonly IndexPlan[]): string {
  const ordinals = new Set(plans.flatMap((p) => p.indicators.map((i) => i.ordinal)));
  const scales = [...new Set([...ordinals].map((o) => framework.indicators[o]!.scale))];
  const n = method.normalisation;
  switch (n.method) {
    case "native":
      return `Answers enter with their scale values, not rescaled (${scales.map((s) => `${s.title}: ${s.values.map(plain).join(", ")}`).join("; ")}).`;
    case "goalposts": {
      const top = n.range === "0-100" ? "100" : "1";
      const posts = scales.map((s) => {
        const own = n.posts[s.id];
        return `${s.id} ${own?.min ?? plain(s.min)} and ${own?.max ?? plain(s.max)}${own === undefined ? "" : " (set by the method)"}`;
      });
      const inside = scales.some((sc) => {
        const own = n.posts[sc.id];
        return own !== undefined && (sc.min.lt(own.min) || sc.max.gt(own.max));
      });
      const clamp = !inside
        ? ""
        : n.clamp === false
          ? ` Goalposts lie inside the scale and values beyond them are kept, so scores can fall below 0 or above ${top}.`
          : ` Goalposts lie inside the scale and values beyond them are capped at 0 and ${top}.`;
      return `Each answer is put on 0 to ${top} with goalposts: (value − min) / (max − min) × ${top}, with min and max ${words(posts)}.${clamp}`;
    }
    case "cohort-minmax": {
      const top = n.range === "0-100" ? "100" : "1";
      if (statisticSource(n) !== "pooled") {
        return `Each answer is put on 0 to ${top} by min–max: (value − lowest) / (highest − lowest) × ${top}, per indicator, with ${cohortWords(n)}.`;
      }
      return `Each answer is put on 0 to ${top} by min–max over the data: (value − lowest) / (highest − lowest) × ${top}, per indicator over every entity and period scored together, so scores depend on the cohort.`;
    }
    case "z-score":
      if (statisticSource(n) !== "pooled") {
        return `Each answer becomes a z-score: (value − mean) / sample standard deviation, per indicator, with ${cohortWords(n)}; z-scores can be negative.`;
      }
      return "Each answer becomes a z-score: (value − mean) / sample standard deviation, per indicator over every entity and period scored together, so scores depend on the cohort and can be negative.";
    default: {
      const source = statisticSource(n as CohortChoice);
      const cohort =
        n.method === "categorical"
          ? ""
          : source === "period"
            ? ", over the entities of each period separately"
            : source === "reference-period"
              ? `, against the entities of reference period ${(n.reference as { period: string }).period}`
              : ", over every entity and period scored together";
      return `Each answer is normalised by ${kindWords(n)}, per indicator${cohort}.`;
    }
  }
}

/** Transform and direction, when the normalisation uses them; empty otherwise. */
function orientationWords(method: Method, framework: Framework, plans: readonly IndexPlan[]): string {
  const n = method.normalisation;
  const parts: string[] = [];
  if ("transform" in n && n.transform !== undefined) {
    parts.push(`Values are transformed by ${transformText(n.transform)} before normalisation.`);
  }
  const ordinals = new Set(plans.flatMap((p) => p.indicators.map((i) => i.ordinal)));
  const reversed = [...new Set([...ordinals].map((o) => framework.indicators[o]!.scale))].filter(
    (sc) => sc.direction === "lower-is-better",
  );
  if (reversed.length > 0 && n.method !== "native" && n.method !== "categorical") {
    parts.push(
      `On ${words(reversed.map((sc) => sc.title))} lower is better, so the normalisation is reversed there: a higher normalised value always means better.`,
    );
  }
  return parts.length === 0 ? "" : ` ${parts.join(" ")}`;
}

/** The rank family, distances and categories in words. */
function kindWords(
  n: Exclude<Method["normalisation"], { method: "native" | "goalposts" | "cohort-minmax" | "z-score" }>,
): string {
  const to = (t: { to: string | { entity: string } }) =>
    typeof t.to === "string" ? `the ${t.to} of the cohort` : `entity ${t.to.entity}`;
  switch (n.method) {
    case "rank":
      return "rank (the lowest value 1, ties sharing the lowest place)";
    case "percentile":
      return "percentile rank (rank / N × 100)";
    case "borda":
      return "Borda score (how many answers are lower)";
    case "ratio":
      return `ratio to ${to(n)}`;
    case "relative-difference":
      return `relative difference to ${to(n)}: (value − reference) / reference`;
    case "above-below-mean":
      return `position against the mean: 1 above (1 + ${n.threshold}) × mean, −1 below (1 − ${n.threshold}) × mean, else 0`;
    case "categorical":
      return `categories: thresholds ${n.thresholds.join(", ")} give the scores ${n.scores.join(", ")}`;
  }
}

/** Where a cohort normalisation's statistics come from, in words. */
function cohortWords(n: CohortNormalisationSpec): string {
  const stats = n.method === "z-score" ? "the mean and standard deviation" : "the lowest and highest value";
  switch (statisticSource(n)) {
    case "period":
      return `${stats} of the entities of each period separately, so a period's scores never depend on another period's answers`;
    case "reference-period":
      return `${stats} of reference period ${(n.reference as { period: string }).period}, applied to every period, so scores of different periods compare and adding a period changes none`;
    case "stated": {
      const listed = Object.entries((n.reference as { stats: Record<string, Record<string, string>> }).stats)
        .sort(([a], [b]) => compareCodePoints(a, b))
        .map(([id, v]) =>
          n.method === "z-score" ? `${id} mean ${v.mean}, sd ${v.sd}` : `${id} min ${v.min}, max ${v.max}`,
        );
      return `${stats} stated by the method (${words(listed)}), applied to every period, so scores never depend on the cohort`;
    }
    default:
      return `${stats} over every entity and period scored together, so scores depend on the cohort`;
  }
}

/** One sentence per scale normalised its own way (`normaliseScales`), or none. */
function scaleNormalisationSentences(method: Method): string[] {
  return Object.entries(method.normaliseScales ?? {})
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(
      ([id, n]) =>
        `Answers on scale ${id} are normalised by ${n.method}${"range" in n ? ` (${n.range})` : ""} instead.`,
    );
}

/** One sentence per node normalised across units (`normaliseNodes`), or none. */
function nodeNormalisationSentences(method: Method): string[] {
  return Object.entries(method.normaliseNodes ?? {})
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([id, n]) => {
      const how =
        n.method === "z-score"
          ? "becomes a z-score: (aggregate − mean) / sample standard deviation"
          : `is put on 0 to ${n.range === "0-100" ? "100" : "1"} by min–max: (aggregate − lowest) / (highest − lowest) × ${n.range === "0-100" ? "100" : "1"}`;
      return `The aggregate of node ${id} ${how}, with ${cohortWords(n)}; the normalised value enters its parent and is the one ranked and banded.`;
    });
}

function weightingSentence(method: Method): string {
  const w = method.weighting;
  switch (w.scheme) {
    case "nested-equal":
      return "Weighting: nested equal weights — the children of every node weigh the same, whatever their number of indicators.";
    case "flat-equal":
      return "Weighting: flat equal weights — every answered indicator weighs the same, so in each entity a node weighs in proportion to its number of answered indicators and the index is the plain mean of the answers (coverage counts the applicable indicators).";
    case "explicit": {
      const listed = Object.entries(w.weights)
        .sort(([a], [b]) => compareCodePoints(a, b))
        .map(([id, v]) => `${id} = ${v}`);
      return `Weighting: explicit weights set by the method, relative among siblings (a node not listed weighs 1)${listed.length === 0 ? "" : `: ${words(listed)}`}.`;
    }
    case "points":
      return "Weighting: points — raw values are added up, each with weight 1.";
    case "budget":
      return `Weighting: budget allocation by ${w.experts.length} expert${w.experts.length === 1 ? "" : "s"} (${words(w.experts.map((e) => e.id))}) — within each parent each expert's points become shares, averaged over the experts who allocate there.`;
  }
}

function missingSentence(method: Method): string {
  switch (method.missing) {
    case "drop":
      return "Missing answers (no row, an empty cell or a missing token) are left out: each mean is taken over the children that have a score, with their weights renormalised to sum to 1 (drop and renormalise).";
    case "zero":
      return "Missing answers (no row, an empty cell or a missing token) count as 0, the lowest normalised value.";
    case "fail":
      return "Missing answers are not allowed: scoring stops and lists every missing answer.";
  }
}

const IMPUTATION_WORDS: Record<ImputationRule, string> = {
  "cohort-mean": "the indicator's mean over the answers of the same period",
  "cohort-median": "the indicator's median over the answers of the same period",
  "group-mean":
    "the mean of the entity's other answered indicators of the same group and kind, each rescaled by its minimum and maximum in the period, carried onto the indicator's range",
  "previous-period": "the entity's own answer in the nearest earlier period",
};

function imputationSentence(rule: ImputationRule): string {
  return `Imputation (${rule}): a missing answer is first filled with ${IMPUTATION_WORDS[rule]}; imputed values are marked and counted apart from answers, and what cannot be filled falls to the rule below.`;
}

function coverageSentence(method: Method): string {
  const ratio = parseRatio(method.minCoverage).value;
  const base =
    ratio.num === 0n
      ? "A node gets a score whenever at least one of its applicable children has one (minimum coverage 0)."
      : `A node gets a score only when its children with a score carry at least ${method.minCoverage} (${percent(ratio)}) of the weight of its applicable children; otherwise it has none and counts as missing in its parent.`;
  const own = Object.entries(method.minCoverageByNode)
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([id, r]) => `${id} = ${r}`);
  return own.length === 0 ? base : `${base} Minimum coverage set per node: ${words(own)}.`;
}

function zerosSentence(method: Method, plans: readonly IndexPlan[]): string | null {
  const fns = plans.flatMap((p) => p.nodes.filter((n) => needsZerosRule(n.aggregation)));
  if (fns.length === 0) return null;
  const names = [...new Set(fns.map((n) => describeAggregation(n.aggregation)))];
  const rule = method.aggregation.zeros ?? "fail";
  const what =
    rule === "zero"
      ? "a zero makes the mean 0"
      : rule === "offset"
        ? `every value is raised by ${method.aggregation.offset ?? "0"} before the mean and the mean lowered by as much after`
        : "a zero leaves the node without a score";
  return `Under the ${words(names)}, ${what} (zeros: ${rule}).`;
}

function presentationSentences(method: Method): string[] {
  const p = method.presentation;
  const ties =
    p.ranks.ties === "competition"
      ? "tied entities share the best place (competition ranking: 1 2 2 4)"
      : p.ranks.ties === "dense"
        ? "tied entities share the best place (dense ranking: 1 2 2 3)"
        : "every entity has its own place (ordinal ranking: 1 2 3 4); a tie goes to the higher exact score, then the name, then the id";
  const decimals = `${p.places} decimal${p.places === 1 ? "" : "s"}`;
  const on = p.ranks.on === "exact" ? "on the exact scores" : `on the scores rounded to ${decimals}`;
  const out = [
    `Scores are shown with ${decimals}, rounded ${p.rounding}; the exact values are kept for ranking and comparison.`,
    `Ranks put the highest score first, ${on}; ${ties}.`,
  ];
  if (p.change === "displayed") {
    out.push(
      "A change between periods is the difference of the scores as shown, as the publisher prints it.",
    );
  }
  const bands = resolveBands(p);
  const decided = bands.on === "exact" ? "on the exact scores" : `on the scores as shown (${decimals})`;
  if (bands.default.length > 0) {
    const which = Object.keys(bands.nodes).length > 0 ? " of every other node" : "";
    out.push(`Bands${which}, decided ${decided}: ${bandList(bands.default)}.`);
  }
  for (const [id, list] of Object.entries(bands.nodes).sort(([a], [b]) => compareCodePoints(a, b))) {
    out.push(
      list.length === 0 ? `${id} has no bands.` : `Bands of ${id}, decided ${decided}: ${bandList(list)}.`,
    );
  }
  return out;
}

/** "poor ≤ 0.75 < fair ≤ 1.5 < good". */
function bandList(list: readonly Band[]): string {
  return list
    .map((b, i) =>
      b.max === undefined ? b.label : `${b.label} ≤ ${b.max}${i < list.length - 1 ? " <" : ""}`,
    )
    .join(" ");
}

/**
 * Writes the methods text of a method as the engine applies it to a framework: every sentence is derived
 * from the compiled plan (weights are the exact fractions the engine uses), so the text changes whenever
 * the method does.
 *
 * @param framework - the framework.
 * @param method - the method.
 * @returns the paragraphs, per-index structure with weights, and the rules.
 * @throws P10Error `P10_METHOD_INVALID` when the method does not fit the framework (as `score` would).
 * @example
 * ```ts
 * import { frameworks, methods } from "principle10";
 * import { methodsText } from "principle10/report";
 * const text = methodsText(frameworks.get("edi-2015"), methods.get("edi-2015"));
 * text.indices[0]?.paragraphs[1]?.startsWith(
 *   "Environmental Democracy Index is the arithmetic mean of its 3 pillars, each weighing 1/3.",
 * ); // true
 * ```
 */
export function methodsText(framework: Framework, method: Method): MethodsText {
  const plan = compilePlan(method, framework);
  const entering = new Set(plan.indices.flatMap((p) => p.indicators.map((i) => i.ordinal)));
  const outside = framework.indicators.filter((i) => !entering.has(i.ordinal));
  const paragraphs = [
    `Method: ${method.title} (${method.id} ${method.version}), applied to framework ${framework.title} (${framework.id} ${framework.version}).`,
    `${normalisationSentence(method, framework, plan.indices)}${orientationWords(method, framework, plan.indices)}`,
    ...scaleNormalisationSentences(method),
    ...nodeNormalisationSentences(method),
    weightingSentence(method),
  ];
  if (outside.length > 0) {
    paragraphs.push(
      `${count(outside.length, "indicator")} of the framework enter no score (${outside.every((i) => !i.scored) ? "marked not scored" : "not scored or of a kind no index uses"}).`,
    );
  }
  const indices = plan.indices.map((index): IndexMethodsText => {
    const { rows, indicatorWeights } = weightRows(index);
    const byLevel = (level: NodeLevel) => index.nodes.filter((n) => n.level === level);
    const structure = (["index", "pillar", "group"] as const).flatMap((level) =>
      levelSentences(index, byLevel(level), framework),
    );
    return {
      id: index.id,
      title: index.title,
      paragraphs: [
        enteringSentence(index, framework),
        structure.join(" "),
        indicatorWeightSentence(index, indicatorWeights),
      ],
      weights: rows,
    };
  });
  const rules = [
    ...(method.imputation === undefined ? [] : [imputationSentence(method.imputation.rule)]),
    missingSentence(method),
    "Answers of not applicable leave the denominator: a node's mean is taken over its applicable children, weights renormalised; a node whose answers are all not applicable has no score.",
    coverageSentence(method),
    ...[zerosSentence(method, plan.indices)].filter((s): s is string => s !== null),
    ...plan.gaps.map((g) => {
      const title = (id: string) => plan.indices.find((p) => p.id === id)?.title ?? id;
      return `${g.title}: for each node in both indices, ${title(g.minuend)} minus ${title(g.subtrahend)}.`;
    }),
    ...presentationSentences(method),
  ];
  return { paragraphs, indices, rules };
}
