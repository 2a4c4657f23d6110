/**
 * The assessment CSV a command reads: a file, or standard input when the user writes `-` (so that
 * `curl … | p10 score -` works). Every command that reads an assessment file goes through here, so `-`
 * means the same everywhere. Standard input is read once, streamed, and hashed as it passes, so that the
 * report can print its SHA-256 like a file's.
 */
import { resolve } from "node:path";
import {
  type AssessmentValidation,
  type ParsedAssessments,
  parseAssessmentsAsync,
  validateAssessmentsAsync,
} from "../assessment/parse.js";
import type { AssessmentReadOptions } from "../assessment/reader.js";
import { createSha256 } from "../audit/hash.js";
import { P10Error } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import { hashFile } from "../node/file-hash.js";
import {
  type FileProgressOption,
  readAssessments,
  validateAssessmentFile,
} from "../node/read-assessments.js";
import { utf8Chunks } from "../node/utf8-chunks.js";
import type { CommandIO } from "./command.js";

/** The argument that names standard input. */
export const STDIN_ARGUMENT = "-";
/** How standard input is named in issues (`<stdin>:3:2: error …`). */
export const STDIN_NAME = "<stdin>";

/** The SHA-256 of what each run read from standard input (a run reads it at most once). */
const stdinDigests = new WeakMap<CommandIO, string>();

/**
 * The name issues and outputs give an input: the file as typed, or `<stdin>` for `-`.
 * @param file - the argument.
 * @returns the display name.
 */
export function inputName(file: string): string {
  return file === STDIN_ARGUMENT ? STDIN_NAME : file;
}

/**
 * Reads an assessment file (or standard input for `-`) into a dataset.
 * @param file - the argument as typed.
 * @param framework - the framework to check against.
 * @param options - the reader options.
 * @param io - the command's I/O (its standard input).
 * @returns the dataset, as `readAssessments`.
 * @throws P10Error as `readAssessments`.
 */
export function readAssessmentInput(
  file: string,
  framework: Framework,
  options: AssessmentReadOptions & FileProgressOption,
  io: CommandIO,
): Promise<ParsedAssessments> {
  if (file !== STDIN_ARGUMENT) return readAssessments(resolve(io.cwd, file), framework, { file, ...options });
  const { onRead: _, ...read } = options;
  return parseAssessmentsAsync(stdinChunks(io), framework, { ...read, file: STDIN_NAME });
}

/**
 * Checks an assessment file (or standard input for `-`) without throwing for its content.
 * @param file - the argument as typed.
 * @param framework - the framework to check against.
 * @param options - the reader options.
 * @param io - the command's I/O (its standard input).
 * @returns the validation, as `validateAssessmentFile`.
 */
export function validateAssessmentInput(
  file: string,
  framework: Framework,
  options: AssessmentReadOptions,
  io: CommandIO,
): Promise<AssessmentValidation> {
  if (file !== STDIN_ARGUMENT) {
    return validateAssessmentFile(resolve(io.cwd, file), framework, { file, ...options });
  }
  return validateAssessmentsAsync(stdinChunks(io), framework, { ...options, file: STDIN_NAME });
}

/**
 * The SHA-256 of an input already read: the file's bytes, or the bytes read from standard input.
 * @param file - the argument as typed.
 * @param io - the command's I/O.
 * @returns 64 hex digits.
 */
export async function inputDigest(file: string, io: CommandIO): Promise<string> {
  if (file !== STDIN_ARGUMENT) return hashFile(resolve(io.cwd, file));
  const digest = stdinDigests.get(io);
  if (digest === undefined) throw new Error("standard input was not read before its digest was asked for");
  return digest;
}

/**
 * Standard input as text chunks, hashed on the way and decoded as strict UTF-8 like a file (an invalid
 * byte is an error at its line and column); a second read in the same run is refused.
 */
async function* stdinChunks(io: CommandIO): AsyncGenerator<string> {
  if (io.stdin === undefined || stdinDigests.has(io)) {
    throw new P10Error("P10_STDIN", "standard input (-) can be read only once, and only by the p10 command");
  }
  const stdin = io.stdin;
  const hasher = createSha256();
  const encoder = new TextEncoder();
  stdinDigests.set(io, "");
  async function* bytes(): AsyncGenerator<Uint8Array> {
    for await (const chunk of stdin) {
      const b = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
      hasher.update(b);
      yield b;
    }
  }
  yield* utf8Chunks(bytes(), STDIN_NAME);
  stdinDigests.set(io, hasher.hex());
}
