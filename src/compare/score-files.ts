/**
 * Change between two published score sets: files written by `p10 score --format json`, read without the
 * answers behind them. The scores, ranks and coverage are taken as the files state them, so a publisher's
 * numbers can be compared across questionnaire editions (the Open Budget Index 2012 → 2015) — knowingly:
 * two different frameworks or methods are compared only when the caller says the instruments may differ.
 */
import type { Crosswalk } from "./crosswalk.js";
import * as z from "zod/mini";
import { compareCodePoints } from "../base/code-points.js";
import { type Dec, P10Decimal, roundForDisplay } from "../decimal.js";
import { safeParseDocument, schemaIssues } from "../document.js";
import { P10Error } from "../errors.js";
import type { NodeLevel } from "../framework/schema.js";
import type { ChangeConvention, Presentation } from "../method/schema.js";
import type { ChangeFlag, ChangeReport, ChangeRow, ChangeSide } from "./change.js";

/**
 * The part of `p10 score --format json` that a comparison reads; other keys (trace, combine) are allowed.
 * Built on first use, so that importing the module does no work.
 */
function buildScoresJsonSchema() {
  const Decimal = z.string().check(z.regex(/^-?\d+(?:\.\d+)?$/));
  const nonEmpty = () => z.string().check(z.minLength(1));
  return z.object({
    framework: z.object({ id: nonEmpty(), version: nonEmpty() }),
    method: z.object({ id: nonEmpty(), version: nonEmpty() }),
    presentation: z.object({
      places: z.number().check(z.int(), z.gte(0), z.lte(20)),
      rounding: z.enum(["half-even", "half-up"]),
      ranks: z.object({
        ties: z.enum(["competition", "dense", "ordinal"]),
        on: z.enum(["exact", "rounded"]),
      }),
    }),
    indices: z.array(z.string()),
    rows: z.array(
      z.object({
        entity: nonEmpty(),
        period: nonEmpty(),
        node: nonEmpty(),
        level: z.enum(["index", "pillar", "group", "indicator"]),
        index: z.nullable(z.string()),
        kind: z.enum(["index", "gap", "reported"]),
        score: z.nullable(Decimal),
        score_exact: z.nullable(Decimal),
        rank: z.nullable(z.number().check(z.int(), z.gte(1))),
        coverage: z.nullable(Decimal),
        reason: z.nullable(z.string()),
      }),
    ),
  });
}
let scoresJsonSchema: ReturnType<typeof buildScoresJsonSchema> | undefined;

type ScoresJson = z.output<ReturnType<typeof buildScoresJsonSchema>>;
type Row = ScoresJson["rows"][number];

/** Options of {@link compareScoreFiles}. */
export interface ScoreFilesOptions {
  /** The period of the first file (default its earliest). */
  readonly from?: string;
  /** The period of the second file (default its latest). */
  readonly to?: string;
  /**
   * Nodes as the files name them (`obi`, `law:information`; an unqualified id finds the first index that
   * holds it). Default: every index root of the second file; `"all"`: every index, pillar and group of it.
   */
  readonly nodes?: readonly string[] | "all";
  /** `exact` (default): the exact change, rounded; `displayed`: the difference of the published scores. */
  readonly change?: ChangeConvention;
  /** Accept two different frameworks or methods; the report then says that the instruments differ. */
  readonly acrossFrameworks?: boolean;
  /**
   * A crosswalk from the first file's framework version to the second's (e.g. p10-2026 1.0.0 → 1.1.0): with
   * it, two versions of a framework scored with the same method are comparable.
   */
  readonly crosswalk?: Pick<Crosswalk, "id" | "from" | "to">;
  /** Names of the two files, for messages. */
  readonly names?: readonly [string, string];
}

/**
 * Compares two published score sets, as `p10 compare --scores FROM.json TO.json` does: per entity and node,
 * the score and rank each file states, the change (the exact change, or with `change: "displayed"` the
 * difference of the published scores, as publishers print it) and the rank change. Coverage that fell is flagged; the files hold no answer counts,
 * so nothing else is. Two files of different frameworks or methods are refused unless `acrossFrameworks`
 * is set; then the report names both and says that the instruments differ.
 *
 * @param from - the parsed JSON of the earlier file (`p10 score --format json`).
 * @param to - the parsed JSON of the later file (may be the same document).
 * @param options - periods, nodes, change convention, `acrossFrameworks`, file names.
 * @returns the change report (write it with `writeChangeCsv`, `writeChangeJson` or `writeChangeTables`).
 * @throws P10Error `P10_SCORES_INVALID` (not a score file), `P10_NOT_COMPARABLE` (different frameworks or
 *   methods without `acrossFrameworks`), `P10_UNKNOWN_PERIOD`, `P10_UNKNOWN_NODE`.
 * @example
 * ```ts
 * import { compareScoreFiles, frameworks, methods, rank, score, writeScoresJson } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [
 *   { entity: "AA", period: "2014", indicator: "1.1", code: 1 },
 *   { entity: "AA", period: "2024", indicator: "1.1", code: 3 },
 * ]);
 * const set = score(ds, edi, methods.get("edi-2015"));
 * const published = JSON.parse(writeScoresJson(set, rank(set)));
 * compareScoreFiles(published, published).rows[0]?.displayedChange?.toString(); // "2"
 * ```
 */
export function compareScoreFiles(from: unknown, to: unknown, options: ScoreFilesOptions = {}): ChangeReport {
  const [nameA, nameB] = options.names ?? ["the first score file", "the second score file"];
  const a = readScores(from, nameA);
  const b = readScores(to, nameB);
  const cw = options.crosswalk;
  const bridged =
    cw !== undefined &&
    cw.from.framework === a.framework.id &&
    cw.from.version === a.framework.version &&
    cw.to.framework === b.framework.id &&
    cw.to.version === b.framework.version;
  const sameFramework =
    bridged || (a.framework.id === b.framework.id && a.framework.version === b.framework.version);
  const sameMethod = a.method.id === b.method.id && a.method.version === b.method.version;
  if (!(sameFramework && sameMethod) && options.acrossFrameworks !== true) {
    const what = sameFramework
      ? `method ${a.method.id} ${a.method.version} and method ${b.method.id} ${b.method.version}`
      : `framework ${a.framework.id} ${a.framework.version} and framework ${b.framework.id} ${b.framework.version}`;
    throw new P10Error(
      "P10_NOT_COMPARABLE",
      `${nameA} and ${nameB} come from ${what}: different instruments, so a change between them is not a change in the same measure; bridge two versions of one framework with their crosswalk (--crosswalk), or to compare the published numbers anyway, knowingly, use --across-frameworks`,
    );
  }
  const fromPeriod = options.from ?? periodsOf(a)[0];
  const toPeriod = options.to ?? periodsOf(b).at(-1);
  requirePeriod(a, fromPeriod, nameA);
  requirePeriod(b, toPeriod, nameB);
  const nodes = nodesOf(b, options.nodes, nameB);
  const sideA = indexRows(a, fromPeriod as string);
  const sideB = indexRows(b, toPeriod as string);
  const entities = [...new Set([...sideA.entities, ...sideB.entities])].sort(compareCodePoints);
  const presentation: Presentation = {
    places: b.presentation.places,
    rounding: b.presentation.rounding,
    bands: [],
    ranks: b.presentation.ranks,
  };
  const rows: ChangeRow[] = [];
  for (const entity of entities) {
    for (const node of nodes) {
      const inFrom = sideA.hasNode(node.name);
      const ra = sideA.row(entity, node.name);
      const rb = sideB.row(entity, node.name);
      const sa = side(ra, sideA, node.name, sideA.entities.has(entity));
      const sb = side(rb, sideB, node.name, sideB.entities.has(entity));
      const both = sa.score !== null && sb.score !== null;
      rows.push({
        entity,
        node: node.name,
        level: node.level,
        from: sa,
        to: sb,
        change: both ? (sb.score as Dec).minus(sa.score as Dec) : null,
        displayedChange:
          both && ra?.score != null && rb?.score != null
            ? new P10Decimal(rb.score).minus(new P10Decimal(ra.score))
            : null,
        rankChange: sa.rank === null || sb.rank === null ? null : sa.rank - sb.rank,
        flags: flagsOf(ra, rb, sa, sb, fromPeriod as string, toPeriod as string, inFrom, a),
      });
    }
  }
  const about = (doc: ScoresJson, period: string) => ({
    period,
    framework: { ...doc.framework },
    // A score file records no method content; the hash is left empty rather than invented.
    method: { ...doc.method, hash: "" },
  });
  return {
    from: about(a, fromPeriod as string),
    to: about(b, toPeriod as string),
    crosswalk: null,
    index: nodes[0]?.index ?? "",
    nodes: nodes.map((n) => ({ id: n.name, level: n.level, title: n.name })),
    presentation,
    change: options.change ?? "exact",
    ties: b.presentation.ranks.ties,
    on: b.presentation.ranks.on,
    entityNames: new Map(),
    rows,
    ...(sameFramework && sameMethod ? {} : { acrossFrameworks: true }),
  };
}

function readScores(json: unknown, name: string): ScoresJson {
  scoresJsonSchema ??= buildScoresJsonSchema();
  const parsed = safeParseDocument(scoresJsonSchema, json);
  if (parsed.success) return parsed.data;
  const issues = schemaIssues(parsed.error, {
    unknownKey: "P10_SCORES_INVALID",
    schema: "P10_SCORES_INVALID",
  });
  throw new P10Error(
    "P10_SCORES_INVALID",
    `${name} is not a score file written by p10 score --format json: ${issues[0]?.path ?? ""} ${issues[0]?.message ?? ""}`.trim(),
    issues.map((i) => ({ ...i, file: name })),
  );
}

const periodsOf = (doc: ScoresJson): string[] =>
  [...new Set(doc.rows.map((r) => r.period))].sort(compareCodePoints);

function requirePeriod(doc: ScoresJson, period: string | undefined, name: string): void {
  if (period !== undefined && doc.rows.some((r) => r.period === period)) return;
  throw new P10Error(
    "P10_UNKNOWN_PERIOD",
    `period "${period ?? ""}" is not in ${name}; its periods are ${periodsOf(doc).join(", ") || "(none)"}`,
  );
}

/** The bare node id of a row (`law:information` → `information`). */
const bareId = (row: Row): string =>
  row.index !== null && row.node.startsWith(`${row.index}:`)
    ? row.node.slice(row.index.length + 1)
    : row.node;

interface FileNode {
  readonly name: string;
  readonly level: NodeLevel;
  readonly index: string;
}

/** The nodes to compare, as the second file names them. */
function nodesOf(doc: ScoresJson, asked: ScoreFilesOptions["nodes"], name: string): FileNode[] {
  const internal = new Map<string, FileNode>();
  for (const r of doc.rows) {
    if (r.kind !== "index" || r.level === "indicator" || r.index === null || internal.has(r.node)) continue;
    internal.set(r.node, { name: r.node, level: r.level, index: r.index });
  }
  const all = [...internal.values()];
  if (asked === "all") return all;
  if (asked === undefined) return all.filter((n) => n.level === "index");
  return asked.map((id) => {
    const found = internal.get(id) ?? all.find((n) => bareId({ node: n.name, index: n.index } as Row) === id);
    if (found !== undefined) return found;
    throw new P10Error(
      "P10_UNKNOWN_NODE",
      `node "${id}" is not an index, pillar or group of ${name}; it has ${all.map((n) => n.name).join(", ")}`,
    );
  });
}

/** The rows of one period by entity and node, and how many units each node ranks. */
function indexRows(doc: ScoresJson, period: string) {
  const byKey = new Map<string, Row>();
  const entities = new Set<string>();
  const ranked = new Map<string, number>();
  const nodes = new Set<string>();
  for (const r of doc.rows) {
    if (r.kind !== "index") continue;
    nodes.add(r.node);
    if (r.period !== period) continue;
    entities.add(r.entity);
    byKey.set(`${r.entity}\u0000${r.node}`, r);
    if (r.rank !== null) ranked.set(r.node, (ranked.get(r.node) ?? 0) + 1);
  }
  return {
    entities,
    row: (entity: string, node: string) => byKey.get(`${entity}\u0000${node}`),
    outOf: (node: string) => ranked.get(node) ?? 0,
    hasNode: (node: string) => nodes.has(node),
  };
}

function side(
  row: Row | undefined,
  rows: ReturnType<typeof indexRows>,
  node: string,
  assessed: boolean,
): ChangeSide {
  return {
    assessed,
    score: row?.score_exact == null ? null : new P10Decimal(row.score_exact),
    rank: row?.rank ?? null,
    outOf: assessed ? rows.outOf(node) : 0,
    coverage: row?.coverage == null ? null : new P10Decimal(row.coverage),
    present: null,
    missing: null,
    notApplicable: null,
  };
}

function flagsOf(
  ra: Row | undefined,
  rb: Row | undefined,
  a: ChangeSide,
  b: ChangeSide,
  fromPeriod: string,
  toPeriod: string,
  inFrom: boolean,
  earlier: ScoresJson,
): ChangeFlag[] {
  const flags: ChangeFlag[] = [];
  if (!inFrom) {
    flags.push({
      code: "not-in-framework",
      message: `not in ${earlier.framework.id} ${earlier.framework.version} (the ${fromPeriod} scores)`,
    });
  }
  for (const [s, r, period] of [
    [a, ra, fromPeriod],
    [b, rb, toPeriod],
  ] as const) {
    if (!s.assessed) flags.push({ code: "not-assessed", message: `not assessed in ${period}` });
    else if (r !== undefined && r.score_exact === null) {
      flags.push({ code: "no-score", message: `no score in ${period}: ${r.reason ?? "unknown"}` });
    }
  }
  // Coverage counts applicable children only, so a fall means more of them lack a score.
  if (
    a.coverage !== null &&
    b.coverage !== null &&
    a.score !== null &&
    b.score !== null &&
    b.coverage.lt(a.coverage)
  ) {
    const share = (v: Dec) => roundForDisplay(v, 2, "half-even");
    flags.push({
      code: "coverage-fell",
      message: `coverage fell ${share(a.coverage)} → ${share(b.coverage)}: the change may reflect missing answers`,
    });
  }
  return flags;
}
