// The hostile-input corpus: small files generated at test time (nothing large is checked in), each a
// class of input a hostile or careless user can give p10. `writeCorpus` writes them to a fresh folder.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** JSON nested `depth` levels deep, as arrays inside a document's field. */
export const deepJson = (depth: number): string => `{"id": ${"[".repeat(depth)}${"]".repeat(depth)}}`;

/** JSON nested `depth` levels deep as objects. */
export const deepObjects = (depth: number): string => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

export const HEADER = "entity,entity_name,period,indicator,response,assessor,source,comment";

/** A long-format CSV of the given data rows under the standard header. */
export const csv = (...rows: string[]): string => `${[HEADER, ...rows].join("\n")}\n`;

/** Writes files into a new temporary folder and returns it. */
export function writeCorpus(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "p10-hostile-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
