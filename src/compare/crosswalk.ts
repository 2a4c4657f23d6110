/**
 * Crosswalks: explicit maps from one framework's indicator ids to another's, so that assessments made under
 * one framework (EDI 2015) can be scored under another (p10-2026). Answers move by level *code*; indicators
 * of the target that nothing maps to stay missing and the method's coverage rule decides what is reported.
 */
import { checkArgKind, checkKind } from "../arguments.js";
import type { P10ErrorCode } from "../error-codes.js";
import * as z from "zod/mini";
import {
  ABSENT,
  type AnswerNote,
  type BuildDatasetOptions,
  buildDataset,
  type Dataset,
} from "../assessment/dataset.js";
import type { AssessmentRecords } from "../assessment/records.js";
import { findForbiddenKeys, jsonPath, safeParseDocument, schemaIssues } from "../document.js";
import { failWithIssues, P10Error, type P10Issue } from "../errors.js";
import type { Framework, FrameworkIndicator } from "../framework/framework.js";
import { IdSchema } from "../framework/schema.js";

/**
 * A framework named by id and version.
 *
 * @example
 * ```ts
 * import { FrameworkRefSchema } from "principle10/advanced";
 * FrameworkRefSchema.safeParse({ framework: "edi-2015", version: "1.0.0" }).success; // true
 * FrameworkRefSchema.safeParse({ framework: "edi-2015" }).success; // false: the version is required
 * ```
 */
export const FrameworkRefSchema = /* @__PURE__ */ z
  .strictObject({
    framework: /* @__PURE__ */ IdSchema.check(/* @__PURE__ */ z.describe('A framework id, e.g. "edi-2015".')),
    version: /* @__PURE__ */ z
      .string()
      .check(
        /* @__PURE__ */ z.minLength(1),
        /* @__PURE__ */ z.describe('The framework version the map was written for, e.g. "1.0.0".'),
      ),
  })
  .check(/* @__PURE__ */ z.describe("A framework at one version."));

/**
 * A crosswalk document: which indicator of `to` answers each indicator of `from`.
 *
 * @example
 * ```ts
 * import { CrosswalkSchema } from "principle10/advanced";
 * import { readJsonFile } from "principle10/node";
 * const json = await readJsonFile("data/crosswalks/edi-2015_to_p10-2026.json");
 * CrosswalkSchema.safeParse(json).success; // true
 * CrosswalkSchema.safeParse({ id: "x" }).success; // false
 * ```
 */
export const CrosswalkSchema = /* @__PURE__ */ z
  .strictObject({
    $schema: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    id: IdSchema,
    description: /* @__PURE__ */ z
      .string()
      .check(
        /* @__PURE__ */ z.minLength(1),
        /* @__PURE__ */ z.describe("What the map does and why, in words."),
      ),
    from: /* @__PURE__ */ FrameworkRefSchema.check(
      /* @__PURE__ */ z.describe("The framework the assessments were made under."),
    ),
    to: /* @__PURE__ */ FrameworkRefSchema.check(
      /* @__PURE__ */ z.describe("The framework they are scored under."),
    ),
    map: /* @__PURE__ */ z
      .record(IdSchema, IdSchema)
      .check(
        /* @__PURE__ */ z.describe(
          "Source indicator id → target indicator id. Each target at most once; both scales must have the same level codes. Source indicators not listed are dropped (with a warning); target indicators not listed stay missing.",
        ),
      ),
  })
  .check(
    /* @__PURE__ */ z.describe("A principle10 crosswalk: maps one framework's indicators onto another's."),
  );

/** A crosswalk as parsed. */
export type Crosswalk = z.output<typeof CrosswalkSchema>;

/** Options naming the crosswalk file in issues. */
export interface CrosswalkFileOption {
  /** The crosswalk file, mentioned on every issue. */
  readonly file?: string;
}

const mapPath = (source: string): string => jsonPath(["map", source]);

function fail(code: P10ErrorCode, summary: string, issues: readonly P10Issue[], file?: string): never {
  return failWithIssues(code, summary, issues, { file });
}

/**
 * Validates a crosswalk document on its own (without the frameworks): the schema, and that no two source
 * indicators map to the same target (two answers would compete for one cell).
 *
 * @param json - the parsed JSON document (an object, not a string).
 * @param options - `file`: the file name to mention in errors.
 * @returns the crosswalk.
 * @throws P10Error `P10_CROSSWALK_INVALID`, whose `issues` hold every problem with its JSON path:
 *   `P10_CROSSWALK_SCHEMA`, `P10_CROSSWALK_UNKNOWN_KEY`, `P10_CROSSWALK_FORBIDDEN_KEY`,
 *   `P10_CROSSWALK_DUPLICATE_TARGET`.
 * @example
 * ```ts
 * import { parseCrosswalk } from "principle10";
 * const cw = parseCrosswalk({
 *   id: "a_to_b", description: "Renames q1.", from: { framework: "a", version: "1" },
 *   to: { framework: "b", version: "1" }, map: { q1: "Q1" },
 * });
 * cw.map.q1; // "Q1"
 * ```
 */
export function parseCrosswalk(json: unknown, options: CrosswalkFileOption = {}): Crosswalk {
  const forbidden = findForbiddenKeys(json, "P10_CROSSWALK_FORBIDDEN_KEY");
  if (forbidden.length > 0) fail("P10_CROSSWALK_INVALID", "invalid crosswalk", forbidden, options.file);
  const parsed = safeParseDocument(CrosswalkSchema, json);
  if (!parsed.success) {
    const issues = schemaIssues(parsed.error, {
      unknownKey: "P10_CROSSWALK_UNKNOWN_KEY",
      schema: "P10_CROSSWALK_SCHEMA",
    });
    fail("P10_CROSSWALK_INVALID", "invalid crosswalk", issues, options.file);
  }
  const crosswalk = parsed.data;
  const issues: P10Issue[] = [];
  const firstSource = new Map<string, string>();
  for (const [source, target] of Object.entries(crosswalk.map)) {
    const earlier = firstSource.get(target);
    if (earlier === undefined) firstSource.set(target, source);
    else
      issues.push({
        code: "P10_CROSSWALK_DUPLICATE_TARGET",
        severity: "error",
        path: mapPath(source),
        message: `"${source}" and "${earlier}" both map to "${target}"; a target indicator takes one source`,
      });
  }
  if (issues.length > 0) fail("P10_CROSSWALK_INVALID", "invalid crosswalk", issues, options.file);
  return crosswalk;
}

const codeKey = (code: string): string => code.trim().toLowerCase();
const codesOf = (i: FrameworkIndicator): string => i.scale.levels.map((l) => l.code).join(", ");

/**
 * Checks a crosswalk against the two frameworks it joins: the framework ids and versions it names, every
 * source id an indicator of `from`, every target an indicator of `to`, and each pair's scales with the same
 * level codes (compared as the reader matches them: trimmed, case-insensitive). Source indicators the map
 * leaves out are a warning: their answers are dropped.
 *
 * @param crosswalk - a parsed crosswalk.
 * @param from - the framework the assessments were made under.
 * @param to - the framework to score under.
 * @returns every problem, with JSON paths (errors, then the warning); empty when the crosswalk fits.
 * @throws never.
 * @example
 * ```ts
 * import { frameworks, parseCrosswalk } from "principle10";
 * import { crosswalkIssues } from "./crosswalk.js";
 * const cw = parseCrosswalk({ id: "x", description: "d", from: { framework: "edi-2015", version: "1.1.0" },
 *   to: { framework: "p10-2026", version: "1.2.0" }, map: { "1.1": "1.9" } });
 * crosswalkIssues(cw, frameworks.get("edi-2015"), frameworks.get("p10-2026"))[0]?.code; // "P10_CROSSWALK_UNKNOWN_TARGET"
 * ```
 */
export function crosswalkIssues(crosswalk: Crosswalk, from: Framework, to: Framework): P10Issue[] {
  const issues: P10Issue[] = [];
  const issue = (code: P10ErrorCode, path: string, message: string): void => {
    issues.push({ code, severity: "error", path, message });
  };
  for (const [side, fw] of [
    ["from", from],
    ["to", to],
  ] as const) {
    const ref = crosswalk[side];
    if (ref.framework !== fw.id) {
      issue(
        "P10_CROSSWALK_FRAMEWORK",
        `${side}.framework`,
        `the crosswalk maps ${side} "${ref.framework}", but the ${side === "from" ? "assessments are under" : "target is"} "${fw.id}"`,
      );
    } else if (ref.version !== fw.version) {
      issue(
        "P10_CROSSWALK_VERSION",
        `${side}.version`,
        `the crosswalk was written for ${fw.id} ${ref.version}, not ${fw.version}`,
      );
    }
  }
  if (issues.length > 0) return issues;
  for (const [source, target] of Object.entries(crosswalk.map)) {
    const a = from.indicatorById.get(source);
    const b = to.indicatorById.get(target);
    if (a === undefined)
      issue("P10_CROSSWALK_UNKNOWN_SOURCE", mapPath(source), `"${source}" is not an indicator of ${from.id}`);
    if (b === undefined)
      issue(
        "P10_CROSSWALK_UNKNOWN_TARGET",
        mapPath(source),
        `"${target}" (the target of "${source}") is not an indicator of ${to.id}`,
      );
    if (a === undefined || b === undefined) continue;
    if (a.scale.kind === "numeric" || b.scale.kind === "numeric") {
      issue(
        "P10_NUMERIC_UNSUPPORTED",
        mapPath(source),
        `"${source}" → "${target}": a crosswalk maps answer levels, and ${a.scale.kind === "numeric" ? `"${source}"` : `"${target}"`} is numeric (scale ${a.scale.kind === "numeric" ? a.scale.id : b.scale.id}); leave it out of the map`,
      );
      continue;
    }
    const codesA = a.scale.levels.map((l) => codeKey(l.code)).sort();
    const codesB = b.scale.levels.map((l) => codeKey(l.code)).sort();
    if (codesA.join("\u0000") !== codesB.join("\u0000")) {
      issue(
        "P10_CROSSWALK_SCALE",
        mapPath(source),
        `"${source}" (scale ${a.scale.id}: ${codesOf(a)}) and "${target}" (scale ${b.scale.id}: ${codesOf(b)}) do not have the same level codes`,
      );
    }
  }
  const unmapped = from.indicators.filter((i) => !Object.hasOwn(crosswalk.map, i.id)).map((i) => i.id);
  if (unmapped.length > 0) {
    issues.push({
      code: "P10_CROSSWALK_UNMAPPED",
      severity: "warning",
      path: "map",
      message: `${unmapped.length} indicator${unmapped.length === 1 ? "" : "s"} of ${from.id} map${unmapped.length === 1 ? "s" : ""} to nothing; their answers are dropped: ${unmapped.join(", ")}`,
    });
  }
  return issues;
}

/** Per source ordinal: the target ordinal (-1: unmapped) and the target level of each source level. */
interface LevelMap {
  readonly target: Int32Array;
  readonly levels: readonly (Int16Array | null)[];
}

function compile(crosswalk: Crosswalk, from: Framework, to: Framework, file?: string): LevelMap {
  const errors = crosswalkIssues(crosswalk, from, to).filter((i) => i.severity === "error");
  if (errors.length > 0)
    fail("P10_CROSSWALK_MISMATCH", `crosswalk ${crosswalk.id} does not fit`, errors, file);
  const target = new Int32Array(from.indicators.length).fill(-1);
  const levels = from.indicators.map((a): Int16Array | null => {
    const id = crosswalk.map[a.id];
    const b = id === undefined ? undefined : to.indicatorById.get(id);
    if (b === undefined) return null;
    target[a.ordinal] = b.ordinal;
    const position = new Map(b.scale.levels.map((l, j) => [codeKey(l.code), j]));
    return Int16Array.from(a.scale.levels, (l) => position.get(codeKey(l.code)) as number);
  });
  return { target, levels };
}

/** Maps one answer code: levels through the level map, MISSING / NOT_APPLICABLE / ABSENT unchanged. */
const mapCode = (code: number, levels: Int16Array): number => (code >= 0 ? (levels[code] as number) : code);

/** Options of {@link applyCrosswalk}. */
export interface ApplyCrosswalkOptions extends BuildDatasetOptions {
  /** The crosswalk file, named on errors. */
  readonly crosswalkFile?: string;
}

/**
 * Moves assessments made under one framework onto another through a crosswalk. Each mapped answer keeps
 * its unit, its source line and its note; its level is the target level with the same code;
 * *missing* and *not applicable* stay what they were. Target indicators nothing maps to are absent
 * (missing), so the method's missing-data policy and minimum coverage decide which nodes can be scored;
 * answers to source indicators the map leaves out are dropped ({@link crosswalkIssues} warns of them).
 *
 * @param input - a dataset under `from`, or assessment records read against `from` (then built into a
 *   dataset under `to` with `options.assessor` / `options.file`, as `buildDataset` does).
 * @param crosswalk - the crosswalk.
 * @param from - the framework of the input.
 * @param to - the framework to score under.
 * @param options - `crosswalkFile` for errors; `file` and `assessor` or `combine` for records.
 * @returns a dataset under `to`, with the same units in the same order.
 * @throws P10Error `P10_CROSSWALK_MISMATCH` (with every issue of {@link crosswalkIssues}) when the crosswalk
 *   does not fit the frameworks, or the dataset is not under `from`; `P10_CROSSWALK_COMBINED` for a dataset
 *   built with `combine` (give the records and `options.combine`); for records, the codes of `buildDataset`.
 * @example
 * ```ts
 * import { applyCrosswalk, frameworks, parseCrosswalk } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const p10 = frameworks.get("p10-2026");
 * const cw = parseCrosswalk({ id: "x", description: "d", from: { framework: "edi-2015", version: "1.1.0" },
 *   to: { framework: "p10-2026", version: "1.2.0" }, map: { "1.1": "1.1" } });
 * const ds = applyCrosswalk(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), cw, edi, p10);
 * ds.framework.id; // "p10-2026"
 * ```
 */
export function applyCrosswalk(
  input: Dataset | AssessmentRecords,
  crosswalk: Crosswalk,
  from: Framework,
  to: Framework,
  options: ApplyCrosswalkOptions = {},
): Dataset {
  checkKind("input", input, "a dataset or assessment records", ["units"]);
  checkKind("crosswalk", crosswalk, "a crosswalk (parseCrosswalk)", ["from", "to"]);
  checkArgKind("from", from, "framework");
  checkArgKind("to", to, "framework");
  const map = compile(crosswalk, from, to, options.crosswalkFile);
  if (!("answers" in input)) {
    const { crosswalkFile: _, ...build } = options;
    return buildDataset(to, mapRecords(input, map), build);
  }
  if (input.framework.id !== from.id || input.framework.version !== from.version) {
    fail(
      "P10_CROSSWALK_MISMATCH",
      `crosswalk ${crosswalk.id} does not fit`,
      [
        {
          code: "P10_CROSSWALK_FRAMEWORK",
          severity: "error",
          path: "from",
          message: `the dataset is under ${input.framework.id} ${input.framework.version}, not ${from.id} ${from.version}`,
        },
      ],
      options.crosswalkFile,
    );
  }
  if (input.combine !== undefined) {
    // A combined value is no level of the source scale, so no level of the target maps from it.
    throw new P10Error(
      "P10_CROSSWALK_COMBINED",
      `the dataset combines assessors (${input.combine}): apply the crosswalk to its records, with the option combine`,
    );
  }
  const width = from.indicators.length;
  const outWidth = to.indicators.length;
  const units = input.units.length;
  const answers = new Int16Array(units * outWidth).fill(ABSENT);
  const lines = new Int32Array(units * outWidth);
  const cellOf = new Int32Array(units * width).fill(-1);
  for (let u = 0; u < units; u++) {
    for (let i = 0; i < width; i++) {
      const t = map.target[i] as number;
      if (t < 0) continue;
      const src = u * width + i;
      const dst = u * outWidth + t;
      answers[dst] = mapCode(input.answers[src] as number, map.levels[i] as Int16Array);
      lines[dst] = input.lines[src] as number;
      cellOf[src] = dst;
    }
  }
  const notes = new Map<number, AnswerNote>();
  for (const [cell, note] of [...input.notes].sort((x, y) => x[0] - y[0])) {
    const dst = cellOf[cell] ?? -1;
    if (dst >= 0) notes.set(dst, note);
  }
  return {
    framework: { id: to.id, version: to.version },
    indicators: to.indicators.map((i) => i.id),
    units: input.units,
    answers,
    lines,
    ...(input.file === undefined ? {} : { file: input.file }),
    entityNames: input.entityNames,
    notes,
  };
}

/**
 * Moves assessment records read against `from` onto `to` through a crosswalk, record by record: the
 * indicator becomes its target, the level the target level with the same code; records of indicators the
 * map leaves out are left out. Units, assessors, lines, sources and comments are kept.
 *
 * @param records - records read against `from` (e.g. `validateAssessments(...).records`).
 * @param crosswalk - the crosswalk.
 * @param from - the framework of the records.
 * @param to - the framework to move them to.
 * @param options - `crosswalkFile` for errors.
 * @returns the records under `to`.
 * @throws P10Error `P10_CROSSWALK_MISMATCH` when the crosswalk does not fit the frameworks.
 * @example
 * ```ts
 * import { frameworks, parseCrosswalk, validateAssessments } from "principle10";
 * import { crosswalkRecords } from "./crosswalk.js";
 * const edi = frameworks.get("edi-2015");
 * const cw = parseCrosswalk({ id: "x", description: "d", from: { framework: "edi-2015", version: "1.1.0" },
 *   to: { framework: "p10-2026", version: "1.2.0" }, map: { "1.1": "1.1" } });
 * const { records } = validateAssessments("entity,period,indicator,response\nAA,2024,1.1,3\nAA,2024,1.2,1\n", edi);
 * crosswalkRecords(records, cw, edi, frameworks.get("p10-2026")).length; // 1
 * ```
 */
export function crosswalkRecords(
  records: AssessmentRecords,
  crosswalk: Crosswalk,
  from: Framework,
  to: Framework,
  options: Pick<ApplyCrosswalkOptions, "crosswalkFile"> = {},
): AssessmentRecords {
  return mapRecords(records, compile(crosswalk, from, to, options.crosswalkFile));
}

function mapRecords(records: AssessmentRecords, map: LevelMap): AssessmentRecords {
  const keep: number[] = [];
  for (let r = 0; r < records.length; r++) {
    if ((map.target[records.indicator[r] as number] ?? -1) >= 0) keep.push(r);
  }
  const pick = <T extends Int32Array | Int16Array>(
    a: T,
    f: (v: number, r: number) => number = (v) => v,
  ): T => {
    const out = new (a.constructor as new (n: number) => T)(keep.length);
    keep.forEach((r, k) => {
      out[k] = f(a[r] as number, r);
    });
    return out;
  };
  return {
    ...records,
    length: keep.length,
    unit: pick(records.unit),
    indicator: pick(records.indicator, (i) => map.target[i] as number),
    code: pick(records.code, (c, r) => mapCode(c, map.levels[records.indicator[r] as number] as Int16Array)),
    line: pick(records.line),
    assessor: pick(records.assessor),
    source: pick(records.source),
    comment: pick(records.comment),
  };
}

/** What a crosswalk leaves unassessed in its target framework. */
export interface CrosswalkReach {
  /** Target indicators no source maps to, in framework order. */
  readonly indicators: readonly string[];
  /**
   * The highest internal nodes (pillars, groups) of the target with no mapped indicator anywhere below,
   * in framework pre-order: they can have no answers (e.g. p10-2026's G7, G14, G25 and DEF from edi-2015).
   */
  readonly nodes: readonly string[];
}

/**
 * Lists what a crosswalk cannot fill in its target framework: the target indicators nothing maps to, and
 * the highest nodes with no mapped indicator below them. Scores of other nodes still depend on the data and
 * on the method's coverage rule.
 *
 * @param crosswalk - a crosswalk.
 * @param to - its target framework.
 * @returns the unassessed indicators and nodes.
 * @throws never.
 * @example
 * ```ts
 * import { frameworks, parseCrosswalk } from "principle10";
 * import { crosswalkReach } from "principle10/advanced";
 * const cw = parseCrosswalk({ id: "x", description: "d", from: { framework: "edi-2015", version: "1.1.0" },
 *   to: { framework: "p10-2026", version: "1.2.0" }, map: { "1.1": "1.1" } });
 * crosswalkReach(cw, frameworks.get("p10-2026")).nodes; // ["G2", "G3", …, "participation", "justice"]
 * ```
 */
export function crosswalkReach(crosswalk: Crosswalk, to: Framework): CrosswalkReach {
  const targets = new Set(Object.values(crosswalk.map));
  const reached = new Set<string>();
  for (const i of to.indicators) {
    if (!targets.has(i.id)) continue;
    for (let id: string | null = i.parent; id !== null; id = to.nodes.get(id)?.parent ?? null)
      reached.add(id);
  }
  const nodes = to.order.filter((id) => {
    const node = to.nodes.get(id);
    if (node === undefined || node.level === "indicator" || reached.has(id)) return false;
    return node.parent === null || reached.has(node.parent);
  });
  return { indicators: to.indicators.filter((i) => !targets.has(i.id)).map((i) => i.id), nodes };
}
