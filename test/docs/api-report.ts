// The API report: one Markdown file per public entry under api/, listing every exported name (runtime values
// with their kind, then types) read from the entries with the TypeScript compiler (see public-exports.ts).
// `npm run api` rewrites the files; test/docs/api-report.test.ts fails when a committed report is stale, so
// every change to the public surface shows up in review as a change to api/*.api.md.
import { ENTRIES, listPublicExports, type PublicExport } from "./public-exports.js";

/** The file under api/ that reports an entry: `principle10` → `index.api.md`, `principle10/node` → `node.api.md`. */
export function reportFile(specifier: string): string {
  const sub = specifier.split("/")[1];
  return `api/${sub ?? "index"}.api.md`;
}

/** The report of every entry, keyed by its file under api/. */
export function apiReports(): Map<string, string> {
  const all = listPublicExports();
  const out = new Map<string, string>();
  for (const entry of ENTRIES) {
    const mine = all.filter((x) => x.entry === entry.file);
    const values = mine.filter((x) => x.isValue);
    const types = mine.filter((x) => !x.isValue);
    const line = (x: PublicExport) => `- \`${x.name}\` (${x.source})`;
    const text = [
      `# API report: \`${entry.specifier}\``,
      "",
      `Generated from \`${entry.file}\` by \`npm run api\`; checked by test/docs/api-report.test.ts. Do not edit.`,
      "",
      `${values.length} runtime names, ${types.length} types.`,
      "",
      "## Runtime names",
      "",
      ...values.map(line),
      "",
      "## Types",
      "",
      ...types.map(line),
      "",
    ].join("\n");
    out.set(reportFile(entry.specifier), text);
  }
  return out;
}
