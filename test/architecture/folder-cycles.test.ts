// No import cycle between src/ folders. The rule (also in ARCHITECTURE.md): every folder directly under
// src/ is one node (its subfolders belong to it, e.g. report/svg is report); every top-level file src/*.ts
// is a node of its own (errors.ts, decimal.ts, …; index.ts is the entry and imports everything). An edge
// A → B means a file in A imports (or re-exports, or dynamically imports) a file in B. The graph must have
// no cycle, so low-level helpers live low (src/base/) and each folder can be understood from the ones below.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = normalize(join(import.meta.dirname, "../../src"));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith(".ts") ? [path] : [];
  });
}

/** The graph node of a file under src/: its top-level folder, or the file itself at the top. */
function nodeOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  return parts.length === 1 ? parts[0]! : `${parts[0]!}/`;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;

/** The folder graph: node → nodes it imports from. */
function folderGraph(files: readonly string[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = nodeOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = normalize(join(dirname(file), m[1]!)).replace(/\.js$/, ".ts");
      if (relative(SRC, target).startsWith("..")) continue; // data/*.json and the like
      const to = nodeOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Every cycle's node list, found by depth-first search (iterative: the graph is small but the rule holds). */
function findCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  for (const start of [...graph.keys()].sort()) {
    if (state.has(start)) continue;
    const stack: { node: string; next: string[] }[] = [
      { node: start, next: [...(graph.get(start) ?? [])].sort() },
    ];
    state.set(start, "open");
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const to = top.next.shift();
      if (to === undefined) {
        state.set(top.node, "done");
        stack.pop();
        continue;
      }
      if (state.get(to) === "open") {
        const path = stack.map((s) => s.node);
        cycles.push([...path.slice(path.indexOf(to)), to]);
      } else if (!state.has(to)) {
        state.set(to, "open");
        stack.push({ node: to, next: [...(graph.get(to) ?? [])].sort() });
      }
    }
  }
  return cycles;
}

describe("src/ folder graph", () => {
  it("has no import cycle between folders (or top-level files)", () => {
    const graph = folderGraph(sourceFiles(SRC));
    expect(graph.size).toBeGreaterThan(10);
    expect(findCycles(graph).map((c) => c.join(" → "))).toEqual([]);
  });

  it("keeps src/base/ at the bottom: it imports no other folder", () => {
    const graph = folderGraph(sourceFiles(SRC));
    expect([...(graph.get("base/") ?? [])].filter((n) => n.endsWith("/"))).toEqual([]);
  });

  it("finds a cycle when there is one (the checker can fail)", () => {
    const graph = new Map([
      ["a/", new Set(["b/"])],
      ["b/", new Set(["c/"])],
      ["c/", new Set(["a/"])],
      ["d/", new Set(["a/"])],
    ]);
    expect(findCycles(graph)).toEqual([["a/", "b/", "c/", "a/"]]);
  });
});
