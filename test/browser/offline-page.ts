// Opens a local page in a fresh browser context that records every request the page makes (and aborts
// any that would leave the machine), plus console errors and uncaught exceptions.
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";

export interface OfflineVisit {
  readonly page: Page;
  readonly context: BrowserContext;
  /** The URL the page was opened at. */
  readonly url: string;
  /** Every request seen, in order (the document itself included). */
  readonly requests: string[];
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
}

/** Whether a URL stays on this machine: a file, a data URL, or the loopback interface. */
export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "file:" || protocol === "data:" || protocol === "about:") return true;
  return (
    (protocol === "http:" || protocol === "https:") && (hostname === "127.0.0.1" || hostname === "[::1]")
  );
}

/** Opens `file` (a path) with request recording; viewport defaults to 1000 × 800. */
export async function openOffline(
  browser: Browser,
  file: string,
  viewport = { width: 1000, height: 800 },
): Promise<OfflineVisit> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: true, serviceWorkers: "block" });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  await context.route(
    (url) => !isLocal(url.href),
    (route) => route.abort("blockedbyclient"),
  );
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const url = pathToFileURL(file).href;
  await page.goto(url, { waitUntil: "load" });
  return { page, context, url, requests, errors };
}
