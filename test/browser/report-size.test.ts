// The report at size (issue #13): `p10 report` on a generated 200-jurisdiction file (test/bench/generate.mjs,
// 200 entities × 2014 and 2024 × the 99 edi-2015 indicators) is a page under 1.5 MB that ranks all 200,
// profiles the 3 highest- and 3 lowest-ranked and says so, and whose chart texts stay inside their charts.
import { spawnSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { p10 } from "../cli/run-cli.js";
import { announceSkip, launchChromium, SKIP_BROWSER } from "./chromium.js";
import { labelProblems } from "./layout-checks.js";
import { type OfflineVisit, openOffline } from "./offline-page.js";

const OUT = join(process.cwd(), "test-output", "browser");
const FILE = join(OUT, "report-200.html");
const BROWSER_TIMEOUT = 180_000;

announceSkip("browser: report at 200 jurisdictions");

describe.skipIf(SKIP_BROWSER)("the p10 report of 200 jurisdictions", { timeout: BROWSER_TIMEOUT }, () => {
  let browser: Browser;
  let visit: OfflineVisit;
  let bytes = 0;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const gen = spawnSync(process.execPath, ["test/bench/generate.mjs", "--entities", "200"], {
      encoding: "utf8",
    });
    expect(gen.status, gen.stderr).toBe(0);
    const r = await p10(["report", ".bench/edi-2015-200e.csv", "--out", FILE]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    bytes = statSync(FILE).size;
    browser = await launchChromium();
    visit = await openOffline(browser, FILE);
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
  });

  it("is under 1.5 MB and opens offline without errors", async () => {
    await visit.page.screenshot({ path: join(OUT, "report-200-top.png") });
    expect(bytes).toBeLessThan(1_500_000);
    expect(visit.requests).toEqual([visit.url]);
    expect(visit.errors).toEqual([]);
  });

  it("ranks all 200 in the chart and the table", async () => {
    const names = await visit.page.$$eval("#ranking svg.p10-chart text.p10-label", (els) => els.length);
    expect(names).toBe(200);
    const rows = await visit.page.locator("#ranking table tbody tr").count();
    expect(rows).toBe(200);
  });

  it("profiles the 3 highest- and 3 lowest-ranked, and says so", async () => {
    const chartIds = await visit.page.$$eval("svg.p10-chart", (svgs) => svgs.map((s) => s.id));
    expect(chartIds.filter((id) => id.startsWith("profile-"))).toHaveLength(6);
    const text = (await visit.page.locator("main, body").first().textContent()) ?? "";
    expect(text).toContain(
      "Profiles are given for the 3 highest- and 3 lowest-ranked of the 200 entities; others on request (p10 report --profiles ID,…).",
    );
  });

  it("keeps every chart text inside its chart and apart from the others", async () => {
    expect(await visit.page.$$eval("svg.p10-chart", labelProblems)).toEqual([]);
  });
});
