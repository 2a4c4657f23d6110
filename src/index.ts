/**
 * principle10: exact, reproducible, auditable scoring of environmental democracy (Rio Principle 10).
 * This entry is platform-free: it runs in Node and in browsers. File access lives in `principle10/node`.
 */
export {
  canonicalDecimal,
  type Dec,
  dec,
  P10Decimal,
  type RoundingRule,
  roundForDisplay,
} from "./decimal.js";
export { findForbiddenKeys, jsonPath, type SchemaIssueCodes, schemaIssues } from "./document.js";
export { formatIssue, type IssueLocation, isP10Error, P10Error, type P10Issue } from "./errors.js";
export {
  ancestorsOf,
  type Framework,
  type FrameworkIndicator,
  type FrameworkNode,
  frameworkSummary,
  isIndicator,
} from "./framework/framework.js";
export { parseFramework } from "./framework/parse.js";
export { type BundledFramework, DEFAULT_FRAMEWORK_ID, frameworks } from "./framework/registry.js";
export { compileScale, type Scale, type ScaleAnswer } from "./framework/scale.js";
export {
  FrameworkSchema,
  type FrameworkDocument,
  type FrameworkInput,
  type IndicatorDefinition,
  type NodeDefinition,
  type NodeLevel,
  type References,
  type ScaleDefinition,
  type ScaleLevelDefinition,
} from "./framework/schema.js";
// Audit trail: canonical JSON and scores, hashing, manifests, verification, answer traces.
export { type CanonicalValue, canonicalJson } from "./audit/canonical-json.js";
export {
  CANONICAL_SCORES_FORMAT,
  type CanonicalAnswer,
  type CanonicalIndicator,
  type CanonicalNode,
  type CanonicalScores,
  CanonicalScoresSchema,
  type CanonicalUnit,
  canonicalScoreSet,
  canonicalScores,
} from "./audit/canonical-scores.js";
export {
  createManifest,
  documentDigest,
  type ManifestInput,
  type ManifestRecord,
  manifestOptions,
  manifestText,
  readOptionsOf,
} from "./audit/create-manifest.js";
export { createSha256, type Sha256Hasher, sha256Hex } from "./audit/hash.js";
export {
  MANIFEST_FORMAT,
  type Manifest,
  type ManifestOptions,
  ManifestOptionsSchema,
  ManifestSchema,
  type ManifestSource,
  parseManifest,
} from "./audit/manifest.js";
export { diffScores, type ScoreDifference, type UnitKey } from "./audit/score-diff.js";
export { type AnswerTrace, type TracedAnswer, traceAnswers } from "./audit/trace.js";
export {
  assertVerified,
  type DigestCheck,
  type LocatedDifference,
  type RunObservation,
  type Verification,
  type VerificationStatus,
  type VerifyPolicy,
  verificationIssues,
  verificationStatus,
  verificationSummary,
  verifyRun,
} from "./audit/verification.js";
export { VERSION } from "./version.js";
// Assessments: reading, validating and writing assessment CSV files; the compact dataset.
export { closestMatch, levenshtein } from "./assessment/closest.js";
export {
  type CsvProblem,
  type CsvRecordHandler,
  CsvTokenizer,
  detectDelimiter,
  firstRecordEnd,
} from "./assessment/csv-tokenizer.js";
export {
  type CellCombination,
  type CombinedAnswer,
  type CombinedValue,
  CombinedSlots,
  type CombineRule,
  combinedCode,
  combineFractions,
} from "./assessment/combine.js";
export {
  ABSENT,
  type AnswerInput,
  type AnswerNote,
  answerAt,
  type BuildDatasetOptions,
  buildDataset,
  compareUnits,
  createDataset,
  type Dataset,
  type DatasetUnit,
  MISSING,
  NOT_APPLICABLE,
} from "./assessment/dataset.js";
export {
  type AssessmentFormat,
  type HeaderLayout,
  type HeaderOptions,
  readHeader,
} from "./assessment/header.js";
export {
  type AssessmentInput,
  type AssessmentValidation,
  type ParsedAssessments,
  parseAssessments,
  parseAssessmentsAsync,
  validateAssessments,
  validateAssessmentsAsync,
} from "./assessment/parse.js";
export {
  type AssessmentAccounting,
  type AssessmentReadOptions,
  type AssessmentReadout,
  AssessmentReader,
} from "./assessment/reader.js";
export { type AssessmentRecords, NO_ID, RecordCollector } from "./assessment/records.js";
export { type AssessmentSummary, type PillarCoverage, summarizeAssessments } from "./assessment/summary.js";
export { type WriteAssessmentsOptions, writeAssessmentsCsv } from "./assessment/write.js";
export { assessmentTemplate, type TemplateOptions } from "./assessment/template.js";
export { compareCodePoints } from "./base/code-points.js";
export { csvCell, csvRow } from "./base/csv-cell.js";
export {
  type AgreementOptions,
  type AgreementSummary,
  agreementByGroup,
  agreementSummary,
  type GroupAgreement,
} from "./agreement/summary.js";
export { type Coincidences, coincidences } from "./agreement/coincidence.js";
export { type CoderValue, type Disagreement, listDisagreements } from "./agreement/disagreements.js";
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
export {
  createRng,
  createRngFromState,
  fnv1a32,
  MAX_STREAM_ID,
  type Rng,
} from "./uncertainty/prng.js";
export { quantileSorted } from "./uncertainty/quantile.js";
export {
  competitionRanksFloat,
  meanAbsoluteRankShift,
  type RankMatrix,
  type RankStatistics,
  type RankStatisticsOptions,
  rankStatistics,
  UNRANKED,
  type UnitRankStatistics,
} from "./uncertainty/rank-stats.js";
export {
  MAX_DESIGN_CELLS,
  monteCarloDesign,
  uniformToChoice,
  uniformToRange,
} from "./uncertainty/sampling.js";
export {
  type ConfidenceInterval,
  type SobolIndices,
  type SobolOptions,
  sobolDesign,
  sobolIndices,
  sobolRowCount,
} from "./uncertainty/sobol.js";
// Uncertainty analysis: the spec, the float fast path, the Monte Carlo runs and their writers.
export {
  type AggregationChoice,
  AggregationChoiceSchema,
  type Exclusion,
  ExclusionSchema,
  parseUncertaintySpec,
  type UncertaintySpec,
  type UncertaintySpecInput,
  UncertaintySpecSchema,
  type WeightPerturbation,
  WeightPerturbationSchema,
} from "./uncertainty/spec.js";
export {
  aggregationPower,
  compileFastModel,
  FAST_AGGREGATION,
  FAST_ZEROS,
  type FastIndex,
  type FastModel,
  FastScorer,
  nominalRunState,
  normalisationTable,
  type RunState,
  resetRunState,
} from "./uncertainty/fast-scorer.js";
export {
  describeNormalisation,
  type InputPlan,
  planUncertainInputs,
  RunConfigurator,
  type UncertainInput,
} from "./uncertainty/inputs.js";
export {
  DEFAULT_RUNS,
  DEFAULT_SEED,
  type NodeUncertainty,
  RANK_GRID,
  runUncertainty,
  type UncertaintyOptions,
  type UncertaintyResult,
} from "./uncertainty/monte-carlo.js";
export {
  fixedDecimal,
  UNCERTAINTY_CSV_HEADER,
  UNCERTAINTY_PLACES,
  writeUncertaintyCsv,
  writeUncertaintyJson,
  writeUncertaintyTables,
} from "./uncertainty/writers.js";
// Methods and scoring: methods as data, the exact scoring engine, explanations and ranks.
export {
  type AggregationFailure,
  aggregate,
  describeAggregation,
  isLinearAggregation,
  type ZerosPolicy,
} from "./method/aggregation.js";
export {
  addFractions,
  compareFractions,
  decimalFraction,
  divideFractions,
  FRACTION_ONE,
  FRACTION_ZERO,
  type Fraction,
  formatFraction,
  fraction,
  fractionToDec,
  gcd,
  multiplyFractions,
  parseFraction,
  subtractFractions,
} from "./base/fraction.js";
export { goalpostIssues, normaliseAnswers, type ValueTable } from "./method/normalisation.js";
export { failMethod, methodIssues, needsZerosRule, parseMethod } from "./method/parse.js";
export { bandOf, displayScore } from "./method/presentation.js";
export { parseRatio, type Ratio, reachesRatio } from "./method/ratio.js";
export { type BundledMethod, methods } from "./method/registry.js";
export {
  type AggregatingLevel,
  type AggregationSettings,
  type AggregationSpec,
  type Band,
  type GapSpec,
  type IndexSpec,
  type Method,
  type MethodInput,
  MethodSchema,
  type MissingPolicy,
  type NormalisationSpec,
  type Presentation,
  type WeightingSpec,
  type ZerosRule,
} from "./method/schema.js";
export { type ChildWeights, childWeights } from "./method/weighting.js";
export { type ScoreOptions, score } from "./score/engine.js";
export {
  type ExplainedAnswer,
  type Explanation,
  type ExplanationNode,
  explain,
} from "./score/explain.js";
export { formatExplanation } from "./score/explain-format.js";
export { compilePlan, type IndexPlan, type PlanNode, type ScoringPlan } from "./score/plan.js";
export type {
  AnswerCounts,
  AnswerRecord,
  GapDescriptor,
  GapScores,
  IndexChild,
  IndexDescriptor,
  IndexIndicatorDescriptor,
  IndexNodeDescriptor,
  IndexScores,
  IndicatorScore,
  NodeScore,
  NullReason,
  ScoreSet,
  UnitScores,
} from "./score/types.js";
export {
  type NodeRanks,
  type RankOptions,
  type RankSet,
  rank,
  rankScores,
  type TieRule,
} from "./compare/rank.js";
export {
  type ApplyCrosswalkOptions,
  applyCrosswalk,
  type Crosswalk,
  type CrosswalkFileOption,
  type CrosswalkReach,
  CrosswalkSchema,
  crosswalkIssues,
  crosswalkReach,
  crosswalkRecords,
  FrameworkRefSchema,
  parseCrosswalk,
} from "./compare/crosswalk.js";
export { nodeNamer, type ScoreRow, scoreRows } from "./report/score-rows.js";
export {
  COVERAGE_PLACES,
  SCORE_CSV_HEADER,
  type ScoreOutputOptions,
  type ScoresJsonOptions,
  scoreOutputChunks,
  scoreTable,
  writeScoresCsv,
  writeScoresJson,
  writeScoresTables,
} from "./report/score-writers.js";
export { type Align, renderMarkdownTable, renderTextTable, type TextTable } from "./base/text-table.js";
// Assessor agreement of double-scored files: cells by assessor, statistics per level, evidence, reconciliation.
export {
  answerText,
  type AssessmentCell,
  assessmentCells,
  type CellAnswer,
  type CellStatus,
  cellStatus,
  NO_ASSESSOR,
} from "./agreement/cells.js";
export {
  AGREEMENT_LEVELS,
  type AgreementLevel,
  type AssessorAgreement,
  type AssessorAgreementOptions,
  assessorAgreement,
  type CellDisagreement,
  cellReliabilityRecords,
  type GroupStatistics,
  metricForIndicators,
} from "./agreement/from-records.js";
export {
  type EvidenceCoverage,
  type EvidenceTally,
  evidenceCoverage,
  type UnsourcedAnswer,
} from "./agreement/evidence.js";
export { RECONCILED_ASSESSOR, type Reconciliation, reconcileAssessments } from "./agreement/reconcile.js";
export {
  type AgreementReportFormat,
  type AgreementReportInput,
  agreementReport,
} from "./agreement/report.js";
// Comparable results: entity attributes, group ranks and summaries, the comparability guard, change over
// time, strengths and weaknesses, and their writers.
export {
  type EntitiesReadOptions,
  type EntitiesValidation,
  type EntityRecord,
  type EntityTable,
  entityColumn,
  parseEntities,
  validateEntities,
} from "./assessment/entities.js";
export {
  assertComparable,
  type ComparableOptions,
  comparabilityIssues,
  type CrosswalkBridge,
  methodHash,
  type Provenance,
  provenance,
} from "./compare/comparable.js";
export {
  type ChangeFlag,
  type ChangeOptions,
  type ChangeReport,
  type ChangeRow,
  type ChangeSide,
  changeReport,
  type PeriodSlice,
} from "./compare/change.js";
export { compareScoreFiles, type ScoreFilesOptions } from "./compare/score-files.js";
export {
  type EntityGroups,
  entityGroups,
  entityIssues,
  requireListedEntities,
} from "./compare/entity-join.js";
export {
  type DecimalStatistics,
  decimalStatistics,
  type GroupSummary,
  type GroupSummaryOptions,
  groupSummaries,
} from "./compare/group-summary.js";
export {
  type CohortComparison,
  type StrengthsAndWeaknesses,
  type StrengthsOptions,
  strengthsAndWeaknesses,
} from "./compare/strengths.js";
export {
  CHANGE_CSV_HEADER,
  changeTable,
  formatChange,
  writeChangeCsv,
  writeChangeJson,
  writeChangeTables,
} from "./report/change-writers.js";
export {
  GROUP_CSV_COLUMNS,
  groupSummaryTable,
  withGroupColumns,
  writeGroupedScoresCsv,
  writeGroupedScoresJson,
  writeGroupedScoresTables,
  writeGroupSummaries,
} from "./report/group-writers.js";
export { type BundledDocuments, bundledDocuments } from "./bundled.js";
// Statistical coherence: correlations, alpha, PCA, effective weights, remove-one rank shifts.
export {
  analyseCoherence,
  type CoherenceOptions,
  type CoherenceReport,
  type IndexCoherence,
} from "./coherence/analyse.js";
