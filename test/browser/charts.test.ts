// Renders the demo report (every chart, fictional data) in Debian's headless chromium: the page makes no
// request but its own document, logs no error, parses every chart as standalone XML, shows every entity
// name as SVG text with no two labels overlapping, scales on a narrow screen and applies its print rules.
// Screenshots and a PDF go to test-output/browser/ for a human look.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTITIES, NASTY } from "../report/fixtures.js";
import { announceSkip, launchChromium, SKIP_BROWSER } from "./chromium.js";
import { demoPage, stressPage } from "./demo-page.js";
import { labelProblems } from "./layout-checks.js";
import { type OfflineVisit, openOffline } from "./offline-page.js";

// The functions passed to page.evaluate run in the browser. The project compiles without the DOM library
// (the core must not use browser globals), so the few the page functions use are declared for this file.
interface BrowserNode {
  readonly textContent: string | null;
}
declare const document: { getElementById(id: string): BrowserNode | null };
declare const DOMParser: new () => {
  parseFromString(text: string, type: string): { querySelector(selector: string): BrowserNode | null };
};
declare function getComputedStyle(element: unknown): { breakInside: string };

const OUT = join(process.cwd(), "test-output", "browser");
const BROWSER_TIMEOUT = 120_000;

announceSkip("browser: charts");

describe.skipIf(SKIP_BROWSER)("report charts in headless chromium", { timeout: BROWSER_TIMEOUT }, () => {
  const demo = demoPage();
  const file = join(OUT, "report-demo.html");
  let browser: Browser;
  let visit: OfflineVisit;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(file, demo.html);
    browser = await launchChromium();
    visit = await openOffline(browser, file);
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
  });

  it("requests nothing but the document itself and logs no error", async () => {
    await visit.page.screenshot({ path: join(OUT, "report-demo.png"), fullPage: true });
    for (const id of Object.keys(demo.charts)) {
      await visit.page.locator(`svg#${id}`).screenshot({ path: join(OUT, `chart-${id}.png`) });
    }
    expect(visit.requests).toEqual([visit.url]);
    expect(visit.errors).toEqual([]);
    expect(await visit.page.locator("script, link, img, iframe, object").count()).toBe(0);
  });

  it("renders every chart as an accessible image with unique ids", async () => {
    const charts = await visit.page.$$eval("svg.p10-chart", (svgs) =>
      svgs.map((svg) => {
        const ids = (svg.getAttribute("aria-labelledby") ?? "").split(" ");
        const texts = ids.map((id: string) => document.getElementById(id)?.textContent ?? "");
        return {
          id: svg.id,
          role: svg.getAttribute("role"),
          texts,
          width: svg.getBoundingClientRect().width,
        };
      }),
    );
    expect(charts.map((c) => c.id)).toEqual(Object.keys(demo.charts));
    for (const chart of charts) {
      expect(chart.role).toBe("img");
      expect(chart.texts).toHaveLength(2);
      expect(chart.texts.every((t: string) => t.length > 0)).toBe(true);
      expect(chart.width).toBeGreaterThan(300);
    }
    const allIds = await visit.page.$$eval("[id]", (els) => els.map((e) => e.id));
    expect(new Set(allIds).size).toBe(allIds.length);
  });

  it("shows every entity name as SVG text, the markup-like name as plain text", async () => {
    const texts = await visit.page.$$eval("#ranking text.p10-label", (els) => els.map((e) => e.textContent));
    expect(texts).toEqual(ENTITIES);
    for (const id of ["change", "ranks"]) {
      const names = await visit.page.$$eval(`#${id} text.p10-label`, (els) => els.map((e) => e.textContent));
      expect(names).toEqual(ENTITIES);
    }
    expect(await visit.page.locator("svg i, main > header i").count()).toBe(0);
    expect(await visit.page.locator("h1 + .subtitle").textContent()).toContain(NASTY);
  });

  it("parses each chart on its own as well-formed SVG (XML)", async () => {
    const problems = await visit.page.evaluate((charts) => {
      return Object.entries(charts).flatMap(([id, svg]) => {
        const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
        const error = doc.querySelector("parsererror");
        return error ? [`${id}: ${error.textContent}`] : [];
      });
    }, demo.charts);
    expect(problems).toEqual([]);
  });

  it("lays labels out without overlaps and inside each chart", async () => {
    expect(await visit.page.$$eval("svg.p10-chart", labelProblems)).toEqual([]);
  });

  it("scales the charts down on a narrow screen, keeping their proportions", async () => {
    const narrow = await openOffline(browser, file, { width: 420, height: 800 });
    const sizes = await narrow.page.$$eval("svg.p10-chart", (svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        const [, , w, h] = (svg.getAttribute("viewBox") ?? "").split(" ").map(Number);
        return { width: box.width, ratio: box.height / box.width, expected: h! / w! };
      }),
    );
    for (const size of sizes) {
      expect(size.width).toBeLessThanOrEqual(420);
      expect(size.ratio).toBeCloseTo(size.expected, 2);
    }
    await narrow.page.screenshot({ path: join(OUT, "report-demo-narrow.png"), fullPage: true });
    expect(narrow.requests).toEqual([narrow.url]);
    await narrow.context.close();
  });

  it("applies its print rules and prints to PDF, still with no request", async () => {
    await visit.page.emulateMedia({ media: "print" });
    const breaks = await visit.page.$$eval("figure", (figs) =>
      figs.map((f) => getComputedStyle(f).breakInside),
    );
    expect(breaks.every((b) => b === "avoid")).toBe(true);
    const pdf = await visit.page.pdf({ format: "A4", printBackground: true });
    writeFileSync(join(OUT, "report-demo.pdf"), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await visit.page.emulateMedia({ media: "screen" });
    await visit.page.addStyleTag({ content: "html { filter: grayscale(1); }" });
    await visit.page.screenshot({ path: join(OUT, "report-demo-greyscale.png"), fullPage: true });
    expect(visit.requests).toEqual([visit.url]);
  });

  it("keeps labels apart with 70 entities and long, accented and non-Latin names", async () => {
    const stress = stressPage();
    const stressFile = join(OUT, "report-stress.html");
    writeFileSync(stressFile, stress.html);
    const crowded = await openOffline(browser, stressFile);
    expect(await crowded.page.$$eval("svg.p10-chart", labelProblems)).toEqual([]);
    const names = await crowded.page.$$eval("#stress-ranking text.p10-label", (els) =>
      els.map((e) => e.textContent),
    );
    expect(names.slice(0, 3)).toEqual([
      "Democratic Republic of the Congo",
      "Côte d'Ivoire",
      "São Tomé and Príncipe",
    ]);
    expect(names).toHaveLength(70);
    expect(crowded.requests).toEqual([crowded.url]);
    await crowded.page.screenshot({ path: join(OUT, "report-stress.png"), fullPage: true });
    await crowded.context.close();
  });
});
