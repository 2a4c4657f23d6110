// p10 explain --all (issue #13): every unit's explanation, written as it is made. Text: the single-entity
// explanations in ScoreSet order (entity, then period) separated by blank lines; JSON: one p10-explain/1
// object per line, each valid against the published schema and equal to the single-entity output.
import { describe, expect, it } from "vitest";
import { ExplainOutputSchema } from "../../src/cli/json/schemas.js";
import { p10 } from "./run-cli.js";

const SAMPLE = "seeds/edi-2015-sample.csv";

describe("p10 explain --all", () => {
  it("writes every unit as --entity/--period would, text separated by blank lines (14 entities × 2 periods)", async () => {
    const r = await p10(["explain", SAMPLE, "--all"]);
    expect(r.code).toBe(0);
    const first = await p10(["explain", SAMPLE, "--entity", "ARV", "--period", "2014"]);
    const second = await p10(["explain", SAMPLE, "--entity", "ARV", "--period", "2024"]);
    expect(r.stdout.startsWith(`${first.stdout}\n${second.stdout}\n`)).toBe(true);
    // One heading line per unit: "ARV (Arvenia), 2014 — framework …".
    expect(r.stdout.match(/^\S+ \(.*\), \d{4} — framework /gm)?.length).toBe(28);
  });

  it("writes JSON Lines with --format json, each line the single-entity JSON; --period keeps one period", async () => {
    const r = await p10(["explain", SAMPLE, "--all", "--period", "2014", "--format", "json"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(14);
    for (const line of lines) expect(ExplainOutputSchema.parse(JSON.parse(line)).period).toBe("2014");
    const bmr = await p10(["explain", SAMPLE, "--entity", "BMR", "--period", "2014", "--format", "json"]);
    expect(lines).toContain(bmr.stdout.trimEnd());
  });

  it("refuses --all with --entity, and a period the file does not have", async () => {
    const both = await p10(["explain", SAMPLE, "--all", "--entity", "ARV"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--all and --entity exclude each other");
    const none = await p10(["explain", SAMPLE]);
    expect(none.stderr).toContain("--entity is required (or --all for every entity)");
    const period = await p10(["explain", SAMPLE, "--all", "--period", "1999"]);
    expect(period.code).toBe(1);
    expect(period.stderr).toContain(
      'P10_UNKNOWN_UNIT: period "1999" is not in seeds/edi-2015-sample.csv (periods: 2014, 2024)',
    );
  });
});
