/**
 * Which format a command writes, decided the same way by every command: `--format` when given; else the
 * extension of `--out` (`.csv`, `.json`, `.md`, `.html`, `.xlsx`, `.txt` for a text table); else, on
 * stdout only, whether stdout is a terminal (a table for people, a machine format for pipes). A `--format`
 * that contradicts the `--out` extension is a usage error, as is an extension the command cannot write.
 */
import { extname } from "node:path";
import { type CommandIO, stringOption, UsageError } from "./command.js";

/** The formats an `--out` extension names (lower case, without the dot). */
export const EXTENSION_FORMATS: Readonly<Record<string, string>> = {
  csv: "csv",
  json: "json",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  xlsx: "xlsx",
  txt: "text",
};

/** A command's defaults when neither `--format` nor an `--out` extension says. */
export interface FormatDefaults<F extends string> {
  /** The format on a terminal. */
  readonly tty: F;
  /** The format when stdout is piped or redirected, and for an `--out` file with another extension. */
  readonly pipe: F;
}

/**
 * Resolves a command's output format from `--format`, `--out` and the terminal.
 * @param values - the parsed options (`format`, `out`).
 * @param allowed - the formats the command writes; `table` or `text` is its human-readable one, which a
 *   `.txt` file selects.
 * @param defaults - the formats used when nothing else decides.
 * @param io - tells whether stdout is a terminal.
 * @returns the format.
 * @throws UsageError for a `--format` not in `allowed`, a `--format` that clashes with the `--out`
 *   extension, or an `--out` extension naming a format the command cannot write.
 */
export function outputFormat<F extends string>(
  values: Record<string, unknown>,
  allowed: readonly F[],
  defaults: FormatDefaults<F>,
  io: Pick<CommandIO, "outIsTTY">,
): F {
  const given = stringOption(values, "format");
  if (given !== undefined && !(allowed as readonly string[]).includes(given)) {
    throw new UsageError(`--format must be one of ${allowed.join(", ")}; got "${given}"`);
  }
  const out = stringOption(values, "out");
  const fromExtension = out === undefined ? undefined : extensionFormat(out, allowed);
  if (fromExtension !== undefined && !(allowed as readonly string[]).includes(fromExtension)) {
    throw new UsageError(
      `--out ${out} names a ${fromExtension} file, but this command writes ${allowed.join(", ")}` +
        (allowed.length > 1 ? " (choose one with a matching extension)" : ""),
    );
  }
  if (given !== undefined && fromExtension !== undefined && given !== fromExtension) {
    throw new UsageError(
      `--format ${given} clashes with --out ${out} (a ${fromExtension} file): drop --format, or change the extension`,
    );
  }
  const chosen = given ?? fromExtension;
  if (chosen !== undefined) return chosen as F;
  return out === undefined && io.outIsTTY ? defaults.tty : defaults.pipe;
}

/** The format an `--out` path's extension names, if it names one; `.txt` maps to the command's text format. */
function extensionFormat(out: string, allowed: readonly string[]): string | undefined {
  const format = EXTENSION_FORMATS[extname(out).slice(1).toLowerCase()];
  if (format !== "text") return format;
  return allowed.includes("table") ? "table" : "text";
}
