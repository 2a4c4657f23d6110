// Exports analysts open: the xlsx workbook (read back with exceljs, the library that wrote it), the wide
// CSV, and the Frictionless Data Package (checked by the Frictionless `datapackage` library, an independent
// implementation of the specification, against its published profiles, and its data read against the
// Table Schemas, foreign keys included). Reference values: the long CSV of the same run.
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJSModule from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { p10 } from "./run-cli.js";

const ExcelJS = ExcelJSModule as unknown as typeof import("exceljs");
const SAMPLE = join(process.cwd(), "seeds/edi-2015-sample.csv");

/** The long CSV as records. */
function records(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv.trimEnd().split("\n");
  const names = header!.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [names[i], v])));
}

let dir = "";
let long: Record<string, string>[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "p10-exports-"));
  const r = await p10(["score", SAMPLE, "--format", "csv"]);
  long = records(r.stdout);
  expect(long.length).toBeGreaterThan(1000);
});

describe("p10 score --out scores.xlsx", () => {
  it("holds the CSV's numbers as numbers, the exact values as text, ranks, and the run's digests", async () => {
    const r = await p10(["score", SAMPLE, "--out", "s.xlsx", "--manifest", "run.json"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "s.xlsx"));
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "index",
      "pillars",
      "groups",
      "indicators",
      "provenance",
    ]);
    let compared = 0;
    for (const sheet of book.worksheets.slice(0, 4)) {
      const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        const cells = (row.values as unknown[]).slice(1);
        const [entity, , period] = cells as string[];
        header.forEach((column, i) => {
          if (i < 3 || column.endsWith(" exact") || column.endsWith(" rank")) return;
          const csv = long.find((x) => x.entity === entity && x.period === period && x.node === column);
          expect(csv, `${entity} ${period} ${column}`).toBeDefined();
          const value = cells[i];
          if (csv!.score === "") {
            expect(value ?? null).toBeNull();
          } else {
            expect(typeof value).toBe("number");
            expect(value).toBe(Number(csv!.score));
            expect(cells[i + 1]).toBe(csv!.score_exact);
            compared++;
          }
          if (header[i + 2] === `${column} rank` && csv!.rank !== "")
            expect(cells[i + 2]).toBe(Number(csv!.rank));
        });
      });
    }
    // Every scored cell of the long CSV (28 units × the nodes with a score) was compared once.
    expect(compared).toBe(long.filter((x) => x.score !== "").length);
    const provenance = new Map<string, string>();
    book.getWorksheet("provenance")!.eachRow((row) => {
      const [k, v] = (row.values as unknown[]).slice(1) as [string, string];
      provenance.set(k, v);
    });
    const manifest = JSON.parse(readFileSync(join(dir, "run.json"), "utf8"));
    expect(provenance.get("canonical scores sha256")).toBe(manifest.output.sha256);
    expect(provenance.get("assessments sha256")).toBe(manifest.inputs[0].sha256);
    expect(provenance.get("method sha256")).toBe(manifest.method.sha256);
  });

  it("with --by adds a sheet of each unit's group and its ranks in it, equal to the CSV's group_rank", async () => {
    const entities = join(process.cwd(), "seeds/edi-2015-entities.csv");
    const args = ["score", SAMPLE, "--entities", entities, "--by", "region"];
    const r = await p10([...args, "--out", "g.xlsx"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const csv = records((await p10([...args, "--format", "csv"])).stdout);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "g.xlsx"));
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "index",
      "pillars",
      "groups",
      "indicators",
      "by region",
      "provenance",
    ]);
    const sheet = book.getWorksheet("by region")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header.slice(0, 5)).toEqual(["entity", "name", "period", "region", "edi group rank"]);
    let compared = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const cells = (row.values as unknown[]).slice(1);
      header.slice(4).forEach((column, i) => {
        const node = column.replace(/ group rank$/, "");
        const want = csv.find((x) => x.entity === cells[0] && x.period === cells[2] && x.node === node)!;
        expect(cells[3]).toBe(want.group);
        expect(cells[4 + i] ?? "").toBe(want.group_rank === "" ? "" : Number(want.group_rank));
        compared++;
      });
    });
    // 14 entities × 2 periods × (the index, 3 pillars, 23 groups).
    expect(compared).toBe(28 * 27);
  });

  it("refuses xlsx on stdout and --wide with another format", async () => {
    const stdout = await p10(["score", SAMPLE, "--format", "xlsx"]);
    expect(stdout.code).toBe(2);
    expect(stdout.stderr).toContain("write it to a file with --out FILE.xlsx");
    const wide = await p10(["score", SAMPLE, "--wide", "--format", "json"]);
    expect(wide.code).toBe(2);
  });
});

describe("p10 compare --out change.xlsx", () => {
  it("holds the change CSV's values: numbers as numbers, exact values and flags as text", async () => {
    const csv = records((await p10(["compare", SAMPLE, "--format", "csv"])).stdout);
    const r = await p10(["compare", SAMPLE, "--out", "c.xlsx"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "c.xlsx"));
    expect(book.worksheets.map((w) => w.name)).toEqual(["change", "provenance"]);
    const sheet = book.getWorksheet("change")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(sheet.rowCount).toBe(csv.length + 1);
    csv.forEach((x, k) => {
      const cells = (sheet.getRow(k + 2).values as unknown[]).slice(1);
      header.forEach((column, i) => {
        const value = x[column] ?? "";
        const cell = cells[i] ?? "";
        const numeric = ["score_from", "score_to", "change", "rank_from", "rank_to", "coverage_to"];
        if (numeric.includes(column) && value !== "") expect(typeof cell).toBe("number");
        if (typeof cell === "number") expect(cell).toBe(Number(value));
        else expect(String(cell)).toBe(value);
      });
    });
  });
});

describe("p10 score --wide", () => {
  it("has one row per entity and period and one column per node, each the long CSV's score", async () => {
    const r = await p10(["score", SAMPLE, "--wide"]);
    expect(r.code).toBe(0);
    const rows = records(r.stdout);
    expect(rows).toHaveLength(28);
    const nodes = Object.keys(rows[0]!).slice(2);
    expect(nodes.slice(0, 2)).toEqual(["edi", "information"]);
    for (const x of long) {
      const row = rows.find((w) => w.entity === x.entity && w.period === x.period);
      expect(row?.[x.node as string], `${x.entity} ${x.period} ${x.node}`).toBe(x.score);
    }
    expect(rows.length * nodes.length).toBe(long.length);
  });
});

describe("p10 score --datapackage DIR", () => {
  it("writes a package the Frictionless validator accepts, data and foreign keys included", async () => {
    const r = await p10(["score", SAMPLE, "--datapackage", "pkg", "--out", "s.csv"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("data package written to pkg");
    const require = createRequire(import.meta.url);
    const { Package } = require("datapackage");
    const pkg = await Package.load(join(dir, "pkg/datapackage.json"));
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.descriptor.profile).toBe("tabular-data-package");
    expect(pkg.resourceNames).toEqual(["scores", "entities", "assessments"]);
    let rows = 0;
    for (const name of pkg.resourceNames) {
      const resource = pkg.getResource(name);
      // Casts every cell to its field type and checks primary and foreign keys; throws on any violation.
      const data = await resource.read({ relations: true, keyed: true });
      rows += data.length;
    }
    // 2772 scores rows (as the long CSV), 14 entities, 2772 answers.
    expect(rows).toBe(long.length + 14 + 2772);
    const scores = readFileSync(join(dir, "pkg/scores.csv"), "utf8");
    expect(scores).toBe(readFileSync(join(dir, "s.csv"), "utf8"));
  });

  it("with --out x.xlsx too: the package and the workbook carry the same run (one manifest, made once)", async () => {
    const r = await p10(
      ["score", SAMPLE, "--datapackage", "pkg3", "--out", "s3.xlsx", "--manifest", "run3.json"],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, "run3.json"), "utf8"));
    const descriptor = JSON.parse(readFileSync(join(dir, "pkg3/datapackage.json"), "utf8"));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "s3.xlsx"));
    const provenance = new Map<string, string>();
    book.getWorksheet("provenance")!.eachRow((row) => {
      const [k, v] = (row.values as unknown[]).slice(1) as [string, string];
      provenance.set(k, v);
    });
    expect(provenance.get("canonical scores sha256")).toBe(manifest.output.sha256);
    expect(descriptor.principle10.scoresSha256).toBe(manifest.output.sha256);
    expect(descriptor.principle10.assessments.sha256).toBe(manifest.inputs[0].sha256);
  });

  it("is refused by the validator when a foreign key breaks (the check can fail)", async () => {
    expect(
      (await p10(["score", SAMPLE, "--datapackage", "pkg2", "--out", "s2.csv"], { cwd: dir })).code,
    ).toBe(0);
    const require = createRequire(import.meta.url);
    const { Package } = require("datapackage");
    const descriptor = JSON.parse(readFileSync(join(dir, "pkg2/datapackage.json"), "utf8"));
    const entities = descriptor.resources.find((x: { name: string }) => x.name === "entities");
    delete entities.path;
    entities.data = [
      ["entity", "name"],
      ["ARV", "Arvenia"],
    ];
    const pkg = await Package.load(descriptor, { basePath: join(dir, "pkg2") });
    expect(pkg.errors.map(String)).toEqual([]);
    await expect(pkg.getResource("scores").read({ relations: true })).rejects.toThrow(/[Ff]oreign key/);
  });
});
