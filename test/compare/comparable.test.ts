// The comparability guard: same framework id and version and the same method (by content hash), or a
// crosswalk that bridges the two framework versions; otherwise P10_NOT_COMPARABLE saying what differs.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  applyCrosswalk,
  assertComparable,
  changeReport,
  frameworks,
  isP10Error,
  methods,
  parseCrosswalk,
  parseFramework,
  parseMethod,
  type P10Error,
  score,
} from "../../src/index.js";
import {
  canonicalJson,
  comparabilityIssues,
  createDataset,
  methodHash,
  sha256Hex,
} from "../../src/advanced.js";
import { method, tinyDocument, unitAnswers } from "../score/fixtures.js";
import { cmpMethod, scoreG1 } from "./fixtures.js";

function thrown(f: () => unknown): P10Error {
  try {
    f();
  } catch (e) {
    if (isP10Error(e)) return e;
    throw e;
  }
  throw new Error("expected a P10Error");
}

const tiny2 = parseFramework({ ...tinyDocument(), version: "2" });
const crosswalk12 = parseCrosswalk({
  id: "tiny-1_to_tiny-2",
  description: "Version 2 keeps every indicator.",
  from: { framework: "tiny", version: "1" },
  to: { framework: "tiny", version: "2" },
  map: Object.fromEntries(tiny2.indicators.map((i) => [i.id, i.id])),
});

describe("methodHash", () => {
  it("is SHA-256 of the canonical JSON of the parsed method", () => {
    const m = methods.get("edi-2015");
    expect(methodHash(m)).toBe(sha256Hex(canonicalJson(JSON.parse(JSON.stringify(m)))));
    expect(methodHash(m)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("ignores how a default is written, not what it is", () => {
    expect(methodHash(method())).toBe(methodHash(method({ missing: "drop" })));
    expect(methodHash(method())).not.toBe(methodHash(method({ missing: "zero" })));
  });
});

describe("the comparability guard", () => {
  const a = scoreG1({ "A/2014": { a1: 1 } });

  it("accepts results of the same framework version and method", () => {
    expect(comparabilityIssues(a, scoreG1({ "A/2024": { a1: 3 } }))).toEqual([]);
    expect(() => assertComparable(a, a)).not.toThrow();
  });

  it("refuses two different methods, naming both and their hashes", () => {
    const b = scoreG1({ "A/2024": { a1: 3 } }, method({ id: "other", minCoverage: "1/2" }));
    const e = thrown(() => assertComparable(a, b));
    expect(e.code).toBe("P10_NOT_COMPARABLE");
    expect(e.issues.map((i) => i.path)).toEqual(["method"]);
    expect(e.message).toContain(`test 1 (sha256 ${methodHash(cmpMethod).slice(0, 12)}…)`);
    expect(e.message).toContain("other 1 (sha256 ");
  });

  it("refuses a method with the same id and version but other content, and says so", () => {
    const b = scoreG1({ "A/2024": { a1: 3 } }, method({ minCoverage: "1/2" }));
    expect(thrown(() => assertComparable(a, b)).message).toContain(
      "same id and version but different content",
    );
  });

  it("refuses two framework versions, and two frameworks", () => {
    const b = score(createDataset(tiny2, unitAnswers("A", "2024", { a1: 3 })), tiny2, cmpMethod);
    const e = thrown(() => assertComparable(a, b));
    expect(e.code).toBe("P10_NOT_COMPARABLE");
    expect(e.issues).toEqual([
      expect.objectContaining({ path: "framework.version", severity: "error", code: "P10_NOT_COMPARABLE" }),
    ]);
    expect(e.message).toContain("framework version differs: tiny 1 vs 2");
    const other = parseFramework({ ...tinyDocument(), id: "tiny-b" });
    const c = score(createDataset(other, unitAnswers("A", "2024", { a1: 3 })), other, cmpMethod);
    expect(thrown(() => assertComparable(a, c)).issues[0]?.path).toBe("framework.id");
  });

  it("reports every difference at once", () => {
    const b = score(createDataset(tiny2, unitAnswers("A", "2024", { a1: 3 })), tiny2, method());
    expect(comparabilityIssues(a, b).map((i) => i.path)).toEqual(["framework.version", "method"]);
  });

  it("accepts two framework versions with a crosswalk between them (and compares across it)", () => {
    const b = score(createDataset(tiny2, unitAnswers("A", "2024", { a1: 3 })), tiny2, cmpMethod);
    expect(() => assertComparable(a, b, { crosswalk: crosswalk12 })).not.toThrow();
    const report = changeReport(
      { scoreSet: a, period: "2014" },
      { scoreSet: b, period: "2024" },
      { crosswalk: crosswalk12, nodes: ["tiny"] },
    );
    expect(report.crosswalk).toBe("tiny-1_to_tiny-2");
    expect(report.rows[0]?.change?.toString()).toBe("2"); // 3 − 1
    // Without it, changeReport refuses too.
    expect(
      thrown(() => changeReport({ scoreSet: a, period: "2014" }, { scoreSet: b, period: "2024" })).code,
    ).toBe("P10_NOT_COMPARABLE");
  });

  it("still refuses a different method across a crosswalk", () => {
    const b = score(createDataset(tiny2, unitAnswers("A", "2024", { a1: 3 })), tiny2, method());
    const e = thrown(() => assertComparable(a, b, { crosswalk: crosswalk12 }));
    expect(e.issues.map((i) => i.path)).toEqual(["method"]);
  });

  it("refuses a crosswalk that does not connect the two framework versions (or runs backwards)", () => {
    const b = score(createDataset(tiny2, unitAnswers("A", "2024", { a1: 3 })), tiny2, cmpMethod);
    const e = thrown(() => assertComparable(b, a, { crosswalk: crosswalk12 }));
    expect(e.issues[0]?.path).toBe("crosswalk");
    expect(e.message).toContain(
      "crosswalk tiny-1_to_tiny-2 maps tiny 1 → tiny 2, but the results are tiny 2 → tiny 1",
    );
  });

  it("bridges edi-2015 and p10-2026 with the bundled crosswalk, the root matched by position", () => {
    const edi = frameworks.get("edi-2015");
    const p10 = frameworks.get("p10-2026");
    const cw = parseCrosswalk(JSON.parse(readFileSync("data/crosswalks/edi-2015_to_p10-2026.json", "utf8")));
    // One method for both frameworks: the EDI rules without pinning a framework, on the legal indicators.
    const { framework: _, ...rules } = methods.get("edi-2015");
    const shared = parseMethod(rules);
    const old = createDataset(edi, [{ entity: "AA", period: "2014", indicator: "1.1", code: 1 }]);
    const now = applyCrosswalk(
      createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]),
      cw,
      edi,
      p10,
    );
    const before = score(old, edi, shared);
    const after = score(now, p10, shared);
    expect(thrown(() => assertComparable(before, after)).issues[0]?.path).toBe("framework.id");
    const report = changeReport(
      { scoreSet: before, period: "2014" },
      { scoreSet: after, period: "2024" },
      { crosswalk: cw, nodes: ["p10", "G1"] },
    );
    expect(report.rows.map((r) => [r.node, r.from.score?.toString(), r.to.score?.toString()])).toEqual([
      ["p10", "1", "3"],
      ["G1", "1", "3"],
    ]);
  });
});
