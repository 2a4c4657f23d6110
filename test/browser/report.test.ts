// Opens the report `p10 report` writes for the bundled sample in Debian's headless chromium: the page makes
// no request but its own document, runs no script, draws every chart with the sample's entity names as SVG
// text, keeps labels apart, applies its print rules and prints to A4. Screenshots and the PDF go to
// test-output/browser/ for a human look.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { p10 } from "../cli/run-cli.js";
import { announceSkip, launchChromium, SKIP_BROWSER } from "./chromium.js";
import { labelProblems } from "./layout-checks.js";
import { type OfflineVisit, openOffline } from "./offline-page.js";

// page.$$eval callbacks run in the browser; the project compiles without the DOM library.
declare function getComputedStyle(element: unknown): { breakInside: string };

const OUT = join(process.cwd(), "test-output", "browser");
const FILE = join(OUT, "report-sample.html");
const BROWSER_TIMEOUT = 120_000;
/** The sample's jurisdictions in 2024 rank order (p10 score seeds/edi-2015-sample.csv). */
const TOP_3 = ["Arvenia", "Belmora", "Eskarund"];

announceSkip("browser: report");

describe.skipIf(SKIP_BROWSER)("the p10 report in headless chromium", { timeout: BROWSER_TIMEOUT }, () => {
  let browser: Browser;
  let visit: OfflineVisit;
  let bytes = 0;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const r = await p10([
      "report",
      "seeds/edi-2015-sample.csv",
      "--uncertainty",
      "--runs",
      "400",
      "--seed",
      "1",
      "--out",
      FILE,
    ]);
    // 400 runs are few for Sobol indices: the one warning says so (the report repeats it under the table).
    expect(r.stderr).toMatch(/^warning P10_UNCERTAINTY_FEW_RUNS: [^\n]+\n$/);
    expect(r.code).toBe(0);
    bytes = (await import("node:fs")).statSync(FILE).size;
    browser = await launchChromium();
    visit = await openOffline(browser, FILE);
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
  });

  it("requests nothing but the document itself, runs no script and logs no error", async () => {
    await visit.page.screenshot({ path: join(OUT, "report-sample.png"), fullPage: true });
    await visit.page.screenshot({ path: join(OUT, "report-sample-top.png") });
    expect(visit.requests).toEqual([visit.url]);
    expect(visit.errors).toEqual([]);
    expect(await visit.page.locator("script, link, img, iframe, object").count()).toBe(0);
    expect(bytes).toBeGreaterThan(100_000);
    expect(bytes).toBeLessThan(1_000_000);
  });

  it("opens with the summary on the first screen, its leader that of p10 score, no text overflowing", async () => {
    const box = await visit.page.locator("#summary").boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeLessThan(800);
    const summary = (await visit.page.locator("#summary").textContent()) ?? "";
    // p10 score: Arvenia ranks 1 in 2024 with 2.55, Belmora 2 (the long CSV's edi rows).
    const scores = (await p10(["score", "seeds/edi-2015-sample.csv", "--format", "csv"])).stdout
      .split("\n")
      .filter((l) => /^[A-Z]{3},2024,edi,/.test(l))
      .map((l) => l.split(","));
    const first = scores.find((c) => c[6] === "1")!;
    expect(summary).toContain(`${TOP_3[0]} leads the Environmental Democracy Index in 2024 with ${first[4]}`);
    expect(summary).toContain(`Next: ${TOP_3[1]}`);
    expect(summary).toMatch(/Top ranks over 396 model runs/);
    // No text wider than its box anywhere on the page (cut or spilling labels).
    const overflowing = await visit.page.$$eval(
      "h1, h2, h3, p, li, td, th, caption, figcaption, dd, dt",
      (els) =>
        els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => (e.textContent ?? "").slice(0, 40)),
    );
    expect(overflowing).toEqual([]);
    await visit.page.screenshot({ path: join(OUT, "report-summary-first-screen.png") });
  });

  it("draws the ranking with every entity as SVG text, in rank order", async () => {
    const names = await visit.page.$$eval("#ranking svg.p10-chart text.p10-label", (els) =>
      els.map((e) => e.textContent),
    );
    expect(names).toHaveLength(14);
    expect(names.slice(0, 3)).toEqual(TOP_3);
    const bars = await visit.page.locator("#ranking svg.p10-chart rect.p10-bar").count();
    expect(bars).toBe(14 * 4); // the index and three pillars, all scored
  });

  it("draws the change, the rank intervals and a profile per entity", async () => {
    const chartIds = await visit.page.$$eval("svg.p10-chart", (svgs) => svgs.map((s) => s.id));
    expect(chartIds.slice(0, 3)).toEqual(["ranking-1-edi", "change-chart", "rank-intervals"]);
    expect(chartIds.filter((id) => id.startsWith("profile-"))).toHaveLength(14);
    for (const id of ["change-chart", "rank-intervals", "profile-1-1-ARV"]) {
      const texts = await visit.page.$$eval(`svg#${id} text`, (els) => els.map((e) => e.textContent ?? ""));
      expect(texts.join(" ")).toContain("Arvenia");
    }
    const rendered = await visit.page.$$eval("svg.p10-chart", (svgs) =>
      svgs.map((s) => s.getBoundingClientRect().height),
    );
    expect(rendered.every((h) => h > 100)).toBe(true);
    const ids = await visit.page.$$eval("[id]", (els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("lays labels out without overlaps and inside each chart", async () => {
    expect(await visit.page.$$eval("svg.p10-chart", labelProblems)).toEqual([]);
  });

  it("states in its methods the weights used and the SHA-256 of the input", async () => {
    const methods = (await visit.page.locator("#methods").textContent()) ?? "";
    expect(methods).toContain(
      "Environmental Democracy Index is the arithmetic mean of its 3 pillars, each weighing 1/3.",
    );
    expect(methods).toMatch(/seeds\/edi-2015-sample\.csv \(2772 rows\)[0-9a-f]{64}/);
  });

  it("fits every table and chart within the width of an A4 page when printed", async () => {
    // A4 is 210 mm wide; the print rules leave 186 mm between the margins, 703 px at 96 px per inch.
    const a4 = await openOffline(browser, FILE, { width: 703, height: 1000 });
    await a4.page.emulateMedia({ media: "print" });
    const wide = await a4.page.$$eval("table, svg.p10-chart", (els) =>
      els.filter((e) => e.getBoundingClientRect().width > 703.5).map((e) => e.id || e.tagName),
    );
    expect(wide).toEqual([]);
    await a4.context.close();
  });

  it("applies its print rules and prints to A4, still with no request", async () => {
    await visit.page.emulateMedia({ media: "print" });
    const breaks = await visit.page.$$eval("figure", (figs) =>
      figs.map((f) => getComputedStyle(f).breakInside),
    );
    expect(breaks.every((b) => b === "avoid")).toBe(true);
    const pdf = await visit.page.pdf({ format: "A4", printBackground: true });
    writeFileSync(join(OUT, "report-sample.pdf"), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await visit.page.emulateMedia({ media: "screen" });
    expect(visit.requests).toEqual([visit.url]);
  });
});
