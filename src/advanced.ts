/**
 * principle10/advanced: the building blocks under the pipeline, for tools built on principle10 — the
 * decimal type and its rounding, the document schemas, framework and method helpers, the compact dataset,
 * hashing and canonical JSON, verification details, assessor-agreement statistics, uncertainty designs and
 * rank statistics, and the tables behind the writers. Platform-free like `principle10`. Names here are
 * public too (listed in `api/advanced.api.md`), but change more often than the pipeline in `principle10`.
 */

// Exact decimals and rounding.
export {
  canonicalDecimal,
  type Dec,
  dec,
  P10Decimal,
  type RoundingRule,
  roundForDisplay,
} from "./decimal.js";
// Ordering, CSV cells and text tables.
export { compareCodePoints } from "./base/code-points.js";
export { csvCell, csvRow } from "./base/csv-cell.js";
export { type Align, renderMarkdownTable, renderTextTable, type TextTable } from "./base/text-table.js";
// Document schemas (zod/mini), for tools that validate or generate the documents themselves.
export { FrameworkSchema } from "./framework/schema.js";
export { MethodSchema } from "./method/schema.js";
export { CanonicalScoresSchema, canonicalScoreSet } from "./audit/canonical-scores.js";
export { ManifestOptionsSchema, ManifestSchema, MANIFEST_FORMAT } from "./audit/manifest.js";
export { CrosswalkSchema, crosswalkReach, FrameworkRefSchema } from "./compare/crosswalk.js";
export {
  AggregationChoiceSchema,
  ExclusionSchema,
  UncertaintySpecSchema,
  WeightPerturbationSchema,
} from "./uncertainty/spec.js";
// Frameworks and methods.
export { ancestorsOf, frameworkSummary, isIndicator } from "./framework/framework.js";
export { compileScale } from "./framework/scale.js";
export { scoringForm } from "./framework/scoring-form.js";
export { describeAggregation, type ZerosPolicy } from "./method/aggregation.js";
export { normaliseAnswers, type ValueTable } from "./method/normalisation.js";
export { bandOf } from "./method/presentation.js";
export { parseRatio, type Ratio, reachesRatio } from "./method/ratio.js";
export { type ChildWeights, childWeights } from "./method/weighting.js";
// The compact dataset.
export {
  ABSENT,
  type AnswerInput,
  type AnswerNote,
  answerAt,
  type BuildDatasetOptions,
  buildDataset,
  compareUnits,
  createDataset,
  MISSING,
  NOT_APPLICABLE,
} from "./assessment/dataset.js";
export type { AssessmentReadout } from "./assessment/reader.js";
// Hashing, canonical JSON, manifests and verification details.
export { type CanonicalValue, canonicalJson } from "./audit/canonical-json.js";
export { createSha256, type Sha256Hasher, sha256Hex } from "./audit/hash.js";
export { documentDigest, manifestText } from "./audit/create-manifest.js";
export { diffScores, type ScoreDifference, type UnitKey } from "./audit/score-diff.js";
export { type AnswerTrace, type TracedAnswer, traceAnswers } from "./audit/trace.js";
export { verificationIssues, verificationStatus } from "./audit/verification.js";
export { comparabilityIssues, methodHash, provenance } from "./compare/comparable.js";
// Ranks and group statistics.
export { rankScores } from "./compare/rank.js";
export { decimalStatistics } from "./compare/group-summary.js";
// Assessor agreement: cells, reliability data and the statistics.
export {
  answerText,
  type AssessmentCell,
  assessmentCells,
  type CellAnswer,
  type CellStatus,
  cellStatus,
  NO_ASSESSOR,
} from "./agreement/cells.js";
export { AGREEMENT_LEVELS } from "./agreement/from-records.js";
export { RECONCILED_ASSESSOR } from "./agreement/reconcile.js";
export {
  type AgreementOptions,
  type AgreementSummary,
  agreementByGroup,
  agreementSummary,
  type GroupAgreement,
} from "./agreement/summary.js";
export { type Coincidences, coincidences } from "./agreement/coincidence.js";
export { type CoderValue, type Disagreement, listDisagreements } from "./agreement/disagreements.js";
export {
  type EvidenceCoverage,
  type EvidenceTally,
  evidenceCoverage,
  type UnsourcedAnswer,
} from "./agreement/evidence.js";
export { formatStatistic } from "./agreement/format.js";
export {
  cohenKappa,
  type KappaOptions,
  type KappaResult,
  type KappaUndefinedReason,
  type KappaWeights,
} from "./agreement/kappa.js";
export {
  type AlphaOptions,
  type AlphaResult,
  type AlphaUndefinedReason,
  krippendorffAlpha,
} from "./agreement/krippendorff.js";
export { ALPHA_METRICS, type AlphaMetric, differenceMatrix } from "./agreement/metric.js";
export { type PercentAgreement, percentAgreement } from "./agreement/percent.js";
export {
  createReliabilityData,
  type ReliabilityData,
  type ReliabilityRecord,
  selectUnits,
  unitValues,
} from "./agreement/reliability-data.js";
// Uncertainty: random streams, designs, Sobol indices and rank statistics.
export { createRng, type Rng } from "./uncertainty/prng.js";
export { quantileSorted } from "./uncertainty/quantile.js";
export {
  meanAbsoluteRankShift,
  type RankMatrix,
  type RankStatisticsOptions,
  rankStatistics,
  UNRANKED,
} from "./uncertainty/rank-stats.js";
export { MAX_DESIGN_CELLS, monteCarloDesign } from "./uncertainty/sampling.js";
export { type SobolOptions, sobolDesign, sobolIndices, sobolRowCount } from "./uncertainty/sobol.js";
export { DEFAULT_RUNS, DEFAULT_SEED, RANK_GRID } from "./uncertainty/monte-carlo.js";
// The tables and headers behind the writers.
export { COVERAGE_PLACES, SCORE_CSV_HEADER, scoreTable } from "./report/score-writers.js";
export { CHANGE_CSV_HEADER, changeTable, formatChange, writeChangeTables } from "./report/change-writers.js";
export {
  groupSummaryTable,
  writeGroupedScoresCsv,
  writeGroupedScoresJson,
  writeGroupedScoresTables,
  writeGroupSummaries,
} from "./report/group-writers.js";
export { UNCERTAINTY_CSV_HEADER, UNCERTAINTY_PLACES, writeUncertaintyTables } from "./uncertainty/writers.js";
