// p10 report on the bundled sample: one self-contained HTML file, options and exit codes.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/audit/hash.js";
import { p10 } from "./run-cli.js";

const SAMPLE = "seeds/edi-2015-sample.csv";

describe("p10 report", () => {
  it("writes one self-contained page naming the CSV by its SHA-256", async () => {
    const dir = mkdtempSync(join(tmpdir(), "p10-report-"));
    const out = join(dir, "report.html");
    const r = await p10(["report", SAMPLE, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    // Nothing to fetch: no script, link, image, source or import (the SVG namespace URI is only a name).
    // No request of any kind; the only links are to sections of the page itself (the contents).
    expect(html).not.toMatch(/<script|<link|<img|\ssrc=|\shref=(?!"#)|@import|url\(/);
    expect(html).toMatch(/<nav class="contents"[^>]*><ol><li><a href="#ranking">/);
    expect(html).toContain(`<td>${SAMPLE} (2772 rows)</td><td>${sha256Hex(readFileSync(SAMPLE))}</td>`);
    for (const id of ["ranking", "change", "profiles", "methods", "audit"])
      expect(html).toContain(`id="${id}"`);
  });

  it("writes the same bytes on every run", async () => {
    const [a, b] = await Promise.all([p10(["report", SAMPLE]), p10(["report", SAMPLE])]);
    expect(a.stdout.length).toBeGreaterThan(100_000);
    expect(a.stdout).toBe(b.stdout);
  });

  it("adds rank intervals with --uncertainty, as p10 uncertainty computes them", async () => {
    const r = await p10(["report", SAMPLE, "--uncertainty", "--runs", "90", "--seed", "5", "--no-profiles"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('id="uncertainty"');
    expect(r.stdout).toMatch(/\d+ model runs \(seed 5\)/);
    expect(r.stdout).not.toContain('id="profiles"');
  });

  it("ranks another period and takes a title", async () => {
    const r = await p10(["report", SAMPLE, "--period", "2014", "--title", "Sample <2014>"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("<title>Sample &lt;2014&gt;</title>");
    expect(r.stdout).toContain("Ranking, 2014");
    expect(r.stdout).not.toContain('id="change"');
  });

  it("states the method actually used: a copy of edi-2015 with geometric pillars and information weighing 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "p10-method-"));
    const method = JSON.parse(readFileSync("data/methods/edi-2015.json", "utf8"));
    method.id = "edi-2015-variant";
    method.weighting = { scheme: "explicit", weights: { information: "2" } };
    method.aggregation.pillar = { function: "geometric" };
    method.aggregation.zeros = "offset";
    method.aggregation.offset = "1";
    writeFileSync(join(dir, "variant.json"), JSON.stringify(method));
    const base = await p10(["report", SAMPLE, "--no-profiles"]);
    const variant = await p10(["report", SAMPLE, "--no-profiles", "-m", join(dir, "variant.json")]);
    expect(variant.code).toBe(0);
    expect(base.stdout).toContain("its 3 pillars, each weighing 1/3.");
    expect(variant.stdout).not.toContain("its 3 pillars, each weighing 1/3.");
    expect(variant.stdout).toContain(
      "weighted Access to information 1/2, Public participation 1/4 and Access to justice 1/4.",
    );
    expect(variant.stdout).toContain("Access to information is the geometric mean of its 6 groups");
    expect(variant.stdout).toContain("(edi-2015-variant 1.0.0)");
  });

  it("exits 2 for --runs without --uncertainty and 1 for a period with no results", async () => {
    const usage = await p10(["report", SAMPLE, "--runs", "10"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--runs needs --uncertainty");
    const period = await p10(["report", SAMPLE, "--period", "1999"]);
    expect(period.code).toBe(1);
    expect(period.stderr).toContain('period "1999" has no results; the periods are 2014, 2024');
  });

  it("draws a world map when every entity id is an ISO 3166-1 alpha-3 code, and only then", async () => {
    const iso = await p10(["report", "seeds/edi-2015-iso-synthetic.csv", "--no-profiles"]);
    expect(iso.code).toBe(0);
    expect(iso.stdout).toContain('<section id="map">');
    expect(iso.stdout).toMatch(
      /<nav class="contents"[^>]*><ol><li><a href="#map">Map<\/a><\/li><li><a href="#ranking">/,
    );
    expect(iso.stdout).toContain("No shape on the map: Guadeloupe (0.62), Tuvalu (1.44).");
    expect(iso.stdout).toMatch(/<title>Brazil: \d\.\d\d \((poor|fair|good|very good)\)<\/title>/);
    const again = await p10(["report", "seeds/edi-2015-iso-synthetic.csv", "--no-profiles"]);
    expect(again.stdout).toBe(iso.stdout);
    const off = await p10(["report", "seeds/edi-2015-iso-synthetic.csv", "--no-profiles", "--no-map"]);
    expect(off.stdout).not.toContain('id="map"');
    expect(off.stdout).not.toContain("world-map");
    const fictional = await p10(["report", SAMPLE, "--no-profiles"]);
    expect(fictional.stdout).not.toContain("world-map");
  });

  it("puts fictional ids on the map through the entities file's iso3166 column, refusing a bad code by place", async () => {
    const dir = mkdtempSync(join(tmpdir(), "p10-report-iso-"));
    const ids = [
      "ARV",
      "BMR",
      "CQS",
      "DVL",
      "ESK",
      "FNW",
      "GLT",
      "HVD",
      "IXL",
      "JRN",
      "KVS",
      "LMR",
      "MZV",
      "NQR",
    ];
    // Real codes for all but Norquay (empty: no code), Brazil for Arvenia.
    const real = [
      "BRA",
      "CHL",
      "ARG",
      "PER",
      "COL",
      "MEX",
      "URY",
      "ECU",
      "BOL",
      "PRY",
      "CRI",
      "PAN",
      "GTM",
      "",
    ];
    const rows = ids.map((id, k) => `${id},${real[k]}`);
    writeFileSync(join(dir, "entities.csv"), `entity,iso3166\n${rows.join("\n")}\n`);
    const r = await p10(["report", SAMPLE, "--no-profiles", "--entities", join(dir, "entities.csv")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('<section id="map">');
    expect(r.stdout).toMatch(
      /<path class="p10-region" [^>]*data-code="076"><title>Arvenia: 2\.55 \(very good\)<\/title>/,
    );
    expect(r.stdout.match(/class="p10-region"/g)).toHaveLength(13);
    expect(r.stdout).toContain("Not on the map (no ISO 3166-1 code in the entities file): Norquay.");
    writeFileSync(
      join(dir, "bad.csv"),
      `entity,iso3166\n${rows.join("\n").replace("ARV,BRA", "ARV,Brazil")}\n`,
    );
    const bad = await p10(["report", SAMPLE, "--no-profiles", "--entities", join(dir, "bad.csv")]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain(
      `bad.csv:2:2: error P10_REPORT_INPUT: ARV: "Brazil" is not an ISO 3166-1 alpha-3 code (three capital letters, e.g. BRA)`,
    );
  });
});
