/**
 * Reading assessment CSV files from disk as a stream of text chunks, so that a file of millions of rows is
 * checked and stored in bounded memory (the file's text is never held whole).
 */
import { createReadStream } from "node:fs";
import {
  type AssessmentValidation,
  type ParsedAssessments,
  parseAssessmentsAsync,
  validateAssessmentsAsync,
} from "../assessment/parse.js";
import type { AssessmentReadOptions } from "../assessment/reader.js";
import type { Framework } from "../framework/framework.js";
import { fileReadError } from "./json-file.js";
import { utf8Chunks } from "./utf8-chunks.js";

/** Size of the chunks read from disk (1 MiB): large enough for speed, small next to the dataset. */
const CHUNK_BYTES = 1 << 20;

/**
 * Reads an assessment CSV file into a dataset, streaming it chunk by chunk.
 *
 * @param path - the file's path; also the file name in issues unless `options.file` is given.
 * @param framework - the framework to check against.
 * @param options - delimiter, format, `allowExtra`, `assessor` (see `AssessmentReadOptions`), and `onRead`, called
 *   with the bytes read so far after each chunk (progress).
 * @returns the dataset with the records, warnings and row accounting.
 * @throws P10Error `P10_FILE_READ` when the file cannot be read; `P10_ASSESSMENT_INVALID` with every issue
 *   when it has errors; `P10_MULTIPLE_ASSESSORS` or `P10_UNKNOWN_ASSESSOR` as `parseAssessments`.
 * @example
 * ```ts
 * import { frameworks } from "principle10";
 * import { readAssessments } from "principle10/node";
 * const { dataset } = await readAssessments("seeds/edi-2015-sample.csv", frameworks.get("edi-2015"));
 * dataset.units.length; // 28 (14 jurisdictions, 2 periods)
 * ```
 */
export async function readAssessments(
  path: string,
  framework: Framework,
  options: AssessmentReadOptions & FileProgressOption = {},
): Promise<ParsedAssessments> {
  const { onRead, ...read } = options;
  return parseAssessmentsAsync(fileChunks(path, read.file ?? path, onRead), framework, {
    file: path,
    ...read,
  });
}

/** A progress callback for reading a large file. */
export interface FileProgressOption {
  /** Called after each chunk read from disk with the bytes read so far (e.g. for a progress line). */
  readonly onRead?: (bytesRead: number) => void;
}

/**
 * Checks an assessment CSV file without throwing for its content: every issue, the accounting and the
 * records are returned (what `p10 validate` prints).
 *
 * @param path - the file's path.
 * @param framework - the framework to check against.
 * @param options - as for {@link readAssessments}.
 * @returns the validation result.
 * @throws P10Error `P10_FILE_READ` when the file cannot be read.
 * @example
 * ```ts
 * import { frameworks } from "principle10";
 * import { validateAssessmentFile } from "principle10/node";
 * const v = await validateAssessmentFile("seeds/edi-2015-broken.csv", frameworks.get("edi-2015"));
 * v.errorCount > 0; // true
 * ```
 */
export async function validateAssessmentFile(
  path: string,
  framework: Framework,
  options: AssessmentReadOptions = {},
): Promise<AssessmentValidation> {
  return validateAssessmentsAsync(fileChunks(path, options.file ?? path), framework, {
    file: path,
    ...options,
  });
}

async function* fileChunks(
  path: string,
  file: string,
  onRead?: (bytesRead: number) => void,
): AsyncGenerator<string> {
  async function* bytes(): AsyncGenerator<Uint8Array> {
    try {
      const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
      for await (const chunk of stream) {
        onRead?.(stream.bytesRead);
        yield chunk as Uint8Array;
      }
    } catch (e) {
      throw fileReadError(file, e);
    }
  }
  // Strict UTF-8: an invalid byte is an error at its line and column, never a silent U+FFFD.
  yield* utf8Chunks(bytes(), file);
}
