/**
 * Where an issue is, in the shape `P10Issue` spells it: the file when it is known, the line and the column
 * when they are positive (0 means the place has none, e.g. an issue about the whole file). Every reader and
 * rule that reports a located issue builds its place here, so an issue never carries `line: 0` or an
 * explicit `file: undefined` (`exactOptionalPropertyTypes`).
 */

/** A located issue's place. */
export interface IssueLocation {
  file?: string;
  line?: number;
  column?: number;
}

/**
 * The place of an issue, leaving out what is not known.
 *
 * @param file - the file's name as the user gave it, if any.
 * @param line - the 1-based line, or 0 for none.
 * @param column - the 1-based column, or 0 for none (the default).
 * @returns `{ file?, line?, column? }`, in that key order.
 */
export function issueLocation(file: string | undefined, line: number, column = 0): IssueLocation {
  return {
    ...(file === undefined ? {} : { file }),
    ...(line > 0 ? { line } : {}),
    ...(column > 0 ? { column } : {}),
  };
}
