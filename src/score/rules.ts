/**
 * The framework's applicability and evidence rules, applied by the engine before anything is normalised:
 * an indicator made not applicable by another indicator's answer is removed from that unit's denominators,
 * exactly as if it had been answered "not applicable"; an answer that needs evidence and names too few
 * sources is flagged, and under the method's evidence rule `missing` counted as missing. Each firing is
 * recorded so that `explain` can say which rule fired and why. The deciding answer is the one given (a
 * missing answer never decides: unknown is not no).
 */
import { issueLocation } from "../base/issue-location.js";
import { type Dataset, MISSING, NOT_APPLICABLE } from "../assessment/dataset.js";
import type { P10Issue } from "../errors.js";
import type { Framework } from "../framework/framework.js";

/** The method's treatment of answers lacking the evidence their level needs. */
export type EvidencePolicy = "flag" | "missing";

/** A rule that fired for one cell (see `ScoreSet.rulings`). */
export type Ruling =
  | {
      readonly kind: "not-applicable";
      /** The indicator whose answer decided, and that answer's code. */
      readonly decidedBy: string;
      readonly answer: string;
      /** The deciding answer's line, or `null`. */
      readonly line: number | null;
      /** The answer this indicator was given (`null` when none), before the rule. */
      readonly given: string | null;
      readonly why: string | null;
    }
  | {
      readonly kind: "evidence";
      /** The level answered, which needs evidence. */
      readonly answer: string;
      readonly minSources: number;
      /** How many sources the answer (or its counted cases) named. */
      readonly sources: number;
      /** `flagged`: kept and reported; `missing`: counted as missing (method evidence `missing`). */
      readonly outcome: "flagged" | "missing";
      readonly why: string | null;
    };

/** What {@link applyRules} returns. */
export interface RulesOutcome {
  /** The dataset to score: the input itself when no rule fired. */
  readonly dataset: Dataset;
  /** Every firing, by cell index. */
  readonly rulings: ReadonlyMap<number, Ruling>;
  /** One warning per evidence firing. */
  readonly warnings: readonly P10Issue[];
}

/** The sources of a cell: its row's `|`-separated source cell, and the sources of its counted cases. */
function sourcesOf(dataset: Dataset, cell: number): number {
  const seen = new Set<string>();
  for (const s of (dataset.notes.get(cell)?.source ?? "").split("|")) if (s.trim() !== "") seen.add(s.trim());
  for (const c of dataset.cases?.get(cell)?.cases ?? []) {
    if (c.status === "counted") for (const s of c.sources) seen.add(s);
  }
  return seen.size;
}

/**
 * Applies the applicability and evidence rules of a framework to a dataset.
 *
 * @param framework - the framework (its indicators' `notApplicableWhen` and `evidence`).
 * @param dataset - the answers.
 * @param policy - what an answer lacking evidence counts as.
 * @returns the dataset to score, the rulings and the warnings.
 */
export function applyRules(framework: Framework, dataset: Dataset, policy: EvidencePolicy): RulesOutcome {
  const ruled = framework.indicators.filter(
    (i) => i.definition.notApplicableWhen !== undefined || i.definition.evidence !== undefined,
  );
  if (ruled.length === 0) return { dataset, rulings: new Map(), warnings: [] };
  const width = framework.indicators.length;
  const answers = Int16Array.from(dataset.answers);
  const rulings = new Map<number, Ruling>();
  const warnings: P10Issue[] = [];
  const codeOf = (ordinal: number, code: number): string | null =>
    code === NOT_APPLICABLE
      ? "not applicable"
      : code === MISSING
        ? "missing"
        : code < 0
          ? null
          : (framework.indicators[ordinal]!.scale.levels[code]?.code ??
            dataset.combinedValues?.[ordinal]?.[code - framework.indicators[ordinal]!.scale.levels.length]
              ?.code ??
            null);
  for (let u = 0; u < dataset.units.length; u++) {
    const base = u * width;
    for (const indicator of ruled) {
      const cell = base + indicator.ordinal;
      const def = indicator.definition;
      let applicable = true;
      for (const rule of def.notApplicableWhen ?? []) {
        const other = framework.indicatorById.get(rule.indicator)!;
        const code = dataset.answers[base + other.ordinal]!;
        const level = code >= 0 ? other.scale.levels[code] : undefined;
        if (level === undefined || !rule.answers.includes(level.code)) continue;
        const line = dataset.lines[base + other.ordinal]!;
        rulings.set(cell, {
          kind: "not-applicable",
          decidedBy: other.id,
          answer: level.code,
          line: line > 0 ? line : null,
          given: codeOf(indicator.ordinal, dataset.answers[cell]!),
          why: rule.why ?? null,
        });
        answers[cell] = NOT_APPLICABLE;
        applicable = false;
        break;
      }
      const evidence = def.evidence;
      const code = answers[cell]!;
      if (!applicable || evidence === undefined || code < 0) continue;
      const level = indicator.scale.levels[code];
      if (level === undefined || !evidence.levels.includes(level.code)) continue;
      const sources = sourcesOf(dataset, cell);
      if (sources >= evidence.minSources) continue;
      const outcome = policy === "missing" ? "missing" : "flagged";
      rulings.set(cell, {
        kind: "evidence",
        answer: level.code,
        minSources: evidence.minSources,
        sources,
        outcome,
        why: evidence.why ?? null,
      });
      if (outcome === "missing") answers[cell] = MISSING;
      const line = dataset.lines[cell]!;
      const unit = dataset.units[u]!;
      warnings.push({
        code: "P10_EVIDENCE_MISSING",
        severity: "warning",
        message:
          `${unit.entity} ${unit.period} ${indicator.id}: "${level.code}" needs at least ${evidence.minSources} source${evidence.minSources === 1 ? "" : "s"}, ` +
          `${sources} given; ${outcome === "missing" ? "counted as missing" : "kept (flagged)"}`,
        ...issueLocation(dataset.file, line),
      });
    }
  }
  if (rulings.size === 0) return { dataset, rulings, warnings };
  return { dataset: { ...dataset, answers }, rulings, warnings };
}
