// p10 compare and p10 score --entities --by on the bundled sample (seeds/edi-2015-sample.csv) and its
// fictional entities file (seeds/edi-2015-entities.csv).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CHANGE_CSV_HEADER, SCORE_CSV_HEADER } from "../../src/advanced.js";
import { p10 } from "./run-cli.js";

const SAMPLE = "seeds/edi-2015-sample.csv";
const ENTITIES = "seeds/edi-2015-entities.csv";

describe("p10 compare", () => {
  it("prints the change table of the index from the earliest to the latest period on a terminal", async () => {
    const r = await p10(["compare", SAMPLE], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("edi: 2014 → 2024 (edi-2015 1.1.0, method edi-2015 1.0.0)");
    expect(lines[1]).toMatch(
      /^entity\s+name\s+score 2014\s+score 2024\s+change\s+rank 2014\s+rank 2024\s+rank change\s+flag$/,
    );
    const rows = lines.slice(3).filter((l) => l.trim() !== "");
    expect(rows).toHaveLength(14);
    // Largest rise first: the changes shown never increase down the table.
    const changes = rows.map((l) => Number(/\s([+-]?\d+\.\d\d)\s+\d+\s+\d+\s+[+-]?\d+/.exec(l)?.[1]));
    expect(changes.every((c, i) => i === 0 || c <= (changes[i - 1] as number))).toBe(true);
    expect(r.stdout).toContain("the change may reflect missing answers");
  });

  it("writes tidy CSV (one row per entity for the index), JSON, and Markdown for --node", async () => {
    const c = await p10(["compare", SAMPLE, "--from", "2014", "--to", "2024"]);
    const rows: string[][] = parse(c.stdout);
    expect(rows[0]).toEqual([...CHANGE_CSV_HEADER]);
    expect(rows).toHaveLength(15);
    expect(new Set(rows.slice(1).map((r) => r[1]))).toEqual(new Set(["edi"]));
    // change = exact later − exact earlier, for every row.
    for (const r of rows.slice(1)) {
      expect(Number(r[10])).toBeCloseTo(Number(r[9]) - Number(r[8]), 12);
    }
    const json = JSON.parse((await p10(["compare", SAMPLE, "--format", "json"])).stdout);
    expect([json.from.period, json.to.period, json.rows.length]).toEqual(["2014", "2024", 14]);
    const md = await p10(["compare", SAMPLE, "--format", "md", "--node", "justice", "--node", "G1"]);
    expect(md.stdout).toMatch(/^## justice: 2014 → 2024\n/);
    expect(md.stdout).toContain("\n## G1: 2014 → 2024\n");
    const all = parse((await p10(["compare", SAMPLE, "--all-nodes"])).stdout) as string[][];
    expect(all).toHaveLength(1 + 14 * (1 + 3 + 23));
  });

  it("names entities from --entities and refuses an entities file that misses an assessed entity", async () => {
    const dir = mkdtempSync(join(tmpdir(), "p10-"));
    const short = join(dir, "entities.csv");
    writeFileSync(short, "entity,name\nARV,Arvenia (from the entities file)\n");
    const bad = await p10(["compare", SAMPLE, "--entities", short]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /^seeds\/edi-2015-sample\.csv:\d+: error P10_ENTITY_UNLISTED: entity BMR is assessed/m,
    );
    const full = join(dir, "full.csv");
    writeFileSync(
      full,
      // Names may be empty: the sample's own names are used for those.
      "entity,name\nZZZ,Nowhere\nARV,Arvenia (listed)\n" +
        ["BMR", "CQS", "DVL", "ESK", "FNW", "GLT", "HVD", "IXL", "JRN", "KVS", "LMR", "MZV", "NQR"]
          .map((e) => `${e},\n`)
          .join(""),
    );
    const ok = await p10(["compare", SAMPLE, "--entities", full, "--format", "md"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("| ARV | Arvenia (listed) |");
    expect(ok.stdout).toContain("| BMR | Belmora |");
    expect(ok.stderr).toMatch(
      /full\.csv:2: warning P10_ENTITY_NOT_ASSESSED: entity ZZZ is listed but not assessed/,
    );
  });

  it("exits 1 on an unknown period or node and 2 on bad options", async () => {
    const period = await p10(["compare", SAMPLE, "--from", "2013"]);
    expect(period.code).toBe(1);
    expect(period.stderr).toContain('period "2013" has no results; the periods are 2014, 2024');
    const node = await p10(["compare", SAMPLE, "--node", "G7"]);
    expect(node.code).toBe(1);
    expect(node.stderr).toContain('node "G7" is not a node of index edi');
    expect((await p10(["compare", SAMPLE, "--node", "G1", "--all-nodes"])).code).toBe(2);
    expect((await p10(["compare", SAMPLE, "--format", "xml"])).code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), "p10-"));
    const one = join(dir, "one.csv");
    writeFileSync(one, "entity,period,indicator,response\nARV,2024,1.1,3\n");
    const single = await p10(["compare", one]);
    expect(single.code).toBe(1);
    expect(single.stderr).toContain("compare needs two");
  });
});

describe("p10 score --entities --by", () => {
  it("keeps the default CSV header and appends group,group_rank with --by", async () => {
    const plain = await p10(["score", SAMPLE, "--entities", ENTITIES]);
    expect(plain.stdout.split("\n")[0]).toBe(SCORE_CSV_HEADER.join(","));
    const r = await p10(["score", SAMPLE, "--entities", ENTITIES, "--by", "region"]);
    expect(r.code).toBe(0);
    const rows: string[][] = parse(r.stdout);
    expect(rows[0]).toEqual([...SCORE_CSV_HEADER, "group", "group_rank"]);
    const root2024 = rows.filter((row) => row[1] === "2024" && row[2] === "edi");
    expect(root2024).toHaveLength(14);
    // Within each region, group ranks are 1..n in the order of the overall ranks.
    const byRegion = new Map<string, string[][]>();
    for (const row of root2024)
      byRegion.set(row[9] as string, [...(byRegion.get(row[9] as string) ?? []), row]);
    expect([...byRegion.keys()].sort()).toEqual(["Eastern Isles", "Northern Reach", "Southern Shore"]);
    for (const members of byRegion.values()) {
      const sorted = [...members].sort((a, b) => Number(a[6]) - Number(b[6]));
      expect(sorted.map((m) => Number(m[10]))).toEqual(sorted.map((_, i) => i + 1));
    }
  });

  it("shows the rank within the group as a column and prints group summaries after the table", async () => {
    const r = await p10(["score", SAMPLE, "--entities", ENTITIES, "--by", "income_group"], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/band\s+income_group\s+rank in income_group\n/);
    expect(r.stdout).toMatch(
      /\nedi by income_group\nperiod\s+income_group\s+entities\s+scored\s+mean\s+median\s+min\s+max\n/,
    );
    expect(r.stdout).toMatch(/\n2024\s+high\s+2\s+2\s/);
    const json = JSON.parse(
      (await p10(["score", SAMPLE, "--entities", ENTITIES, "--by", "region", "--format", "json"])).stdout,
    );
    expect(json.groups.column).toBe("region");
    expect(json.groups.summaries).toHaveLength(6);
    expect(json.trace).toBeUndefined();
    const traced = JSON.parse(
      (await p10(["score", SAMPLE, "--entities", ENTITIES, "--by", "region", "--format", "json", "--trace"]))
        .stdout,
    );
    expect(traced.groups.column).toBe("region");
    expect(traced.trace.answers.length).toBeGreaterThan(0);
  });

  it("needs --entities for --by and a column the file has", async () => {
    expect((await p10(["score", SAMPLE, "--by", "region"])).code).toBe(2);
    const r = await p10(["score", SAMPLE, "--entities", ENTITIES, "--by", "regoin"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('has no column "regoin" (did you mean "region"?)');
  });
});
