/**
 * Reading a command's arguments the same way for every command: known options parsed by `node:util`, and
 * every mistake (an unknown option, a missing value, a stray argument) reported as a usage error in the
 * project's own words, with the closest valid option suggested — never Node's raw message.
 */
import { parseArgs } from "node:util";
import { closestMatch } from "../assessment/closest.js";
import type { Command } from "./command.js";
import { UsageError } from "./command.js";

/** The parsed arguments handed to {@link Command.run}. */
export interface ParsedCommandArgs {
  readonly values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  readonly positionals: string[];
}

/**
 * ` (did you mean X?)` when a candidate is a plausible typo of the word, else the empty string.
 * @param word - what the user typed.
 * @param candidates - the valid words, in a stable order.
 * @param show - how to print the suggestion (e.g. with a leading `--`).
 * @returns the suffix for an error message.
 */
export function didYouMean(
  word: string,
  candidates: Iterable<string>,
  show: (candidate: string) => string = (c) => c,
): string {
  const best = closestMatch(word, candidates);
  return best === undefined ? "" : ` (did you mean ${show(best)}?)`;
}

/**
 * Parses a command's arguments after the command name.
 * @param command - the command (its options and how many positionals it takes).
 * @param args - the arguments.
 * @returns the option values and positionals.
 * @throws UsageError for an unknown option (with the closest known one), a missing option value, or too
 *   few or too many positionals. `-` is a positional: standard input.
 */
export function parseCommandArgs(command: Command, args: readonly string[]): ParsedCommandArgs {
  checkOptionNames(command, args);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options: command.options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(nodeMessage(e as Error & { code?: string }));
  }
  const { min, max } = command.positionals;
  if (parsed.positionals.length < min) {
    throw new UsageError(
      `missing ${min === 1 ? "an input file (or - for standard input)" : `${min} arguments`}`,
    );
  }
  if (parsed.positionals.length > max) {
    throw new UsageError(
      max === 0
        ? `takes no arguments; got "${parsed.positionals[0]}"`
        : `unexpected argument "${parsed.positionals[max]}"`,
    );
  }
  return {
    values: parsed.values as ParsedCommandArgs["values"],
    positionals: parsed.positionals,
  };
}

/** Checks every `--name` and `-x` before parsing, so that an unknown one gets a suggestion. */
function checkOptionNames(command: Command, args: readonly string[]): void {
  const longs = Object.keys(command.options);
  const shorts = new Map<string, string>();
  for (const [name, o] of Object.entries(command.options))
    if (o.short !== undefined) shorts.set(o.short, name);
  for (const arg of args) {
    if (arg === "--") return;
    if (arg.startsWith("--")) {
      const name = arg.slice(2).split("=")[0] ?? "";
      if (!longs.includes(name)) {
        throw new UsageError(`unknown option --${name}${didYouMean(name, longs, (c) => `--${c}`)}`);
      }
    } else if (arg.startsWith("-") && arg.length > 1 && !/^-\d/.test(arg)) {
      const letter = arg[1] as string;
      if (!shorts.has(letter)) {
        const known = [...shorts.keys()].map((s) => `-${s}`).join(", ");
        throw new UsageError(`unknown option -${letter}${known === "" ? "" : ` (short options: ${known})`}`);
      }
    }
  }
}

/** Node's parseArgs messages, in the project's words. */
function nodeMessage(e: Error & { code?: string }): string {
  const missing = /^Option '(-\w, )?(--[\w-]+) <value>' argument missing/.exec(e.message);
  if (missing !== null) return `${missing[2]} expects a value`;
  const ambiguous = /^Option '(-\w, )?(--[\w-]+)' does not take an argument/.exec(e.message);
  if (ambiguous !== null) return `${ambiguous[2]} takes no value`;
  return e.message.replace(/\. To specify a positional argument.*$/s, "");
}
