/**
 * Reading JSON documents from disk with errors that name the file, line and column.
 */
import { readFile } from "node:fs/promises";
import { P10Error } from "../errors.js";
import { utf8Text } from "./utf8-chunks.js";

/**
 * Reads a file as strict UTF-8 text (a leading byte-order mark is removed).
 *
 * @param path - the file's path.
 * @param options - `file`: the name to show in errors (default: `path`), e.g. the path as the user typed it.
 * @returns the text.
 * @throws P10Error `P10_FILE_READ` naming the file and the reason (not found, a directory, …);
 *   `P10_ENCODING` at the line and column of a byte that is not UTF-8, or naming a UTF-16 file.
 * @example
 * ```ts
 * import { readTextFile } from "principle10/node";
 * const text = await readTextFile("package.json");
 * ```
 */
export async function readTextFile(path: string, options: { file?: string } = {}): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw fileReadError(options.file ?? path, e);
  }
  // Strict UTF-8 (an invalid byte is located, UTF-16 named); the decoder drops a leading BOM.
  return utf8Text(bytes, options.file ?? path);
}

/**
 * Turns a failed file read (an fs error) into the project's error, naming the file and the reason.
 *
 * @param path - the file's path.
 * @param e - what fs threw.
 * @returns a P10Error `P10_FILE_READ` (to throw).
 * @example
 * ```ts
 * import { fileReadError } from "./json-file.js"; // internal to principle10/node
 * fileReadError("x.csv", Object.assign(new Error("nope"), { code: "ENOENT" })).message; // "cannot read x.csv: no such file"
 * ```
 */
export function fileReadError(path: string, e: unknown): P10Error {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "it is a directory"
        : code === "EACCES"
          ? "permission denied"
          : String((e as Error).message);
  return new P10Error("P10_FILE_READ", `cannot read ${path}: ${why}`, [
    { code: "P10_FILE_READ", severity: "error", file: path, message: `cannot read the file: ${why}` },
  ]);
}

/**
 * Reads and parses a JSON file; a syntax error names the line and column.
 *
 * @param path - the file's path.
 * @param options - `file`: the name to show in errors (default: `path`).
 * @returns the parsed value.
 * @throws P10Error `P10_FILE_READ` or `P10_JSON_SYNTAX`.
 * @example
 * ```ts
 * import { readJsonFile } from "principle10/node";
 * const doc = await readJsonFile("data/methods/edi-2015.json");
 * ```
 */
export async function readJsonFile(path: string, options: { file?: string } = {}): Promise<unknown> {
  const text = await readTextFile(path, options);
  const name = options.file ?? path;
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const offset = syntaxErrorOffset(text, message);
    // One line per issue: V8 quotes the surrounding text, line breaks included.
    const said = message.replace(/\s+/g, " ");
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    const column = offset - before.lastIndexOf("\n");
    throw new P10Error("P10_JSON_SYNTAX", `${name} is not valid JSON: ${said}`, [
      {
        code: "P10_JSON_SYNTAX",
        severity: "error",
        file: name,
        line,
        column,
        message: `not valid JSON: ${said}`,
      },
    ]);
  }
}

const ENDED_EARLY = /end of JSON input/;

/**
 * Where JSON.parse failed, as an offset into the text. V8 names the position for some errors only
 * ("… at position 12"); otherwise the offset is found by bisection: the shortest prefix whose parse fails
 * before its own end ends just after the offending character (a longer prefix keeps that character, a
 * shorter one is merely unfinished).
 */
function syntaxErrorOffset(text: string, message: string): number {
  const at = /position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (ENDED_EARLY.test(message)) return text.length;
  const broken = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (e) {
      // "Expected … at position n" with n = the prefix's length also only means the prefix is unfinished.
      const m = (e as Error).message;
      const p = /position (\d+)/.exec(m);
      return p ? Number(p[1]) < length : !ENDED_EARLY.test(m);
    }
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (broken(mid)) high = mid;
    else low = mid + 1;
  }
  return Math.max(0, low - 1);
}
