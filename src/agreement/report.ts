/**
 * Writes an assessor-agreement report as a text table, a tidy long CSV or canonical JSON. Statistics are
 * printed with three decimals ({@link formatStatistic}), proportions computed exactly from their counts.
 */
import { checkKind } from "../arguments.js";
import { canonicalJson, type CanonicalValue } from "../audit/canonical-json.js";
import { dec, roundForDisplay } from "../decimal.js";
import type { Framework, FrameworkIndicator } from "../framework/framework.js";
import { csvRow } from "../base/csv-cell.js";
import { type Align, renderTextTable } from "../base/text-table.js";
import { answerText, type CellAnswer } from "./cells.js";
import type { EvidenceCoverage, EvidenceTally } from "./evidence.js";
import { formatStatistic } from "./format.js";
import type { AssessorAgreement, CellDisagreement, GroupStatistics } from "./from-records.js";

/** The three report formats. */
export type AgreementReportFormat = "table" | "csv" | "json";

/** Everything an agreement report shows. */
export interface AgreementReportInput {
  /** The assessment file's name, as the user gave it. */
  readonly file: string;
  readonly framework: Framework;
  readonly agreement: AssessorAgreement;
  /** Evidence coverage, when the report should include it. */
  readonly evidence?: EvidenceCoverage;
}

/** `part / whole` rounded half up to `places` decimals, exactly; `null` when `whole` is 0. */
function ratio(part: number, whole: number, places: number, scale = 1): string | null {
  if (whole === 0) return null;
  return roundForDisplay(dec(String(part)).mul(scale).div(whole), places, "half-up");
}

function percentText(part: number, whole: number): string {
  const value = ratio(part, whole, 1, 100);
  return value === null ? "—" : `${value}%`;
}

function statistic(value: number | null): string | null {
  return value === null ? null : formatStatistic(value);
}

/** The lines of an aligned text table (header, rule, rows); `right` marks the columns of numbers. */
function textTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly boolean[],
): string[] {
  const align = right.map((r): Align => (r ? "right" : "left"));
  return renderTextTable({ header, rows, align }).trimEnd().split("\n");
}

function indicatorOf(framework: Framework, id: string): FrameworkIndicator {
  return framework.indicatorById.get(id)!;
}

/** `2 (lawyer-a, line 14) vs 3 (lawyer-b, line 15)`. */
function competing(framework: Framework, d: CellDisagreement): string {
  const indicator = indicatorOf(framework, d.indicator);
  const one = (a: CellAnswer): string =>
    `${answerText(indicator, a.code)} (${a.assessor}${a.line > 0 ? `, line ${a.line}` : ""})`;
  return d.answers.map(one).join(" vs ");
}

function groupRow(g: GroupStatistics): string[] {
  const s = g.summary;
  return [
    g.level,
    g.group,
    String(s.percent.units),
    String(s.coders),
    percentText(s.percent.agreeingPairs, s.percent.pairs),
    formatStatistic(s.alpha.alpha),
    g.metric,
    formatStatistic(s.kappa.kappa),
    String(s.disagreements.length),
  ];
}

function countsLine(a: AssessorAgreement): string {
  const multiple = a.agreed + a.disagreed;
  const none =
    multiple === 0 ? "\nno cell was answered by two assessors: there is no agreement to measure" : "";
  return (
    `cells: ${a.cells} answered; ${multiple} by two or more assessors (${a.agreed} agreed, ` +
    `${a.disagreed} disagreed), ${a.single} by one assessor only${none}`
  );
}

function evidenceTable(evidence: EvidenceCoverage): string[] {
  const pillars = [...new Set(evidence.tallies.flatMap((t) => (t.pillar === null ? [] : [t.pillar])))];
  const assessors = [...new Set(evidence.tallies.map((t) => t.assessor))];
  const cell = (assessor: string | null, pillar: string | null): string => {
    const t = evidence.tallies.find((x) => x.assessor === assessor && x.pillar === pillar);
    return t === undefined ? "" : `${percentText(t.cited, t.answers)} of ${t.answers}`;
  };
  const rows = assessors.map((a) => [a ?? "all assessors", ...pillars.map((p) => cell(a, p)), cell(a, null)]);
  const header = ["assessor", ...pillars, "all pillars"];
  const unsourced = evidence.unsourced.map((u) => [
    u.entity,
    u.period,
    u.indicator,
    u.assessor,
    u.response,
    u.line > 0 ? String(u.line) : "",
  ]);
  return [
    "",
    "Evidence: answers on the scale that cite a source, per assessor and pillar",
    ...textTable(header, rows, [false, ...pillars.map(() => true), true]),
    "",
    `Answers above the lowest level without a source: ${evidence.unsourced.length}`,
    ...(unsourced.length === 0
      ? []
      : textTable(["entity", "period", "indicator", "assessor", "response", "line"], unsourced, [
          false,
          false,
          false,
          false,
          true,
          true,
        ])),
  ];
}

function tableReport(input: AgreementReportInput): string {
  const { agreement: a, framework } = input;
  const lines = [
    `${input.file}: framework ${framework.id} ${framework.version}, ${a.assessors.length} assessors`,
    countsLine(a),
    "",
    "Agreement: percent exact agreement over pairs of answers; Krippendorff's alpha (metric per group);",
    "Cohen's kappa (quadratic weights) where exactly two assessors answered the group's cells, — elsewhere",
    ...textTable(
      ["level", "group", "cells", "assessors", "agreement", "alpha", "metric", "kappa", "disagreements"],
      a.groups.map(groupRow),
      [false, false, true, true, true, true, false, true, true],
    ),
    "",
    `Disagreements: ${a.disagreements.length} cells, largest first (steps on the scale; — where an answer is not applicable or missing)`,
    ...(a.disagreements.length === 0
      ? []
      : textTable(
          ["steps", "entity", "period", "indicator", "answers"],
          a.disagreements.map((d) => [
            d.steps === null ? "—" : String(d.steps),
            d.entity,
            d.period,
            d.indicator,
            competing(framework, d),
          ]),
          [true, false, false, false, false],
        )),
    ...(input.evidence === undefined ? [] : evidenceTable(input.evidence)),
  ];
  return `${lines.join("\n")}\n`;
}

const CSV_HEADER = [
  "section",
  "level",
  "group",
  "entity",
  "period",
  "indicator",
  "assessor",
  "variable",
  "value",
];

/** One tidy row: which observation (section … assessor), which variable, its value (`""` when undefined). */
interface TidyRow {
  readonly section: string;
  readonly level?: string;
  readonly group?: string;
  readonly entity?: string;
  readonly period?: string;
  readonly indicator?: string;
  readonly assessor?: string;
  readonly variable: string;
  readonly value: string | null;
}

function groupTidy(g: GroupStatistics): TidyRow[] {
  const s = g.summary;
  const at = { section: "agreement", level: g.level, group: g.group };
  const values: [string, string | null][] = [
    ["title", g.title],
    ["cells", String(s.percent.units)],
    ["unpaired_cells", String(s.percent.droppedUnits)],
    ["assessors", String(s.coders)],
    ["pairs", String(s.percent.pairs)],
    ["agreeing_pairs", String(s.percent.agreeingPairs)],
    ["agreement", ratio(s.percent.agreeingPairs, s.percent.pairs, 3)],
    ["metric", g.metric],
    ["alpha", statistic(s.alpha.alpha)],
    ["alpha_undefined", s.alpha.reason],
    ["kappa", statistic(s.kappa.kappa)],
    ["kappa_weights", s.kappa.weights],
    ["kappa_undefined", s.kappa.reason],
    ["disagreements", String(s.disagreements.length)],
  ];
  return values.map(([variable, value]) => ({ ...at, variable, value }));
}

function disagreementTidy(framework: Framework, d: CellDisagreement): TidyRow[] {
  const indicator = indicatorOf(framework, d.indicator);
  const at = {
    section: "disagreement",
    level: "cell",
    entity: d.entity,
    period: d.period,
    indicator: d.indicator,
  };
  return [
    { ...at, variable: "steps", value: d.steps === null ? null : String(d.steps) },
    ...d.answers.flatMap((a) => [
      { ...at, assessor: a.assessor, variable: "response", value: answerText(indicator, a.code) },
      { ...at, assessor: a.assessor, variable: "line", value: a.line > 0 ? String(a.line) : null },
    ]),
  ];
}

function evidenceTidy(evidence: EvidenceCoverage): TidyRow[] {
  const tally = (t: EvidenceTally): TidyRow[] => {
    const at = {
      section: "evidence",
      level: t.pillar === null ? "file" : "pillar",
      group: t.pillar ?? "all",
      ...(t.assessor === null ? {} : { assessor: t.assessor }),
    };
    return [
      { ...at, variable: "answers", value: String(t.answers) },
      { ...at, variable: "cited", value: String(t.cited) },
      { ...at, variable: "share", value: ratio(t.cited, t.answers, 3) },
    ];
  };
  const unsourced = evidence.unsourced.flatMap((u): TidyRow[] => {
    const at = {
      section: "unsourced",
      level: "answer",
      group: u.pillar,
      entity: u.entity,
      period: u.period,
      indicator: u.indicator,
      assessor: u.assessor,
    };
    return [
      { ...at, variable: "response", value: u.response },
      { ...at, variable: "line", value: u.line > 0 ? String(u.line) : null },
    ];
  });
  return [...evidence.tallies.flatMap(tally), ...unsourced];
}

function csvReport(input: AgreementReportInput): string {
  const { agreement: a, framework } = input;
  const rows = [
    ...a.groups.flatMap(groupTidy),
    ...a.disagreements.flatMap((d) => disagreementTidy(framework, d)),
    ...(input.evidence === undefined ? [] : evidenceTidy(input.evidence)),
  ];
  const lines = rows.map((r) =>
    csvRow([
      r.section,
      r.level ?? "",
      r.group ?? "",
      r.entity ?? "",
      r.period ?? "",
      r.indicator ?? "",
      r.assessor ?? "",
      r.variable,
      r.value ?? "",
    ]),
  );
  return `${[csvRow(CSV_HEADER), ...lines].join("\n")}\n`;
}

function jsonReport(input: AgreementReportInput): string {
  const { agreement: a, framework } = input;
  const answer = (indicator: FrameworkIndicator, x: CellAnswer): CanonicalValue => ({
    assessor: x.assessor,
    response: answerText(indicator, x.code),
    line: x.line,
    source: x.source,
  });
  const doc: CanonicalValue = {
    file: input.file,
    framework: { id: framework.id, version: framework.version },
    assessors: [...a.assessors],
    cells: { answered: a.cells, single: a.single, agreed: a.agreed, disagreed: a.disagreed },
    groups: a.groups.map((g) => {
      const s = g.summary;
      return {
        level: g.level,
        group: g.group,
        title: g.title,
        cells: s.percent.units,
        unpairedCells: s.percent.droppedUnits,
        assessors: s.coders,
        pairs: s.percent.pairs,
        agreeingPairs: s.percent.agreeingPairs,
        agreement: ratio(s.percent.agreeingPairs, s.percent.pairs, 3),
        metric: g.metric,
        alpha: statistic(s.alpha.alpha),
        alphaUndefined: s.alpha.reason,
        kappa: statistic(s.kappa.kappa),
        kappaWeights: s.kappa.weights,
        kappaUndefined: s.kappa.reason,
        disagreements: s.disagreements.length,
      };
    }),
    disagreements: a.disagreements.map((d) => {
      const indicator = indicatorOf(framework, d.indicator);
      return {
        entity: d.entity,
        period: d.period,
        indicator: d.indicator,
        pillar: d.pillar,
        group: d.group,
        steps: d.steps,
        answers: d.answers.map((x) => answer(indicator, x)),
      };
    }),
    ...(input.evidence === undefined
      ? {}
      : {
          evidence: {
            tallies: input.evidence.tallies.map((t) => ({
              assessor: t.assessor,
              pillar: t.pillar,
              answers: t.answers,
              cited: t.cited,
              share: ratio(t.cited, t.answers, 3),
            })),
            unsourced: input.evidence.unsourced.map((u) => ({ ...u })),
          },
        }),
  };
  return `${canonicalJson(doc)}\n`;
}

/**
 * Writes an agreement report.
 * - `table`: the counts, one row per group (level, group, cells, assessors, percent agreement, alpha, metric,
 *   kappa, disagreements), the disputed cells largest first with both answers, assessors and lines, and with
 *   evidence the coverage per assessor and pillar and the unsourced answers.
 * - `csv`: tidy long — columns `section, level, group, entity, period, indicator, assessor, variable, value`,
 *   one value per row (an empty value is undefined), every cell guarded against formula injection.
 * - `json`: canonical JSON (sorted keys, statistics as three-decimal strings, counts as integers).
 *
 * @param input - the file name, framework, agreement and (optionally) evidence coverage.
 * @param format - `table`, `csv` or `json`.
 * @returns the report's text, ending with a line break.
 * @throws never for valid input.
 * @example
 * ```ts
 * import { agreementReport, assessorAgreement, frameworks, validateAssessments } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const csv = "entity,period,indicator,response,assessor\nA,2024,1.1,3,Ann\nA,2024,1.1,2,Bob\n";
 * const agreement = assessorAgreement(validateAssessments(csv, edi).records, edi);
 * agreementReport({ file: "a.csv", framework: edi, agreement }, "csv").split("\n")[1];
 * // "agreement,file,all,,,,,title,Environmental Democracy Index (2015)"
 * ```
 */
export function agreementReport(input: AgreementReportInput, format: AgreementReportFormat): string {
  checkKind("input", input, "an agreement report input ({ file, framework, agreement })", [
    "file",
    "framework",
    "agreement",
  ]);
  if (format === "csv") return csvReport(input);
  if (format === "json") return jsonReport(input);
  return tableReport(input);
}
