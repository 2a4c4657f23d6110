/**
 * principle10: exact, reproducible, auditable scoring of environmental democracy (Rio Principle 10).
 * This entry is platform-free: it runs in Node and in browsers. File access lives in `principle10/node`,
 * the HTML report in `principle10/report`, and the building blocks (decimals, schemas, statistics, tables)
 * in `principle10/advanced`.
 *
 * The surface, in pipeline order: errors, registries, read and validate, score, rank, query and move
 * results, compare, manifest and verify, uncertainty, agreement, writers. Every name here is a semver
 * promise; `api/*.api.md` lists them and a test fails when that report is stale.
 */

// Errors: one error type with a stable, typed code.
export { ERROR_CATALOGUE, type ErrorCodeInfo, type P10ErrorCode } from "./error-codes.js";
export { formatIssue, type IssueLocation, isP10Error, P10Error, type P10Issue } from "./errors.js";

// Registries: the bundled frameworks and methods, and the version.
export { type BundledFramework, DEFAULT_FRAMEWORK_ID, frameworks } from "./framework/registry.js";
export { type BundledMethod, methods } from "./method/registry.js";
export { VERSION } from "./version.js";

// Read and validate: frameworks, methods, assessments, entity attributes, crosswalks.
export type {
  Framework,
  FrameworkIndicator,
  FrameworkNode,
} from "./framework/framework.js";
export { parseFramework } from "./framework/parse.js";
export type { Scale, ScaleAnswer } from "./framework/scale.js";
export type {
  FrameworkDocument,
  FrameworkInput,
  IndicatorDefinition,
  NodeDefinition,
  NodeLevel,
  References,
  ScaleDefinition,
  ScaleLevelDefinition,
} from "./framework/schema.js";
export { parseMethod } from "./method/parse.js";
export type {
  AggregatingLevel,
  AggregationSettings,
  AggregationSpec,
  Band,
  GapSpec,
  IndexSpec,
  Method,
  MethodInput,
  MissingPolicy,
  NormalisationSpec,
  Presentation,
  WeightingSpec,
  ZerosRule,
} from "./method/schema.js";
export type { Dataset, DatasetUnit } from "./assessment/dataset.js";
export type { AssessmentFormat, HeaderLayout, HeaderOptions } from "./assessment/header.js";
export {
  type AssessmentInput,
  type AssessmentValidation,
  type ParsedAssessments,
  parseAssessments,
  parseAssessmentsAsync,
  validateAssessments,
  validateAssessmentsAsync,
} from "./assessment/parse.js";
export type { AssessmentAccounting, AssessmentReadOptions } from "./assessment/reader.js";
export { type AssessmentSummary, type PillarCoverage, summarizeAssessments } from "./assessment/summary.js";
export { assessmentTemplate, type TemplateOptions } from "./assessment/template.js";
export {
  type EntitiesReadOptions,
  type EntitiesValidation,
  type EntityRecord,
  type EntityTable,
  parseEntities,
  validateEntities,
} from "./assessment/entities.js";
// Practice through cases (The Access Initiative's method): the case register and its template.
export type { CaseAnswer, CaseUse, CellCases } from "./assessment/case-answer.js";
export {
  type CaseRecord,
  type CaseRegister,
  type CaseRegisterValidation,
  validateCaseRegister,
} from "./assessment/case-register.js";
export { type CaseTemplate, caseTemplate } from "./assessment/case-template.js";
export {
  type ApplyCrosswalkOptions,
  applyCrosswalk,
  type Crosswalk,
  type CrosswalkFileOption,
  type CrosswalkReach,
  parseCrosswalk,
} from "./compare/crosswalk.js";

// Score: the exact engine, explanations, display values and flat rows.
export { type ScoreOptions, score } from "./score/engine.js";
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
export { type ExplainedAnswer, type Explanation, type ExplanationNode, explain } from "./score/explain.js";
export { formatExplanation } from "./score/explain-format.js";
export { displayScore } from "./method/presentation.js";
export { type ScoreRow, scoreRows } from "./report/score-rows.js";

// Rank.
export { type NodeRanks, type RankOptions, type RankSet, rank, type TieRule } from "./compare/rank.js";

// Query and move results: look up by entity, period and node; a plain JSON-safe form and back.
export { findScore, type ScoreQuery } from "./results/lookup.js";
export {
  type PlainIndicatorScore,
  type PlainNodeScore,
  type PlainScores,
  type PlainUnitScores,
  type RestoredIndicatorScore,
  type RestoredNodeScore,
  type RestoredScores,
  type RestoredUnitScores,
  restoreScores,
  toPlainScores,
} from "./results/plain.js";

// Compare: the comparability guard, change over time, groups, strengths and weaknesses.
export {
  assertComparable,
  type ComparableOptions,
  type CrosswalkBridge,
  type Provenance,
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
export { type EntityGroups, entityGroups } from "./compare/entity-join.js";
export {
  type DecimalStatistics,
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

// Manifest and verify: the audit trail.
export {
  CANONICAL_SCORES_FORMAT,
  type CanonicalAnswer,
  type CanonicalIndicator,
  type CanonicalNode,
  type CanonicalScores,
  type CanonicalUnit,
  canonicalScores,
} from "./audit/canonical-scores.js";
export { createManifest, type ManifestInput, type ManifestRecord } from "./audit/create-manifest.js";
export { type Manifest, type ManifestOptions, type ManifestSource, parseManifest } from "./audit/manifest.js";
export {
  assertVerified,
  type DigestCheck,
  type LocatedDifference,
  type RunObservation,
  type Verification,
  type VerificationStatus,
  type VerifyPolicy,
  verificationSummary,
  verifyRun,
} from "./audit/verification.js";

// Uncertainty: the spec and the Monte Carlo runs.
export {
  type AggregationChoice,
  type Exclusion,
  parseUncertaintySpec,
  type UncertaintySpec,
  type UncertaintySpecInput,
  type WeightPerturbation,
} from "./uncertainty/spec.js";
export {
  type NodeUncertainty,
  runUncertainty,
  type UncertaintyOptions,
  type UncertaintyResult,
} from "./uncertainty/monte-carlo.js";
export type { RankStatistics, UnitRankStatistics } from "./uncertainty/rank-stats.js";
export type { ConfidenceInterval, SobolIndices } from "./uncertainty/sobol.js";

// Coherence: correlations, Cronbach's alpha, PCA, effective weights, remove-one rank shifts.
export {
  analyseCoherence,
  type CoherenceOptions,
  type CoherenceReport,
  type IndexCoherence,
} from "./coherence/analyse.js";

// Agreement between assessors of double-scored files.
export {
  type AgreementLevel,
  type AssessorAgreement,
  type AssessorAgreementOptions,
  assessorAgreement,
  type CellDisagreement,
  type GroupStatistics,
} from "./agreement/from-records.js";
export { type Reconciliation, reconcileAssessments } from "./agreement/reconcile.js";
export {
  type AgreementReportFormat,
  type AgreementReportInput,
  agreementReport,
} from "./agreement/report.js";

// Writers: each returns the text of a file (CSV, JSON or text tables); `principle10/node` writes files.
export { type WriteAssessmentsOptions, writeAssessmentsCsv } from "./assessment/write.js";
export {
  type ScoreOutputOptions,
  type ScoresJsonOptions,
  scoreOutputChunks,
  writeScoresCsv,
  writeScoresJson,
  writeScoresTables,
} from "./report/score-writers.js";
export { writeChangeCsv, writeChangeJson } from "./report/change-writers.js";
export { writeUncertaintyCsv, writeUncertaintyJson } from "./uncertainty/writers.js";
