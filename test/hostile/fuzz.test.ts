// Fuzzing every reader and document parser with random bytes, random chunkings and random JSON values.
// Properties: only P10Errors are thrown, time stays bounded, and rows read = accepted + rejected.
// Seeded and bounded; on failure the seed is printed: rerun with P10_FUZZ_SEED=<seed> to reproduce.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEntities } from "../../src/assessment/entities.js";
import { validateAssessmentsAsync } from "../../src/assessment/parse.js";
import { parseManifest } from "../../src/audit/manifest.js";
import { parseCrosswalk } from "../../src/compare/crosswalk.js";
import { isP10Error } from "../../src/errors.js";
import { parseFramework } from "../../src/framework/parse.js";
import { frameworks } from "../../src/framework/registry.js";
import { parseMethod } from "../../src/method/parse.js";
import { utf8Chunks, utf8Text } from "../../src/node/utf8-chunks.js";
import { parseUncertaintySpec } from "../../src/uncertainty/spec.js";
import { HEADER } from "./corpus.js";

const SEED = Number(process.env.P10_FUZZ_SEED ?? 20261207);
const RUNS = Number(process.env.P10_FUZZ_RUNS ?? 150);
const edi = frameworks.get("edi-2015");

/** Runs a property with the fixed seed; a failure names the seed and the counterexample. */
async function check(
  name: string,
  property: fc.IAsyncProperty<unknown> | fc.IProperty<unknown>,
): Promise<void> {
  const details = await fc.check(property as fc.IAsyncProperty<unknown>, { seed: SEED, numRuns: RUNS });
  if (details.failed) {
    throw new Error(
      `fuzz property "${name}" failed with seed ${SEED} (rerun with P10_FUZZ_SEED=${SEED}): ` +
        `${fc.defaultReportMessage(details)}`,
    );
  }
}

/** Only P10Errors may escape. */
function onlyP10(e: unknown): void {
  if (!isP10Error(e)) throw e;
}

/** Splits bytes into chunks at the given cut points. */
function chunked(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let at = 0;
  for (const p of points) {
    out.push(bytes.subarray(at, p));
    at = p;
  }
  out.push(bytes.subarray(at));
  return out;
}

// Bytes that look a little like an assessment file, so that the fuzzer gets past the header too.
const csvish = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          "ARV",
          "1.1",
          "2.3",
          "2014",
          ",",
          ";",
          '"',
          "\n",
          "\r\n",
          "n/a",
          "3",
          "\u00d6",
          "O\u0308",
        ),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 60 },
    )
    .map((parts) => new TextEncoder().encode(`${HEADER}\n${parts.join("")}`)),
  fc
    .tuple(fc.uint8Array({ maxLength: 40 }), fc.uint8Array({ maxLength: 40 }))
    .map(([a, b]) => new Uint8Array([...a, ...new TextEncoder().encode(`${HEADER}\nARV,A,2014,1.1,`), ...b])),
);

describe(`fuzz (seed ${SEED}, ${RUNS} runs per property)`, () => {
  it("the assessment reader: random bytes in random chunks", async () => {
    await check(
      "assessment reader",
      fc.asyncProperty(csvish, fc.array(fc.nat(), { maxLength: 6 }), async (bytes, cuts) => {
        const started = performance.now();
        try {
          const v = await validateAssessmentsAsync(utf8Chunks(chunked(bytes, cuts), "fuzz.csv"), edi);
          expect(v.accounting.read).toBe(v.accounting.accepted + v.accounting.rejected);
          expect(v.accounting.read).toBeGreaterThanOrEqual(0);
        } catch (e) {
          onlyP10(e);
        }
        expect(performance.now() - started).toBeLessThan(1000);
      }),
    );
  });

  it("chunking never changes what is read", async () => {
    await check(
      "chunking",
      fc.asyncProperty(csvish, fc.array(fc.nat(), { maxLength: 6 }), async (bytes, cuts) => {
        const read = async (chunks: Uint8Array[]) => {
          try {
            const v = await validateAssessmentsAsync(utf8Chunks(chunks, "f.csv"), edi);
            return { accounting: v.accounting, issues: v.issues.map((i) => [i.code, i.line, i.column]) };
          } catch (e) {
            onlyP10(e);
            return { code: (e as { code: string }).code };
          }
        };
        expect(await read(chunked(bytes, cuts))).toEqual(await read([bytes]));
      }),
    );
  });

  it("the entities reader: random bytes", async () => {
    await check(
      "entities",
      fc.asyncProperty(csvish, async (bytes) => {
        try {
          parseEntities(await utf8Text(bytes, "e.csv"), { file: "e.csv" });
        } catch (e) {
          onlyP10(e);
        }
      }),
    );
  });

  const parsers: [string, (json: unknown) => unknown][] = [
    ["parseFramework", (j) => parseFramework(j)],
    ["parseMethod", (j) => parseMethod(j)],
    ["parseManifest", (j) => parseManifest(j)],
    ["parseCrosswalk", (j) => parseCrosswalk(j)],
    ["parseUncertaintySpec", (j) => parseUncertaintySpec(j)],
  ];
  // Random JSON, and mutations of real documents (so the parsers get past their first check).
  const edited = (doc: object) =>
    fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.nat()).map(([value, k]) => {
      const copy = structuredClone(doc) as Record<string, unknown>;
      const keys = Object.keys(copy);
      copy[keys[k % keys.length] as string] = value;
      return copy;
    });
  it.each(parsers)("%s: random JSON values and edited documents", async (name, parse) => {
    const documents = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      edited(edi.document),
      edited({ id: "m", version: "1", normalisation: {}, aggregation: {} }),
    );
    await check(
      name,
      fc.property(documents, (json) => {
        const started = performance.now();
        try {
          parse(json);
        } catch (e) {
          onlyP10(e);
        }
        expect(performance.now() - started).toBeLessThan(1000);
      }),
    );
  });
});
