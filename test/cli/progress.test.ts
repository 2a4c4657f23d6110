// The progress line of p10 score (issue #13): drawn on stderr under a pseudo-terminal (util-linux `script`
// gives the process a terminal), absent when stderr is piped or CI is set, and the result is the same
// bytes either way.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const SAMPLE = "seeds/edi-2015-sample.csv";
const dir = mkdtempSync(join(tmpdir(), "p10-progress-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The environment of a user's shell: not under vitest, not CI unless asked. */
function env(ci: boolean): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env };
  delete e.VITEST;
  delete e.CI;
  if (ci) e.CI = "true";
  return e;
}

const p10 = (args: string[]) => [process.execPath, "--import", "tsx", "src/cli/main.ts", ...args];
const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/** Runs p10 with a terminal on stdin, stdout and stderr; returns what the terminal showed. */
function underTerminal(args: string[], ci = false): { status: number | null; shown: string } {
  const run = spawnSync("script", ["-qec", p10(args).map(quote).join(" "), "/dev/null"], {
    cwd: root,
    env: env(ci),
    encoding: "utf8",
  });
  return { status: run.status, shown: run.stdout };
}

describe.skipIf(!existsSync("/usr/bin/script"))("p10 score progress", () => {
  it("shows the phases, bytes read and answers on a terminal, then clears the line; the file is unchanged", () => {
    const out = join(dir, "tty.csv");
    const { status, shown } = underTerminal(["score", SAMPLE, "--format", "csv", "--out", out]);
    expect(status).toBe(0);
    expect(shown).toContain(`\r\x1b[2Kreading ${SAMPLE}: `);
    expect(shown).toMatch(/of 0\.\d MB \(100%\)/);
    // The sample: 2,772 answer rows (14 jurisdictions × 2 periods × 99 indicators), 28 units.
    expect(shown).toContain("scoring: 2,772 answers, 28 units");
    expect(shown).toContain("ranking: 28 units");
    expect(shown).toContain("writing: ");
    expect(shown.endsWith("\r\x1b[2K")).toBe(true);
    const piped = spawnSync(process.execPath, p10(["score", SAMPLE, "--format", "csv"]).slice(1), {
      cwd: root,
      env: env(false),
      encoding: "utf8",
    });
    expect(readFileSync(out, "utf8")).toBe(piped.stdout);
  }, 60_000);

  it("writes nothing on stderr when it is piped, and nothing extra on stdout", () => {
    const run = spawnSync(process.execPath, p10(["score", SAMPLE, "--format", "csv"]).slice(1), {
      cwd: root,
      env: env(false),
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.startsWith("entity,period,node,level,")).toBe(true);
    expect(run.stdout).not.toContain("\r");
  }, 60_000);

  it("stays silent on a terminal under CI", () => {
    const out = join(dir, "ci.csv");
    const { status, shown } = underTerminal(["score", SAMPLE, "--format", "csv", "--out", out], true);
    expect(status).toBe(0);
    expect(shown).toBe("");
  }, 60_000);
});
