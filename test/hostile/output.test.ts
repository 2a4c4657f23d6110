// Output safety by format (Markdown escapes HTML, tables and stderr show control characters), the formula
// guard's round trip, and counts that stay right when output is capped.
import { describe, expect, it } from "vitest";
import { parseAssessments } from "../../src/assessment/parse.js";
import { assessmentTemplate } from "../../src/assessment/template.js";
import { writeAssessmentsCsv } from "../../src/assessment/write.js";
import { frameworks } from "../../src/framework/registry.js";
import { renderMarkdownTable, renderTextTable } from "../../src/base/text-table.js";
import { p10 } from "../cli/run-cli.js";
import { csv, HEADER, writeCorpus } from "./corpus.js";

const edi = frameworks.get("edi-2015");
const ESC = "\u001b";

describe("Markdown and text tables", () => {
  it("Markdown escapes HTML-significant characters and pipes", () => {
    const md = renderMarkdownTable({
      header: ["entity", "name"],
      rows: [["ARV", '<script>alert(1)</script> & <img src=x onerror="alert(1)"> | x']],
      align: ["left", "left"],
    });
    expect(md.split("\n")[2]).toBe(
      '| ARV | &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror="alert(1)"&gt; \\| x |',
    );
  });

  it("p10 score --format md: names from the file cannot inject HTML", async () => {
    const dir = writeCorpus({ "a.csv": csv("ARV,<img src=x onerror=alert(1)>,2014,1.1,2,,,") });
    const md = await p10(["score", "a.csv", "--format", "md"], { cwd: dir });
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(md.stdout).not.toContain("<img");
  });

  it("a name with terminal escapes is an error, shown escaped on stderr", async () => {
    const dir = writeCorpus({ "a.csv": csv(`BRT,Br${ESC}[2J${ESC}]0;owned${ESC}\\tania,2014,1.1,3,,,`) });
    const r = await p10(["score", "a.csv", "--format", "table"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'a.csv:2:2: error P10_CONTROL_CHARACTER: the entity name "Br\\x1b[2J\\x1b]0;owned',
    );
    expect(r.stderr).not.toContain(ESC);
  });

  it("stderr shows control characters from the input as escapes", async () => {
    const dir = writeCorpus({ "h.csv": `${HEADER},x${ESC}[31m\nARV,A,2014,1.1,2,,,,\n` });
    const r = await p10(["validate", "h.csv"], { cwd: dir });
    expect(r.stderr).toContain("x\\x1b[31m");
    expect(r.stderr).not.toContain(ESC);
    expect(renderTextTable({ header: ["a"], rows: [[`${ESC}[1m`]], align: ["left"] })).toBe(
      "a\n-------\n\\x1b[1m\n",
    );
  });
});

describe("the formula guard round-trips", () => {
  const ids = ["=1+1", "+cmd", "-x", "@SUM(A1)", '=HYPERLINK("http://x")'];
  it("ids the guard touched read back unchanged from writeAssessmentsCsv (p10 reconcile's writer)", () => {
    const rows = ids.map(
      (id) => `"${id.replaceAll('"', '""')}",${id.startsWith("=") ? "n" : "m"},2014,1.1,2,=a,@src,-note`,
    );
    const first = parseAssessments(csv(...rows), edi);
    const written = writeAssessmentsCsv(first.dataset, edi);
    expect(written).toContain("'=1+1");
    const again = parseAssessments(written, edi);
    expect(again.dataset.units.map((u) => u.entity)).toEqual(first.dataset.units.map((u) => u.entity));
    expect(again.dataset.units.map((u) => u.entity).sort()).toEqual([...ids].sort());
    // A plain apostrophe is left alone; "-1" and "+2" are numbers and never guarded.
    const plain = parseAssessments(csv("'quoted,a,2014,1.1,2,,,", "-1,b,2014,1.1,2,,,"), edi);
    expect(plain.dataset.units.map((u) => u.entity)).toEqual(["'quoted", "-1"]);
  });

  it("ids the guard touched read back unchanged from the template (p10 template)", () => {
    const template = assessmentTemplate(edi, { entities: ["=1+1"], period: "2024" });
    expect(template).toContain("'=1+1");
    const filled = template.replace(/^('=1\+1,[^\n]*,1\.1,)/m, "$12");
    const read = parseAssessments(filled, edi, { allowExtra: true });
    expect(read.dataset.units.map((u) => u.entity)).toEqual(["=1+1"]);
  });
});

describe("capped counts", () => {
  it("100,000 errors: 100 printed, then '… and 99,900 more'", async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `E${i},,2014,9.9,2,,,`);
    const dir = writeCorpus({ "many.csv": csv(...rows) });
    const r = await p10(["score", "many.csv"], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stderr.split("\n");
    expect(lines[100]).toBe("… and 99,900 more");
    expect(r.stderr).toContain("has 100000 errors: 100000 rows read, 0 accepted, 100000 rejected");
  }, 30_000);

  it("20,000 warnings: 100 printed, the rest counted with a note", async () => {
    const rows = Array.from({ length: 20_001 }, () => "ARV,Arvenia,2014,1.1,2,,,");
    const dir = writeCorpus({ "dup.csv": csv(...rows) });
    const r = await p10(["score", "dup.csv", "--out", "s.csv"], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines.filter((l) => l.includes("P10_DUPLICATE_ANSWER"))).toHaveLength(100);
    expect(r.stderr).toContain("… and 19,900 more warnings (run p10 validate to list them)");
  }, 30_000);
});
