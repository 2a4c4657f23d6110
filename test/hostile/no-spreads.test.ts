// No argument spreads over data: `Math.min(...xs)` or `xs.push(...ys)` overflow the call stack at ~100,000
// items (the report crashed at ~5,000 jurisdictions). The helpers in src/extent.ts loop instead.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { maxOf, minOf, pushAll } from "../../src/base/extent.js";
import { renderTextTable } from "../../src/base/text-table.js";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

const SPREAD = /Math\.(min|max)\([^)]*\.\.\.|\.(push|unshift)\(\.\.\.|fromCharCode\(\.\.\./;

describe("argument spreads", () => {
  it("no source file spreads values into Math.min, Math.max, push or fromCharCode", () => {
    const found = sources("src").flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, k) =>
          SPREAD.test(line) && !/^\s*\*/.test(line) ? [`${file}:${k + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(found).toEqual([]);
  });

  it("minOf, maxOf and pushAll take 1,000,000 values; the text table 200,000 rows", () => {
    const xs = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_003);
    expect(() => Math.max(...xs)).toThrow(RangeError);
    expect(minOf(xs)).toBe(0);
    expect(maxOf(xs)).toBe(xs.reduce((a, b) => Math.max(a, b)));
    expect([minOf([]), maxOf([])]).toEqual([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    const target: number[] = [];
    pushAll(target, xs);
    expect(target.length).toBe(1_000_000);
    const rows = Array.from({ length: 200_000 }, (_, i) => [`E${i}`, "1.00"]);
    const table = renderTextTable({ header: ["entity", "score"], rows, align: ["left", "right"] });
    expect(table.split("\n")[2]).toMatch(/^E0 +1\.00$/);
    expect(table.split("\n").length).toBe(200_003);
  });
});
