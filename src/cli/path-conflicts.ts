/**
 * Refuses, before any work, a command line that would write over one of its own inputs (`p10 score in.csv
 * --out in.csv`) or write two outputs to one file (`--out run.scores.json --manifest run.json`). Paths are
 * compared after resolving symbolic links, so `./in.csv`, `sub/../in.csv` and a link to it are one file.
 */
import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { frameworks } from "../framework/registry.js";
import { methods } from "../method/registry.js";
import { scoresFileName } from "../node/manifest-file.js";
import { UsageError } from "./command.js";

/** Options whose value names a file the command reads (a bundled framework or method id is not a file). */
const INPUT_OPTIONS = ["framework", "method", "crosswalk", "entities", "spec"] as const;

/** One file a command line names, with the option that names it. */
interface Named {
  readonly as: string;
  readonly path: string;
}

/**
 * Checks a parsed command line: no output is also an input, and no two outputs are one file.
 *
 * @param values - the parsed options.
 * @param positionals - the positional arguments (input files).
 * @param cwd - the working directory.
 * @throws UsageError naming both arguments.
 */
export function checkPathConflicts(
  values: Record<string, unknown>,
  positionals: readonly string[],
  cwd: string,
): void {
  const inputs: Named[] = positionals.map((p) => ({ as: `the input ${p}`, path: p }));
  for (const name of INPUT_OPTIONS) {
    const v = values[name];
    if (typeof v !== "string") continue;
    if ((name === "framework" && frameworks.has(v)) || (name === "method" && methods.has(v))) continue;
    inputs.push({ as: `--${name} ${v}`, path: v });
  }
  const outputs: Named[] = [];
  if (typeof values.out === "string") outputs.push({ as: `--out ${values.out}`, path: values.out });
  if (typeof values.manifest === "string") {
    const m = values.manifest;
    outputs.push({ as: `--manifest ${m}`, path: m });
    outputs.push({
      as: `--manifest's scores file ${join(dirname(m), scoresFileName(m))}`,
      path: join(dirname(m), scoresFileName(m)),
    });
  }
  if (outputs.length === 0) return;
  const seen = new Map<string, Named>();
  for (const i of inputs) seen.set(realPath(cwd, i.path), i);
  for (const o of outputs) {
    const key = realPath(cwd, o.path);
    const before = seen.get(key);
    if (before !== undefined) {
      const reads = inputs.includes(before);
      throw new UsageError(
        reads
          ? `${o.as} would overwrite ${before.as}: a command never writes a file it reads; choose another output file`
          : `${o.as} and ${before.as} are the same file: give each output its own file`,
      );
    }
    seen.set(key, o);
  }
}

/** The path with symbolic links resolved; for a file that does not exist yet, its folder's real path. */
function realPath(cwd: string, path: string): string {
  const full = resolve(cwd, path);
  try {
    if (existsSync(full)) return realpathSync(full);
    return join(realpathSync(dirname(full)), basename(full));
  } catch {
    return full;
  }
}
