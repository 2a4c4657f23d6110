/**
 * The statistical coherence section: for the report's period and each index, a correlation heatmap of
 * each pillar's children, the correlations flagged against the parent, Cronbach's alpha and the first
 * principal component's share per node, nominal against effective weights of the pillars, and the rank
 * shifts when one element is removed (see `analyseCoherence`; the JRC audits of composite indices).
 */
import type { CoherenceReport, IndexCoherence } from "../../coherence/analyse.js";
import { P10Error } from "../../errors.js";
import type { Block } from "../html/blocks.js";
import { correlationHeatmap } from "../svg/correlation-heatmap.js";
import { dumbbell } from "../svg/dumbbell.js";
import { MINUS } from "../svg/format.js";
import type { ReportContext } from "./context.js";
import { domId } from "./context.js";

const f3 = (x: number | null): string => (x === null ? "–" : x.toFixed(3).replace(/^-/, MINUS));

/** The heatmap of each internal node whose children are aggregates (pillars, and the index). */
function heatmaps(result: IndexCoherence, k: number): Block[] {
  const blocks: Block[] = [];
  const parents = [...new Set(result.siblings.map((s) => s.parent))];
  const levelOf = new Map(result.correlations.map((c) => [c.id, c.level]));
  parents.forEach((parent, p) => {
    const children = result.weights.filter((w) => w.parent === parent).map((w) => w.id);
    if (children.length < 2 || children.every((c) => levelOf.get(c) === "indicator")) return;
    if (levelOf.get(parent) !== "pillar") return;
    const pos = new Map(children.map((c, i) => [c, i]));
    const matrix = children.map((_, i) => children.map((_, j) => (i === j ? 1 : (null as number | null))));
    for (const s of result.siblings) {
      if (s.parent !== parent) continue;
      const i = pos.get(s.a);
      const j = pos.get(s.b);
      if (i === undefined || j === undefined) continue;
      (matrix[i] as (number | null)[])[j] = s.correlation.pearson;
      (matrix[j] as (number | null)[])[i] = s.correlation.pearson;
    }
    blocks.push({
      kind: "figure",
      svg: correlationHeatmap({
        id: domId(`coherence-heatmap-${k}`, p, parent),
        title: `${parent}: correlations between its children (${result.index}, ${result.period})`,
        labels: children,
        matrix,
      }),
      caption: `Pearson correlations over the units with both values. Blue: positive, vermillion: negative; darker is stronger. Pairs above the collinearity threshold measure much the same thing.`,
    });
  });
  return blocks;
}

function indexBlocks(report: CoherenceReport, result: IndexCoherence, k: number): Block[] {
  const t = report.thresholds;
  const flagged = result.correlations.filter((c) => c.flags.length > 0);
  const collinear = result.siblings.filter((s) => s.collinear);
  const blocks: Block[] = [
    {
      kind: "paragraph",
      text: `${result.units} units. ${result.correlations.length - flagged.length} of ${result.correlations.length} elements correlate positively and significantly (p ≤ ${t.pValue}, ${t.type}) with their parent; ${collinear.length} pairs of siblings correlate above ${t.collinear}.`,
    },
    ...heatmaps(result, k),
  ];
  if (flagged.length > 0) {
    blocks.push({
      kind: "table",
      caption: "Elements flagged against their parent",
      columns: [
        { label: "Element" },
        { label: "Parent" },
        { label: "Pearson", align: "right" },
        { label: "Spearman", align: "right" },
        { label: "p", align: "right" },
        { label: "Flags" },
      ],
      rows: flagged.map((c) => [
        c.id,
        c.parent,
        f3(c.withParent.pearson),
        f3(c.withParent.spearman),
        f3(c.pValue),
        c.flags.join(", "),
      ]),
    });
  }
  blocks.push({
    kind: "table",
    caption:
      "Internal consistency: Cronbach's alpha (over the children, and over every indicator below) and the first principal component's share of the children's variance",
    columns: [
      { label: "Node" },
      { label: "Level" },
      { label: "Children", align: "right" },
      { label: "Alpha", align: "right" },
      { label: "Alpha (indicators)", align: "right" },
      { label: "PC1 share", align: "right" },
    ],
    rows: result.pca
      .filter((p) => p.children.length > 1)
      .map((p) => {
        const a = result.alpha.find((x) => x.node === p.node && x.basis === "children");
        const ai = result.alpha.find((x) => x.node === p.node && x.basis === "indicators");
        return [
          p.node,
          p.level,
          String(p.children.length),
          f3(a?.alpha ?? null),
          ai === undefined ? "" : f3(ai.alpha),
          "reason" in p.result ? p.result.reason : f3(p.result.explained[0] ?? null),
        ];
      }),
  });
  const root = result.weights[0]?.parent;
  const top = result.weights.filter((w) => w.parent === root);
  if (top.length > 1) {
    let low = 0;
    let high = 1;
    for (const w of top) {
      for (const v of [w.nominal, w.effective]) {
        if (v !== null && v < low) low = v;
        if (v !== null && v > high) high = v;
      }
    }
    blocks.push({
      kind: "figure",
      svg: dumbbell({
        id: domId("coherence-weights", k, result.index),
        title: `Nominal and effective weights in ${result.index} (${result.period})`,
        description: undefined,
        ends: ["Nominal", "Effective"],
        differenceHeader: "Difference",
        directions: { up: "drives more than its weight", down: "drives less than its weight" },
        fields: ["nominal", "effective"],
        rows: top.map((w) => ({ label: w.id, first: w.nominal, second: w.effective })),
        domain: [low, high],
        format: { decimals: 3 },
        width: 700,
        what: "nominal and effective weights",
      }),
      caption:
        "Effective weight: the element's share of the variance of the index (w·Cov(x, index) / Var(index)), against the weight the method gives it.",
    });
  }
  if (result.removal !== null) {
    const r = result.removal;
    blocks.push({
      kind: "table",
      caption: `Rank shifts when one ${r.level} is removed (its weight 0, siblings renormalised, re-scored exactly)`,
      columns: [
        { label: `Removed ${r.level}` },
        { label: "Mean |shift|", align: "right" },
        { label: "Largest |shift|", align: "right" },
        { label: "Most moved" },
      ],
      rows: r.elements.map((e) => {
        if (e.skipped !== null) return [e.id, e.skipped, "", ""];
        let most = 0;
        for (const s of e.shifts) if (s !== null && Math.abs(s) > most) most = Math.abs(s);
        const who = r.entities.filter((_, u) => most > 0 && Math.abs(e.shifts[u] ?? 0) === most);
        return [e.id, f3(e.meanAbsShift), String(most), who.join(", ")];
      }),
    });
  }
  return blocks;
}

/**
 * The statistical coherence section of the report.
 *
 * @param ctx - the report context.
 * @param report - a coherence analysis of the same scores.
 * @returns the section block.
 * @throws P10Error `P10_REPORT_INPUT` when the analysis has no result for the report's period.
 */
export function coherenceSection(
  ctx: ReportContext,
  report: CoherenceReport,
): Extract<Block, { kind: "section" }> {
  const results = report.results.filter((r) => r.period === ctx.period);
  if (results.length === 0) {
    throw new P10Error(
      "P10_REPORT_INPUT",
      `coherence: the analysis has no result for period "${ctx.period}"`,
    );
  }
  const intro: Block = {
    kind: "paragraph",
    text: `Does the structure hold up on the data? As the JRC audits composite indices (and with the definitions of COINr 1.1.14): each element's correlation with its parent, Cronbach's alpha, principal components, nominal against effective weights, and how ranks move when one element is removed. These statistics describe the scores; they do not change them.`,
  };
  const blocks: Block[] =
    results.length === 1
      ? [intro, ...indexBlocks(report, results[0] as IndexCoherence, 0)]
      : [
          intro,
          ...results.map(
            (r, k): Block => ({
              kind: "section",
              id: domId("coherence-section", k, r.index),
              heading: `${ctx.scoreSet.indices.find((x) => x.id === r.index)?.title ?? r.index}`,
              blocks: indexBlocks(report, r, k),
            }),
          ),
        ];
  return { kind: "section", id: "coherence", heading: `Statistical coherence, ${ctx.period}`, blocks };
}
