// Launches Debian's chromium (never a downloaded browser) for the report tests, through playwright-core.
// Locally the browser tests are skipped when /usr/bin/chromium is missing; in CI (CI=true) they run and
// fail loudly instead, so a missing browser can never pass silently.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Flags that keep the browser from phoning home (updates, sync, field trials, QUIC probes). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];

/** True when the browser tests must be skipped: no chromium here and not in CI. */
export const SKIP_BROWSER = !existsSync(CHROMIUM_PATH) && process.env.CI !== "true";

/** Says why the browser tests are skipped (called once per test file). */
export function announceSkip(suite: string): void {
  if (SKIP_BROWSER) {
    console.warn(
      `[${suite}] SKIPPED: ${CHROMIUM_PATH} not found. Install Debian's chromium with scripts/ensure-chromium.sh ` +
        "(in CI these tests run and fail when the browser is missing).",
    );
  }
}

/** Starts headless chromium; playwright gives it a fresh temporary profile, removed on close. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 60_000 });
}
