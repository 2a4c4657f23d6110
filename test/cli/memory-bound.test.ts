// The memory bound of `p10 score` as a tested property (issue #13): a 199,980-answer edi-2015 file
// (1,010 entities × 2 periods × 99 indicators, from test/bench/generate.mjs) scored by a real process whose
// V8 heap is capped at 256 MB. The whole-output writers needed about 2.4 GB per million answers, so
// ~480 MB here, and the process died of heap exhaustion; streamed, the output adds nothing that grows.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const file = join(root, ".bench/edi-2015-1010e.csv");
let dir = "";

/** Runs the CLI from the sources (tsx) in its own process with a 256 MB heap. */
function p10Process(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: "1" };
  delete env.VITEST;
  return spawnSync(
    process.execPath,
    ["--max-old-space-size=256", "--import", "tsx", join(root, "src/cli/main.ts"), ...args],
    { cwd: root, env, encoding: "utf8", maxBuffer: 1 << 20 },
  );
}

beforeAll(() => {
  const gen = spawnSync(process.execPath, [join(root, "test/bench/generate.mjs"), "--entities", "1010"], {
    encoding: "utf8",
  });
  expect(gen.status, gen.stderr).toBe(0);
  dir = mkdtempSync(join(tmpdir(), "p10-mem-"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("p10 score within a 256 MB heap", () => {
  it("writes the CSV of 199,980 answers: every row of every level", () => {
    const out = join(dir, "scores.csv");
    const run = p10Process(["score", file, "--format", "csv", "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    const lines = readFileSync(out, "utf8").trimEnd().split("\n");
    // 2,020 units × (1 index + 3 pillars + 23 groups + 75 legal + 24 practice indicators) + the header.
    expect(lines).toHaveLength(1 + 2020 * 126);
    expect(lines[0]).toBe("entity,period,node,level,score,score_exact,rank,coverage,band");
    expect(lines[1]).toMatch(/^E00001,2014,edi,index,\d\.\d\d,[\d.]+,\d+,1\.0000,/);
    expect(lines.at(-1)).toMatch(/^E01010,2024,/);
  }, 120_000);

  it("writes the canonical JSON of the same file, with the trace of every answer", () => {
    // The trace was built whole (2.1 GB of peak memory per million answers, ~420 MB here); it is streamed.
    const out = join(dir, "scores.json");
    const run = p10Process(["score", file, "--format", "json", "--trace", "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(readFileSync(out, "utf8")) as {
      rows: unknown[];
      trace: { file: string; answers: { entity: string; line: number | null }[] };
    };
    expect(json.rows).toHaveLength(2020 * 126);
    expect(json.trace.answers).toHaveLength(2020 * 99);
    expect(json.trace.answers[0]).toMatchObject({ entity: "E00001", line: expect.any(Number) });
  }, 120_000);

  it("writes a manifest and verifies it: the verifier streams both digests instead of holding the scores", () => {
    // p10 verify parsed the published scores and built the recomputed ones whole (4.6 GB of peak memory
    // per million answers, ~900 MB here); it hashes both as streams and reads the scores only to compare.
    const manifest = join(dir, "run.manifest.json");
    const input = join(dir, "answers.csv");
    writeFileSync(input, readFileSync(file));
    const run = p10Process([
      "score",
      input,
      "--format",
      "csv",
      "--out",
      join(dir, "run.csv"),
      "--manifest",
      manifest,
    ]);
    expect(run.status, run.stderr).toBe(0);
    const verify = p10Process(["verify", manifest]);
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/^verified\n2020 units of framework edi-2015 /);
  }, 120_000);
});
