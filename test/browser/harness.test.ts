// The browser harness checks itself: its request recorder sees (and blocks) a request that would leave
// the machine, and its layout check finds overlapping and escaping labels. Without these, the report
// tests' "no request" and "no overlap" could pass for the wrong reason.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { announceSkip, launchChromium, SKIP_BROWSER } from "./chromium.js";
import { labelProblems } from "./layout-checks.js";
import { isLocal, openOffline } from "./offline-page.js";

const OUT = join(process.cwd(), "test-output", "browser");
const BROWSER_TIMEOUT = 120_000;

announceSkip("browser: harness");

describe("isLocal", () => {
  it("accepts files, data URLs and the loopback interface only", () => {
    expect(isLocal("file:///tmp/report.html")).toBe(true);
    expect(isLocal("data:image/png;base64,AAAA")).toBe(true);
    expect(isLocal("http://127.0.0.1:8080/x")).toBe(true);
    expect(isLocal("http://localhost.example.com/x")).toBe(false);
    expect(isLocal("https://fonts.googleapis.com/css")).toBe(false);
    expect(isLocal("http://192.0.2.1/pixel.png")).toBe(false);
  });
});

describe.skipIf(SKIP_BROWSER)("browser harness", { timeout: BROWSER_TIMEOUT }, () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    browser = await launchChromium();
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
  });

  it("records, and blocks, requests that would leave the machine", async () => {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737) and .invalid never resolves (RFC 2606): nothing could answer anyway.
    const file = join(OUT, "leaky.html");
    writeFileSync(
      file,
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="https://example.invalid/x.css"></head>' +
        '<body><img src="http://192.0.2.1/pixel.png" alt=""></body></html>',
    );
    const visit = await openOffline(browser, file);
    expect(visit.requests[0]).toBe(visit.url);
    expect(visit.requests.filter((url) => !isLocal(url)).sort()).toEqual([
      "http://192.0.2.1/pixel.png",
      "https://example.invalid/x.css",
    ]);
    await visit.context.close();
  });

  it("finds overlapping labels and labels outside the chart", async () => {
    const file = join(OUT, "overlap.html");
    writeFileSync(
      file,
      '<!DOCTYPE html><svg id="probe" class="p10-chart" width="200" height="60" font-size="12">' +
        '<text x="10" y="20">Overlapping</text><text x="30" y="22">labels</text><text x="100" y="50">well apart</text>' +
        '<text x="180" y="40">outside</text></svg>',
    );
    const visit = await openOffline(browser, file);
    expect(await visit.page.$$eval("svg.p10-chart", labelProblems)).toEqual([
      'probe: "outside" leaves the chart',
      'probe: "Overlapping" overlaps "labels"',
    ]);
    await visit.context.close();
  });
});
