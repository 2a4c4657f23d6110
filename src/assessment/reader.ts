/**
 * The streaming assessment reader: feeds chunks of CSV text through the tokenizer, checks every row against
 * the framework (indicator ids, response scales, keys, field counts, repeated cells), and collects the
 * accepted answers as columnar records. Every problem becomes an issue with its line and column.
 */
import { type IssueLocation, issueLocation } from "../base/issue-location.js";
import type { P10ErrorCode } from "../error-codes.js";
import { checkChoice, checkKind, checkObject, checkOptional, invalidArgument } from "../arguments.js";
import { isP10Error, P10Error, type P10Issue } from "../errors.js";
import type { Framework, FrameworkIndicator } from "../framework/framework.js";
import type { ScaleAnswer } from "../framework/scale.js";
import type { CaseRegister } from "./case-register.js";
import type { AnswerColumns, CaseAnswer } from "./case-answer.js";
import { closestMatch } from "./closest.js";
import type { CombineRule } from "./combine.js";
import { type CsvProblem, CsvTokenizer, detectDelimiter, firstRecordEnd } from "./csv-tokenizer.js";
import { ABSENT, MISSING, NOT_APPLICABLE } from "./dataset.js";
import { type AssessmentFormat, type HeaderLayout, readHeader } from "./header.js";
import { unguardCsvCell } from "../base/csv-cell.js";
import { quoteForMessage } from "../base/text-safety.js";
import { type AssessmentRecords, ownCopy, RecordCollector } from "./records.js";

/** One entry of a method's case-combination override. */
export interface CaseCombineOverride {
  readonly combine: "mean" | "median" | "minimum" | "share";
  readonly level?: string | undefined;
}

/** Options of the assessment readers. */
export interface AssessmentReadOptions {
  /** The file name used in issues. */
  readonly file?: string;
  /** Field delimiter; default `"auto"` (`;` when the header holds more semicolons than commas). */
  readonly delimiter?: "," | ";" | "auto";
  /** File layout; default `"auto"` (long when the header has an `indicator` or `response` column). */
  readonly format?: AssessmentFormat | "auto";
  /** Ignore columns that are not part of the format instead of reporting them; default `false`. */
  readonly allowExtra?: boolean;
  /** Build the dataset from this assessor's rows only (exact name); default: all rows. */
  readonly assessor?: string;
  /**
   * Combine several assessors' answers to one cell into their `median` or `mean` (not with `assessor`;
   * see `BuildDatasetOptions.combine`); default: several assessors per cell is `P10_MULTIPLE_ASSESSORS`.
   */
  readonly combine?: CombineRule;
  /**
   * The case register that case-level answers (rows with a `case` cell) refer to; see `case-apply.ts`.
   * Without it, every case-level answer is `P10_UNKNOWN_CASE`.
   */
  readonly cases?: CaseRegister;
  /**
   * A method's override of the framework's case combination (`Method.caseCombine`): per indicator or group
   * id, the rule (and level for `share`); an indicator's entry wins over its group's.
   */
  readonly caseCombine?: Readonly<Record<string, CaseCombineOverride>>;
  /** Keep at most this many issues (the rest are only counted in `omittedIssues`); default 10,000. */
  readonly maxIssues?: number;
}

/** Row accounting: `read = accepted + rejected`; blank rows (every field empty) are counted apart. */
export interface AssessmentAccounting {
  /** Data rows read (the header and blank rows excluded). */
  readonly read: number;
  /** Rows whose answers were all accepted. */
  readonly accepted: number;
  /** Rows with at least one error; none of their answers are kept. */
  readonly rejected: number;
  /** Rows whose fields are all empty, skipped. */
  readonly blank: number;
}

/** Everything the reader found, before the dataset is built. */
export interface AssessmentReadout {
  /** Accepted answers, one per filled answer cell of every accepted row. */
  readonly records: AssessmentRecords;
  /** Errors and warnings, sorted by line and column (issues without a line first). */
  readonly issues: readonly P10Issue[];
  /** How many issues were found but not kept (beyond `maxIssues`). */
  readonly omittedIssues: number;
  /** How many errors were found (kept or not). */
  readonly errorCount: number;
  readonly accounting: AssessmentAccounting;
  /** The detected or forced layout; `undefined` when the header could not be read. */
  readonly format: AssessmentFormat | undefined;
  readonly delimiter: "," | ";";
  /** Case-level answers: rows whose `case` cell is filled (long files only); not in `records`. */
  readonly caseAnswers: readonly CaseAnswer[];
  /** Columns of the response and case cells (long files), for located case checks. */
  readonly columns: AnswerColumns;
}

/** How long the first line may grow before the delimiter is guessed from what has arrived. */
const HEADER_SCAN_LIMIT = 1 << 16;

/** Distinct ids remembered for collision checks (bounded memory on hostile input). */
const MAX_SPELLINGS = 1_000_000;

/** The largest answer code (answers are 16-bit): at most 32,768 distinct values per numeric indicator. */
const MAX_NUMERIC_CODE = 32_767;

/** Ids longer than this get no "did you mean" suggestion: no real id is that long, and it costs time. */
const MAX_SUGGESTED_CHARS = 64;

/**
 * The longest id (entity, period, indicator, assessor) and entity name accepted: 10,000 characters. Longer
 * cells are errors (`P10_ID_TOO_LONG`); nothing needs them, and every message quotes at most 80 characters.
 */
export const MAX_ID_CHARS = 10_000;

// Control characters other than tab and line ends (C0, DEL, C1): errors in ids and names.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_IN_ID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: any character outside ASCII may need NFC.
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Reads one assessment file chunk by chunk. Create it, `push` every chunk, then call `finish`. Memory
 * stays bounded by the records kept (a few dozen bytes per answer) plus one chunk.
 *
 * @throws never for bad input: every problem becomes an issue of the readout.
 * @example
 * ```ts
 * import { frameworks } from "principle10";
 * import { AssessmentReader } from "./reader.js";
 * const reader = new AssessmentReader(frameworks.get("edi-2015"), { file: "a.csv" });
 * reader.push("entity,period,indicator,response\nARV,2024,1.1,3\n");
 * reader.finish().accounting; // { read: 1, accepted: 1, rejected: 0, blank: 0 }
 * ```
 */
export class AssessmentReader {
  private readonly framework: Framework;
  private readonly options: AssessmentReadOptions;
  private readonly file: string | undefined;
  private readonly maxIssues: number;
  private tokenizer: CsvTokenizer | undefined;
  private head = "";
  private delimiter: "," | ";" = ",";
  private layout: HeaderLayout | undefined;
  private headerSeen = false;
  private readonly collector = new RecordCollector();
  private readonly issues: P10Issue[] = [];
  private omitted = 0;
  private errors = 0;
  private read = 0;
  private rejected = 0;
  private blank = 0;
  /** Line on which each entity was first named (for name conflicts). */
  private readonly nameLines = new Map<string, number>();
  private readonly suggestions = new Map<string, string | undefined>();
  /** Every distinct id spelling seen, and the first spelling and line per folded (NFC, lower-case) id. */
  private readonly spellings = new Set<string>();
  private readonly foldedIds = new Map<string, { value: string; line: number }>();
  /** Scratch space for a wide row's answer codes. */
  private wideCodes = new Int16Array(0);
  private rowErrors = 0;
  private readonly caseAnswers: CaseAnswer[] = [];

  /**
   * @param framework - the framework answers are checked against.
   * @param options - see {@link AssessmentReadOptions}.
   */
  constructor(framework: Framework, options: AssessmentReadOptions = {}) {
    checkReadOptions(framework, options);
    this.framework = framework;
    this.options = options;
    this.file = options.file;
    this.maxIssues = options.maxIssues ?? 10_000;
    const forced = options.delimiter ?? "auto";
    if (forced !== "auto") this.start(forced);
  }

  /**
   * Reads the next chunk of text.
   * @param chunk - any part of the file, in order.
   * @returns nothing.
   */
  push(chunk: string): void {
    if (typeof chunk !== "string") throw notText(chunk);
    if (this.tokenizer !== undefined) {
      this.located(() => this.tokenizer!.push(chunk));
      return;
    }
    this.head += chunk;
    if (firstRecordEnd(this.head) !== -1 || this.head.length > HEADER_SCAN_LIMIT) this.startFromHead();
  }

  /** Runs the tokenizer, naming the file in its errors (input that cannot be an assessment file). */
  private located(run: () => void): void {
    try {
      run();
    } catch (e) {
      if (!isP10Error(e) || this.file === undefined) throw e;
      const file = this.file;
      throw new P10Error(
        e.code,
        `${file}: ${e.message}`,
        e.issues.map((i) => ({ ...i, file })),
      );
    }
  }

  /**
   * Ends the input and checks what needs the whole file (repeated cells).
   * @returns the records, issues and accounting.
   */
  finish(): AssessmentReadout {
    if (this.tokenizer === undefined) this.startFromHead();
    this.located(() => this.tokenizer!.end());
    if (!this.headerSeen) {
      this.issue(
        "P10_CSV_EMPTY",
        1,
        0,
        "the file is empty; expected a header such as entity,period,indicator,response",
      );
    } else if (this.read === 0 && this.layout !== undefined) {
      this.warn("P10_NO_ANSWERS", 0, 0, "the file has a header but no answer rows");
    }
    const drop = this.checkRepeats();
    const records = this.collector.finish(drop);
    const issues = this.issues.sort(
      (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
    );
    return {
      records,
      issues,
      omittedIssues: this.omitted,
      errorCount: this.errors,
      accounting: {
        read: this.read,
        accepted: this.read - this.rejected,
        rejected: this.rejected,
        blank: this.blank,
      },
      format: this.layout?.format,
      delimiter: this.delimiter,
      caseAnswers: this.caseAnswers,
      columns: {
        response: this.layout?.format === "long" ? this.layout.response + 1 : 0,
        case: this.layout !== undefined && this.layout.case >= 0 ? this.layout.case + 1 : 0,
      },
    };
  }

  private startFromHead(): void {
    const head = this.head;
    this.head = "";
    this.start(detectDelimiter(head.charCodeAt(0) === 0xfeff ? head.slice(1) : head));
    this.located(() => this.tokenizer!.push(head));
  }

  private start(delimiter: "," | ";"): void {
    this.delimiter = delimiter;
    this.tokenizer = new CsvTokenizer(delimiter, (fields, line, fieldLines, problem) => {
      if (!this.headerSeen) this.onHeader(fields, line, problem);
      else this.onRow(fields, line, fieldLines, problem);
    });
  }

  private onHeader(fields: string[], line: number, problem: CsvProblem | undefined): void {
    this.headerSeen = true;
    if (problem !== undefined) this.quoteIssue(problem);
    const format = this.options.format ?? "auto";
    const { layout, issues } = readHeader(fields, line, this.framework, {
      format: format === "auto" ? undefined : format,
      allowExtra: this.options.allowExtra,
      file: this.file,
    });
    for (const i of issues) this.push1(i);
    this.layout = layout;
    if (layout !== undefined) this.wideCodes = new Int16Array(layout.wideFields.length);
  }

  private onRow(
    fields: string[],
    line: number,
    fieldLines: readonly number[],
    problem: CsvProblem | undefined,
  ): void {
    const layout = this.layout;
    if (problem === undefined && isBlank(fields)) {
      this.blank++;
      return;
    }
    this.read++;
    if (layout === undefined) {
      // The header was unusable: the row cannot be interpreted; the header's issues explain why.
      this.rejected++;
      return;
    }
    if (problem !== undefined) {
      this.quoteIssue(problem);
      this.rejected++;
      return;
    }
    if (fields.length !== layout.width) {
      const extra = fields.length > layout.width;
      const k = extra ? layout.width : fields.length - 1;
      this.issue(
        "P10_CSV_FIELD_COUNT",
        fieldLines[k] ?? line,
        k + 1,
        `expected ${layout.width} fields as in the header, found ${fields.length}` +
          (extra ? ` (field ${k + 1} is extra)` : ""),
      );
      this.rejected++;
      return;
    }
    this.rowErrors = 0;
    const entity = this.key(fields, fieldLines, layout.entity, "P10_EMPTY_ENTITY", "entity");
    const period = this.key(fields, fieldLines, layout.period, "P10_EMPTY_PERIOD", "period");
    if (layout.format === "long") this.longRow(fields, line, fieldLines, layout, entity, period);
    else this.wideRow(fields, line, fieldLines, layout, entity, period);
  }

  private longRow(
    fields: string[],
    line: number,
    fieldLines: readonly number[],
    layout: HeaderLayout,
    entity: string,
    period: string,
  ): void {
    const k = layout.indicator;
    const id = unguardCsvCell(fields[k]!.trim());
    const indicator = this.framework.indicatorById.get(id);
    let code = 0;
    if (indicator === undefined) {
      this.unknownIndicator(id, fieldLines[k]!, k);
    } else {
      code = this.answer(indicator, fields, fieldLines, layout.response);
    }
    const caseCell = layout.case < 0 ? "" : unguardCsvCell(fields[layout.case]!.trim());
    if (caseCell !== "") this.checkId(caseCell, "case", fieldLines[layout.case]!, layout.case + 1);
    if (this.rowErrors > 0 || !this.acceptName(fields, fieldLines, layout, entity)) {
      this.rejected++;
      return;
    }
    if (caseCell !== "") {
      // A case-level answer: kept apart, checked and combined by `case-apply.ts`.
      this.caseAnswers.push({
        entity: ownCopy(entity),
        period: ownCopy(period),
        ordinal: indicator!.ordinal,
        case: ownCopy(caseCell),
        code,
        assessor: layout.assessor < 0 ? "" : ownCopy(fields[layout.assessor]!.trim()),
        source: layout.source < 0 ? "" : ownCopy(fields[layout.source]!.trim()),
        line,
        caseColumn: layout.case + 1,
        responseColumn: layout.response + 1,
      });
      return;
    }
    const c = this.collector;
    c.add(
      c.unitId(entity, period),
      indicator!.ordinal,
      code,
      line,
      layout.assessor < 0 ? -1 : c.assessorId(unguardCsvCell(fields[layout.assessor]!.trim())),
      layout.source < 0 ? -1 : c.textId(unguardCsvCell(fields[layout.source]!.trim())),
      layout.comment < 0 ? -1 : c.textId(unguardCsvCell(fields[layout.comment]!.trim())),
    );
  }

  private wideRow(
    fields: string[],
    line: number,
    fieldLines: readonly number[],
    layout: HeaderLayout,
    entity: string,
    period: string,
  ): void {
    const codes = this.wideCodes;
    const { wideFields, wideOrdinals } = layout;
    for (let w = 0; w < wideFields.length; w++) {
      const k = wideFields[w]!;
      const cell = fields[k]!;
      codes[w] =
        cell.trim() === ""
          ? ABSENT
          : this.answer(this.framework.indicators[wideOrdinals[w]!]!, fields, fieldLines, k);
    }
    if (this.rowErrors > 0 || !this.acceptName(fields, fieldLines, layout, entity)) {
      this.rejected++;
      return;
    }
    const c = this.collector;
    const unit = c.unitId(entity, period);
    const assessor = layout.assessor < 0 ? -1 : c.assessorId(unguardCsvCell(fields[layout.assessor]!.trim()));
    for (let w = 0; w < wideFields.length; w++) {
      const code = codes[w]!;
      if (code !== ABSENT) c.add(unit, wideOrdinals[w]!, code, line, assessor, -1, -1);
    }
  }

  /** Reads a response cell; reports and counts an off-scale response. */
  private answer(
    indicator: FrameworkIndicator,
    fields: string[],
    fieldLines: readonly number[],
    k: number,
  ): number {
    const cell = fields[k]!;
    const answer: ScaleAnswer | undefined = indicator.scale.read(cell);
    if (answer === undefined) {
      const def = indicator.scale.definition;
      const na = def.notApplicable[0];
      const missing = def.missing[0];
      this.issue(
        "P10_RESPONSE_OFF_SCALE",
        fieldLines[k]!,
        k + 1,
        `response ${quoteForMessage(cell.trim())} is not on scale ${indicator.scale.id} of indicator ${indicator.id}; ` +
          `expected ${indicator.scale.describeAllowed()}` +
          (na === undefined ? "" : `, "${na}" for not applicable`) +
          `, ${missing === undefined ? "" : `"${missing}" or `}an empty cell for missing`,
      );
      return MISSING;
    }
    switch (answer.kind) {
      case "level":
        return answer.level;
      case "missing":
        return MISSING;
      case "not-applicable":
        return NOT_APPLICABLE;
      case "invalid":
        this.issue(
          answer.code,
          fieldLines[k]!,
          k + 1,
          `response ${quoteForMessage(cell.trim())} of numeric indicator ${indicator.id}: ${answer.reason}`,
        );
        return MISSING;
      case "value":
        return this.numericCode(indicator, answer.value, fieldLines[k]!, k + 1);
    }
  }

  /** The record code of a numeric value (interned per indicator); codes are 16-bit, like level codes. */
  private numericCode(indicator: FrameworkIndicator, value: string, line: number, column: number): number {
    const code = this.collector.numericId(indicator.ordinal, value);
    if (code <= MAX_NUMERIC_CODE) return code;
    this.issue(
      "P10_NUMERIC_TOO_MANY_VALUES",
      line,
      column,
      `numeric indicator ${indicator.id} has more than ${MAX_NUMERIC_CODE + 1} distinct values; round them to what was measured`,
    );
    return MISSING;
  }

  private key(
    fields: string[],
    fieldLines: readonly number[],
    k: number,
    code: P10ErrorCode,
    what: string,
  ): string {
    const value = unguardCsvCell(fields[k]!.trim());
    if (value === "") this.issue(code, fieldLines[k]!, k + 1, `the ${what} is empty`);
    // A spelling seen before passed every check then: the common case costs one lookup.
    else if (!this.spellings.has(value) && this.checkId(value, what, fieldLines[k]!, k + 1))
      this.checkCollision(value, what, fieldLines[k]!, k + 1);
    return value;
  }

  /** Reports an id or name that is too long or holds control characters; returns whether it is clean. */
  private checkId(value: string, what: string, line: number, column: number): boolean {
    if (value.length > MAX_ID_CHARS) {
      this.issue(
        "P10_ID_TOO_LONG",
        line,
        column,
        `the ${what} is ${value.length} characters long; at most ${MAX_ID_CHARS} are accepted: ${quoteForMessage(value)}`,
      );
      return false;
    }
    if (CONTROL_IN_ID.test(value)) {
      this.issue(
        "P10_CONTROL_CHARACTER",
        line,
        column,
        `the ${what} ${quoteForMessage(value)} holds a control character; only tab and line ends are allowed`,
      );
      return false;
    }
    return true;
  }

  /**
   * Ids are compared after Unicode NFC normalisation and case folding: two spellings that differ only in
   * normalisation (composed and decomposed "Ö") or in case would silently become two entities ranked
   * against each other, so the second spelling is an error naming the line of the first.
   */
  private checkCollision(value: string, what: string, line: number, column: number): void {
    if (this.spellings.has(value)) return;
    const folded = (NON_ASCII.test(value) ? value.normalize("NFC") : value).toLowerCase();
    const key = `${what}\u0000${folded}`;
    const first = this.foldedIds.get(key);
    if (first === undefined) {
      if (this.foldedIds.size < MAX_SPELLINGS) {
        const own = ownCopy(value);
        this.spellings.add(own);
        this.foldedIds.set(ownCopy(key), { value: own, line });
      }
      return;
    }
    const how = first.value.normalize("NFC") === value.normalize("NFC") ? "Unicode normalisation" : "case";
    this.issue(
      "P10_ID_COLLISION",
      line,
      column,
      `the ${what} ${quoteForMessage(value)} differs from ${quoteForMessage(first.value)} on line ${first.line} only by ${how}: write one id the same way everywhere`,
    );
  }

  private unknownIndicator(id: string, line: number, k: number): void {
    if (id === "") {
      this.issue("P10_EMPTY_INDICATOR", line, k + 1, "the indicator is empty");
      return;
    }
    if (!this.checkId(id, "indicator", line, k + 1)) return;
    let guess = this.suggestions.get(id);
    if (guess === undefined && !this.suggestions.has(id) && id.length <= MAX_SUGGESTED_CHARS) {
      guess = closestMatch(
        id,
        this.framework.indicators.map((i) => i.id),
      );
      if (this.suggestions.size < 1000) this.suggestions.set(ownCopy(id), guess);
    }
    this.issue(
      "P10_UNKNOWN_INDICATOR",
      line,
      k + 1,
      `indicator ${quoteForMessage(id)} is not in framework ${this.framework.id}` +
        (guess === undefined ? "" : ` (did you mean "${guess}"?)`),
    );
  }

  /** Records the entity's display name; a different name than before is an error. Returns false on conflict. */
  private acceptName(
    fields: string[],
    fieldLines: readonly number[],
    layout: HeaderLayout,
    entity: string,
  ): boolean {
    const k = layout.entityName;
    if (k < 0) return true;
    const name = unguardCsvCell(fields[k]!.trim());
    if (name === "") return true;
    if (!this.checkId(name, "entity name", fieldLines[k]!, k + 1)) return false;
    const names = this.collector.entityNames;
    const known = names.get(entity);
    if (known === undefined) {
      const own = ownCopy(entity);
      names.set(own, ownCopy(name));
      this.nameLines.set(own, fieldLines[k]!);
      return true;
    }
    if (known === name) return true;
    this.issue(
      "P10_ENTITY_NAME_CONFLICT",
      fieldLines[k]!,
      k + 1,
      `entity ${quoteForMessage(entity)} is named ${quoteForMessage(name)} here but ${quoteForMessage(known)} on line ${this.nameLines.get(entity)}`,
    );
    return false;
  }

  /**
   * Finds cells answered more than once by the same assessor: the same answer is a warning, a different
   * answer an error naming both lines (the later row is rejected). Returns the records to leave out.
   */
  private checkRepeats(): Uint8Array | undefined {
    const c = this.collector;
    const n = c.length;
    const layout = this.layout;
    if (n === 0 || layout === undefined) return undefined;
    const v = c.view();
    const width = this.framework.indicators.length;
    const head = new Int32Array(v.units.length * width).fill(-1);
    const next = new Int32Array(n).fill(-1);
    let drop: Uint8Array | undefined;
    for (let r = 0; r < n; r++) {
      const ordinal = v.indicator[r]!;
      const cell = v.unit[r]! * width + ordinal;
      let q = head[cell]!;
      let conflict = false;
      while (q !== -1) {
        if (v.assessor[q] === v.assessor[r]) {
          const indicator = this.framework.indicators[ordinal]!;
          const unit = v.units[v.unit[r]!]!;
          const what = `${unit.entity} ${unit.period} ${indicator.id}`;
          const column =
            (layout.format === "long"
              ? layout.response
              : layout.wideFields[layout.wideOrdinals.indexOf(ordinal)]!) + 1;
          if (v.code[q] === v.code[r]) {
            this.warn(
              "P10_DUPLICATE_ANSWER",
              v.line[r]!,
              column,
              `${what} is answered again with the same answer as on line ${v.line[q]}`,
            );
          } else {
            const numeric = c.numericValues(ordinal);
            const said = (code: number): string => describeCode(indicator, code, numeric);
            this.issue(
              "P10_CONFLICTING_ANSWER",
              v.line[r]!,
              column,
              `${what} is answered ${said(v.code[r]!)} here but ${said(v.code[q]!)} on line ${v.line[q]}`,
            );
            conflict = true;
          }
          break;
        }
        q = next[q]!;
      }
      if (conflict) {
        drop ??= new Uint8Array(n);
        if (drop[r] !== 1) {
          this.rejected++;
          // A wide row gives several records, all on its line: the whole row goes.
          for (let s = r; s >= 0 && v.line[s] === v.line[r]; s--) drop[s] = 1;
          for (let s = r + 1; s < n && v.line[s] === v.line[r]; s++) drop[s] = 1;
        }
      } else {
        next[r] = head[cell]!;
        head[cell] = r;
      }
    }
    return drop;
  }

  private quoteIssue(problem: CsvProblem): void {
    const message =
      problem.kind === "unclosed-quote"
        ? "a quoted field is never closed (it opens here and runs to the end of the file)"
        : problem.kind === "stray-quote"
          ? 'a quote inside an unquoted field; quote the whole field and double the quote ("a ""b"" c")'
          : "text after a closing quote; a quoted field must end at a delimiter or the end of the line";
    this.issue("P10_CSV_QUOTE", problem.line, problem.field + 1, message);
  }

  private issue(code: P10ErrorCode, line: number, column: number, message: string): void {
    this.rowErrors++;
    this.push1({ code, severity: "error", message, ...this.where(line, column) });
  }

  private warn(code: P10ErrorCode, line: number, column: number, message: string): void {
    this.push1({ code, severity: "warning", message, ...this.where(line, column) });
  }

  private where(line: number, column: number): IssueLocation {
    return issueLocation(this.file, line, column);
  }

  private push1(issue: P10Issue): void {
    if (issue.severity === "error") this.errors++;
    // The message quotes cells: copy it so that a kept issue does not pin the input chunk it quotes.
    if (this.issues.length < this.maxIssues) this.issues.push({ ...issue, message: ownCopy(issue.message) });
    else this.omitted++;
  }
}

function isBlank(fields: readonly string[]): boolean {
  for (const f of fields) if (f.trim() !== "") return false;
  return true;
}

/** `"2 (Moderate)"`, `"n/a"` or `"missing"`: an answer code in words, for messages. */
function describeCode(indicator: FrameworkIndicator, code: number, numeric: readonly string[]): string {
  if (code === MISSING) return "missing";
  if (code === NOT_APPLICABLE) return "not applicable";
  if (indicator.scale.kind === "numeric") return numeric[code] ?? String(code);
  const level = indicator.scale.levels[code];
  return level === undefined
    ? String(code)
    : level.code === level.label
      ? level.code
      : `${level.code} (${level.label})`;
}

/**
 * The error for assessment input that is not text (a Buffer read without an encoding, a number, …).
 *
 * @param chunk - what was passed.
 * @returns a P10Error `P10_INVALID_ARGUMENT` (to throw).
 */
export function notText(chunk: unknown): P10Error {
  const what =
    chunk instanceof Uint8Array
      ? 'bytes (a Buffer or Uint8Array): decode them first, e.g. new TextDecoder("utf-8", { fatal: true }).decode(bytes), or use readAssessments from principle10/node'
      : chunk === null
        ? "null"
        : typeof chunk;
  return new P10Error(
    "P10_INVALID_ARGUMENT",
    `the assessment text must be a string or string chunks; got ${what}`,
    [
      {
        code: "P10_INVALID_ARGUMENT",
        severity: "error",
        path: "input",
        message: `input must be a string or string chunks; got ${what}`,
      },
    ],
  );
}

/** Validates the reader's arguments: every option value is checked, none silently defaulted. */
function checkReadOptions(framework: unknown, options: unknown): void {
  checkKind("framework", framework, "a framework (parseFramework or frameworks.get)", [
    "indicatorById",
    "indicators",
  ]);
  checkObject("options", options);
  const o = options as Record<string, unknown>;
  checkChoice("options.delimiter", o.delimiter, [",", ";", "auto"]);
  checkChoice("options.format", o.format, ["long", "wide", "auto"]);
  checkChoice("options.combine", o.combine, ["median", "mean"]);
  checkOptional("options.allowExtra", o.allowExtra, "boolean");
  checkOptional("options.assessor", o.assessor, "string");
  checkOptional("options.file", o.file, "string");
  if (o.cases !== undefined) {
    checkKind("options.cases", o.cases, "a case register (validateCaseRegister(…).register)", ["cases"]);
  }
  const max = o.maxIssues;
  if (max !== undefined && !(typeof max === "number" && Number.isInteger(max) && max >= 0)) {
    throw invalidArgument("options.maxIssues", "a whole number of at least 0", max);
  }
}
