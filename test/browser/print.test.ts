// Printing the report: chromium prints three reports to A4 (the EDI sample with rank intervals, the p10-2026
// sample with its law–practice gaps and the ISO fixture with its map), and every heading must share its
// printed page with the element that follows it (a chart, table, paragraph or sub-heading), so no heading is
// stranded at the bottom of a page; and no chart label is cut ("Environmental Democracy In…") or clipped.
// The PDFs go to test-output/browser/ for a human look.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { p10 } from "../cli/run-cli.js";
import { announceSkip, launchChromium, SKIP_BROWSER } from "./chromium.js";
import { labelProblems } from "./layout-checks.js";
import { openOffline } from "./offline-page.js";
import { orphanedHeadings, pdfDestinations } from "./print-pages.js";

const OUT = join(process.cwd(), "test-output", "browser");
const BROWSER_TIMEOUT = 180_000;

const REPORTS: { name: string; args: string[] }[] = [
  {
    name: "print-edi-sample",
    args: ["seeds/edi-2015-sample.csv", "--uncertainty", "--runs", "400", "--seed", "1"],
  },
  { name: "print-p10-sample", args: ["seeds/p10-2026-sample.csv", "-f", "p10-2026", "-m", "p10-default"] },
  { name: "print-iso-map", args: ["seeds/edi-2015-iso-synthetic.csv"] },
];

announceSkip("browser: print");

describe.skipIf(SKIP_BROWSER)("printing the report to A4", { timeout: BROWSER_TIMEOUT }, () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    for (const report of REPORTS) {
      const r = await p10(["report", ...report.args, "--out", join(OUT, `${report.name}.html`)]);
      expect(r.code).toBe(0);
    }
    browser = await launchChromium();
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
  });

  it("reads the page of each named destination from a chromium PDF", async () => {
    // A heading, 1500 px of content (more than an A4 page), then a second heading: pages 1 and 2.
    const page = await browser.newPage();
    await page.setContent(
      '<h2 id="a">A</h2><div style="height:1500px"></div><h2 id="b">B</h2><p><a href="#a">a</a> <a href="#b">b</a></p>',
    );
    const dests = pdfDestinations(await page.pdf({ format: "A4" }));
    expect(dests.get("a")?.page).toBe(1);
    expect(dests.get("b")?.page).toBe(2);
    await page.close();
  });

  it("finds a heading stranded at the bottom of a page when the print rules do not keep it", async () => {
    // An unbreakable figure that does not fit below a heading near the page's end goes to the next page;
    // without break-after: avoid the heading stays behind, with it the heading goes along.
    const page = await browser.newPage();
    const html = (rule: string) =>
      `<style>${rule} figure { break-inside: avoid; height: 300px; margin: 0 }</style>` +
      '<main><div style="height:1000px"></div><h2>Stranded</h2><figure>x</figure></main>';
    await page.setContent(html(""));
    expect((await orphanedHeadings(page)).problems).toEqual([
      '"Stranded" ends page 1; what follows it starts page 2',
    ]);
    await page.setContent(html("h2 { break-after: avoid; }"));
    expect((await orphanedHeadings(page)).problems).toEqual([]);
    await page.close();
  });

  for (const report of REPORTS) {
    it(`${report.name}: no chart label is cut with an ellipsis, leaves its chart or overlaps another`, async () => {
      const visit = await openOffline(browser, join(OUT, `${report.name}.html`));
      const cut = await visit.page.$$eval("svg.p10-chart text", (els) =>
        els.flatMap((t) => {
          // The text drawn, without a tooltip's <title>.
          const drawn = [...t.childNodes]
            .filter((n) => n.nodeName !== "title")
            .map((n) => n.textContent ?? "")
            .join("");
          return drawn.includes("\u2026") ? [drawn] : [];
        }),
      );
      expect(cut).toEqual([]);
      expect(await visit.page.$$eval("svg.p10-chart", labelProblems)).toEqual([]);
      // Every SVG text lies inside the page's width at a 1000 px window (nothing clipped by the layout).
      const clipped = await visit.page.$$eval("svg.p10-chart text", (els) =>
        els.filter((t) => t.getBoundingClientRect().right > 1000).map((t) => t.textContent),
      );
      expect(clipped).toEqual([]);
      await visit.context.close();
    });

    it(`${report.name}: every heading shares its printed page with what follows it`, async () => {
      const visit = await openOffline(browser, join(OUT, `${report.name}.html`));
      const { pdf, pages, problems } = await orphanedHeadings(visit.page);
      writeFileSync(join(OUT, `${report.name}.pdf`), pdf);
      expect(pages).toBeGreaterThan(2);
      expect(problems).toEqual([]);
      await visit.context.close();
    });
  }
});
