/**
 * A small streaming CSV tokenizer after RFC 4180: quoted fields may hold delimiters, quotes (doubled) and
 * line breaks; records end at LF, CRLF or a lone CR. Input arrives in chunks of any size, and every record
 * reports the line each of its fields starts on, so readers can name FILE:LINE:COLUMN exactly.
 */
import { P10Error } from "../errors.js";

/** What was wrong with a record's quoting. The record is still delivered, with the text read literally. */
export interface CsvProblem {
  /**
   * `unclosed-quote`: a quoted field ran to the end of the input; `stray-quote`: a quote inside an unquoted
   * field; `text-after-quote`: characters between a closing quote and the next delimiter.
   */
  readonly kind: "unclosed-quote" | "stray-quote" | "text-after-quote";
  /** 1-based line where the problem is (for an unclosed quote: where the quote opened). */
  readonly line: number;
  /** 0-based index of the field in its record. */
  readonly field: number;
}

/**
 * Receives each record. `fieldLines[k]` is the 1-based line on which field `k` starts; the array is reused
 * between calls, so copy it to keep it. `fields` is a fresh array the receiver may keep.
 */
export type CsvRecordHandler = (
  fields: string[],
  line: number,
  fieldLines: readonly number[],
  problem: CsvProblem | undefined,
) => void;

/**
 * The longest cell read (1,000,000 characters) and the most fields in one record (100,000): beyond them
 * the input is not an assessment file (`/dev/zero`, a binary file, a line of a million commas), and holding
 * it would exhaust memory. The tokenizer stops with a located `P10_CSV_TOO_LONG` error.
 */
export const MAX_CELL_CHARS = 1_000_000;
/** See {@link MAX_CELL_CHARS}. */
export const MAX_RECORD_FIELDS = 100_000;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;

/** Tokenizer states. */
const FIELD_START = 0; // at the start of a field
const UNQUOTED = 1; // inside an unquoted field (or the literal tail after a quoting problem)
const QUOTED = 2; // inside a quoted field
const QUOTE_IN_QUOTED = 3; // just after a quote inside a quoted field: an escaped quote or the closing one
type State = 0 | 1 | 2 | 3;

/**
 * Splits CSV text into records, chunk by chunk. Lines containing nothing at all are skipped (they are not
 * records); a leading UTF-8 byte-order mark is ignored. Quoting problems never stop it: the record is
 * delivered with a {@link CsvProblem}. Only input that cannot be an assessment file stops it: a cell over
 * {@link MAX_CELL_CHARS} characters or a record over {@link MAX_RECORD_FIELDS} fields (`P10_CSV_TOO_LONG`).
 *
 * @throws P10Error `P10_CSV_TOO_LONG` (located by line and field); TypeError (a programming error, not bad input) for an invalid delimiter or a `push` after `end`.
 * @example
 * ```ts
 * import { CsvTokenizer } from "./csv-tokenizer.js";
 * const rows: string[][] = [];
 * const t = new CsvTokenizer(",", (fields) => rows.push(fields));
 * t.push('a,"b,\nc"\r\nd,');
 * t.push("e\n");
 * t.end();
 * rows; // [["a", "b,\nc"], ["d", "e"]]
 * ```
 */
export class CsvTokenizer {
  private readonly delimiter: number;
  private readonly onRecord: CsvRecordHandler;
  private state: State = FIELD_START;
  /** Text of the current field read so far (chunks may split a field). */
  private pending = "";
  private fields: string[] = [];
  private readonly fieldLines: number[] = [];
  private line = 1;
  private recordLine = 1;
  private problem: CsvProblem | undefined = undefined;
  /** The previous chunk ended with a CR that ended a record: a leading LF belongs to it. */
  private skipLF = false;
  /** Inside a quoted field, the last character consumed was a CR (so a following LF is the same break). */
  private quotedCR = false;
  private atStart = true;
  private ended = false;

  /**
   * @param delimiter - the field delimiter, one character (`,` or `;` for assessment files).
   * @param onRecord - called once per record, in input order.
   * @throws P10Error is never thrown; a delimiter longer than one character is a programming error (TypeError).
   */
  constructor(delimiter: string, onRecord: CsvRecordHandler) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") {
      throw new TypeError(
        `CSV delimiter must be one character other than a quote or line break; got ${JSON.stringify(delimiter)}`,
      );
    }
    this.delimiter = delimiter.charCodeAt(0);
    this.onRecord = onRecord;
  }

  /**
   * Feeds the next chunk of text.
   *
   * @param chunk - any amount of text; records may span chunks.
   * @returns nothing; complete records are delivered to the handler.
   */
  push(chunk: string): void {
    if (this.ended) throw new TypeError("CsvTokenizer.push after end()");
    let i = 0;
    const n = chunk.length;
    if (this.atStart && n > 0) {
      this.atStart = false;
      if (chunk.charCodeAt(0) === BOM) i = 1;
    }
    if (this.skipLF && i < n) {
      this.skipLF = false;
      if (chunk.charCodeAt(i) === LF) i++;
    }
    const delim = this.delimiter;
    while (i < n) {
      const state = this.state;
      if (state === FIELD_START || state === UNQUOTED) {
        if (state === FIELD_START) {
          if (this.fields.length === 0) this.recordLine = this.line;
          this.fieldLines[this.fields.length] = this.line;
          if (chunk.charCodeAt(i) === QUOTE) {
            this.state = QUOTED;
            this.quotedCR = false;
            i++;
            continue;
          }
          this.state = UNQUOTED;
        }
        let j = i;
        let c = 0;
        while (j < n) {
          c = chunk.charCodeAt(j);
          if (c === delim || c === LF || c === CR || c === QUOTE) break;
          j++;
        }
        if (j === n) {
          this.pending += chunk.slice(i, j);
          this.checkCell(this.pending.length);
          break;
        }
        this.checkCell(this.pending.length + j - i);
        const value = this.pending === "" ? chunk.slice(i, j) : this.pending + chunk.slice(i, j);
        this.pending = "";
        if (c === delim) {
          this.fields.push(value);
          this.checkFields();
          this.state = FIELD_START;
          i = j + 1;
        } else if (c === QUOTE) {
          this.note("stray-quote", this.line);
          this.pending = `${value}"`;
          i = j + 1;
        } else {
          i = this.endLine(chunk, j, value);
        }
      } else if (state === QUOTED) {
        const q = chunk.indexOf('"', i);
        const end = q === -1 ? n : q;
        this.countQuotedBreaks(chunk, i, end);
        this.pending += chunk.slice(i, end);
        this.checkCell(this.pending.length);
        if (q === -1) break;
        this.state = QUOTE_IN_QUOTED;
        this.quotedCR = false;
        i = q + 1;
      } else {
        // QuoteInQuoted: `""` is an escaped quote; anything else follows the closing quote.
        const c = chunk.charCodeAt(i);
        if (c === QUOTE) {
          this.pending += '"';
          this.state = QUOTED;
          i++;
        } else if (c === delim) {
          this.fields.push(this.pending);
          this.checkFields();
          this.pending = "";
          this.state = FIELD_START;
          i++;
        } else if (c === LF || c === CR) {
          const value = this.pending;
          this.pending = "";
          i = this.endLine(chunk, i, value);
        } else {
          this.note("text-after-quote", this.line);
          this.state = UNQUOTED;
        }
      }
    }
  }

  /**
   * Ends the input: delivers the last record (a final line break is optional) and reports an unclosed quote.
   *
   * @returns nothing.
   */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    const state = this.state;
    if (state === QUOTED) {
      this.note("unclosed-quote", this.fieldLines[this.fields.length] ?? this.line);
    }
    if (state !== FIELD_START || this.fields.length > 0) {
      this.fields.push(this.pending);
      this.pending = "";
      this.emit();
    }
  }

  /** Ends the current record at the line break at `j` (LF or CR); returns the index after the break. */
  private endLine(chunk: string, j: number, value: string): number {
    const isEmptyLine = this.fields.length === 0 && value === "" && this.state === UNQUOTED;
    if (isEmptyLine) {
      this.state = FIELD_START;
      this.problem = undefined;
    } else {
      this.fields.push(value);
      this.emit();
    }
    this.line++;
    if (chunk.charCodeAt(j) === CR) {
      if (j + 1 === chunk.length) {
        this.skipLF = true;
        return j + 1;
      }
      if (chunk.charCodeAt(j + 1) === LF) return j + 2;
    }
    return j + 1;
  }

  private emit(): void {
    const fields = this.fields;
    this.fields = [];
    this.fieldLines.length = fields.length;
    const problem = this.problem;
    this.problem = undefined;
    this.state = FIELD_START;
    this.onRecord(fields, this.recordLine, this.fieldLines, problem);
  }

  private checkCell(length: number): void {
    if (length <= MAX_CELL_CHARS) return;
    this.tooLong(
      `a cell longer than ${MAX_CELL_CHARS} characters: this is not an assessment file (binary data, or a quote never closed?)`,
    );
  }

  private checkFields(): void {
    if (this.fields.length < MAX_RECORD_FIELDS) return;
    this.tooLong(`a record of more than ${MAX_RECORD_FIELDS} fields: this is not an assessment file`);
  }

  private tooLong(message: string): never {
    const column = this.fields.length + 1;
    throw new P10Error("P10_CSV_TOO_LONG", `line ${this.recordLine}, field ${column}: ${message}`, [
      {
        code: "P10_CSV_TOO_LONG",
        severity: "error",
        line: this.fieldLines[this.fields.length] ?? this.line,
        column,
        message,
      },
    ]);
  }

  private note(kind: CsvProblem["kind"], line: number): void {
    if (this.problem === undefined) this.problem = { kind, line, field: this.fields.length };
  }

  /** Counts line breaks inside quoted text (CRLF once, also across chunks). */
  private countQuotedBreaks(chunk: string, from: number, to: number): void {
    let cr = this.quotedCR;
    let lines = 0;
    for (let k = from; k < to; k++) {
      const c = chunk.charCodeAt(k);
      if (c === LF) {
        if (!cr) lines++;
        cr = false;
      } else if (c === CR) {
        lines++;
        cr = true;
      } else {
        cr = false;
      }
    }
    this.quotedCR = cr;
    this.line += lines;
  }
}

/**
 * Picks the delimiter of a CSV file from its first record: `;` when it holds more semicolons than commas
 * outside quotes, otherwise `,` (the RFC 4180 default).
 *
 * @param header - the start of the file; at least its first line.
 * @returns `","` or `";"`.
 * @throws never.
 * @example
 * ```ts
 * import { detectDelimiter } from "./csv-tokenizer.js";
 * detectDelimiter("entity;period;indicator;response\nA;2024;1.1;3"); // ";"
 * ```
 */
export function detectDelimiter(header: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === LF || c === CR) break;
    else if (c === 0x2c) commas++;
    else if (c === 0x3b) semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/**
 * Finds where the first record of a CSV text ends (a line break outside quotes).
 *
 * @param text - the start of a file.
 * @returns the index of the line break, or -1 when the first record is not complete yet.
 * @throws never.
 * @example
 * ```ts
 * import { firstRecordEnd } from "./csv-tokenizer.js";
 * firstRecordEnd('"a\nb",c\nd'); // 7
 * ```
 */
export function firstRecordEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) return i;
  }
  return -1;
}
