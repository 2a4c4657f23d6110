// Several indices per framework (issue #20): three roots over one questionnaire, shaped like the Open Budget
// Survey (./multi-root-fixtures.ts), and indicators directly under an index. Each root is scored, ranked and
// banded on its own; every output handles the three. Answers (a = 100, b = 67, c = 33, d = 0, e = n/a):
//   AA: q1 a, q2 b, q3 c, q4 d | q5 a, q6 a | q7 b, q8 e
//   BB: q1 b, q2 b, q3 b, q4 d | q5 c, q6 d | q7 a, q8 a
// Hand computation, flat mean of the questions answered:
//   obi AA (100 + 67 + 33 + 0) / 4 = 50; BB (67 + 67 + 67 + 0) / 4 = 50.25 → BB 1st, AA 2nd
//   pbs AA 83.5 (shown 84), BB 67; ebp AA 16.5 (17), BB 33.5 (34)
//   leg AA 100, BB 16.5 (17) → AA 1st; sai AA 67 (q8 not applicable), BB 100 → BB 1st
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  changeReport,
  explain,
  formatExplanation,
  isP10Error,
  parseFramework,
  rank,
  score,
  writeScoresCsv,
  writeScoresJson,
  writeScoresTables,
} from "../../src/index.js";
import { createDataset, NOT_APPLICABLE } from "../../src/advanced.js";
import { assembleReport } from "../../src/report/assemble/report.js";
import { runUncertainty } from "../../src/uncertainty/monte-carlo.js";
import { p10 } from "../cli/run-cli.js";
import { obsLike, obsLikeDocument, obsMethod } from "./multi-root-fixtures.js";

const answers: Record<string, string> = { "AA/2015": "abcdaabe", "BB/2015": "bbbdcdaa" };
const inputs = (data: Record<string, string>) =>
  Object.entries(data).flatMap(([key, codes]) => {
    const [entity, period] = key.split("/") as [string, string];
    return [...codes].map((c, i) => ({
      entity,
      period,
      indicator: `q${i + 1}`,
      code: c === "e" ? NOT_APPLICABLE : "dcba".indexOf(c),
    }));
  });
const set = score(createDataset(obsLike, inputs(answers)), obsLike, obsMethod);
const ranks = rank(set);

describe("a framework with several roots", () => {
  it("compiles every root, with indicators directly under an index", () => {
    expect(obsLike.roots.map((r) => r.id)).toEqual(["obi", "leg", "sai"]);
    expect(obsLike.root.id).toBe("obi");
    expect(obsLike.order).toEqual([
      "obi",
      "pbs",
      "q1",
      "q2",
      "ebp",
      "q3",
      "q4",
      "leg",
      "q5",
      "q6",
      "sai",
      "q7",
      "q8",
    ]);
    expect(obsLike.nodes.get("q5")?.depth).toBe(1);
  });

  it("still refuses no root, a dangling parent, a cycle and a group under an index", () => {
    const codes = (nodes: unknown[]): string[] => {
      try {
        parseFramework({ ...obsLikeDocument(), nodes });
      } catch (e) {
        if (isP10Error(e)) return (e.issues ?? []).map((i) => i.code);
      }
      return [];
    };
    const doc = obsLikeDocument();
    const nodes = doc.nodes as { id: string; level: string; parent?: string }[];
    expect(codes(nodes.filter((n) => n.level !== "index").map((n) => ({ ...n })))).toContain(
      "P10_FRAMEWORK_ROOT",
    );
    expect(codes(nodes.map((n) => (n.id === "q5" ? { ...n, parent: "nowhere" } : n)))).toContain(
      "P10_FRAMEWORK_DANGLING_PARENT",
    );
    expect(
      codes(
        nodes.map((n) =>
          n.id === "pbs"
            ? { ...n, parent: "ebp" }
            : n.id === "ebp"
              ? { ...n, level: "pillar", parent: "pbs" }
              : n,
        ),
      ),
    ).toContain("P10_FRAMEWORK_CYCLE");
    expect(codes([...nodes, { id: "g", level: "group", parent: "leg", title: "G" }])).toContain(
      "P10_FRAMEWORK_LEVEL",
    );
  });

  it("scores, ranks and bands each root on its own", () => {
    expect(set.indices.map((i) => i.id)).toEqual(["obi", "leg", "sai"]);
    const root = (k: number) => set.units.map((u) => u.indices[k]?.nodes[0]?.score?.toString());
    expect(root(0)).toEqual(["50", "50.25"]);
    expect(root(1)).toEqual(["100", "16.5"]);
    expect(root(2)).toEqual(["67", "100"]);
    expect(ranks.indices.map((ix) => ix.nodes[0]?.ranks)).toEqual([
      [2, 1],
      [1, 2],
      [2, 1],
    ]);
    const csv = writeScoresCsv(set, ranks).split("\n");
    // Bare node ids (the roots share none); bands per node on the displayed score.
    expect(csv.filter((l) => /^AA,2015,(obi|pbs|ebp|leg|sai),/.test(l))).toEqual([
      "AA,2015,obi,index,50,50,2,1.0000,Some",
      "AA,2015,pbs,pillar,84,83.5,1,1.0000,Extensive",
      "AA,2015,ebp,pillar,17,16.5,2,1.0000,Scant",
      "AA,2015,leg,index,100,100,1,1.0000,strong",
      "AA,2015,sai,index,67,67,2,1.0000,strong",
    ]);
    expect(csv).toContain("BB,2015,leg,index,17,16.5,2,1.0000,weak");
    expect(JSON.parse(writeScoresJson(set, ranks)).indices).toEqual(["obi", "leg", "sai"]);
  });

  it("writes one ranked table per root", () => {
    const text = writeScoresTables(set, ranks, "table");
    expect(text).toContain("2015, obi: Open Budget Index");
    expect(text).toContain("2015, leg: Legislative oversight");
    const leg = text.split("2015, leg")[1]?.split("\n") ?? [];
    expect(leg[1]).toMatch(/^rank\s+entity\s+leg\s+band$/);
    expect(leg[3]).toMatch(/^\s+1\s+AA\s+100\s+strong$/);
  });

  it("explains each root", () => {
    const text = formatExplanation(explain(set, "AA", "2015"));
    expect(text).toContain("Index leg: Legislative oversight");
    expect(text).toMatch(/leg 100 \(strong\) = mean of 2 indicators \(q5 100, q6 100\)/);
    expect(text).toContain(
      "sai 67 (strong) = mean of 1 of 2 indicators (q7 67, q8 –) · coverage 1.00 · answers 1 of 2, 1 n/a",
    );
  });

  it("compares nodes of different roots, and the report names the index of each section", () => {
    const two = score(
      createDataset(obsLike, inputs({ ...answers, "AA/2012": "abcdcdbb", "BB/2012": "bbbdcdaa" })),
      obsLike,
      obsMethod,
    );
    const r = changeReport(
      { scoreSet: two, period: "2012" },
      { scoreSet: two, period: "2015" },
      { nodes: ["leg", "ebp"] },
    );
    // AA leg 2012 (33 + 0) / 2 = 16.5 → 2015 100: +83.5; ebp unchanged.
    expect(r.rows.filter((x) => x.entity === "AA").map((x) => [x.node, x.change?.toString()])).toEqual([
      ["leg", "83.5"],
      ["ebp", "0"],
    ]);
    const report = assembleReport({ scoreSet: two });
    const headings = JSON.stringify(report.blocks);
    expect(headings).toContain('"heading":"Change of Open Budget Index, 2012 to 2015"');
    expect(headings).toContain('"heading":"Legislative oversight"');
  });

  it("p10 score --manifest and p10 verify, p10 compare --node across roots", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "p10-roots-"));
    writeFileSync(join(cwd, "fw.json"), JSON.stringify(obsLikeDocument()));
    writeFileSync(join(cwd, "m.json"), JSON.stringify({ ...obsMethod, framework: "obs-like" }));
    const csv = ["entity,period,indicator,response"];
    for (const [key, codes] of Object.entries({ ...answers, "AA/2012": "abcdcdbb", "BB/2012": "bbbdcdaa" })) {
      const [e, p] = key.split("/");
      [...codes].forEach((c, i) => csv.push(`${e},${p},q${i + 1},${c}`));
    }
    writeFileSync(join(cwd, "a.csv"), `${csv.join("\n")}\n`);
    const s = await p10(
      ["score", "a.csv", "-f", "fw.json", "-m", "m.json", "--manifest", "run.json", "--out", "s.csv"],
      { cwd },
    );
    expect(s.code).toBe(0);
    expect(readFileSync(join(cwd, "s.csv"), "utf8")).toContain("BB,2015,sai,index,100,100,1,1.0000,strong");
    const v = await p10(["verify", "run.json"], { cwd });
    expect([v.code, v.stdout.split("\n")[0]]).toEqual([0, "verified"]);
    const c = await p10(["compare", "a.csv", "-f", "fw.json", "-m", "m.json", "--format", "csv"], { cwd });
    // By default every root is compared.
    expect(
      c.stdout
        .split("\n")
        .filter((l) => l.startsWith("AA,"))
        .map((l) => l.split(",").slice(0, 2).join(",")),
    ).toEqual(["AA,obi", "AA,leg", "AA,sai"]);
  });

  it("runs the uncertainty analysis on every root", () => {
    const result = runUncertainty(set.dataset, obsLike, obsMethod, { runs: 50 });
    const roots = result.nodes
      .filter((n) => n.index === n.node)
      .map((n) => [n.index, n.ranks.units.map((u) => u.nominal)]);
    expect(roots).toEqual([
      ["obi", [2, 1]],
      ["leg", [1, 2]],
      ["sai", [2, 1]],
    ]);
  });

  it("refuses sub-indices by kind over several roots", () => {
    expect(() =>
      score(createDataset(obsLike, []), obsLike, {
        ...obsMethod,
        indices: [{ id: "x", title: "X", kinds: ["practice"] }],
      }),
    ).toThrow(/several roots/);
  });
});

describe("the methods text of publisher conventions", () => {
  it("says how bands, ordinal ranks and each root are decided", async () => {
    const { methodsText } = await import("../../src/report/methods-text.js");
    const text = methodsText(obsLike, obsMethod);
    expect(text.indices.map((i) => i.id)).toEqual(["obi", "leg", "sai"]);
    expect(text.rules).toContain(
      "Ranks put the highest score first, on the exact scores; every entity has its own place (ordinal ranking: 1 2 3 4); a tie goes to the higher exact score, then the name, then the id.",
    );
    expect(text.rules).toContain(
      "Bands of every other node, decided on the scores as shown (0 decimals): Scant ≤ 20 < Minimal ≤ 40 < Some ≤ 60 < Significant ≤ 80 < Extensive.",
    );
    expect(text.rules.some((r) => r.startsWith("A change between periods"))).toBe(false);
    const displayed = methodsText(obsLike, {
      ...obsMethod,
      presentation: { ...obsMethod.presentation, change: "displayed" },
    });
    expect(displayed.rules).toContain(
      "A change between periods is the difference of the scores as shown, as the publisher prints it.",
    );
    expect(text.rules).toContain(
      "Bands of leg, decided on the scores as shown (0 decimals): weak ≤ 40 < moderate ≤ 60 < strong.",
    );
  });
});
