// p10-2026 1.1.0 next to 1.0.0: the guard refuses to compare their scores without the crosswalk, and the
// crosswalk bridges them; the 1.0.0 document is kept byte for byte.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  applyCrosswalk,
  assertComparable,
  frameworks,
  isP10Error,
  methods,
  parseAssessments,
  parseCrosswalk,
  parseFramework,
  score,
} from "../../src/index.js";
import { comparabilityIssues } from "../../src/advanced.js";

const v100 = parseFramework(JSON.parse(readFileSync("data/frameworks/p10-2026-1.0.0.json", "utf8")));
const v110 = frameworks.get("p10-2026");
const crosswalk = parseCrosswalk(
  JSON.parse(readFileSync("data/crosswalks/p10-2026-1.0.0_to_p10-2026-1.1.0.json", "utf8")),
);
const method = methods.get("p10-default");
const sample = readFileSync("seeds/p10-2026-sample.csv", "utf8");

describe("p10-2026 1.0.0 → 1.1.0", () => {
  it("bundles 1.1.0 and keeps 1.0.0 as the document released before", () => {
    expect([v100.version, v110.version]).toEqual(["1.0.0", "1.1.0"]);
    // SHA-256 of data/frameworks/p10-2026.json as released in 0.1.0 (commit 8297e29), taken with sha256sum:
    // a digest rather than `git show`, so the test also runs in a shallow clone or an unpacked tarball.
    const kept = createHash("sha256")
      .update(readFileSync("data/frameworks/p10-2026-1.0.0.json"))
      .digest("hex");
    expect(kept).toBe("7e2e10cf70ae242a2b8323fed56581cb588eaccb70f35a25cef94876516e008a");
  });

  const old = score(parseAssessments(sample, v100).dataset, v100, method);
  const now = score(parseAssessments(sample, v110).dataset, v110, method);

  it("refuses to compare 1.0.0 and 1.1.0 scores without the crosswalk, with a clear message", () => {
    expect(comparabilityIssues(old, now).map((i) => i.message)).toEqual([
      "framework version differs: p10-2026 1.0.0 vs 1.1.0; indicators may have changed between versions (bridge them with a crosswalk)",
    ]);
    try {
      assertComparable(old, now);
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.code).toBe("P10_NOT_COMPARABLE");
    }
  });

  it("compares them with the crosswalk, which maps every 1.0.0 indicator to itself", () => {
    expect(() => assertComparable(old, now, { crosswalk })).not.toThrow();
    expect(Object.keys(crosswalk.map)).toHaveLength(130);
    const mapped = applyCrosswalk(parseAssessments(sample, v100).dataset, crosswalk, v100, v110);
    expect(mapped.framework).toEqual({ id: "p10-2026", version: "1.1.0" });
    expect(Buffer.from(mapped.answers.buffer)).toEqual(
      Buffer.from(parseAssessments(sample, v110).dataset.answers.buffer),
    );
  });

  it("scores differ only where a 1.1.0 rule fires: P20.2 and P20.3 without public-interest litigation", () => {
    const p161 = v110.indicatorById.get("P16.1")!.ordinal;
    const ds = now.dataset;
    const noLitigation = ds.units.flatMap((_, u) =>
      ds.answers[u * v110.indicators.length + p161] === 0 ? [u] : [],
    );
    const fired = [...(now.rulings ?? new Map()).values()].filter((r) => r.kind === "not-applicable");
    expect(fired.every((r) => r.kind === "not-applicable" && r.decidedBy === "P16.1")).toBe(true);
    for (let u = 0; u < ds.units.length; u++) {
      const same =
        JSON.stringify(old.units[u]!.indices.map((i) => i.nodes.map((n) => n.exact))) ===
        JSON.stringify(now.units[u]!.indices.map((i) => i.nodes.map((n) => n.exact)));
      if (!noLitigation.includes(u)) expect(same, ds.units[u]!.entity).toBe(true);
    }
  });
});
