/**
 * The `--format json` outputs of `p10 validate`, `p10 explain` and `p10 verify`: plain data in the shapes
 * of `schemas.ts`, written as canonical JSON (sorted keys; exact decimals as strings), so the same run
 * prints the same bytes.
 */
import type { AssessmentValidation } from "../../assessment/parse.js";
import { summarizeAssessments } from "../../assessment/summary.js";
import { canonicalJson, type CanonicalValue } from "../../audit/canonical-json.js";
import { type Verification, verificationIssues, verificationStatus } from "../../audit/verification.js";
import { canonicalDecimal, type Dec } from "../../decimal.js";
import type { P10Issue } from "../../errors.js";
import type { Framework } from "../../framework/framework.js";
import type { Explanation, ExplanationNode } from "../../score/explain.js";

const decimalOrNull = (x: Dec | null): string | null => (x === null ? null : canonicalDecimal(x));

function issueJson(i: P10Issue): CanonicalValue {
  return {
    severity: i.severity,
    code: i.code,
    message: i.message,
    file: i.file,
    line: i.line,
    column: i.column,
    path: i.path,
  };
}

/**
 * `p10 validate --format json`.
 * @param file - the input's name as shown.
 * @param framework - the framework checked against.
 * @param result - the validation.
 * @returns canonical JSON and a line break.
 */
export function validateJson(file: string, framework: Framework, result: AssessmentValidation): string {
  const s = summarizeAssessments(result.records, framework);
  const warnings = result.issues.filter((i) => i.severity === "warning").length;
  return `${canonicalJson({
    format: "p10-validate/1",
    file,
    framework: { id: framework.id, version: framework.version },
    valid: result.errorCount === 0,
    errors: result.errorCount,
    warnings,
    layout: result.format ?? null,
    delimiter: result.delimiter,
    rows: { ...result.accounting },
    entities: s.entities,
    periods: [...s.periods],
    units: s.units,
    answers: {
      total: s.answers,
      cells: s.cells,
      levels: s.levels,
      notApplicable: s.notApplicable,
      missing: s.missing,
    },
    assessors: [...s.assessors],
    coverage: s.coverage.map((c) => ({
      pillar: c.pillar,
      title: c.title,
      answered: c.answered,
      expected: c.expected,
    })),
    issues: result.issues.map(issueJson),
    omittedIssues: result.omittedIssues,
  })}\n`;
}

/**
 * `p10 explain --format json`.
 * @param e - the explanation.
 * @returns canonical JSON and a line break.
 */
export function explainJson(e: Explanation): string {
  return `${canonicalJson({
    format: "p10-explain/1",
    entity: e.entity,
    entityName: e.entityName,
    period: e.period,
    file: e.file,
    framework: { ...e.framework },
    method: { ...e.method },
    indices: e.indices.map((i) => ({ id: i.id, title: i.title, root: nodeJson(i.root) })),
    gaps: e.gaps.map((g) => ({
      id: g.id,
      title: g.title,
      minuend: g.minuend,
      subtrahend: g.subtrahend,
      nodes: g.nodes.map((n) => ({ id: n.id, value: decimalOrNull(n.value) })),
    })),
    unscored: e.unscored.map(nodeJson),
  })}\n`;
}

/** One node of the tree; the depth is the framework's (a handful of levels), never the data's. */
function nodeJson(n: ExplanationNode): CanonicalValue {
  const a = n.answer;
  return {
    id: n.id,
    title: n.title,
    level: n.level,
    score: decimalOrNull(n.score),
    reason: n.reason === null ? null : { code: n.reason.code, message: n.reason.message },
    band: n.band,
    aggregation: n.aggregation === null ? null : { ...n.aggregation },
    coverage: decimalOrNull(n.coverage),
    answers: n.answers === null ? null : { ...n.answers },
    exact: n.exact,
    weight: decimalOrNull(n.weight),
    effectiveWeight: decimalOrNull(n.effectiveWeight),
    contribution: decimalOrNull(n.contribution),
    exactEffectiveWeight: n.exactEffectiveWeight,
    exactContribution: n.exactContribution,
    answer:
      a === null
        ? null
        : {
            status: a.status,
            code: a.code,
            label: a.label,
            line: a.line,
            assessor: a.note?.assessor ?? null,
            source: a.note?.source ?? null,
            comment: a.note?.comment ?? null,
            combined:
              a.combined === null
                ? null
                : { rule: a.combined.rule, answers: a.combined.answers.map((x) => ({ ...x })) },
          },
    children: n.children.map(nodeJson),
  };
}

/**
 * `p10 verify --format json`.
 * @param v - the verification.
 * @param allowInputChanges - the policy of `--allow-input-changes`.
 * @returns the document (canonical JSON and a line break) and its `verified` field, which decides the exit
 *   code (so the code and the document cannot disagree).
 */
export function verifyJson(v: Verification, allowInputChanges: boolean): { text: string; verified: boolean } {
  const issues = verificationIssues(v, { allowInputChanges });
  const verified = !issues.some((i) => i.severity === "error");
  const text = `${canonicalJson({
    format: "p10-verify/1",
    status: verificationStatus(v),
    verified,
    library: { ...v.library },
    framework: { ...v.framework },
    method: { ...v.method },
    inputs: v.inputs.map((i) => ({ ...i, rows: { ...i.rows } })),
    scoresFile: { ...v.scoresFile },
    output: { ...v.output },
    units: { ...v.units },
    differences: v.differences.map((x) => ({ ...x }) as CanonicalValue),
    issues: issues.map(issueJson),
  })}\n`;
  return { text, verified };
}
