// The browser page (examples/browser/) in Debian's headless chromium: it is built first (the test must work
// on a fresh clone before `npm run build`), then given the bundled sample through its file input. It must
// show the same top 3 as `p10 score` and the library, make no request but its own two files, and offer for
// download the very bytes `p10 report` writes. A rejected file lists its problems with their lines.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAssessments } from "../../src/assessment/parse.js";
import { rank } from "../../src/compare/rank.js";
import { frameworks } from "../../src/framework/registry.js";
import { methods } from "../../src/method/registry.js";
import { score } from "../../src/score/engine.js";
import { p10 } from "../cli/run-cli.js";
import { announceSkip, launchChromium, SKIP_BROWSER } from "./chromium.js";
import { labelProblems } from "./layout-checks.js";
import { type OfflineVisit, openOffline } from "./offline-page.js";

const ROOT = process.cwd();
const OUT = join(ROOT, "test-output", "browser");
const PAGE = join(ROOT, "examples", "browser", "index.html");
const SAMPLE = join(ROOT, "seeds", "edi-2015-sample.csv");
const BROWSER_TIMEOUT = 120_000;

/** The top 3 entity ids of 2024 from the library. */
function libraryTop3(): string[] {
  const edi = frameworks.get("edi-2015");
  const set = score(
    parseAssessments(readFileSync(SAMPLE, "utf8"), edi).dataset,
    edi,
    methods.get("edi-2015"),
  );
  const ranks = rank(set).indices[0]!.nodes[0]!.ranks;
  return set.units
    .map((u, i) => ({ entity: u.entity, period: u.period, rank: ranks[i]! }))
    .filter((u) => u.period === "2024")
    .sort((a, b) => a.rank - b.rank)
    .slice(0, 3)
    .map((u) => u.entity);
}

/** The top 3 entity ids of 2024 from `p10 score`'s CSV (columns entity,period,node,…,rank,…). */
async function cliTop3(): Promise<string[]> {
  const { stdout, code } = await p10(["score", "seeds/edi-2015-sample.csv", "--format", "csv"]);
  expect(code).toBe(0);
  const [header, ...lines] = stdout.trim().split("\n");
  const col = (name: string) => header!.split(",").indexOf(name);
  return lines
    .map((l) => l.split(","))
    .filter((c) => c[col("period")] === "2024" && c[col("node")] === "edi")
    .sort((a, b) => Number(a[col("rank")]) - Number(b[col("rank")]))
    .slice(0, 3)
    .map((c) => c[col("entity")]!);
}

announceSkip("browser: page");

describe.skipIf(SKIP_BROWSER)("the browser page in headless chromium", { timeout: BROWSER_TIMEOUT }, () => {
  let browser: Browser;
  let visit: OfflineVisit;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    execFileSync(process.execPath, [join(ROOT, "scripts", "build-browser-page.mjs")], { stdio: "pipe" });
    browser = await launchChromium();
    visit = await openOffline(browser, PAGE, { width: 1100, height: 900 });
    await visit.page.waitForSelector("body[data-ready=true]");
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
  });

  it("offers the bundled frameworks and their methods before any file is chosen", async () => {
    await visit.page.screenshot({ path: join(OUT, "page-empty.png") });
    const options = await visit.page.$$eval("#framework option", (os) =>
      os.map((o) => o.getAttribute("value")),
    );
    expect(options).toEqual(frameworks.list().map((f) => f.id));
    expect(await visit.page.inputValue("#framework")).toBe("edi-2015");
    expect(await visit.page.inputValue("#method")).toBe("edi-2015");
    expect(await visit.page.locator("#download").isHidden()).toBe(true);
  });

  it("scores the sample chosen in its file input and shows the same top 3 as p10 score", async () => {
    await visit.page.setInputFiles("#file", SAMPLE);
    await visit.page.waitForSelector("#report section#ranking table");
    expect(await visit.page.textContent("#status")).toBe(
      "edi-2015-sample.csv: 2772 rows, 28 entity-period units scored with edi-2015.",
    );
    const shown = await visit.page.$$eval("#report section#ranking table tbody tr", (rows) =>
      rows.slice(0, 3).map((r) => ({
        rank: r.children[0]?.textContent,
        name: r.children[1]?.textContent,
        id: r.children[2]?.textContent,
      })),
    );
    const top3 = shown.map((r) => r.id);
    expect(top3).toEqual(libraryTop3());
    expect(top3).toEqual(await cliTop3());
    expect(shown.map((r) => [r.rank, r.name])).toEqual([
      ["1", "Arvenia"],
      ["2", "Belmora"],
      ["3", "Eskarund"],
    ]);
    const chartNames = await visit.page.$$eval("#report #ranking svg text.p10-label", (els) =>
      els.map((e) => e.textContent),
    );
    expect(chartNames.slice(0, 3)).toEqual(["Arvenia", "Belmora", "Eskarund"]);
    expect(await visit.page.$$eval("#report svg.p10-chart", labelProblems)).toEqual([]);
    await visit.page.screenshot({ path: join(OUT, "page-sample.png") });
    await visit.page.screenshot({ path: join(OUT, "page-sample-full.png"), fullPage: true });
  });

  it("made no request but its page and its script, and logged no error", () => {
    const local = (file: string) => new URL(`file://${join(ROOT, "examples", "browser", file)}`).href;
    expect(visit.requests).toEqual([local("index.html"), local("app.bundle.js")]);
    expect(visit.errors).toEqual([]);
  });

  it("downloads the same bytes p10 report writes for the same file", async () => {
    const [download] = await Promise.all([
      visit.page.waitForEvent("download"),
      visit.page.click("#download"),
    ]);
    expect(download.suggestedFilename()).toBe("edi-2015-sample-report.html");
    const fromPage = readFileSync((await download.path())!, "utf8");
    const cli = await p10(["report", "edi-2015-sample.csv"], { cwd: join(ROOT, "seeds") });
    expect(cli.code).toBe(0);
    expect(fromPage).toBe(cli.stdout);
  });

  it("lists the problems of a rejected file with their lines, and scores nothing", async () => {
    await visit.page.setInputFiles("#file", join(ROOT, "seeds", "edi-2015-broken.csv"));
    await visit.page.waitForSelector("#status.error");
    expect(await visit.page.textContent("#status")).toMatch(/^edi-2015-broken\.csv was not scored: /);
    const issues = await visit.page.$$eval("#issues li", (lis) => lis.map((li) => li.textContent ?? ""));
    // seeds/README.md: line 7, field 5 holds "4", off the 0–3 legal scale.
    expect(issues.some((i) => i.startsWith("edi-2015-broken.csv:7:5: error P10_RESPONSE_OFF_SCALE"))).toBe(
      true,
    );
    expect(issues.length).toBeGreaterThanOrEqual(10);
    expect(await visit.page.locator("#report > *").count()).toBe(0);
    expect(await visit.page.locator("#download").isHidden()).toBe(true);
    await visit.page.screenshot({ path: join(OUT, "page-rejected.png") });
    expect(visit.requests).toHaveLength(2);
  });
});
