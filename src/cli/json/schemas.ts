/**
 * The shapes of the JSON that `p10 validate`, `p10 explain`, `p10 verify` and `p10 agreement` print with
 * `--format json`, as zod schemas: the documentation a CI job or an auditor's script reads
 * (`data/schema/*-output.schema.json`, generated from these by `npm run schemas`) and what the tests check
 * every output against. Objects are strict, so a field added without documenting it fails the tests.
 * Exact numbers are decimal strings (as in `p10 score --format json`); counts are integers.
 */
import * as z from "zod/mini";

const d = (text: string) => z.describe(text);
const decimal = z.string().check(z.regex(/^-?\d+(\.\d+)?$/), d("An exact decimal as text."));
const nullableDecimal = z.nullable(decimal);
const count = z.int().check(z.minimum(0));
const ref = z.strictObject({ id: z.string(), version: z.string() });

/** One problem, as `FILE:LINE:COLUMN: severity CODE: message` on stderr, as an object. */
export const IssueJsonSchema = z.strictObject({
  severity: z.enum(["error", "warning"]),
  code: z.string().check(d("A stable code such as P10_UNKNOWN_INDICATOR.")),
  message: z.string(),
  file: z.optional(z.string()),
  line: z.optional(z.int()),
  column: z.optional(z.int()),
  path: z.optional(z.string()),
});

/** `p10 validate --format json`. */
export const ValidateOutputSchema = z
  .strictObject({
    format: z.literal("p10-validate/1"),
    file: z.string().check(d("The file as given on the command line; <stdin> for -.")),
    framework: ref,
    valid: z.boolean().check(d("No errors (warnings allowed); the exit code is 0 exactly then.")),
    errors: count,
    warnings: count,
    layout: z.nullable(z.enum(["long", "wide"])).check(d("The layout read; null when unreadable.")),
    delimiter: z.string(),
    rows: z.strictObject({ read: count, accepted: count, rejected: count, blank: count }),
    entities: count,
    periods: z.array(z.string()),
    units: count,
    answers: z.strictObject({
      total: count,
      cells: count,
      levels: count,
      notApplicable: count,
      missing: count,
    }),
    assessors: z.array(z.string()),
    coverage: z.array(
      z.strictObject({ pillar: z.string(), title: z.string(), answered: count, expected: count }),
    ),
    issues: z.array(IssueJsonSchema),
    omittedIssues: count.check(d("Issues found beyond those listed (the reader keeps a bounded number).")),
  })
  .check(d("What p10 validate --format json prints: the file's summary and every issue."));

const AnswerJsonSchema = z.strictObject({
  status: z.string(),
  code: z.nullable(z.string()),
  label: z.nullable(z.string()),
  line: z.nullable(z.int()),
  assessor: z.nullable(z.string()),
  source: z.nullable(z.string()),
  comment: z.nullable(z.string()),
  combined: z.nullable(
    z.strictObject({
      rule: z.string(),
      answers: z.array(
        z.strictObject({ assessor: z.nullable(z.string()), answer: z.string(), line: z.nullable(z.int()) }),
      ),
    }),
  ),
});

const ExplainNodeJsonSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  level: z.string(),
  score: nullableDecimal,
  reason: z.nullable(
    z
      .strictObject({ code: z.string(), message: z.string() })
      .check(d("Why the node has no score, e.g. coverage below the method's minimum.")),
  ),
  band: z.nullable(z.string()),
  aggregation: z.nullable(
    z
      .strictObject({
        function: z.enum(["arithmetic", "geometric", "harmonic", "generalised", "minimum", "sum"]),
        p: z.optional(decimal),
      })
      .check(d("How the node combines its children (the method's aggregation spec).")),
  ),
  coverage: nullableDecimal,
  answers: z.nullable(
    z.strictObject({ expected: count, present: count, missing: count, notApplicable: count }),
  ),
  exact: z.nullable(z.string().check(d("The exact score as a fraction, e.g. 229/108."))),
  weight: nullableDecimal,
  effectiveWeight: nullableDecimal,
  contribution: nullableDecimal,
  exactEffectiveWeight: z.nullable(z.string()),
  exactContribution: z.nullable(z.string()),
  answer: z.nullable(AnswerJsonSchema),
  get children(): z.ZodMiniArray<typeof ExplainNodeJsonSchema> {
    return z.array(ExplainNodeJsonSchema);
  },
});

/** `p10 explain --format json`. */
export const ExplainOutputSchema = z
  .strictObject({
    format: z.literal("p10-explain/1"),
    entity: z.string(),
    entityName: z.nullable(z.string()),
    period: z.string(),
    file: z.nullable(z.string()),
    framework: z.strictObject({ id: z.string(), version: z.string(), title: z.string() }),
    method: z.strictObject({ id: z.string(), version: z.string(), title: z.string() }),
    indices: z.array(z.strictObject({ id: z.string(), title: z.string(), root: ExplainNodeJsonSchema })),
    gaps: z.array(
      z.strictObject({
        id: z.string(),
        title: z.string(),
        minuend: z.string(),
        subtrahend: z.string(),
        nodes: z.array(z.strictObject({ id: z.string(), value: nullableDecimal })),
      }),
    ),
    unscored: z.array(ExplainNodeJsonSchema),
  })
  .check(d("What p10 explain --format json prints: one entity's score tree, down to each answer and line."));

const DigestJsonSchema = z.strictObject({
  label: z.string(),
  file: z.optional(z.string()),
  published: z.string(),
  current: z.nullable(z.string().check(d("The digest now; null when the file is missing."))),
});

/** `p10 verify --format json`. */
export const VerifyOutputSchema = z
  .strictObject({
    format: z.literal("p10-verify/1"),
    status: z.enum(["verified", "inputs-changed", "mismatch"]),
    verified: z.boolean().check(d("Whether the run passes (the exit code is 0 exactly then).")),
    library: z.strictObject({ published: z.string(), current: z.string() }),
    framework: DigestJsonSchema,
    method: DigestJsonSchema,
    inputs: z.array(
      z.strictObject({
        label: z.string(),
        file: z.optional(z.string()),
        published: z.string(),
        current: z.nullable(z.string()),
        rows: z.strictObject({ published: count, current: count }),
      }),
    ),
    scoresFile: DigestJsonSchema,
    output: DigestJsonSchema,
    units: z.strictObject({ published: count, recomputed: count }),
    differences: z.array(
      z
        .looseObject({ kind: z.enum(["header", "unit", "answer", "node", "indicator"]) })
        .check(d("A score difference (see ScoreDifference in the API): kind plus its fields.")),
    ),
    issues: z.array(IssueJsonSchema),
  })
  .check(d("What p10 verify --format json prints: every check of a run against its manifest."));

const statistic = z.nullable(z.string().check(d("Three decimals, or null when undefined.")));

/** `p10 agreement --format json`. */
export const AgreementOutputSchema = z
  .strictObject({
    file: z.string(),
    framework: ref,
    assessors: z.array(z.string()),
    cells: z.strictObject({ answered: count, single: count, agreed: count, disagreed: count }),
    groups: z.array(
      z.strictObject({
        level: z.string(),
        group: z.string(),
        title: z.string(),
        cells: count,
        unpairedCells: count,
        assessors: count,
        pairs: count,
        agreeingPairs: count,
        agreement: statistic,
        metric: z.string(),
        alpha: statistic,
        alphaUndefined: z.nullable(z.string()),
        kappa: statistic,
        kappaWeights: z.string(),
        kappaUndefined: z.nullable(z.string()),
        disagreements: count,
      }),
    ),
    disagreements: z.array(
      z.strictObject({
        entity: z.string(),
        period: z.string(),
        indicator: z.string(),
        pillar: z.string(),
        group: z.string(),
        steps: z.nullable(count),
        answers: z.array(
          z.strictObject({
            assessor: z.nullable(z.string()),
            response: z.string(),
            line: z.nullable(z.int()),
            source: z.nullable(z.string()),
          }),
        ),
      }),
    ),
    evidence: z.optional(
      z.strictObject({
        tallies: z.array(
          z.strictObject({
            assessor: z.nullable(z.string().check(d("The assessor; null for all assessors."))),
            pillar: z.nullable(z.string().check(d("The pillar; null for the assessor's total."))),
            answers: count,
            cited: count,
            share: statistic,
          }),
        ),
        unsourced: z.array(
          z.strictObject({
            assessor: z.nullable(z.string()),
            entity: z.string(),
            period: z.string(),
            indicator: z.string(),
            pillar: z.string(),
            level: z.int(),
            line: z.nullable(z.int()),
            response: z.string(),
          }),
        ),
      }),
    ),
  })
  .check(d("What p10 agreement --format json prints: agreement statistics and every disagreement."));

/** Each output schema by the file it is published as in `data/schema/`. */
export const CLI_OUTPUT_SCHEMAS = {
  "validate-output.schema.json": ValidateOutputSchema,
  "explain-output.schema.json": ExplainOutputSchema,
  "verify-output.schema.json": VerifyOutputSchema,
  "agreement-output.schema.json": AgreementOutputSchema,
} as const;
