/**
 * Law–practice gaps on indicator pairs: each practice indicator names the legal indicators it tests
 * (`tests` in the framework), so a gap of the method (law index − practice index) can be read indicator by
 * indicator, not only on whole groups: the mean of the tested legal indicators' values minus the practice
 * indicator's value, both as the method normalised them. Read from a ScoreSet; nothing is scored again.
 */
import {
  addFractions,
  decimalFraction,
  divideFractions,
  type Fraction,
  fraction,
  fractionToDec,
  subtractFractions,
} from "../base/fraction.js";
import type { Dec } from "../decimal.js";
import { P10Error } from "../errors.js";
import type { IndexScores, ScoreSet } from "./types.js";

/** One practice indicator's pair for one unit. */
export interface PairGap {
  /** The practice indicator. */
  readonly indicator: string;
  /** The legal indicators it tests. */
  readonly tests: readonly string[];
  /** Mean of the tested legal indicators' values that have one; `null` when none has. */
  readonly law: Dec | null;
  /** The practice indicator's value; `null` when missing or not applicable. */
  readonly practice: Dec | null;
  /** `law − practice`; `null` when either is null. */
  readonly gap: Dec | null;
}

/**
 * The pair gaps of every unit under one of the method's gaps.
 *
 * @param scoreSet - the scores.
 * @param gapId - the method's gap (default: its first).
 * @returns per unit (in `scoreSet.units` order), one entry per practice indicator that names its tests.
 * @throws P10Error `P10_UNKNOWN_GAP` when the method has no such gap (or none at all).
 */
export function pairGaps(
  scoreSet: ScoreSet,
  gapId?: string,
): { entity: string; period: string; pairs: PairGap[] }[] {
  const gap = gapId === undefined ? scoreSet.gaps[0] : scoreSet.gaps.find((g) => g.id === gapId);
  if (gap === undefined) {
    throw new P10Error(
      "P10_UNKNOWN_GAP",
      gapId === undefined
        ? `method ${scoreSet.method.id} defines no gap`
        : `method ${scoreSet.method.id} has no gap "${gapId}" (gaps: ${scoreSet.gaps.map((g) => g.id).join(", ")})`,
    );
  }
  const km = scoreSet.indices.findIndex((x) => x.id === gap.minuend);
  const ks = scoreSet.indices.findIndex((x) => x.id === gap.subtrahend);
  const position = (k: number) => new Map(scoreSet.indices[k]!.indicators.map((d) => [d.id, d.pos]));
  const [lawPos, practicePos] = [position(km), position(ks)];
  const pairs = scoreSet.framework.indicators.filter(
    (i) => i.definition.tests !== undefined && practicePos.has(i.id),
  );
  const value = (scores: IndexScores, pos: number | undefined): Dec | null =>
    pos === undefined ? null : (scores.indicators[pos]?.value ?? null);
  return scoreSet.units.map((unit) => ({
    entity: unit.entity,
    period: unit.period,
    pairs: pairs.map((i): PairGap => {
      const tests = i.definition.tests ?? [];
      const values: Fraction[] = [];
      for (const id of tests) {
        const v = value(unit.indices[km]!, lawPos.get(id));
        if (v !== null) values.push(decimalFraction(v));
      }
      const law =
        values.length === 0
          ? null
          : divideFractions(values.reduce(addFractions), fraction(BigInt(values.length)));
      const practiceValue = value(unit.indices[ks]!, practicePos.get(i.id));
      const practice = practiceValue === null ? null : decimalFraction(practiceValue);
      return {
        indicator: i.id,
        tests,
        law: law === null ? null : fractionToDec(law),
        practice: practiceValue,
        gap: law === null || practice === null ? null : fractionToDec(subtractFractions(law, practice)),
      };
    }),
  }));
}
