/**
 * The methods section: the method in words (from `methodsText`), the weights table of each index, the
 * data the scores rest on (answers missing and not applicable), the scoring warnings, and the audit trail —
 * SHA-256 digests of the framework, the method, the input and the canonical scores — so that a printed
 * report can be checked against its inputs.
 */
import { canonicalScoresSha256 } from "../../audit/canonical-scores.js";
import { documentDigest } from "../../audit/create-manifest.js";
import { roundForDisplay } from "../../decimal.js";
import { P10Decimal } from "../../decimal.js";
import { formatIssue } from "../../errors.js";
import { VERSION } from "../../version.js";
import type { Block } from "../html/blocks.js";
import { methodsText } from "../methods-text.js";
import { periodsOf } from "./cohort.js";
import type { ReportContext } from "./context.js";
import type { ReportProvenance } from "./types.js";

/** A share as a percentage with one decimal: "1.8 %". */
function share(part: number, whole: number): string {
  return whole === 0
    ? "0 %"
    : `${roundForDisplay(new P10Decimal(part).times(100).div(whole), 1, "half-even")} %`;
}

/**
 * The digests of a report: those given (e.g. a manifest), or else the framework's, the method's and the
 * canonical scores' computed here (no input file is then named).
 *
 * @param ctx - the report context.
 * @param given - digests from the caller, if any.
 * @returns the digests.
 * @throws P10Error `P10_CANONICAL_NUMBER` only for a corrupted framework or method document (as `documentDigest`).
 * @example
 * ```ts
 * reportProvenance(ctx).method.sha256.length; // 64
 * ```
 */
export function reportProvenance(ctx: ReportContext, given?: ReportProvenance): ReportProvenance {
  if (given !== undefined) return given;
  const { framework, method } = ctx.scoreSet;
  return {
    library: { name: "principle10", version: VERSION },
    framework: { id: framework.id, version: framework.version, sha256: documentDigest(framework.document) },
    method: { id: method.id, version: method.version, sha256: documentDigest(method) },
    inputs: [],
    output: { sha256: canonicalScoresSha256(ctx.scoreSet), units: ctx.scoreSet.units.length },
  };
}

function dataParagraph(ctx: ReportContext, provenance: ReportProvenance): string {
  const { scoreSet } = ctx;
  const entities = new Set(scoreSet.units.map((u) => u.entity)).size;
  const periods = periodsOf(scoreSet);
  const source = provenance.inputs.map((i) => i.name).join(", ") || "The data";
  const parts = scoreSet.indices.map((index, k) => {
    const counts = scoreSet.units.map((u) => u.indices[k]!.nodes[0]!.answers);
    const expected = counts.reduce((a, c) => a + c.expected, 0);
    const missing = counts.reduce((a, c) => a + c.missing, 0);
    const na = counts.reduce((a, c) => a + c.notApplicable, 0);
    const nulls = scoreSet.units.filter((u) => u.indices[k]!.nodes[0]!.score === null).length;
    return `of the ${expected} answers entering ${index.title}, ${missing} (${share(missing, expected)}) are missing and ${na} (${share(na, expected)}) not applicable${nulls > 0 ? `; ${nulls} units have no index score` : ""}`;
  });
  return `${source}: ${entities} entities in ${periods.length} period${periods.length === 1 ? "" : "s"} (${periods.join(", ")}), ${scoreSet.units.length} entity-period units; ${parts.join("; ")}.`;
}

function auditBlocks(provenance: ReportProvenance): Block[] {
  const rows: string[][] = [
    ["Framework", `${provenance.framework.id} ${provenance.framework.version}`, provenance.framework.sha256],
    ["Method", `${provenance.method.id} ${provenance.method.version}`, provenance.method.sha256],
    ...provenance.inputs.map((i) => ["Assessments", `${i.name} (${i.rows} rows)`, i.sha256]),
    ...(provenance.output === undefined
      ? []
      : [["Canonical scores", `${provenance.output.units} units`, provenance.output.sha256]]),
  ];
  const library =
    provenance.library === undefined
      ? ""
      : ` Scored by ${provenance.library.name} ${provenance.library.version}.`;
  return [
    {
      kind: "paragraph",
      text: `SHA-256 digests of everything the scores depend on and of the scores themselves, in their canonical form (principle10-scores/1, the file a manifest vouches for). Recompute them to check that this report matches its inputs.${library}`,
    },
    {
      kind: "table",
      caption: "Audit trail",
      columns: [{ label: "Item" }, { label: "Id, version or file" }, { label: "SHA-256" }],
      rows,
    },
  ];
}

/**
 * The methods section of the report.
 *
 * @param ctx - the report context.
 * @param given - digests from the caller (e.g. a manifest); computed when left out.
 * @returns the section block.
 * @throws P10Error `P10_METHOD_INVALID` never for a ScoreSet (its method was compiled when scoring).
 * @example
 * ```ts
 * methodsSection(ctx).heading; // "Methods"
 * ```
 */
export function methodsSection(
  ctx: ReportContext,
  given?: ReportProvenance,
): Extract<Block, { kind: "section" }> {
  const { scoreSet } = ctx;
  const text = methodsText(scoreSet.framework, scoreSet.method);
  const provenance = reportProvenance(ctx, given);
  const indexBlocks = text.indices.map(
    (index): Block => ({
      kind: "section",
      heading: `How ${index.title} is built`,
      blocks: [
        ...index.paragraphs.map((p): Block => ({ kind: "paragraph", text: p })),
        {
          kind: "table",
          caption: `${index.title}: aggregation and weights (every answer present)`,
          columns: [
            { label: "Node" },
            { label: "Combines", align: "right" },
            { label: "Aggregation" },
            { label: "Weight in parent", align: "right" },
            { label: "Weight in index", align: "right" },
          ],
          rows: index.weights.map((w) => [
            `${w.id} ${w.title}`,
            String(w.children),
            w.aggregation,
            w.weightInParent ?? "\u2013",
            w.weightInIndex ?? "\u2013",
          ]),
        },
      ],
    }),
  );
  const warnings = scoreSet.warnings.map((w) => formatIssue(w));
  return {
    kind: "section",
    id: "methods",
    heading: "Methods",
    blocks: [
      ...text.paragraphs.map((p): Block => ({ kind: "paragraph", text: p })),
      ...indexBlocks,
      {
        kind: "section",
        heading: "Missing data, coverage, rounding and ranks",
        blocks: text.rules.map((p): Block => ({ kind: "paragraph", text: p })),
      },
      {
        kind: "section",
        heading: "Data",
        blocks: [
          { kind: "paragraph", text: dataParagraph(ctx, provenance) },
          ...(warnings.length === 0 ? [] : [{ kind: "notes" as const, items: warnings }]),
        ],
      },
      { kind: "section", id: "audit", heading: "Audit trail", blocks: auditBlocks(provenance) },
    ],
  };
}
