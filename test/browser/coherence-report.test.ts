// Opens `p10 report --coherence` for the p10-2026 sample in headless chromium: the "Statistical
// coherence" section is there with a correlation heatmap per pillar and index, the alpha table, the
// nominal-against-effective weights chart and the remove-one rank shifts; its labels keep apart and it
// fits an A4 page. A screenshot goes to test-output/browser/ for a human look.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { p10 } from "../cli/run-cli.js";
import { announceSkip, launchChromium, SKIP_BROWSER } from "./chromium.js";
import { labelProblems } from "./layout-checks.js";
import { type OfflineVisit, openOffline } from "./offline-page.js";

const OUT = join(process.cwd(), "test-output", "browser");
const FILE = join(OUT, "report-coherence.html");
const BROWSER_TIMEOUT = 120_000;

announceSkip("browser: coherence report");

describe.skipIf(SKIP_BROWSER)(
  "the coherence section in headless chromium",
  { timeout: BROWSER_TIMEOUT },
  () => {
    let browser: Browser;
    let visit: OfflineVisit;

    beforeAll(async () => {
      mkdirSync(OUT, { recursive: true });
      const r = await p10([
        "report",
        "seeds/p10-2026-sample.csv",
        "-f",
        "p10-2026",
        "--coherence",
        "--no-profiles",
        "--out",
        FILE,
      ]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      browser = await launchChromium();
      visit = await openOffline(browser, FILE);
    }, BROWSER_TIMEOUT);

    afterAll(async () => {
      await browser?.close();
    });

    it("shows the section with a heatmap per pillar of each index, alpha, weights and rank shifts", async () => {
      const section = visit.page.locator("#coherence");
      await section.screenshot({ path: join(OUT, "report-coherence.png") });
      expect(visit.errors).toEqual([]);
      expect(visit.requests).toEqual([visit.url]);
      expect(await section.locator("h2").first().textContent()).toBe("Statistical coherence, 2025");
      const charts = await section.locator("svg.p10-chart").evaluateAll((svgs) => svgs.map((s) => s.id));
      // 3 pillars × 2 indices (law, practice), then one weights chart per index
      expect(charts.filter((id) => id.startsWith("coherence-heatmap-"))).toHaveLength(6);
      expect(charts.filter((id) => id.startsWith("coherence-weights-"))).toHaveLength(2);
      // the justice heatmap of the law index: 13 children, 169 cells, each with its value
      const justice = section.locator("svg[id^='coherence-heatmap-0-'][id$='-justice'] g.p10-cell");
      expect(await justice.count()).toBe(169);
      const text = (await section.textContent()) ?? "";
      expect(text).toContain("Cronbach's alpha");
      expect(text).toContain("Rank shifts when one pillar is removed");
      expect(text).toContain("Nominal and effective weights in law (2025)");
    });

    it("keeps its labels apart and inside each chart", async () => {
      expect(await visit.page.$$eval("#coherence svg.p10-chart", labelProblems)).toEqual([]);
    });

    it("fits the width of an A4 page when printed", async () => {
      const a4 = await openOffline(browser, FILE, { width: 703, height: 1000 });
      await a4.page.emulateMedia({ media: "print" });
      const wide = await a4.page.$$eval("#coherence table, #coherence svg.p10-chart", (els) =>
        els.filter((e) => e.getBoundingClientRect().width > 703.5).map((e) => e.id || e.tagName),
      );
      expect(wide).toEqual([]);
      await a4.context.close();
    });
  },
);
