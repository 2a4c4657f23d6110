// The world map of `p10 report` on the synthetic ISO-coded fixture (seeds/edi-2015-iso-synthetic.csv:
// fictional answers on real ISO 3166-1 codes) in headless chromium: it follows the summary, every assessed
// country with a shape is filled with its band's colour (the same colour as its bar in the ranking), the
// small states carry markers, the legend names every band, and the places without a shape are listed.
// Screenshots go to test-output/browser/ (the first screen, and the map itself).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoCountry } from "../../src/report/map/iso3166.js";
import { p10 } from "../cli/run-cli.js";
import { announceSkip, launchChromium, SKIP_BROWSER } from "./chromium.js";
import { labelProblems } from "./layout-checks.js";
import { type OfflineVisit, openOffline } from "./offline-page.js";

const OUT = join(process.cwd(), "test-output", "browser");
const FILE = join(OUT, "report-iso-map.html");
const FIXTURE = "seeds/edi-2015-iso-synthetic.csv";
const BROWSER_TIMEOUT = 120_000;
/** The fixture's 25 codes; GLP and TUV have no Natural Earth shape. */
const WITHOUT_SHAPE = ["GLP", "TUV"];

announceSkip("browser: map");

describe.skipIf(SKIP_BROWSER)("the world map in headless chromium", { timeout: BROWSER_TIMEOUT }, () => {
  let browser: Browser;
  let visit: OfflineVisit;
  let codes: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const r = await p10(["report", FIXTURE, "--out", FILE]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const csv = (await import("node:fs")).readFileSync(FIXTURE, "utf8").split("\n").slice(1);
    codes = [...new Set(csv.filter((l) => l !== "").map((l) => l.slice(0, 3)))];
    browser = await launchChromium();
    visit = await openOffline(browser, FILE);
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
  });

  it("opens with the summary, then the map, with no request and no error", async () => {
    await visit.page.screenshot({ path: join(OUT, "report-iso-first-screen.png") });
    const summary = await visit.page.locator("#summary").boundingBox();
    expect(summary!.y).toBeLessThan(800);
    const sections = await visit.page.$$eval("main > section", (s) => s.map((e) => e.id));
    expect(sections.slice(0, 3)).toEqual(["summary", "map", "ranking"]);
    expect(visit.requests).toEqual([visit.url]);
    expect(visit.errors).toEqual([]);
  });

  it("fills every assessed country with its band's colour, the same as its bar", async () => {
    await visit.page.locator("#map").screenshot({ path: join(OUT, "report-iso-map.png") });
    expect(codes).toHaveLength(25);
    const regions = await visit.page.$$eval("#world-map path.p10-region", (paths) =>
      paths.map((p) => ({
        code: p.getAttribute("data-code"),
        fill: p.getAttribute("fill"),
        title: p.querySelector("title")?.textContent ?? "",
        box: p.getBoundingClientRect().width * p.getBoundingClientRect().height,
      })),
    );
    const drawnCodes = codes.filter((c) => !WITHOUT_SHAPE.includes(c)).map((c) => isoCountry(c)!.numeric);
    expect(regions.map((r) => r.code).sort()).toEqual([...drawnCodes].sort());
    // Every region rendered with an area and a band colour (the ramp's blues, not the grey of others).
    for (const r of regions) {
      expect(r.box).toBeGreaterThan(0);
      expect(r.fill).toMatch(/^#[0-9a-f]{6}$/);
      expect(r.fill).not.toBe("#d9d9d9");
    }
    // Brazil's fill equals the fill of Brazil's bar in the ranking chart's index panel.
    const brazil = regions.find((r) => r.code === "076")!;
    const bar = await visit.page.$$eval("#ranking svg.p10-chart rect.p10-bar", (rects) =>
      rects
        .filter((b) =>
          (b.querySelector("title")?.textContent ?? "").startsWith("Brazil \u2014 Environmental"),
        )
        .map((b) => b.getAttribute("fill")),
    );
    expect(bar[0]).toBe(brazil.fill);
    expect(brazil.title).toMatch(/^Brazil: \d\.\d\d \((poor|fair|good|very good)\)$/);
    const grey = await visit.page.locator("#world-map path[fill='#d9d9d9']").count();
    expect(grey).toBeGreaterThan(140); // the rest of the world: 176 shapes less the 21 drawn at 1:110m
  });

  it("marks the small states, keys every band and lists the places without a shape", async () => {
    const markers = await visit.page.$$eval("#world-map circle.p10-marker title", (t) =>
      t.map((e) => (e.textContent ?? "").split(":")[0]),
    );
    // The seven small Caribbean states come from 1:50m; Jamaica and Trinidad and Tobago are tiny at 1:110m.
    for (const name of ["Antigua and Barbuda", "Barbados", "Dominica", "Grenada", "Saint Lucia"])
      expect(markers).toContain(name);
    const legend = await visit.page.$$eval("#world-map .p10-legend text", (t) => t.map((e) => e.textContent));
    expect(legend).toEqual([
      "poor (\u2264 0.75)",
      "fair (\u2264 1.50)",
      "good (\u2264 2.25)",
      "very good (> 2.25)",
      "no score",
      "not assessed",
    ]);
    const text = (await visit.page.locator("#map").textContent()) ?? "";
    expect(text).toMatch(/No shape on the map: Guadeloupe \(\d\.\d\d\), Tuvalu \(\d\.\d\d\)/);
    expect(text).toContain("Natural Earth");
    const desc = (await visit.page.locator("#world-map-desc").textContent()) ?? "";
    expect(desc).toContain("World map of 25 assessed places");
    expect(await visit.page.$$eval("svg.p10-chart", labelProblems)).toEqual([]);
  });
});
