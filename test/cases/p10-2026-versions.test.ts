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
import { ABSENT, comparabilityIssues } from "../../src/advanced.js";

const v100 = parseFramework(JSON.parse(readFileSync("data/frameworks/p10-2026-1.0.0.json", "utf8")));
const v110 = parseFramework(JSON.parse(readFileSync("data/frameworks/p10-2026-1.1.0.json", "utf8")));
const v120 = frameworks.get("p10-2026");
const crosswalk = parseCrosswalk(
  JSON.parse(readFileSync("data/crosswalks/p10-2026-1.0.0_to_p10-2026-1.1.0.json", "utf8")),
);
const method = methods.get("p10-default");
const sample = readFileSync("seeds/p10-2026-sample.csv", "utf8");
// The sample's rows of the 1.1.0 indicators (1,820: the 1.2.0 indicators' rows are appended after them).
const sample110 = `${sample.split("\n").slice(0, 1821).join("\n")}\n`;

describe("p10-2026 1.0.0 → 1.1.0", () => {
  it("keeps 1.0.0 as the document released before", () => {
    expect([v100.version, v110.version]).toEqual(["1.0.0", "1.1.0"]);
    // SHA-256 of data/frameworks/p10-2026.json as released in 0.1.0 (commit 8297e29), taken with sha256sum:
    // a digest rather than `git show`, so the test also runs in a shallow clone or an unpacked tarball.
    const kept = createHash("sha256")
      .update(readFileSync("data/frameworks/p10-2026-1.0.0.json"))
      .digest("hex");
    expect(kept).toBe("7e2e10cf70ae242a2b8323fed56581cb588eaccb70f35a25cef94876516e008a");
  });

  const old = score(parseAssessments(sample110, v100).dataset, v100, method);
  const now = score(parseAssessments(sample110, v110).dataset, v110, method);

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
    const mapped = applyCrosswalk(parseAssessments(sample110, v100).dataset, crosswalk, v100, v110);
    expect(mapped.framework).toEqual({ id: "p10-2026", version: "1.1.0" });
    expect(Buffer.from(mapped.answers.buffer)).toEqual(
      Buffer.from(parseAssessments(sample110, v110).dataset.answers.buffer),
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

describe("p10-2026 1.1.0 → 1.2.0", () => {
  const crosswalk12 = parseCrosswalk(
    JSON.parse(readFileSync("data/crosswalks/p10-2026-1.1.0_to_p10-2026-1.2.0.json", "utf8")),
  );

  it("bundles 1.2.0 and keeps 1.1.0 (released in package 0.2.0) byte for byte", () => {
    expect(v120.version).toBe("1.2.0");
    // SHA-256 of data/frameworks/p10-2026.json as released in 0.2.0 (commit 2da98cd), taken with sha256sum.
    const kept = createHash("sha256")
      .update(readFileSync("data/frameworks/p10-2026-1.1.0.json"))
      .digest("hex");
    expect(kept).toBe("ae8ef3cf5dbefaffd8587d80aa0e4e20438541fd9b3bfcb7e3f3028fa5a3ac1f");
  });

  const old = score(parseAssessments(sample110, v110).dataset, v110, method);
  const now = score(parseAssessments(sample, v120).dataset, v120, method);

  it("refuses to compare 1.1.0 and 1.2.0 scores without the crosswalk, and compares them with it", () => {
    expect(comparabilityIssues(old, now).map((i) => i.message)).toEqual([
      "framework version differs: p10-2026 1.1.0 vs 1.2.0; indicators may have changed between versions (bridge them with a crosswalk)",
    ]);
    expect(() => assertComparable(old, now)).toThrow(/framework version differs/);
    expect(() => assertComparable(old, now, { crosswalk: crosswalk12 })).not.toThrow();
  });

  it("maps the 130 indicators of 1.1.0 to themselves; the 8 new ones have no source and count as missing", () => {
    expect(Object.keys(crosswalk12.map)).toHaveLength(130);
    expect(Object.entries(crosswalk12.map).every(([a, b]) => a === b)).toBe(true);
    const mapped = applyCrosswalk(parseAssessments(sample110, v110).dataset, crosswalk12, v110, v120);
    expect(mapped.framework).toEqual({ id: "p10-2026", version: "1.2.0" });
    const added = ["4.5", "9.3", "13.5", "15.4", "17.5", "19.6", "P1.2", "P13.2"];
    const direct = parseAssessments(sample, v120).dataset;
    const n = v120.indicators.length;
    for (let u = 0; u < mapped.units.length; u++)
      for (const ind of v120.indicators) {
        const at = u * n + ind.ordinal;
        if (added.includes(ind.id)) expect(mapped.answers[at], ind.id).toBe(ABSENT);
        else expect(mapped.answers[at], `${u} ${ind.id}`).toBe(direct.answers[at]);
      }
  });
});
