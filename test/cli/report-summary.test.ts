// The report opens with a summary whose facts are those of p10 score and p10 compare on the same file:
// the leader and its score, the runner-up, the largest rise and fall; then the contents.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { p10 } from "./run-cli.js";

const SAMPLE = "seeds/edi-2015-sample.csv";

function records(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv.trimEnd().split("\n");
  const names = header!.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [names[i], v])));
}

const names: Record<string, string> = {};

describe("the report's summary", () => {
  it("states the leader, the runner-up and the biggest movers as p10 score and p10 compare give them", async () => {
    const html = (await p10(["report", SAMPLE])).stdout;
    const summary = html.slice(
      html.indexOf('<section id="summary">'),
      html.indexOf('<section id="ranking">'),
    );
    expect(summary).not.toBe("");
    const csv = readNames();
    const scores = records((await p10(["score", SAMPLE, "--format", "csv"])).stdout).filter(
      (r) => r.node === "edi" && r.period === "2024",
    );
    const first = scores.find((r) => r.rank === "1")!;
    const second = scores.find((r) => r.rank === "2")!;
    expect(summary).toContain(
      `${csv[first.entity!]} leads the Environmental Democracy Index in 2024 with ${first.score} of 14 ranked.`,
    );
    expect(summary).toContain(`Next: ${csv[second.entity!]} (${second.score}, rank 2).`);
    const change = records((await p10(["compare", SAMPLE, "--format", "csv"])).stdout).filter(
      (r) => r.node === "edi",
    );
    const byChange = [...change].sort((a, b) => Number(b.change_exact) - Number(a.change_exact));
    const up = byChange[0]!;
    expect(summary).toContain(
      `Since 2014, ${csv[up.entity!]} (${up.score_from} → ${up.score_to}) rose most.`,
    );
    const down = byChange[byChange.length - 1]!;
    if (Number(down.change_exact) < 0) {
      expect(summary).toContain(`${csv[down.entity!]} (${down.score_from} → ${down.score_to}) fell most.`);
    }
    // LMR and DVL both show 1.34 in 2024, ranked 8 and 9: the summary gives the exact scores (p10 score).
    const lmr = scores.find((r) => r.entity === "LMR")!;
    const dvl = scores.find((r) => r.entity === "DVL")!;
    expect([lmr.score, lmr.rank, dvl.score, dvl.rank]).toEqual(["1.34", "8", "1.34", "9"]);
    const cut = (x: string) => `${x.slice(0, x.indexOf(".") + 8)}…`;
    expect(summary).toContain(
      `${csv.LMR} and ${csv.DVL} both show 1.34: their ranks (8 and 9) differ on the exact scores ` +
        `${cut(lmr.score_exact!)} and ${cut(dvl.score_exact!)}.`,
    );
    // The contents list every section after the summary, in order.
    const links = [...summary.matchAll(/<a href="#([a-z-]+)">/g)].map((m) => m[1]);
    expect(links).toEqual(["ranking", "change", "profiles", "methods"]);
  });
});

/** Entity names from the sample (entity_name column). */
function readNames(): Record<string, string> {
  if (Object.keys(names).length > 0) return names;
  const text = readFileSync(SAMPLE, "utf8");
  for (const line of text.split("\n").slice(1)) {
    const [id, name] = line.split(",");
    if (id && name) names[id] = name;
  }
  return names;
}
