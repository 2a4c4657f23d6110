// The Open Budget Survey worked example (examples/open-budget-survey/): the builder reads a file in the layout
// of IBP's download ibp_data_csv_2015.zip — here a small synthetic one made below, since IBP's answers are
// not part of principle10 — and the framework and method state IBP's rules. Hand computation:
//   XA answers a everywhere: every measure 100, "Extensive" / "Strong" / "Significant", rank 1.
//   XB answers c (33) to the questions with four answers, d (0) to the yes/no ones, and e (not applicable)
//   to Q1. OBI: 108 applicable questions, 19 of them yes/no → 89 × 33 / 108 = 27.19… → 27, "Minimal".
//   Legislature: 11 questions, Q112 yes/no → 10 × 33 / 11 = 30 → "Weak". Audit: 4 questions, Q117 yes/no →
//   3 × 33 / 4 = 24.75 → 25, "Weak". Participation: 16 questions, Q132 yes/no → 15 × 33 / 16 = 30.9375 → 31.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAssessments, parseFramework, parseMethod, rank, score, scoreRows } from "../../src/index.js";

const dir = "examples/open-budget-survey";
const framework = parseFramework(JSON.parse(readFileSync(`${dir}/obs-2015.framework.json`, "utf8")));
const method = parseMethod(JSON.parse(readFileSync(`${dir}/obs-2015.method.json`, "utf8")));
type Built = { csv: string; countries: number; surveys: number; answers: number; notApplicable: number };
const builder = resolve(`${dir}/build-assessment.mjs`);
const { buildAssessment } = (await import(builder)) as { buildAssessment: (zip: Uint8Array) => Built };

/** A ZIP archive of stored (uncompressed) entries, as IBP's download holds its CSV files. */
function zip(files: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, "utf8");
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// The scores file's layout: COUNTRY_CODE, YEAR, "Q 1" … "Q 133", t3… (numbers), then the same "(LETTER)".
const numbers = [
  ...Array.from({ length: 133 }, (_, i) => `Q ${i + 1}`),
  "t3pbs",
  "t3ebp",
  "t3eb",
  "t3iyr",
  "t3myr",
  "t3yer",
  "t3ar",
];
const yesNo = (column: string): boolean =>
  framework.indicatorById.get(column.replace("Q ", "Q"))?.scale.id === "ad";
const SCORE: Record<string, string> = { a: "100", b: "67", c: "33", d: "0", e: "-1" };
const letterOf = (country: string, column: string): string =>
  country === "XA" ? "a" : column === "Q 1" ? "e" : yesNo(column) ? "d" : "c";
function download(letter = letterOf, number = (c: string, n: string) => SCORE[letter(c, n)]): Uint8Array {
  const header = ["COUNTRY_CODE", "YEAR", ...numbers, ...numbers.map((n) => `${n} (LETTER)`)];
  const row = (c: string) =>
    [c, "2015", ...numbers.map((n) => number(c, n)), ...numbers.map((n) => letter(c, n))].join(",");
  return zip({
    "ibp_data_countrycodes_2015.csv": 'COUNTRY_CODE,COUNTRY_NAME\nXA,Xanadu\nXB,"Bar, Republic of"\n',
    "ibp_data_scores_2015.csv": `${header.join(",")}\n${row("XA")}\n${row("XB")}\n`,
  });
}

describe("the Open Budget Survey example", () => {
  it("states the 2015 survey's four measures in one framework", () => {
    expect(framework.roots.map((r) => [r.id, r.children.length])).toEqual([
      ["obi", 8],
      ["leg", 11],
      ["sai", 4],
      ["pp", 16],
    ]);
    expect(framework.indicators).toHaveLength(140);
    expect(framework.indicators.filter((i) => i.scale.id === "ad")).toHaveLength(22);
  });

  it("states the 2006–2012 questionnaire likewise, its questions outside every measure reported only", () => {
    const fw = parseFramework(JSON.parse(readFileSync(`${dir}/obs-2012.framework.json`, "utf8")));
    const m = parseMethod(JSON.parse(readFileSync(`${dir}/obs-2012.method.json`, "utf8")));
    expect(fw.roots.map((r) => [r.id, r.children.length])).toEqual([
      ["obi", 98],
      ["leg", 11],
      ["sai", 4],
      ["pe", 12],
    ]);
    expect(fw.indicators.filter((i) => !i.scored).map((i) => i.id)).toEqual(["Q65", "Q72", "Q113"]);
    expect(m.framework).toBe("obs-2012");
  });

  it("builds the assessment from a file in IBP's layout and scores it with IBP's rules", () => {
    const built = buildAssessment(download());
    expect([built.countries, built.answers, built.notApplicable]).toEqual([2, 280, 1]);
    expect(built.csv.split("\n").slice(0, 3)).toEqual([
      "entity,entity_name,period,indicator,response",
      "XA,Xanadu,2015,Q1,a",
      "XA,Xanadu,2015,Q2,a",
    ]);
    expect(built.csv).toContain('XB,"Bar, Republic of",2015,Q1,e\n');
    const { dataset, accounting } = parseAssessments(built.csv, framework);
    expect(accounting).toEqual({ read: 280, accepted: 280, rejected: 0, blank: 0 });
    const set = score(dataset, framework, method);
    const out = Object.fromEntries(
      scoreRows(set, rank(set))
        .filter((r) => r.level === "index")
        .map((r) => [`${r.entity} ${r.node}`, [r.score, r.band, r.rank]]),
    );
    expect(out).toEqual({
      "XA obi": ["100", "Extensive", 1],
      "XA leg": ["100", "Strong", 1],
      "XA sai": ["100", "Strong", 1],
      "XA pp": ["100", "Significant", 1],
      "XB obi": ["27", "Minimal", 2],
      "XB leg": ["30", "Weak", 2],
      "XB sai": ["25", "Weak", 2],
      "XB pp": ["31", "Minimal", 2],
    });
    const obi = set.units[1]?.indices[0]?.nodes[0];
    expect(obi?.exact).toBe("979/36"); // 2937/108 in lowest terms
  });

  it("reads the 2006–2012 download's layout too (file names without the year)", () => {
    const built = buildAssessment(
      zip({
        "ibp_data_countrycodes.csv": "COUNTRY_CODE,COUNTRY_NAME\nAF,Afghanistan\n",
        "ibp_data_scores.csv":
          "COUNTRY_CODE,YEAR,Q 1,Q 2,Q 1 (LETTER),Q 2 (LETTER)\nAF,2010,67,-1,b,e\nAF,2012,33,0,c,d\n",
      }),
    );
    expect([built.countries, built.surveys, built.answers, built.notApplicable]).toEqual([1, 2, 4, 1]);
    expect(built.csv.split("\n")[2]).toBe("AF,Afghanistan,2010,Q2,e");
  });

  it("refuses a letter that is not IBP's, or a number that disagrees with its letter", () => {
    expect(() =>
      buildAssessment(download((c, n) => (c === "XB" && n === "Q 7" ? "f" : letterOf(c, n)))),
    ).toThrow(/XB 2015, Q 7 \(LETTER\): "f" is not one of IBP's letters a–e/);
    const zero = download(letterOf, (c, n) =>
      c === "XB" && n === "Q 1" ? "0" : (SCORE[letterOf(c, n)] as string),
    );
    expect(() => buildAssessment(zero)).toThrow(/XB 2015, Q 1 \(LETTER\): letter e but score 0/);
  });
});
