// Lists every export of the three public entries with its TSDoc, read with the TypeScript compiler API:
// one Program for the three entries, aliases resolved to the declaring symbol, `@example` code blocks cut out.
import { readdirSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import ts from "typescript";

/** The repository root (this file lives in test/docs/). */
export const REPO_ROOT = resolve(import.meta.dirname, "../..");

/** The package's public entries: the specifier users import, and the source file it is built from. */
export const ENTRIES = [
  { specifier: "principle10", file: "src/index.ts" },
  { specifier: "principle10/node", file: "src/node/index.ts" },
  { specifier: "principle10/report", file: "src/report/index.ts" },
  { specifier: "principle10/advanced", file: "src/advanced.ts" },
] as const;

export interface PublicExport {
  /** The entry's source path, relative to the repository root (e.g. `src/index.ts`). */
  entry: string;
  /** The exported name. */
  name: string;
  /** The declaring source file, relative to the repository root. */
  source: string;
  /** Functions, classes, constants and variables (anything with a run-time value); not interfaces or types. */
  isValue: boolean;
  /** Whether the declaration carries a `/** … *\/` comment with some text or tags. */
  hasDoc: boolean;
  /** The code of every fenced block under an `@example` tag, in order. */
  examples: string[];
  /** Whether an `@example` tag is present at all. */
  hasExampleTag: boolean;
}

/** Strips `/**`, `*\/` and each line's leading ` * ` from a JSDoc comment's raw text. */
function commentLines(raw: string): string[] {
  return raw
    .replace(/^\/\*\*/, "")
    .replace(/\*\/$/, "")
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, ""));
}

/**
 * Reads the fenced ```ts blocks that follow an `@example` tag. A line starting with `@` outside a fence
 * starts a new tag; lines inside a fence are code, whatever they start with.
 */
export function exampleBlocks(raw: string): { hasExampleTag: boolean; blocks: string[] } {
  const blocks: string[] = [];
  let tag = "";
  let hasExampleTag = false;
  let fence: string[] | undefined;
  for (const line of commentLines(raw)) {
    if (fence !== undefined) {
      if (/^\s*```\s*$/.test(line)) {
        if (tag === "example") blocks.push(fence.join("\n"));
        fence = undefined;
      } else {
        fence.push(line);
      }
      continue;
    }
    if (/^\s*```/.test(line)) {
      fence = [];
      continue;
    }
    const tagMatch = /^\s*@(\w+)/.exec(line);
    if (tagMatch !== null) {
      tag = tagMatch[1]!;
      if (tag === "example") hasExampleTag = true;
    }
  }
  return { hasExampleTag, blocks };
}

/** The node a declaration's JSDoc is attached to (a `const` carries it on its statement). */
function docHost(decl: ts.Declaration): ts.Node {
  if (ts.isVariableDeclaration(decl)) return decl.parent.parent;
  return decl;
}

/** The raw text of the last JSDoc comment before a declaration, or undefined. */
function jsDocText(decl: ts.Declaration): string | undefined {
  const host = docHost(decl);
  const docs = ts.getJSDocCommentsAndTags(host).filter(ts.isJSDoc);
  const doc = docs.at(-1);
  if (doc === undefined) return undefined;
  const hasContent = (doc.comment !== undefined && ts.getTextOfJSDocComment(doc.comment)?.trim()) || doc.tags;
  return hasContent ? doc.getText() : undefined;
}

/** Every export of the three public entries, in entry order then name order (code points). */
export function listPublicExports(): PublicExport[] {
  const files = ENTRIES.map((e) => resolve(REPO_ROOT, e.file));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
  });
  const checker = program.getTypeChecker();
  const out: PublicExport[] = [];
  for (const [i, entry] of ENTRIES.entries()) {
    const sourceFile = program.getSourceFile(files[i]!);
    if (sourceFile === undefined) throw new Error(`cannot load ${entry.file}`);
    const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
    if (moduleSymbol === undefined) throw new Error(`${entry.file} is not a module`);
    const exports = checker
      .getExportsOfModule(moduleSymbol)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const exported of exports) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const isValue = (symbol.flags & ts.SymbolFlags.Value) !== 0;
      const decl = (isValue ? symbol.valueDeclaration : undefined) ?? symbol.declarations?.[0];
      if (decl === undefined) throw new Error(`${entry.file}:${exported.name} has no declaration`);
      const raw = jsDocText(decl);
      const { hasExampleTag, blocks } =
        raw === undefined ? { hasExampleTag: false, blocks: [] } : exampleBlocks(raw);
      out.push({
        entry: entry.file,
        name: exported.name,
        source: relative(REPO_ROOT, decl.getSourceFile().fileName),
        isValue,
        hasDoc: raw !== undefined,
        examples: blocks,
        hasExampleTag,
      });
    }
  }
  return out;
}

/** An `@example` of an internal function: it imports what it shows from its own module (a relative path). */
export interface InternalExample {
  /** The source file, relative to the repository root. */
  source: string;
  /** The name declared after the comment (or `example` when none is found). */
  name: string;
  code: string;
}

/** Every .ts file under a folder, relative to the repository root, in code-point order. */
export function sourceFiles(dir = "src"): string[] {
  return readdirSync(resolve(REPO_ROOT, dir), { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sourceFiles(`${dir}/${e.name}`) : e.name.endsWith(".ts") ? [`${dir}/${e.name}`] : [],
    )
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The `@example` blocks under src/ that import from a relative path: examples of functions no package entry
 * exports (the public exports' examples import from the package and are listed by `listPublicExports`).
 */
export function listInternalExamples(): InternalExample[] {
  const out: InternalExample[] = [];
  for (const source of sourceFiles()) {
    const text = readFileSync(resolve(REPO_ROOT, source), "utf8");
    for (const m of text.matchAll(
      /\/\*\*[\s\S]*?\*\/\s*(?:export\s+)?(?:async\s+)?(?:function\*?|const|class|let)?\s*(\w+)?/g,
    )) {
      const comment = /\/\*\*[\s\S]*?\*\//.exec(m[0])?.[0] ?? "";
      for (const code of exampleBlocks(comment).blocks) {
        if (/from\s+["']\.{1,2}\//.test(code)) out.push({ source, name: m[1] ?? "example", code });
      }
    }
  }
  return out;
}
