/**
 * Earlier versions of the bundled frameworks, kept in the package as `data/frameworks/<id>-<version>.json`
 * (byte for byte as released), so that scores, crosswalks and manifests of an earlier version stay usable
 * after the bundled framework moves on.
 */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package's `data/frameworks` folder, looked for above this module (source tree or dist). */
function frameworksFolder(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    const candidate = join(dir, "data", "frameworks");
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

/**
 * The kept file of an earlier version of a bundled framework.
 * @param id - the framework id, e.g. `p10-2026`.
 * @param version - the version, e.g. `1.1.0`.
 * @returns the file's path, or undefined when the package keeps no such version.
 * @example
 * ```ts
 * keptFrameworkFile("p10-2026", "1.0.0"); // ".../data/frameworks/p10-2026-1.0.0.json"
 * ```
 */
export function keptFrameworkFile(id: string, version: string): string | undefined {
  const folder = frameworksFolder();
  if (folder === undefined) return undefined;
  const file = join(folder, `${id}-${version}.json`);
  return existsSync(file) ? file : undefined;
}

/**
 * The earlier versions the package keeps of a bundled framework, newest first (compared numerically, part by part).
 * @param id - the framework id.
 * @returns e.g. `["1.1.0", "1.0.0"]` for `p10-2026`.
 * @example
 * ```ts
 * keptFrameworkVersions("p10-2026"); // ["1.1.0", "1.0.0"]
 * ```
 */
export function keptFrameworkVersions(id: string): string[] {
  const folder = frameworksFolder();
  if (folder === undefined) return [];
  const prefix = `${id}-`;
  const versions = readdirSync(folder)
    .filter((name) => name.startsWith(prefix) && name.endsWith(".json"))
    .map((name) => name.slice(prefix.length, -".json".length))
    .filter((v) => /^\d+\.\d+\.\d+$/.test(v));
  const parts = (v: string): number[] => v.split(".").map(Number);
  return versions.sort((a, b) => {
    const [x, y] = [parts(a), parts(b)];
    for (let k = 0; k < 3; k++) if (x[k] !== y[k]) return (y[k] as number) - (x[k] as number);
    return 0;
  });
}
