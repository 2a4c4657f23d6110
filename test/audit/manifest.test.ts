// Manifests: building one from a run, its schema, and the digests of framework and method documents.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalScoreSet } from "../../src/audit/canonical-scores.js";
import {
  createManifest,
  documentDigest,
  manifestOptions,
  manifestText,
  readOptionsOf,
} from "../../src/audit/create-manifest.js";
import { sha256Hex } from "../../src/audit/hash.js";
import { type Manifest, parseManifest } from "../../src/audit/manifest.js";
import { isP10Error, type P10Issue } from "../../src/errors.js";
import { methods } from "../../src/method/registry.js";
import { score } from "../../src/score/engine.js";
import { VERSION } from "../../src/version.js";
import { method, tiny, tinyUnit } from "../score/fixtures.js";

const CSV_DIGEST = sha256Hex("entity,period,indicator,response\nX,2024,a1,3\n");

function record() {
  const scoreSet = score(
    tinyUnit({ a1: 3, a2: 1, a3: 2, b1: 0, b2: 1, c1: 2, d1: 3, d2: 0 }),
    tiny,
    method(),
  );
  return {
    scoreSet,
    ...createManifest({
      scoreSet,
      frameworkSource: { file: "tiny.json" },
      methodSource: { file: "methods/test.json" },
      input: { name: "../data/answers.csv", sha256: CSV_DIGEST, rows: 3 },
      options: { delimiter: ";", assessor: "Ann" },
      scoresFile: "run.scores.json",
    }),
  };
}

function issuesOf(run: () => unknown): readonly P10Issue[] {
  try {
    run();
  } catch (e) {
    if (isP10Error(e) && e.code === "P10_MANIFEST_INVALID") return e.issues;
    throw e;
  }
  throw new Error("expected P10_MANIFEST_INVALID");
}

describe("createManifest", () => {
  it("records the library, documents, input, options and the digest of the canonical scores", () => {
    const { manifest, scores, scoreSet } = record();
    expect(scores).toBe(canonicalScoreSet(scoreSet));
    expect(manifest).toEqual({
      format: "principle10-manifest/1",
      library: { name: "principle10", version: VERSION },
      framework: {
        id: "tiny",
        version: "1",
        sha256: documentDigest(tiny.document),
        source: { file: "tiny.json" },
      },
      method: {
        id: "test",
        version: "1",
        sha256: documentDigest(scoreSet.method),
        source: { file: "methods/test.json" },
      },
      inputs: [{ role: "assessments", name: "../data/answers.csv", sha256: CSV_DIGEST, rows: 3 }],
      options: { delimiter: ";", format: "auto", allowExtra: false, assessor: "Ann", combine: null },
      output: {
        format: "principle10-scores/1",
        file: "run.scores.json",
        sha256: sha256Hex(scores),
        units: 1,
      },
    });
  });

  it("holds no timestamp: the same run gives the same manifest text", () => {
    const a = manifestText(record().manifest);
    expect(manifestText(record().manifest)).toBe(a);
    expect(a).not.toMatch(/\d{4}-\d\d-\d\dT|time|date/i);
    expect(a.startsWith('{\n  "format": "principle10-manifest/1"')).toBe(true);
  });

  it("reads back through its schema unchanged", () => {
    const { manifest } = record();
    expect(parseManifest(JSON.parse(manifestText(manifest)))).toEqual(manifest);
  });
});

describe("parseManifest", () => {
  const valid = (): Record<string, unknown> => JSON.parse(manifestText(record().manifest));

  it("names the JSON path of every problem, with the file", () => {
    const doc = valid();
    (doc.inputs as Record<string, unknown>[])[0]!.sha256 = "ABC";
    (doc.output as Record<string, unknown>).units = 1.5;
    delete doc.library;
    const issues = issuesOf(() => parseManifest(doc, { file: "m.json" }));
    expect(issues.map((i) => [i.code, i.path, i.file])).toEqual([
      ["P10_MANIFEST_SCHEMA", "library", "m.json"],
      ["P10_MANIFEST_SCHEMA", "inputs[0].sha256", "m.json"],
      ["P10_MANIFEST_SCHEMA", "output.units", "m.json"],
    ]);
    expect(issues[1]?.message).toContain("64 lowercase hex digits");
  });

  it("refuses unknown keys, forbidden keys, another format and two inputs", () => {
    const extra = { ...valid(), timestamp: "2024-01-01" };
    expect(issuesOf(() => parseManifest(extra))[0]).toMatchObject({
      code: "P10_MANIFEST_UNKNOWN_KEY",
      path: "timestamp",
    });
    const proto = JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(valid()).slice(1)}`);
    expect(issuesOf(() => parseManifest(proto)).map((i) => i.code)).toContain("P10_MANIFEST_FORBIDDEN_KEY");
    expect(issuesOf(() => parseManifest({ ...valid(), format: "principle10-manifest/2" }))[0]?.path).toBe(
      "format",
    );
    const two = valid();
    two.inputs = [...(two.inputs as unknown[]), ...(two.inputs as unknown[])];
    expect(issuesOf(() => parseManifest(two))[0]?.path).toBe("inputs");
    expect(issuesOf(() => parseManifest("not a manifest"))[0]?.path).toBe("(root)");
  });

  it("takes a bundled or a file source, not both", () => {
    const doc = valid() as unknown as Manifest;
    const both = { ...doc, method: { ...doc.method, source: { bundled: "edi-2015", file: "x.json" } } };
    expect(issuesOf(() => parseManifest(both))[0]?.path).toBe("method.source");
  });
});

describe("documentDigest", () => {
  it("is the SHA-256 of the canonical document without $schema", () => {
    // The bundled method, hashed by hand: drop $schema, write canonical JSON, SHA-256.
    const m = methods.get("edi-2015");
    const { $schema: _, ...content } = m;
    expect(documentDigest(m)).toBe(sha256Hex(JSON.stringify(sortKeys(content))));
    expect(documentDigest({ ...m, $schema: "elsewhere.json" })).toBe(documentDigest(m));
    expect(documentDigest({ ...m, version: "1.0.1" })).not.toBe(documentDigest(m));
  });

  it("property: independent of key order", () => {
    const m = methods.get("edi-2015") as unknown as Record<string, unknown>;
    const keys = Object.keys(m);
    fc.assert(
      fc.property(fc.shuffledSubarray(keys, { minLength: keys.length, maxLength: keys.length }), (order) => {
        const reordered = Object.fromEntries(order.map((k) => [k, m[k]]));
        expect(documentDigest(reordered)).toBe(documentDigest(m));
      }),
      { numRuns: 50 },
    );
  });
});

describe("manifestOptions / readOptionsOf", () => {
  it("writes every default out", () => {
    expect(manifestOptions()).toEqual({
      delimiter: "auto",
      format: "auto",
      allowExtra: false,
      assessor: null,
      combine: null,
    });
  });

  it("property: reader options survive the round trip through a manifest", () => {
    const options = fc.record(
      {
        delimiter: fc.constantFrom(",", ";") as fc.Arbitrary<"," | ";">,
        format: fc.constantFrom("long", "wide") as fc.Arbitrary<"long" | "wide">,
        allowExtra: fc.constant(true),
        assessor: fc.string({ minLength: 1 }),
        combine: fc.constantFrom("median", "mean") as fc.Arbitrary<"median" | "mean">,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(options, (o) => {
        expect(readOptionsOf(manifestOptions(o))).toEqual(o);
      }),
    );
  });
});

/** JSON with keys sorted recursively (what canonical JSON is for plain data with no floats). */
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === "object") {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}
