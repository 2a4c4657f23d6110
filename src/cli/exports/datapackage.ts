/**
 * `p10 score … --datapackage DIR`: the run as a Frictionless Data Package (Data Package v1, Tabular Data
 * Package profile) that open-data portals accept: `datapackage.json` with a Table Schema for every CSV —
 * the scores, the entities and the assessment itself — field types and descriptions, primary keys,
 * foreign keys to the entities, the provenance digests, and licence and sources entries for the publisher
 * to fill in (they cannot be known here).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { writeAssessmentsCsv } from "../../assessment/write.js";
import type { Manifest } from "../../audit/manifest.js";
import type { RankSet } from "../../compare/rank.js";
import { P10Error } from "../../errors.js";
import { csvRow } from "../../base/csv-cell.js";
import { writeScoresCsv } from "../../report/score-writers.js";
import type { ScoreSet } from "../../score/types.js";
import type { CommandIO } from "../command.js";

/** A Table Schema field. */
interface Field {
  name: string;
  type: "string" | "number" | "integer";
  description: string;
  constraints?: { required?: boolean; enum?: string[] };
}

const FIELDS: Record<string, Omit<Field, "name">> = {
  entity: { type: "string", description: "The assessed jurisdiction's id.", constraints: { required: true } },
  entity_name: { type: "string", description: "The jurisdiction's name as the assessment file gave it." },
  name: { type: "string", description: "The jurisdiction's display name." },
  period: {
    type: "string",
    description: "The period assessed (e.g. a year).",
    constraints: { required: true },
  },
  node: { type: "string", description: "The framework node: the index, a pillar, a group or an indicator." },
  level: {
    type: "string",
    description: "The node's level.",
    constraints: { enum: ["index", "pillar", "group", "indicator"] },
  },
  score: { type: "number", description: "The score, rounded as the method shows it; empty when none." },
  score_exact: { type: "number", description: "The exact score (decimal), from which ranks are computed." },
  rank: { type: "integer", description: "The rank within the node and period (ties share the best place)." },
  coverage: { type: "number", description: "The share of the node's weight that had answers (0 to 1)." },
  band: { type: "string", description: "The method's band for the score (e.g. good, fair, poor)." },
  indicator: { type: "string", description: "The framework indicator answered." },
  response: { type: "string", description: "The answer: a level of the indicator's scale, n/a, or empty." },
  assessor: { type: "string", description: "Who gave the answer." },
  source: { type: "string", description: "The evidence cited for the answer." },
  comment: { type: "string", description: "The assessor's comment." },
};

const schemaFor = (header: readonly string[]): Field[] =>
  header.map((name) => ({ name, ...(FIELDS[name] ?? { type: "string", description: name }) }));

const headerOf = (csv: string): string[] => (csv.slice(0, csv.indexOf("\n")) || csv).split(",");

/**
 * Writes the data package of a scoring run into a folder (created when missing).
 * @param dir - the folder as typed.
 * @param run - the scores, ranks, entity names and the run's manifest.
 * @param io - the command's I/O.
 * @returns the files written, relative to the folder.
 * @throws P10Error `P10_FILE_WRITE` when the folder or a file cannot be written.
 */
export async function writeDataPackage(
  dir: string,
  run: {
    readonly scoreSet: ScoreSet;
    readonly ranks: RankSet;
    readonly names: ReadonlyMap<string, string>;
    readonly manifest: Manifest;
  },
  io: CommandIO,
): Promise<string[]> {
  const { scoreSet, ranks, names, manifest } = run;
  const { framework, method, dataset } = scoreSet;
  const scores = writeScoresCsv(scoreSet, ranks);
  const entityIds = [...new Set(dataset.units.map((u) => u.entity))];
  const entities = `${[csvRow(["entity", "name"]), ...entityIds.map((e) => csvRow([e, names.get(e) ?? ""]))].join("\n")}\n`;
  const assessments = writeAssessmentsCsv(dataset, framework);
  const entityKey = { fields: "entity", reference: { resource: "entities", fields: "entity" } };
  const descriptor = {
    profile: "tabular-data-package",
    name: `${framework.id}-${method.id}-scores`.toLowerCase().replace(/[^-a-z0-9._]/g, "-"),
    title: `${framework.title}: scores by ${method.title}`,
    description:
      `Scores of ${entityIds.length} jurisdictions under ${framework.id} ${framework.version}, method ` +
      `${method.id} ${method.version}, computed by principle10 ${manifest.library.version} from the ` +
      "assessments in this package. Recompute them with p10 score assessments.csv.",
    version: "1.0.0",
    licenses: [
      {
        name: "to-be-filled",
        title: "Fill in the licence under which you publish these data (e.g. CC-BY-4.0)",
      },
    ],
    sources: [{ title: "Fill in who assessed the jurisdictions, when, and under which mandate" }],
    principle10: {
      framework: manifest.framework,
      method: manifest.method,
      assessments: manifest.inputs[0],
      scoresSha256: manifest.output.sha256,
    },
    resources: [
      resource("scores", "scores.csv", "One row per jurisdiction, period and node.", headerOf(scores), {
        primaryKey: ["entity", "period", "node"],
        foreignKeys: [entityKey],
      }),
      resource("entities", "entities.csv", "The jurisdictions assessed.", headerOf(entities), {
        primaryKey: ["entity"],
      }),
      resource(
        "assessments",
        "assessments.csv",
        "The assessment: one answer per jurisdiction, period and indicator, with its evidence.",
        headerOf(assessments),
        { primaryKey: ["entity", "period", "indicator"], foreignKeys: [entityKey] },
      ),
    ],
  };
  const files: [string, string][] = [
    ["scores.csv", scores],
    ["entities.csv", entities],
    ["assessments.csv", assessments],
    ["datapackage.json", `${JSON.stringify(descriptor, null, 2)}\n`],
  ];
  const folder = resolve(io.cwd, dir);
  try {
    await mkdir(folder, { recursive: true });
    for (const [name, text] of files) await writeFile(join(folder, name), text);
  } catch (e) {
    throw new P10Error("P10_FILE_WRITE", `cannot write the data package in ${dir}: ${(e as Error).message}`);
  }
  return files.map(([name]) => name);
}

function resource(
  name: string,
  path: string,
  description: string,
  header: readonly string[],
  keys: object,
): object {
  return {
    name,
    path,
    profile: "tabular-data-resource",
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    description,
    schema: { fields: schemaFor(header), missingValues: [""], ...keys },
  };
}
