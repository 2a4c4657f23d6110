// The case-based seed through the CLI: p10 score reads the register beside the CSV and scores practice from
// cases; one jurisdiction's practice pillar is written out from its case answers; p10 validate lists every
// problem planted in the broken case seed; p10 explain shows the cases behind a practice score.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { p10 } from "./run-cli.js";

const SEED = "seeds/p10-2026-cases.csv";
const BROKEN = "seeds/p10-2026-cases-broken.csv";

describe("p10 score on the case-based seed", () => {
  it("scores practice from cases; ARV's information practice pillar computed by hand", async () => {
    const r = await p10(["score", SEED, "-f", "p10-2026", "--format", "csv"]);
    expect(r.code).toBe(0);
    // The two planted coverage events are named on stderr.
    const warnings = r.stderr.split("\n").flatMap((l) => /warning (P10_[A-Z_]+)/.exec(l)?.[1] ?? []);
    expect(warnings).toEqual(["P10_CASE_OUTSIDE_WINDOW", "P10_TOO_FEW_CASES", "P10_EVIDENCE_MISSING"]);
    // The score set's own warnings follow the reader's: LMR's "yes" to PDEF.3 rests on cases naming no source.
    expect(r.stderr).toContain(
      'seeds/p10-2026-cases.csv:1841: warning P10_EVIDENCE_MISSING: LMR 2025 PDEF.3: "2" needs at least 1 source, 0 given; kept (flagged)\n',
    );
    // ARV's case answers to the information pillar's practice indicators (seeds/p10-2026-cases.csv), each on
    // no / limited / yes = 0 / 50 / 100 (p10-default goalposts), combined by the mean of the cases:
    //   P1.1  cases yes, yes, yes       → (100 + 100 + 100) / 3 = 100
    //   P1.2  cases limited ×3, no      → (50 + 50 + 50 + 0) / 4 = 75/2       G1 = (100 + 75/2) / 2 = 275/4
    //   P2.1  cases yes, limited        → (100 + 50) / 2 = 75
    //   P2.2  cases yes, limited        → (100 + 50) / 2 = 75                G2 = (75 + 75) / 2 = 75
    //   P3.1  case yes                  → 100                                 G3 = 100
    //   P4.1  cases yes, yes            → 100;  P4.2 case yes → 100           G4 = 100
    //   P5.1  case yes (2016, inside the ten-year window)  → 100              G5 = 100
    //   P6.1  case limited              → 50                                  G6 = 50
    //   P7.1  cases limited, yes        → (50 + 100) / 2 = 75;  P7.2 case limited → 50
    //                                                                          G7 = (75 + 50) / 2 = 125/2
    //   information = (275/4 + 75 + 100 + 100 + 100 + 50 + 125/2) / 7 = (2225/4) / 7 = 2225/28 = 79.46
    // (1.1.0, without P1.2: G1 = 100 and information = 1175/14 = 83.93.)
    const arv = (node: string) =>
      r.stdout
        .split("\n")
        .find((l) => l.startsWith(`ARV,2025,practice:${node},`))
        ?.split(",")[5];
    expect(arv("P1.1")).toBe("100");
    expect(arv("P1.2")).toBe("37.5");
    expect(arv("G1")).toBe("68.75");
    expect(arv("P2.1")).toBe("75");
    expect(arv("G2")).toBe("75");
    expect(arv("G6")).toBe("50");
    expect(arv("P7.1")).toBe("75");
    expect(arv("G7")).toBe("62.5");
    expect(arv("information")).toBe("79.464285714285714285714285714285714285714285714286");
  });

  it("too few cases leaves KVS's P8.1 missing; MZV's 'no' to P16.1 makes P20.2 and P20.3 not applicable", async () => {
    const r = await p10(["explain", SEED, "-f", "p10-2026", "--entity", "MZV", "--period", "2025"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/P20\.2 not applicable · .*rule: not applicable because P16\.1 is "0"/);
    expect(r.stdout).toMatch(/P20\.3 not applicable · .*rule: not applicable because P16\.1 is "0"/);
    const k = await p10(["explain", SEED, "-f", "p10-2026", "--entity", "KVS", "--period", "2025"]);
    expect(k.stdout).toMatch(
      /P8\.1 missing · line \d+\n\s+cases: mean of 2 counted in the 3 years to 2025-12-31 — too few \(at least 3 needed\): missing/,
    );
  });

  it("explain shows each case with its answer, dates, sources and lines", async () => {
    const r = await p10(["explain", SEED, "-f", "p10-2026", "--entity", "DVL", "--period", "2025"]);
    expect(r.stdout).toMatch(
      /\n\s+P6\.1-1 \(emergency\) \S+ · "[^"]+" · 2019-04-02 to 2019-04-20 · sources [^·]+ · line \d+, register line \d+ · not counted: outside the window\n/,
    );
  });
});

describe("p10 validate on the case-based seed", () => {
  it("is valid and says what the case answers became", async () => {
    const r = await p10(["validate", SEED, "-f", "p10-2026"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "case-level answers: 938 (938 cases), giving 574 indicator values (1 with too few cases: missing)",
    );
    expect(r.stdout).toContain("valid: 0 errors, 2 warnings");
  });
});

describe("p10 validate on the broken case seed", () => {
  it("lists every planted problem, located", async () => {
    const r = await p10(["validate", BROKEN, "-f", "p10-2026"]);
    expect(r.code).toBe(1);
    const found = r.stderr
      .split("\n")
      .filter(Boolean)
      .map((l) => l.replace(/^(\S+?):(\d+):(\d+): (\w+) (\S+):.*$/, "$1 $2 $3 $4 $5"));
    expect(found).toEqual([
      "seeds/p10-2026-cases-broken.cases.csv 5 3 error P10_DUPLICATE_CASE",
      "seeds/p10-2026-cases-broken.cases.csv 6 6 error P10_CASE_DATE",
      "seeds/p10-2026-cases-broken.cases.csv 7 7 error P10_CASE_DATE",
      "seeds/p10-2026-cases-broken.csv 3 4 warning P10_CASE_OUTSIDE_WINDOW",
      "seeds/p10-2026-cases-broken.csv 4 4 error P10_UNKNOWN_CASE",
      "seeds/p10-2026-cases-broken.csv 5 4 error P10_CASE_TYPE_NOT_ACCEPTED",
      "seeds/p10-2026-cases-broken.csv 6 4 error P10_CASE_NOT_EXPECTED",
      "seeds/p10-2026-cases-broken.csv 7 4 error P10_DUPLICATE_CASE",
      "seeds/p10-2026-cases-broken.csv 9 5 error P10_CASE_AND_DIRECT_ANSWER",
      "seeds/p10-2026-cases-broken.csv 10 5 error P10_RESPONSE_OFF_SCALE",
    ]);
  });
});

describe("p10 report on the case-based seed", () => {
  it("lists, per jurisdiction, the cases practice rests on, in the law–practice part", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "p10-cases-")), "report.html");
    const r = await p10(["report", SEED, "-f", "p10-2026", "--out", out]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("Cases behind practice, 2025, by entity and indicator.");
    expect(html).toContain("Practice rests on 938 case answers in 2025");
    const cell = "<td>[^<]*</td>";
    const row = `<td>P6\\.1</td><td>P6\\.1-1</td><td>emergency</td>${cell}<td>2019-04-02 – 2019-04-20</td>${cell}${cell}<td>outside the window</td>`;
    expect(html).toMatch(new RegExp(row));
  });
});

describe("p10-2026 1.0.0, 1.1.0 and 1.2.0 scores through the CLI", () => {
  const CROSSWALK = "data/crosswalks/p10-2026-1.0.0_to_p10-2026-1.1.0.json";
  const CROSSWALK_12 = "data/crosswalks/p10-2026-1.1.0_to_p10-2026-1.2.0.json";
  const V110 = "data/frameworks/p10-2026-1.1.0.json";
  const dir = mkdtempSync(join(tmpdir(), "p10-versions-"));
  // The sample's rows of the 1.1.0 indicators: the first 1,820 (those added in 1.2.0 are appended after them).
  const sample110 = join(dir, "sample-1.1.0.csv");
  writeFileSync(
    sample110,
    `${readFileSync("seeds/p10-2026-sample.csv", "utf8").split("\n").slice(0, 1821).join("\n")}\n`,
  );

  it("compare --scores refuses them without the crosswalk, with a clear message, and compares them with it", async () => {
    const [a, b] = [join(dir, "a.json"), join(dir, "b.json")];
    const fw100 = "data/frameworks/p10-2026-1.0.0.json";
    expect((await p10(["score", sample110, "-f", fw100, "--format", "json", "--out", a])).code).toBe(0);
    expect((await p10(["score", sample110, "-f", V110, "--format", "json", "--out", b])).code).toBe(0);
    const refused = await p10(["compare", "--scores", a, b]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "come from framework p10-2026 1.0.0 and framework p10-2026 1.1.0: different instruments, so a change between them is not a change in the same measure; bridge two versions of one framework with their crosswalk (--crosswalk)",
    );
    const bridged = await p10(["compare", "--scores", a, b, "--crosswalk", CROSSWALK, "--format", "csv"]);
    expect(bridged.code).toBe(0);
    // Only the conditional rule moves a score: BMR answered P16.1 "no", so P20.2 and P20.3 left its practice.
    const changed = bridged.stdout
      .split("\n")
      .slice(1)
      .filter((l) => l !== "" && l.split(",")[10] !== "0")
      .map((l) => l.split(",").slice(0, 2).join(" "));
    expect(changed).toContain("BMR practice:p10");
    expect(changed.every((c) => c.includes("practice:"))).toBe(true);
  });

  it("score --crosswalk reads a 1.0.0 file under the kept 1.0.0 framework and maps it to 1.1.0", async () => {
    const r = await p10(["score", sample110, "-f", V110, "--crosswalk", CROSSWALK]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("ARV,2025,law:p10,index,82.9,");
  });

  it("1.1.0 and 1.2.0: refused without their crosswalk, compared with it; 1.1.0 data scores under 1.2.0", async () => {
    const [a, b] = [join(dir, "c.json"), join(dir, "d.json")];
    expect((await p10(["score", sample110, "-f", V110, "--format", "json", "--out", a])).code).toBe(0);
    const sample = "seeds/p10-2026-sample.csv";
    expect((await p10(["score", sample, "-f", "p10-2026", "--format", "json", "--out", b])).code).toBe(0);
    const refused = await p10(["compare", "--scores", a, b]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("come from framework p10-2026 1.1.0 and framework p10-2026 1.2.0");
    const bridged = await p10(["compare", "--scores", a, b, "--crosswalk", CROSSWALK_12, "--format", "csv"]);
    expect(bridged.code).toBe(0);
    // A 1.1.0 file through the crosswalk: the eight new indicators have no source and count as missing.
    const r = await p10(["score", sample110, "-f", "p10-2026", "--crosswalk", CROSSWALK_12]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("8 of 138 p10-2026 indicators have no p10-2026 source and count as missing");
  });
});

describe("a method's override of the case combination", () => {
  const dir = mkdtempSync(join(tmpdir(), "p10-case-combine-"));
  /** p10-default with a caseCombine entry, written beside the test. */
  const method = (name: string, caseCombine: unknown): string => {
    const doc = JSON.parse(readFileSync("data/methods/p10-default.json", "utf8"));
    doc.$schema = undefined;
    const path = join(dir, `${name}.json`);
    writeFileSync(path, JSON.stringify({ ...doc, id: name, caseCombine }));
    return path;
  };
  const arv = (stdout: string, node: string) =>
    stdout
      .split("\n")
      .find((l) => l.startsWith(`ARV,2025,practice:${node},`))
      ?.split(",")[5];

  it("per indicator: ARV's P2.1 by its minimum case instead of the framework's mean (hand computed)", async () => {
    const r = await p10([
      "score",
      SEED,
      "-f",
      "p10-2026",
      "-m",
      method("p21-min", { "P2.1": { combine: "minimum" } }),
      "--format",
      "csv",
    ]);
    expect(r.code).toBe(0);
    // P2.1 cases yes, limited: minimum limited → 50 (mean 75); P2.2 keeps the mean 75; G2 = (50 + 75)/2 = 125/2.
    expect(arv(r.stdout, "P2.1")).toBe("50");
    expect(arv(r.stdout, "P2.2")).toBe("75");
    expect(arv(r.stdout, "G2")).toBe("62.5");
    // information = (275/4 + 125/2 + 100 + 100 + 100 + 50 + 125/2) / 7 = (2175/4) / 7 = 2175/28 = 77.678571…
    expect(arv(r.stdout, "information")).toBe("77.678571428571428571428571428571428571428571428571");
  });

  it("per group, with an indicator's own entry winning; share of cases reaching a level", async () => {
    const m = method("g2", { G2: { combine: "minimum" }, "P2.2": { combine: "share", level: "2" } });
    const r = await p10(["score", SEED, "-f", "p10-2026", "-m", m, "--format", "csv"]);
    expect(r.code).toBe(0);
    // P2.1 by the group's minimum: 50. P2.2 cases yes, limited: 1 of 2 reach yes → 1/2 of the range 0–2 → 1,
    // i.e. 50. G2 = 50.
    expect(arv(r.stdout, "P2.1")).toBe("50");
    expect(arv(r.stdout, "P2.2")).toBe("50");
    expect(arv(r.stdout, "G2")).toBe("50");
    // Other groups keep the framework's mean: P7.1 cases limited, yes → 75.
    expect(arv(r.stdout, "P7.1")).toBe("75");
  });

  it("refuses an override naming no case-assessed node, or share without a level of the scale", async () => {
    const legal = await p10([
      "score",
      SEED,
      "-f",
      "p10-2026",
      "-m",
      method("legal", { "1.1": { combine: "median" } }),
    ]);
    expect(legal.code).toBe(1);
    expect(legal.stderr).toContain("P10_METHOD_CASE_COMBINE");
    expect(legal.stderr).toContain('case combination for "1.1"');
    const share = await p10([
      "score",
      SEED,
      "-f",
      "p10-2026",
      "-m",
      method("share", { "P2.1": { combine: "share" } }),
    ]);
    expect(share.code).toBe(1);
    expect(share.stderr).toContain(
      'P10_METHOD_CASE_COMBINE: method caseCombine for P2.1: share needs "level"',
    );
  });

  it("leaves the scores byte-identical when the method has no override", async () => {
    const plain = await p10(["score", SEED, "-f", "p10-2026", "--format", "csv"]);
    const same = await p10([
      "score",
      SEED,
      "-f",
      "p10-2026",
      "-m",
      method("none", undefined),
      "--format",
      "csv",
    ]);
    expect(same.stdout.replaceAll("none", "p10-default")).toBe(plain.stdout);
  });
});
