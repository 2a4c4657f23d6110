// Shared inputs of the report assembly tests: the bundled samples, scored, and helpers to find blocks.
import { readFileSync } from "node:fs";
import { parseAssessments } from "../../src/assessment/parse.js";
import { frameworks } from "../../src/framework/registry.js";
import { methods } from "../../src/method/registry.js";
import type { Method } from "../../src/method/schema.js";
import type { Block } from "../../src/report/html/blocks.js";
import { score } from "../../src/score/engine.js";
import type { ScoreSet } from "../../src/score/types.js";

export const SAMPLE = "seeds/edi-2015-sample.csv";
export const SAMPLE_TEXT = readFileSync(SAMPLE, "utf8");
export const edi = frameworks.get("edi-2015");

/** Scores CSV text under edi-2015 (or another method). */
export function scoreCsv(text: string, method: Method = methods.get("edi-2015")): ScoreSet {
  return score(parseAssessments(text, edi, { file: "test.csv" }).dataset, edi, method);
}

let sample: ScoreSet | undefined;
/** The bundled sample scored with edi-2015 (computed once). */
export function sampleScores(): ScoreSet {
  sample ??= scoreCsv(SAMPLE_TEXT);
  return sample;
}

export type Section = Extract<Block, { kind: "section" }>;
export type Table = Extract<Block, { kind: "table" }>;

/** Every block, depth first. */
export function allBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b) => (b.kind === "section" ? [b, ...allBlocks(b.blocks)] : [b]));
}

/** The section with this id, anywhere. */
export function sectionById(blocks: readonly Block[], id: string): Section | undefined {
  return allBlocks(blocks).find((b): b is Section => b.kind === "section" && b.id === id);
}

/** The tables under some blocks, in order. */
export function tablesIn(blocks: readonly Block[]): Table[] {
  return allBlocks(blocks).filter((b): b is Table => b.kind === "table");
}

/** The text of every paragraph and note under some blocks. */
export function textIn(blocks: readonly Block[]): string {
  return allBlocks(blocks)
    .flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.kind === "notes" ? b.items : []))
    .join("\n");
}
