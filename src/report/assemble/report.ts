/**
 * Assembles the report of a scoring run from a ScoreSet: ranking, change between periods, rank
 * uncertainty, a profile per entity and the methods with their audit trail, as content blocks for the
 * page shell (`htmlDocument`). Pure and deterministic: the same inputs give the same bytes.
 */
import { rank } from "../../compare/rank.js";
import { VERSION } from "../../version.js";
import { type HtmlDocumentInput, htmlDocument } from "../html/document.js";
import type { Block } from "../html/blocks.js";
import { changeSection, defaultChange } from "./change.js";
import { coherenceSection } from "./coherence.js";
import { periodsOf, unitsIn } from "./cohort.js";
import type { ReportContext } from "./context.js";
import { mapSection } from "./map.js";
import { methodsSection, reportProvenance } from "./methods.js";
import { profilesSection } from "./profiles.js";
import { rankingSection } from "./ranking.js";
import { reportPlan } from "./size.js";
import { chartScale } from "./scale.js";
import type { ReportInput } from "./types.js";
import { summarySection } from "./summary.js";
import { uncertaintySection } from "./uncertainty.js";

/**
 * The report's title names the framework, then what is ranked: "Environmental Democracy Index (2015), 2024"
 * when the index is the framework's namesake, else e.g. "principle10 framework 2026: Law index and Practice
 * index, 2025".
 */
function defaultTitle(scoreSet: HtmlTitleInput, period: string): string {
  const { framework } = scoreSet;
  const indices = scoreSet.indices.map((i) => i.title);
  if (indices.length === 1 && framework.title.startsWith(indices[0]!)) return `${framework.title}, ${period}`;
  return `${framework.title}: ${indices.join(" and ")}, ${period}`;
}

type HtmlTitleInput = Pick<ReportInput["scoreSet"], "framework" | "indices">;

/**
 * Turns scores (and optionally ranks, a change report, rank intervals and digests) into the report's
 * title, facts and content blocks.
 *
 * @param input - the scores and the optional parts (see {@link ReportInput}).
 * @returns the input of `htmlDocument`.
 * @throws P10Error `P10_UNKNOWN_PERIOD` when `period` has no results or the ScoreSet is empty;
 *   `P10_REPORT_INPUT` for uncertainty data that does not fit the scores, or a world map for entities that
 *   are not all ISO 3166-1 alpha-3 codes.
 * @example
 * ```ts
 * import { frameworks, methods, parseAssessments, score } from "principle10";
 * import { assembleReport, htmlDocument } from "principle10/report";
 * const edi = frameworks.get("edi-2015");
 * const { dataset } = parseAssessments("entity,period,indicator,response\nAA,2024,1.1,3\nBB,2024,1.1,1\n", edi);
 * const page = htmlDocument(assembleReport({ scoreSet: score(dataset, edi, methods.get("edi-2015")) }));
 * page.includes("Ranking, 2024"); // true
 * ```
 */
export function assembleReport(input: ReportInput): HtmlDocumentInput {
  const { scoreSet } = input;
  const periods = periodsOf(scoreSet);
  const period = input.period ?? periods[periods.length - 1] ?? "";
  const ctx: ReportContext = {
    scoreSet,
    ranks: input.ranks ?? rank(scoreSet),
    period,
    units: unitsIn(scoreSet, period),
    scales: scoreSet.indices.map((_, k) => chartScale(scoreSet, k)),
  };
  const wanted = input.change === undefined ? defaultChange(ctx) : input.change;
  const plan = reportPlan(ctx, input.profiles, {
    change: wanted !== null,
    uncertainty: input.uncertainty !== undefined,
  });
  const change = plan.charts ? wanted : null;
  const provenance = reportProvenance(ctx, input.provenance);
  const sections: Block[] = [
    ...(input.worldMap === undefined ? [] : [mapSection(ctx, input.worldMap, input.isoCodes)]),
    rankingSection(ctx, plan.charts),
    ...(change === null ? [] : [changeSection(ctx, change)]),
    ...(input.uncertainty === undefined || !plan.charts ? [] : [uncertaintySection(ctx, input.uncertainty)]),
    ...(input.coherence === undefined ? [] : [coherenceSection(ctx, input.coherence)]),
    ...(plan.profiles.length === 0 ? [] : [profilesSection(ctx, plan.profiles)]),
    methodsSection(ctx, provenance),
  ];
  // The summary opens the page, with the contents of the sections that follow it.
  const contents = sections.flatMap((b) =>
    b.kind === "section" && b.id !== undefined ? [{ id: b.id, heading: b.heading }] : [],
  );
  const blocks: Block[] = [
    summarySection(ctx, change, input.uncertainty, contents),
    ...plan.leftOut.map((text): Block => ({ kind: "paragraph", text })),
    ...sections,
  ];
  const { framework, method } = scoreSet;
  const data = provenance.inputs.map((i) => i.name).join(", ");
  return {
    title: input.title ?? defaultTitle(scoreSet, period),
    subtitle: `${ctx.units.length} entities scored with ${method.title}.`,
    meta: [
      { label: "Framework", value: `${framework.title} (${framework.id} ${framework.version})` },
      { label: "Method", value: `${method.title} (${method.id} ${method.version})` },
      ...(data === "" ? [] : [{ label: "Data", value: data }]),
      { label: "Periods", value: periods.join(", ") },
      { label: "Scores SHA-256", value: provenance.output?.sha256 ?? "not given" },
    ],
    blocks,
    footer: `Made with principle10 ${VERSION} from exact decimal scores. The report reads no clock, locale or network: the same inputs give the same file. The methods section names every input by its SHA-256.`,
  };
}

/**
 * Writes the report as one self-contained HTML page (inline CSS and SVG, no script, no request).
 *
 * @param input - as for {@link assembleReport}.
 * @returns the HTML document.
 * @throws P10Error as {@link assembleReport}.
 * @example
 * ```ts
 * import { frameworks, methods, parseAssessments, score } from "principle10";
 * import { reportHtml } from "principle10/report";
 * const edi = frameworks.get("edi-2015");
 * const { dataset } = parseAssessments("entity,period,indicator,response\nAA,2024,1.1,3\n", edi);
 * reportHtml({ scoreSet: score(dataset, edi, methods.get("edi-2015")) }).startsWith("<!DOCTYPE html>"); // true
 * ```
 */
export function reportHtml(input: ReportInput): string {
  return htmlDocument(assembleReport(input));
}
