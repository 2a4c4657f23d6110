/**
 * Judging a re-run against its manifest: compares the digests of the framework, method and inputs found
 * now with those recorded, the recomputed canonical scores with the published ones, and says what differs
 * (docs/DESIGN.md, "The pipeline", item 6). File access lives in `principle10/node` (`verifyManifest`).
 *
 * Policy: an auditor wants the *inputs* and the *outputs* reproduced bit for bit. So any changed input
 * (assessment bytes, framework or method document) fails verification, even when the recomputed scores
 * are identical; the report then says so explicitly ("the change does not affect any score (e.g. rows
 * reordered)"), and `allowInputChanges` accepts such a run (exit 0 with warnings). A changed or missing
 * library version is only a warning: the scores decide.
 */
import { safeParseDocument } from "../document.js";
import { type P10Issue, P10Error } from "../errors.js";
import type { ScoreSet } from "../score/types.js";
import { canonicalJson } from "./canonical-json.js";
import { type CanonicalScores, CanonicalScoresSchema, canonicalScores } from "./canonical-scores.js";
import { sha256Hex } from "./hash.js";
import type { Manifest } from "./manifest.js";
import { diffScores, type ScoreDifference } from "./score-diff.js";
import { quoteForMessage } from "../base/text-safety.js";
import { VERSION } from "../version.js";
import { checkArgKind, checkKind, checkObject, invalidArgument } from "../arguments.js";

/** What a verifier found now, to compare with a manifest. */
export interface RunObservation {
  readonly manifest: Manifest;
  /** The digest of the framework document found now (see `documentDigest`). */
  readonly frameworkDigest: string;
  /** The digest of the method document found now. */
  readonly methodDigest: string;
  /** Per manifest input (same order): the file as shown to the user, its digest now and the rows read now. */
  readonly inputs: readonly { readonly file: string; readonly sha256: string; readonly rows: number }[];
  /**
   * The published canonical scores file's text as found now, or `null` when it is missing. With `digests`,
   * it is read only when the scores must be compared (the published digest matches the manifest and the
   * recomputed one does not): the caller may then pass `null` in every other case.
   */
  readonly published: string | null;
  /**
   * Digests the caller computed without holding the texts (`p10 verify` streams both: a million answers'
   * canonical scores are hundreds of megabytes): of the published scores file's bytes (`null` when it is
   * missing) and of the recomputed canonical scores (`canonicalScoresSha256`). When given, `verifyRun`
   * hashes neither text.
   */
  readonly digests?: { readonly published: string | null; readonly recomputed: string };
  /** The published scores file as shown to the user (for messages). */
  readonly publishedFile: string;
  /** The scores computed again from the inputs found now. */
  readonly recomputed: ScoreSet;
}

/** A recorded digest next to the one found now. */
export interface DigestCheck {
  /** What was checked, e.g. `input seeds/x.csv` or `method edi-2015 1.0.0`. */
  readonly label: string;
  /** The file concerned, as shown to the user, when there is one. */
  readonly file?: string;
  readonly published: string;
  /** The digest now; `null` when the file is missing. */
  readonly current: string | null;
}

/** A score difference, located in the current input when it is an answer. */
export type LocatedDifference = ScoreDifference & { readonly file?: string; readonly line?: number };

/** The outcome of comparing a run with its manifest. */
export interface Verification {
  readonly library: { readonly published: string; readonly current: string };
  readonly framework: DigestCheck;
  readonly method: DigestCheck;
  readonly inputs: readonly (DigestCheck & { readonly rows: { published: number; current: number } })[];
  /** The published scores file against the manifest's output digest. */
  readonly scoresFile: DigestCheck;
  /** The recomputed scores against the manifest's output digest. */
  readonly output: DigestCheck;
  /** Where published and recomputed scores differ (empty when the digests agree or nothing can be shown). */
  readonly differences: readonly LocatedDifference[];
  /** Units published and recomputed. */
  readonly units: { readonly published: number; readonly recomputed: number };
  /**
   * Every label the manifest states (framework and method ids and versions, rows, units) that differs
   * from what was found now: the manifest's own words are not trusted, only what is recomputed.
   */
  readonly labels: readonly LabelCheck[];
}

/** A label of the manifest next to what was found now (only differing ones are listed). */
export interface LabelCheck {
  /** The manifest field, e.g. `framework.version` or `inputs[0].rows`. */
  readonly field: string;
  readonly published: string | number;
  readonly current: string | number;
}

/** `verified`: everything identical; `inputs-changed`: some input differs, the scores do not; `mismatch`: the scores differ. */
export type VerificationStatus = "verified" | "inputs-changed" | "mismatch";

const changed = (c: DigestCheck): boolean => c.current !== c.published;

/**
 * Compares what was found now with a manifest.
 *
 * @param observed - the manifest, the digests found now, the published scores text and the recomputed scores.
 * @returns the checks and the score differences.
 * @example
 * ```ts
 * import { createManifest, frameworks, methods, score, verifyRun } from "principle10";
 * import { canonicalScoreSet, createDataset, documentDigest, sha256Hex, verificationStatus } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * const input = { name: "a.csv", sha256: sha256Hex("the CSV bytes"), rows: 1 };
 * const { manifest, scores } = createManifest({ scoreSet: set, frameworkSource: { bundled: "edi-2015" },
 *   methodSource: { bundled: "edi-2015" }, input, scoresFile: "m.scores.json" });
 * const v = verifyRun({ manifest, frameworkDigest: documentDigest(edi.document), methodDigest: documentDigest(set.method),
 *   inputs: [{ file: "a.csv", sha256: input.sha256, rows: 1 }], published: scores, publishedFile: "m.scores.json", recomputed: set });
 * verificationStatus(v); // "verified"
 * ```
 */
export function verifyRun(observed: RunObservation): Verification {
  checkObject("observed", observed);
  checkKind("observed.manifest", observed.manifest, "a manifest (parseManifest)", [
    "framework",
    "method",
    "inputs",
    "output",
  ]);
  checkArgKind("observed.recomputed", observed.recomputed, "scoreSet");
  if (!Array.isArray(observed.inputs)) throw invalidArgument("observed.inputs", "an array", observed.inputs);
  if (observed.published !== null && typeof observed.published !== "string")
    throw invalidArgument("observed.published", "a string or null", observed.published);
  const { manifest, recomputed, digests } = observed;
  if (digests !== undefined) checkDigests(digests);
  // The canonical scores are built only when they must be hashed or compared.
  let current: CanonicalScores | null = null;
  const currentScores = (): CanonicalScores => {
    current ??= canonicalScores(recomputed);
    return current;
  };
  const outputDigest = digests?.recomputed ?? sha256Hex(canonicalJson(currentScores()));
  const publishedDigest =
    digests !== undefined
      ? digests.published
      : observed.published === null
        ? null
        : sha256Hex(observed.published);
  const trusted = publishedDigest === manifest.output.sha256 && outputDigest !== manifest.output.sha256;
  if (trusted && observed.published === null) {
    throw invalidArgument(
      "observed.published",
      "the published scores' text when their digest matches the manifest and the recomputed one does not",
      null,
    );
  }
  const published = trusted ? readPublished(observed.published ?? "") : null;
  const differences = published === null ? [] : locate(diffScores(published, currentScores()), observed);
  const fw = recomputed.framework;
  const labels: LabelCheck[] = [
    { field: "framework.id", published: manifest.framework.id, current: fw.id },
    { field: "framework.version", published: manifest.framework.version, current: fw.version },
    { field: "method.id", published: manifest.method.id, current: recomputed.method.id },
    { field: "method.version", published: manifest.method.version, current: recomputed.method.version },
    ...manifest.inputs.map((input, k) => ({
      field: `inputs[${k}].rows`,
      published: input.rows,
      current: observed.inputs[k]?.rows ?? 0,
    })),
    { field: "output.units", published: manifest.output.units, current: recomputed.units.length },
  ].filter((l) => l.published !== l.current);
  return {
    library: { published: manifest.library.version, current: VERSION },
    framework: {
      // Labels name what was found now: a manifest whose labels were edited must not be repeated.
      label: `framework ${fw.id} ${fw.version}`,
      ...sourceFile(manifest.framework.source),
      published: manifest.framework.sha256,
      current: observed.frameworkDigest,
    },
    method: {
      label: `method ${recomputed.method.id} ${recomputed.method.version}`,
      ...sourceFile(manifest.method.source),
      published: manifest.method.sha256,
      current: observed.methodDigest,
    },
    inputs: manifest.inputs.map((input, k) => {
      const now = observed.inputs[k];
      return {
        label: `input ${now?.file ?? input.name}`,
        file: now?.file ?? input.name,
        published: input.sha256,
        current: now?.sha256 ?? null,
        rows: { published: input.rows, current: now?.rows ?? 0 },
      };
    }),
    scoresFile: {
      label: `published scores ${observed.publishedFile}`,
      file: observed.publishedFile,
      published: manifest.output.sha256,
      current: publishedDigest,
    },
    output: { label: "recomputed scores", published: manifest.output.sha256, current: outputDigest },
    differences,
    units: { published: manifest.output.units, recomputed: recomputed.units.length },
    labels,
  };
}

/** Checks the caller's digests: 64 lowercase hex digits each (or `null` for a missing published file). */
function checkDigests(digests: NonNullable<RunObservation["digests"]>): void {
  const hex = /^[0-9a-f]{64}$/;
  if (typeof digests !== "object" || digests === null)
    throw invalidArgument("observed.digests", "an object", digests);
  if (typeof digests.recomputed !== "string" || !hex.test(digests.recomputed))
    throw invalidArgument("observed.digests.recomputed", "a SHA-256 in lowercase hex", digests.recomputed);
  if (digests.published !== null && (typeof digests.published !== "string" || !hex.test(digests.published)))
    throw invalidArgument(
      "observed.digests.published",
      "a SHA-256 in lowercase hex or null",
      digests.published,
    );
}

const sourceFile = (source: Manifest["framework"]["source"]): { file?: string } =>
  "file" in source ? { file: source.file } : {};

function readPublished(text: string): CanonicalScores | null {
  try {
    const parsed = safeParseDocument(CanonicalScoresSchema, JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Adds the current input file and line to answer differences. */
function locate(differences: ScoreDifference[], observed: RunObservation): LocatedDifference[] {
  const { dataset, framework } = observed.recomputed;
  const file = observed.inputs[0]?.file;
  const unitIndex = new Map(dataset.units.map((u, k) => [`${u.entity}\u0000${u.period}`, k]));
  return differences.map((d) => {
    if (d.kind !== "answer" || file === undefined) return d;
    const u = unitIndex.get(`${d.entity}\u0000${d.period}`);
    const ordinal = framework.indicatorById.get(d.indicator)?.ordinal;
    const line =
      u === undefined || ordinal === undefined
        ? 0
        : (dataset.lines[u * dataset.indicators.length + ordinal] ?? 0);
    return line > 0 ? { ...d, file, line } : { ...d, file };
  });
}

/**
 * Classifies a verification.
 *
 * @param v - the verification.
 * @returns `verified`, `inputs-changed` (an input differs, the recomputed scores are identical) or `mismatch`.
 * @example
 * ```ts
 * import { createManifest, frameworks, methods, score, verifyRun } from "principle10";
 * import { createDataset, documentDigest, sha256Hex, verificationStatus } from "principle10/advanced";
 * // A run published in memory (p10 score --manifest does the same with files; see principle10/node).
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * const input = { name: "a.csv", sha256: sha256Hex("the CSV bytes"), rows: 1 };
 * const { manifest, scores } = createManifest({ scoreSet: set, frameworkSource: { bundled: "edi-2015" },
 *   methodSource: { bundled: "edi-2015" }, input, scoresFile: "a.scores.json" });
 * const observe = (published: string, csv: string) => verifyRun({ manifest, frameworkDigest: documentDigest(edi.document),
 *   methodDigest: documentDigest(set.method), inputs: [{ file: "a.csv", sha256: sha256Hex(csv), rows: 1 }],
 *   published, publishedFile: "a.scores.json", recomputed: set });
 * verificationStatus(observe(scores, "the CSV bytes")); // "verified"
 * verificationStatus(observe(scores, "other CSV bytes")); // "inputs-changed"
 * ```
 */
export function verificationStatus(v: Verification): VerificationStatus {
  if (v.labels.length > 0) return "mismatch";
  if (changed(v.output) || (v.scoresFile.current !== null && changed(v.scoresFile))) return "mismatch";
  return [v.framework, v.method, ...v.inputs].some(changed) ? "inputs-changed" : "verified";
}

/** Options of {@link verificationIssues} and {@link assertVerified}. */
export interface VerifyPolicy {
  /** Accept changed inputs when the recomputed scores are identical (they become warnings); default `false`. */
  readonly allowInputChanges?: boolean;
}

const short = (digest: string | null): string => (digest === null ? "(missing)" : digest);

/**
 * Lists what a verification found, as issues: errors for everything that fails it, warnings for the rest.
 *
 * @param v - the verification.
 * @param policy - `allowInputChanges` (see {@link VerifyPolicy}).
 * @returns the issues, most general first (library, framework, method, inputs, scores), then per unit.
 * @example
 * ```ts
 * import { createManifest, formatIssue, frameworks, methods, score, verifyRun } from "principle10";
 * import { createDataset, documentDigest, sha256Hex, verificationIssues } from "principle10/advanced";
 * // A run published in memory (p10 score --manifest does the same with files; see principle10/node).
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * const input = { name: "a.csv", sha256: sha256Hex("the CSV bytes"), rows: 1 };
 * const { manifest, scores } = createManifest({ scoreSet: set, frameworkSource: { bundled: "edi-2015" },
 *   methodSource: { bundled: "edi-2015" }, input, scoresFile: "a.scores.json" });
 * const observe = (published: string, csv: string) => verifyRun({ manifest, frameworkDigest: documentDigest(edi.document),
 *   methodDigest: documentDigest(set.method), inputs: [{ file: "a.csv", sha256: sha256Hex(csv), rows: 1 }],
 *   published, publishedFile: "a.scores.json", recomputed: set });
 * const altered = observe(`${scores} `, "the CSV bytes"); // the published scores file was edited
 * verificationIssues(altered).map((i) => i.code); // ["P10_VERIFY_SCORES_FILE"]
 * console.log(verificationIssues(altered).map(formatIssue).join("\n"));
 * ```
 */
export function verificationIssues(v: Verification, policy: VerifyPolicy = {}): P10Issue[] {
  const status = verificationStatus(v);
  const issues: P10Issue[] = [];
  if (v.library.published !== v.library.current) {
    issues.push({
      code: "P10_VERIFY_LIBRARY",
      severity: "warning",
      message: `the manifest was made with principle10 ${v.library.published}; verifying with ${v.library.current}`,
    });
  }
  const identical = status === "inputs-changed";
  const inputSeverity = identical && policy.allowInputChanges === true ? "warning" : "error";
  const tail = identical
    ? " but the recomputed scores are identical: the change does not affect any score"
    : "";
  for (const [check, code] of [
    [v.framework, "P10_VERIFY_FRAMEWORK"],
    [v.method, "P10_VERIFY_METHOD"],
  ] as const) {
    if (!changed(check)) continue;
    issues.push({
      code,
      severity: inputSeverity,
      ...(check.file === undefined ? {} : { file: check.file }),
      message: `${check.label} changed (sha256 ${check.published} → ${short(check.current)})${tail}`,
    });
  }
  for (const input of v.inputs) {
    if (!changed(input)) continue;
    const rows =
      input.rows.published === input.rows.current
        ? ""
        : `, rows read ${input.rows.published} → ${input.rows.current}`;
    issues.push({
      code: "P10_VERIFY_INPUT",
      severity: inputSeverity,
      ...(input.file === undefined ? {} : { file: input.file }),
      message: `${input.label} changed (sha256 ${input.published} → ${short(input.current)}${rows})${tail}${identical ? " (e.g. rows reordered)" : ""}`,
    });
  }
  if (v.scoresFile.current === null) {
    issues.push({
      code: "P10_VERIFY_SCORES_FILE",
      severity: status === "mismatch" ? "error" : "warning",
      file: v.scoresFile.file ?? "",
      message:
        "the published scores file is missing: the recomputed scores were checked against the manifest's hash only",
    });
  } else if (changed(v.scoresFile)) {
    issues.push({
      code: "P10_VERIFY_SCORES_FILE",
      severity: "error",
      file: v.scoresFile.file ?? "",
      message: `the published scores file was altered (sha256 ${v.scoresFile.published} → ${v.scoresFile.current}); its values cannot be trusted`,
    });
  }
  if (changed(v.output)) {
    const units = new Set(
      v.differences.flatMap((d) =>
        d.kind === "header" || d.kind === "statistic" ? [] : [`${d.entity}\u0000${d.period}`],
      ),
    );
    const where = v.differences.length > 0 ? `: ${units.size} of ${v.units.published} units differ` : "";
    issues.push({
      code: "P10_VERIFY_OUTPUT",
      severity: "error",
      message: `the recomputed scores differ from the published ones (sha256 ${v.output.published} → ${v.output.current})${where}`,
    });
  }
  for (const l of v.labels) {
    issues.push({
      code: "P10_VERIFY_LABEL",
      severity: "error",
      path: l.field,
      message: `the manifest states ${l.field} ${labelValue(l.published)}, but ${labelValue(l.current)} was found`,
    });
  }
  for (const d of v.differences) issues.push(differenceIssue(d));
  return issues;
}

const labelValue = (v: string | number): string => (typeof v === "number" ? String(v) : quoteForMessage(v));

function differenceIssue(d: LocatedDifference): P10Issue {
  const at = d.kind === "header" || d.kind === "statistic" ? "" : `${d.entity} ${d.period}: `;
  switch (d.kind) {
    case "statistic": {
      const what =
        d.target === "node"
          ? `node ${d.id}${d.index === null ? "" : ` (index ${d.index})`}`
          : `indicator ${d.id}`;
      const cohort =
        d.source === "stated"
          ? "stated in the method"
          : d.source === "pooled"
            ? "over every unit"
            : d.source === "period"
              ? `of period ${d.period}`
              : `of reference period ${d.period}`;
      return {
        code: "P10_VERIFY_STATISTIC",
        severity: "error",
        path: d.id,
        message: `normalisation statistic ${d.field} of ${what}, ${cohort}: published ${d.published}, recomputed ${d.recomputed}`,
      };
    }
    case "header":
      return {
        code: "P10_VERIFY_HEADER",
        severity: "error",
        path: d.field,
        message: `${d.field} differs: published ${d.published}, recomputed ${d.recomputed}`,
      };
    case "unit":
      return {
        code: "P10_VERIFY_UNIT",
        severity: "error",
        message: `${at}unit ${d.published === "present" ? "published but no longer in the input" : "in the input but not published"}`,
      };
    case "answer":
      return {
        code: "P10_VERIFY_ANSWER",
        severity: "error",
        ...(d.file === undefined ? {} : { file: d.file }),
        ...(d.line === undefined ? {} : { line: d.line }),
        path: d.indicator,
        message: `${at}answer to indicator ${d.indicator} changed: published ${d.published}, now ${d.recomputed}`,
      };
    case "gap":
      return {
        code: "P10_VERIFY_SCORE",
        severity: "error",
        path: d.node,
        message: `${at}gap ${d.gap} at ${d.node} differs: published ${d.published}, recomputed ${d.recomputed}`,
      };
    default:
      return {
        code: "P10_VERIFY_SCORE",
        severity: "error",
        path: d.node,
        message: `${at}index ${d.index}: ${d.kind} ${d.node} ${d.field} published ${d.published}, recomputed ${d.recomputed}${d.count > 1 ? ` (the first of ${d.count} differing ${d.kind}s)` : ""}`,
      };
  }
}

/**
 * One line saying what a verification established.
 *
 * @param v - the verification.
 * @returns e.g. `28 units of framework edi-2015 1.1.0 with method edi-2015 1.0.0 from seeds/x.csv
 *   (2772 rows): scores sha256 ab12… reproduced bit for bit`.
 * @example
 * ```ts
 * import { createManifest, frameworks, methods, score, verificationSummary, verifyRun } from "principle10";
 * import { createDataset, documentDigest, sha256Hex } from "principle10/advanced";
 * // A run published in memory (p10 score --manifest does the same with files; see principle10/node).
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * const input = { name: "a.csv", sha256: sha256Hex("the CSV bytes"), rows: 1 };
 * const { manifest, scores } = createManifest({ scoreSet: set, frameworkSource: { bundled: "edi-2015" },
 *   methodSource: { bundled: "edi-2015" }, input, scoresFile: "a.scores.json" });
 * const observe = (published: string, csv: string) => verifyRun({ manifest, frameworkDigest: documentDigest(edi.document),
 *   methodDigest: documentDigest(set.method), inputs: [{ file: "a.csv", sha256: sha256Hex(csv), rows: 1 }],
 *   published, publishedFile: "a.scores.json", recomputed: set });
 * console.log(verificationSummary(observe(scores, "the CSV bytes")));
 * // 1 unit of framework edi-2015 1.1.0 with method edi-2015 1.0.0 from a.csv (1 row): scores sha256 289f7cb1… reproduced bit for bit
 * ```
 */
export function verificationSummary(v: Verification): string {
  checkKind("v", v, "a verification (verifyRun)", ["library", "differences", "units"]);
  const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;
  const inputs = v.inputs.map((i) => `${i.file ?? i.label} (${count(i.rows.current, "row")})`).join(", ");
  const what = `${count(v.units.recomputed, "unit")} of ${v.framework.label} with ${v.method.label} from ${inputs}`;
  switch (verificationStatus(v)) {
    case "verified":
      return `${what}: scores sha256 ${v.output.published} reproduced bit for bit`;
    case "inputs-changed":
      return `${what}: scores sha256 ${v.output.published} reproduced, but inputs changed`;
    default:
      return `${what}: scores sha256 ${v.output.published} NOT reproduced (got ${short(v.output.current)})`;
  }
}

/**
 * Throws unless a verification passes under a policy.
 *
 * @param v - the verification.
 * @param policy - `allowInputChanges` (see {@link VerifyPolicy}).
 * @returns the warnings (e.g. a different library version, accepted input changes).
 * @throws P10Error `P10_VERIFY_MISMATCH` whose issues name every difference (`P10_VERIFY_INPUT`,
 *   `P10_VERIFY_METHOD`, `P10_VERIFY_ANSWER`, `P10_VERIFY_SCORE`, …).
 * @example
 * ```ts
 * import { createManifest, frameworks, methods, score, assertVerified, verifyRun } from "principle10";
 * import { createDataset, documentDigest, sha256Hex } from "principle10/advanced";
 * // A run published in memory (p10 score --manifest does the same with files; see principle10/node).
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * const input = { name: "a.csv", sha256: sha256Hex("the CSV bytes"), rows: 1 };
 * const { manifest, scores } = createManifest({ scoreSet: set, frameworkSource: { bundled: "edi-2015" },
 *   methodSource: { bundled: "edi-2015" }, input, scoresFile: "a.scores.json" });
 * const observe = (published: string, csv: string) => verifyRun({ manifest, frameworkDigest: documentDigest(edi.document),
 *   methodDigest: documentDigest(set.method), inputs: [{ file: "a.csv", sha256: sha256Hex(csv), rows: 1 }],
 *   published, publishedFile: "a.scores.json", recomputed: set });
 * assertVerified(observe(scores, "the CSV bytes")); // [] (no warnings)
 * assertVerified(observe(scores, "other CSV bytes"), { allowInputChanges: true }).map((i) => i.code); // ["P10_VERIFY_INPUT"]
 * ```
 */
export function assertVerified(v: Verification, policy: VerifyPolicy = {}): P10Issue[] {
  checkKind("v", v, "a verification (verifyRun)", ["library", "differences", "units"]);
  const issues = verificationIssues(v, policy);
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length === 0) return issues;
  const parts: string[] = [];
  const changedInputs = [v.framework, v.method, ...v.inputs].filter(changed).map((c) => c.label);
  if (changedInputs.length > 0) parts.push(`${changedInputs.join(", ")} changed`);
  if (v.scoresFile.current !== null && changed(v.scoresFile))
    parts.push("the published scores file was altered");
  if (v.labels.length > 0) parts.push(`the manifest misstates ${v.labels.map((l) => l.field).join(", ")}`);
  parts.push(changed(v.output) ? "the recomputed scores differ" : "the recomputed scores are identical");
  throw new P10Error("P10_VERIFY_MISMATCH", `not verified: ${parts.join("; ")}`, issues);
}
