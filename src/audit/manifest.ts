/**
 * The manifest of a scoring run: everything an auditor needs to redo it and check the result bit for bit
 * (docs/DESIGN.md, "The pipeline", item 6): the library version, the framework and method (id, version, SHA-256 of their
 * canonical documents, where they came from), each input file (name, SHA-256 of its bytes, rows read),
 * the reading options that affect results, and the SHA-256 of the canonical output.
 *
 * Design choices. Nothing in a manifest depends on the clock: no timestamp, so the same run gives the same
 * manifest. Paths are relative to the manifest's folder (with `/`), so a folder can be moved or published
 * whole. The published values live in a sibling file (`<name>.scores.json`, named and hashed in `output`)
 * holding the canonical scores byte for byte, so `sha256sum` on it gives `output.sha256` and `p10 verify`
 * can show, for every difference, the published value next to the recomputed one and name the changed
 * answers (embedding per-node scores in the manifest would lose the per-answer detail, or make the
 * manifest as large as that file while no longer being readable at a glance).
 */
import * as z from "zod/mini";
import { findForbiddenKeys, safeParseDocument, schemaIssues } from "../document.js";
import { failWithIssues, type P10Issue } from "../errors.js";
import { CANONICAL_SCORES_FORMAT } from "./canonical-scores.js";

/**
 * The format tag of manifests; changes only when their layout changes.
 *
 * @example
 * ```ts
 * import { createManifest, frameworks, methods, score } from "principle10";
 * import { createDataset, MANIFEST_FORMAT, sha256Hex } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const { manifest } = createManifest({
 *   scoreSet: score(createDataset(edi, []), edi, methods.get("edi-2015")),
 *   frameworkSource: { bundled: "edi-2015" },
 *   methodSource: { bundled: "edi-2015" },
 *   input: { name: "answers.csv", sha256: sha256Hex(""), rows: 0 },
 *   scoresFile: "manifest.scores.json",
 * });
 * MANIFEST_FORMAT; // "principle10-manifest/1"
 * manifest.format === MANIFEST_FORMAT; // true
 * ```
 */
export const MANIFEST_FORMAT = "principle10-manifest/1";

const Sha256Schema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.regex(/^[0-9a-f]{64}$/, "expected a SHA-256 as 64 lowercase hex digits"));
const PathSchema = /* @__PURE__ */ z
  .string()
  .check(
    /* @__PURE__ */ z.minLength(1),
    /* @__PURE__ */ z.describe("A path relative to the manifest's folder, with '/'."),
  );

const SourceSchema = /* @__PURE__ */ z
  .union([
    /* @__PURE__ */ z.strictObject({
      bundled: /* @__PURE__ */ z
        .string()
        .check(
          /* @__PURE__ */ z.minLength(1),
          /* @__PURE__ */ z.describe("The id of a document bundled with principle10."),
        ),
    }),
    /* @__PURE__ */ z.strictObject({ file: PathSchema }),
  ])
  .check(/* @__PURE__ */ z.describe("Where the document came from: a bundled id or a JSON file."));

const DocumentRefSchema = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  version: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  sha256: /* @__PURE__ */ Sha256Schema.check(
    /* @__PURE__ */ z.describe("SHA-256 of the canonical JSON of the parsed document, without $schema."),
  ),
  source: SourceSchema,
});

/**
 * The reading options recorded in a manifest (those that can change a result).
 *
 * @example
 * ```ts
 * import { ManifestOptionsSchema } from "principle10/advanced";
 * const options = { delimiter: ";", format: "auto", allowExtra: false, assessor: null, combine: null };
 * ManifestOptionsSchema.safeParse(options).success; // true
 * ManifestOptionsSchema.safeParse({ delimiter: "\t" }).success; // false
 * ```
 */
export const ManifestOptionsSchema = /* @__PURE__ */ z
  .strictObject({
    delimiter: /* @__PURE__ */ z
      .enum([",", ";", "auto"])
      .check(/* @__PURE__ */ z.describe("Field delimiter given to the reader.")),
    format: /* @__PURE__ */ z
      .enum(["long", "wide", "auto"])
      .check(/* @__PURE__ */ z.describe("File layout given to the reader.")),
    allowExtra: /* @__PURE__ */ z
      .boolean()
      .check(/* @__PURE__ */ z.describe("Whether unknown columns were ignored.")),
    assessor: /* @__PURE__ */ z
      .nullable(/* @__PURE__ */ z.string())
      .check(/* @__PURE__ */ z.describe("The assessor whose answers were scored, or null for all.")),
    combine: /* @__PURE__ */ z
      .optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.enum(["median", "mean"])))
      .check(
        /* @__PURE__ */ z.describe(
          "How several assessors' answers to one cell were combined (median or mean of their levels' values), or null for not at all; absent in manifests written before the option existed.",
        ),
      ),
  })
  .check(/* @__PURE__ */ z.describe("Options of the assessment reader that affect results."));

/**
 * The zod schema of a manifest (the JSON Schema in data/schema/manifest.schema.json is generated from it).
 *
 * @example
 * ```ts
 * import { createManifest, frameworks, methods, score } from "principle10";
 * import { createDataset, ManifestSchema, sha256Hex } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const { manifest } = createManifest({
 *   scoreSet: score(createDataset(edi, []), edi, methods.get("edi-2015")),
 *   frameworkSource: { bundled: "edi-2015" },
 *   methodSource: { bundled: "edi-2015" },
 *   input: { name: "answers.csv", sha256: sha256Hex(""), rows: 0 },
 *   scoresFile: "manifest.scores.json",
 * });
 * ManifestSchema.safeParse(manifest).success; // true
 * ManifestSchema.safeParse({ ...manifest, format: "principle10-manifest/0" }).success; // false
 * ```
 */
export const ManifestSchema = /* @__PURE__ */ z
  .strictObject({
    $schema: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    format: /* @__PURE__ */ z.literal(MANIFEST_FORMAT),
    library: /* @__PURE__ */ z.strictObject({
      name: /* @__PURE__ */ z.literal("principle10"),
      version: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
    }),
    framework: DocumentRefSchema,
    method: DocumentRefSchema,
    inputs: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z.strictObject({
          role: /* @__PURE__ */ z
            .enum(["assessments", "cases"])
            .check(
              /* @__PURE__ */ z.describe(
                "assessments: the assessment file (always first); cases: the case register its case-level answers refer to.",
              ),
            ),
          name: PathSchema,
          sha256: /* @__PURE__ */ Sha256Schema.check(
            /* @__PURE__ */ z.describe("SHA-256 of the file's bytes."),
          ),
          rows: /* @__PURE__ */ z
            .int()
            .check(
              /* @__PURE__ */ z.gte(0),
              /* @__PURE__ */ z.describe("Data rows read (header and blank rows excluded)."),
            ),
        }),
      )
      .check(
        /* @__PURE__ */ z.minLength(1),
        /* @__PURE__ */ z.maxLength(2),
        /* @__PURE__ */ z.refine(
          (inputs) =>
            inputs[0]?.role === "assessments" && inputs.slice(1).every((input) => input.role === "cases"),
          { message: "the first input is the assessment file; a second, if any, is its case register" },
        ),
        /* @__PURE__ */ z.describe(
          "The input files: the assessment file, then the case register when the run used one.",
        ),
      ),
    options: ManifestOptionsSchema,
    imputation: /* @__PURE__ */ z
      .optional(
        /* @__PURE__ */ z.strictObject({
          rule: /* @__PURE__ */ z.enum(["cohort-mean", "cohort-median", "group-mean", "previous-period"]),
          imputed: /* @__PURE__ */ z
            .int()
            .check(
              /* @__PURE__ */ z.gte(0),
              /* @__PURE__ */ z.describe("Missing answers filled by the rule."),
            ),
        }),
      )
      .check(
        /* @__PURE__ */ z.describe(
          "The method's imputation policy and how many answers it filled; absent when the method does not impute.",
        ),
      ),
    output: /* @__PURE__ */ z.strictObject({
      format: /* @__PURE__ */ z.literal(CANONICAL_SCORES_FORMAT),
      file: /* @__PURE__ */ PathSchema.check(
        /* @__PURE__ */ z.describe("The canonical scores, byte for byte."),
      ),
      sha256: /* @__PURE__ */ Sha256Schema.check(
        /* @__PURE__ */ z.describe("SHA-256 of the canonical scores."),
      ),
      units: /* @__PURE__ */ z
        .int()
        .check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.describe("Entity × period units scored.")),
    }),
  })
  .check(
    /* @__PURE__ */ z.describe("A principle10 manifest: how to redo a scoring run and what it produced."),
  );

/** A manifest as parsed. */
export type Manifest = z.output<typeof ManifestSchema>;
/** Where a framework or method came from. */
export type ManifestSource = z.output<typeof SourceSchema>;
/** The reading options of a manifest. */
export type ManifestOptions = z.output<typeof ManifestOptionsSchema>;

/**
 * Validates a manifest document.
 *
 * @param json - the parsed JSON (an object, not a string).
 * @param options - `file`: the manifest's file name, put on every issue.
 * @returns the manifest.
 * @throws P10Error `P10_MANIFEST_INVALID`, whose issues (`P10_MANIFEST_SCHEMA`, `P10_MANIFEST_UNKNOWN_KEY`,
 *   `P10_MANIFEST_FORBIDDEN_KEY`) name the JSON path of every problem.
 * @example
 * ```ts
 * import { parseManifest } from "principle10";
 * try { parseManifest({ format: "principle10-manifest/1" }, { file: "m.json" }); }
 * catch (e) { (e as { issues: { path?: string }[] }).issues[0]?.path; } // "library"
 * ```
 */
export function parseManifest(json: unknown, options: { file?: string } = {}): Manifest {
  const forbidden = findForbiddenKeys(json, "P10_MANIFEST_FORBIDDEN_KEY");
  const parsed = safeParseDocument(ManifestSchema, json);
  const issues: P10Issue[] = [
    ...forbidden,
    ...(parsed.success
      ? []
      : schemaIssues(parsed.error, {
          unknownKey: "P10_MANIFEST_UNKNOWN_KEY",
          schema: "P10_MANIFEST_SCHEMA",
        })),
  ];
  if (parsed.success && issues.length === 0) return parsed.data;
  return failWithIssues("P10_MANIFEST_INVALID", "invalid manifest", issues, {
    ...options,
    fallback: "not a manifest",
    first: (i) => `${i.path ?? ""}: ${i.message}`,
  });
}
