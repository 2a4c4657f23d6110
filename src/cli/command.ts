/**
 * The shape of a `p10` sub-command and the small pieces every command shares: how it writes, how it fails.
 * One file per command lives in `commands/`; `main.ts` dispatches to them.
 */
import type { ParseArgsConfig } from "node:util";

/** Where a command writes. Tests pass in-memory sinks; `main.ts` passes the process streams. */
export interface CommandIO {
  /** Writes results (stdout, or the `--out` file chosen by the command). */
  readonly out: (text: string) => void;
  /**
   * The stream behind `out`, when there is one (the process's stdout): streamed results are written to it
   * with backpressure. Without it (tests), each piece goes through `out`.
   */
  readonly outStream?: NodeJS.WritableStream;
  /** Writes diagnostics and progress (stderr). */
  readonly err: (text: string) => void;
  /** Whether stdout is a terminal (selects the default output format). */
  readonly outIsTTY: boolean;
  /** Whether stderr is a terminal (progress bars are drawn only then). */
  readonly errIsTTY: boolean;
  /** The working directory relative paths are resolved from. */
  readonly cwd: string;
  /** Standard input, read when an input file is given as `-` (the process's stdin; tests pass strings). */
  readonly stdin?: AsyncIterable<string | Uint8Array>;
}

/** A sub-command of `p10`. */
export interface Command {
  readonly name: string;
  /** One line for `p10 --help`. */
  readonly summary: string;
  /** The usage text printed by `p10 <command> --help` and after a usage error. */
  readonly usage: string;
  /** `node:util` parseArgs options (strict: unknown flags are usage errors). */
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  /** Whether the command takes positional arguments (files). */
  readonly positionals: { readonly min: number; readonly max: number };
  /** Runs the command; returns the exit code (0 success, 1 data or check failed). */
  readonly run: (
    args: {
      values: Record<string, string | boolean | string[] | boolean[] | undefined>;
      positionals: string[];
    },
    io: CommandIO,
  ) => Promise<number>;
}

/** How many issues are printed before the rest are only counted. */
export const ISSUE_PRINT_LIMIT = 100;

/** A mistake in how the command was called: exit code 2, message plus usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * Reads a string option, failing with a usage error when it was given more than once or as a flag.
 * @param values - the parsed option values.
 * @param name - the option's long name.
 * @returns the value, or `undefined` when absent.
 */
export function stringOption(values: Record<string, unknown>, name: string): string | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  if (typeof v !== "string") throw new UsageError(`--${name} expects a value`);
  return v;
}

/**
 * Reads an option whose value must be one of a few words.
 * @param values - the parsed option values.
 * @param name - the option's long name.
 * @param allowed - the accepted words.
 * @returns the chosen word, or `undefined` when absent.
 */
export function choiceOption<T extends string>(
  values: Record<string, unknown>,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const v = stringOption(values, name);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(", ")}; got "${v}"`);
  }
  return v as T;
}

/**
 * Reads a positive integer option.
 * @param values - the parsed option values.
 * @param name - the option's long name.
 * @returns the integer, or `undefined` when absent.
 */
export function integerOption(values: Record<string, unknown>, name: string, min = 1): number | undefined {
  const v = stringOption(values, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v))) {
    throw new UsageError(`--${name} expects a whole number of at least ${min}; got "${v}"`);
  }
  return Number(v);
}
