// p10 uncertainty end to end (in memory): formats, reproducible output, the spec file, --node, usage and data
// errors, and the progress bar's rule (only on a terminal, never in CI).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createProgressBar, isCiEnvironment } from "../../src/cli/progress.js";
import { p10 } from "./run-cli.js";

const SAMPLE = "seeds/edi-2015-sample.csv";

describe("p10 uncertainty", () => {
  it("says nothing about the sample at the default 4000 runs, whose widest Sobol interval is 0.20 wide", async () => {
    const r = await p10(["uncertainty", SAMPLE, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    expect(doc.baseRows).toBe(444);
  });

  it("writes canonical JSON with the seed, the design and every analysed node", async () => {
    const r = await p10(["uncertainty", SAMPLE, "--runs", "180", "--format", "json"]);
    expect(r.code).toBe(0);
    // 20 base rows are too few for Sobol indices one can read: said once, on stderr, with what would do.
    expect(r.stderr).toMatch(
      /^warning P10_UNCERTAINTY_FEW_RUNS: 180 runs \(20 base rows for 7 inputs\) are too few for stable Sobol indices: fewer than 64 base rows .*About \d+ runs \(--runs \d+\) would narrow every interval to 0\.25\.\n$/,
    );
    const doc = JSON.parse(r.stdout);
    // 7 default inputs: n = round(180 / 9) = 20 base rows, 180 runs.
    expect([doc.seed, doc.requestedRuns, doc.baseRows, doc.runs]).toEqual(["1", 180, 20, 180]);
    expect(doc.nodes.map((n: { node: string }) => n.node)).toEqual([
      "edi",
      "information",
      "participation",
      "justice",
    ]);
    expect(doc.nodes[0].units).toHaveLength(28);
  });

  it("gives byte-identical output for the same seed, and other output for another", async () => {
    const args = ["uncertainty", SAMPLE, "--runs", "90", "--format", "csv", "--seed", "7"];
    const a = await p10(args);
    const b = await p10(args);
    expect(b.stdout).toBe(a.stdout);
    const c = await p10([...args.slice(0, -1), "8"]);
    expect(c.stdout).not.toBe(a.stdout);
    expect(a.stdout.split("\n")[0]).toBe(
      "index,node,period,entity,nominal,median,p05,p95,mean,min,max,mean_shift,runs",
    );
  });

  it("defaults to the table on a terminal and to CSV in a pipe; --node picks the table's node", async () => {
    const table = await p10(["uncertainty", SAMPLE, "--runs", "90", "--node", "justice"], { tty: true });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("2024: ranks of justice (Access to justice, index edi)");
    expect(table.stdout).toContain("90 runs = 10 base rows × (7 inputs + 2), seed 1");
    const pipe = await p10(["uncertainty", SAMPLE, "--runs", "90"]);
    expect(pipe.stdout.startsWith("index,node,period")).toBe(true);
  });

  it("reads a spec file: zero perturbation and no alternatives collapse every interval", async () => {
    const dir = mkdtempSync(join(tmpdir(), "p10-uncertainty-"));
    const spec = join(dir, "quiet.json");
    writeFileSync(
      spec,
      JSON.stringify({
        weights: { perturbation: 0 },
        aggregation: [],
        missing: [],
        exclude: null,
        seed: "spec seed",
      }),
    );
    const r = await p10(["uncertainty", SAMPLE, "--spec", spec, "--runs", "50", "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.seed).toBe("spec seed");
    for (const node of doc.nodes) {
      for (const u of node.units)
        expect([u.p05, u.p95, u.median]).toEqual(Array(3).fill(`${u.nominal}.000000`));
    }
  });

  it("reports a bad spec with its file and JSON path (exit 1)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "p10-uncertainty-"));
    const spec = join(dir, "bad.json");
    writeFileSync(spec, JSON.stringify({ weights: { perturbation: 150 }, exclude: { nodes: ["G99"] } }));
    const r = await p10(["uncertainty", SAMPLE, "--spec", spec]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("P10_UNCERTAINTY_SPEC_SCHEMA");
    expect(r.stderr).toContain("weights.perturbation");
    expect(r.stderr).toContain(spec);
    const unknown = join(dir, "unknown.json");
    writeFileSync(unknown, JSON.stringify({ exclude: { nodes: ["G99"] } }));
    const u = await p10(["uncertainty", SAMPLE, "--spec", unknown]);
    expect(u.code).toBe(1);
    expect(u.stderr).toContain("P10_UNCERTAINTY_UNKNOWN_NODE");
  });

  it("usage errors exit 2; an unknown node exits 1", async () => {
    expect((await p10(["uncertainty", SAMPLE, "--runs", "0"])).code).toBe(2);
    expect((await p10(["uncertainty", SAMPLE, "--format", "md"])).code).toBe(2);
    const node = await p10(["uncertainty", SAMPLE, "--runs", "20", "--node", "nope"]);
    expect(node.code).toBe(1);
    expect(node.stderr).toContain("P10_UNCERTAINTY_NODE");
  });

  it("takes a text seed", async () => {
    const r = await p10(["uncertainty", SAMPLE, "--runs", "20", "--seed", "edi audit", "--format", "json"]);
    expect(JSON.parse(r.stdout).seed).toBe("edi audit");
  });
});

describe("progress bar", () => {
  const io = (errIsTTY: boolean) => {
    const seen: string[] = [];
    return {
      seen,
      io: { out: () => {}, err: (t: string) => seen.push(t), outIsTTY: false, errIsTTY, cwd: "." },
    };
  };

  it("draws on a terminal outside CI, once per percent, and clears its line at the end", () => {
    const { seen, io: sink } = io(true);
    const bar = createProgressBar(sink, "runs", {});
    for (let done = 1; done <= 400; done++) bar.update(done, 400);
    bar.finish();
    expect(seen.length).toBe(102); // 0 %, 1 %, …, 100 %, then the clearing
    expect(seen[0]).toBe(`\rruns [${"-".repeat(30)}]   0% 1/400`);
    expect(seen[100]).toBe(`\rruns [${"#".repeat(30)}] 100% 400/400`);
    expect(seen[101]).toBe("\r\x1b[2K");
  });

  it("draws nothing in a pipe or in CI", () => {
    for (const [tty, env] of [
      [false, {}],
      [true, { CI: "true" }],
      [true, { CI: "1" }],
    ] as const) {
      const { seen, io: sink } = io(tty);
      const bar = createProgressBar(sink, "runs", env);
      bar.update(1, 2);
      bar.finish();
      expect(seen).toEqual([]);
      expect(bar.drawn).toBe(false);
    }
    expect(isCiEnvironment({ CI: "false" })).toBe(false);
    expect(isCiEnvironment({ CI: "" })).toBe(false);
  });
});
