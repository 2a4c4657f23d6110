// `p10 validate` through runCli with in-memory output: the summary, the exit codes, and every planted
// problem of seeds/edi-2015-broken.csv printed as FILE:LINE:COLUMN: severity CODE: message.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { frameworks } from "../../src/index.js";
import { BROKEN_EXPECTED } from "../assessment/broken-expected.js";
import { p10 } from "./run-cli.js";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await p10(argv);
  return { code, out: stdout, err: stderr };
}

const tmp = mkdtempSync(join(tmpdir(), "p10-validate-"));
const file = (name: string, text: string): string => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

describe("p10 validate", () => {
  it("accepts the sample with a summary on stdout and nothing on stderr", async () => {
    const { code, out, err } = await run("validate", "seeds/edi-2015-sample.csv");
    expect(code).toBe(0);
    expect(err).toBe("");
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toBe(
      `seeds/edi-2015-sample.csv: long format, delimiter ",", framework edi-2015 ${frameworks.get("edi-2015").version}`,
    );
    expect(lines[1]).toBe("rows: 2772 read, 2772 accepted, 0 rejected");
    expect(lines[2]).toBe("entities: 14, periods: 2 (2014, 2024), units: 28");
    expect(lines[3]).toMatch(/^answers: 2772 \(\d+ on the scale, \d+ not applicable, \d+ missing\)$/);
    expect(out).toMatch(/\n {2}Access to information {2}\s*\d+\.\d% {2}\(\d+ of 588\)\n/); // 28 units × 21
    expect(out).toMatch(/\(\d+ of 420\)\n/); // 28 × 15
    expect(out).toMatch(/\(\d+ of 1092\)\n/); // 28 × 39
    expect(lines.at(-1)).toBe("valid: 0 errors, 0 warnings");
  });

  it("rejects the broken file with exit 1, listing every planted problem with its place", async () => {
    const { code, out, err } = await run("validate", "seeds/edi-2015-broken.csv", "-f", "edi-2015");
    expect(code).toBe(1);
    expect(out).toContain("rows: 20 read, 7 accepted, 13 rejected (1 blank row skipped)");
    expect(out.trimEnd().split("\n").at(-1)).toBe("invalid: 14 errors, 1 warning");
    const printed = err.trimEnd().split("\n");
    expect(printed).toHaveLength(BROKEN_EXPECTED.length);
    printed.forEach((line, k) => {
      const [place, severity, code] = BROKEN_EXPECTED[k]!.split(" ");
      expect(line.startsWith(`seeds/edi-2015-broken.csv:${place}: ${severity} ${code}: `)).toBe(true);
    });
    expect(err).toContain(
      'seeds/edi-2015-broken.csv:6:4: error P10_UNKNOWN_INDICATOR: indicator "1.10" is not in framework edi-2015 (did you mean "1.1"?)',
    );
  });

  it("prints the first 100 problems and counts the rest", async () => {
    const rows = Array.from({ length: 150 }, (_, k) => `A,${k},1.1,7`).join("\n");
    const { code, err } = await run(
      "validate",
      file("many.csv", `entity,period,indicator,response\n${rows}\n`),
    );
    expect(code).toBe(1);
    const lines = err.trimEnd().split("\n");
    expect(lines).toHaveLength(101);
    expect(lines[100]).toBe("… and 50 more");
  });

  it("takes a framework file, a forced delimiter and format, extra columns and an assessor", async () => {
    const semi = file("semi.csv", "entity;period;1.1;notes\nA;2024;3;x\n");
    expect(
      (
        await run(
          "validate",
          semi,
          "-f",
          "data/frameworks/edi-2015.json",
          "--delimiter",
          ";",
          "--layout",
          "wide",
          "--allow-extra",
        )
      ).code,
    ).toBe(0);
    expect((await run("validate", semi, "--delimiter", ";")).code).toBe(1);
    const double = file(
      "double.csv",
      "entity,period,indicator,response,assessor\nA,1,1.1,3,Ann\nA,1,1.1,2,Bob\n",
    );
    const both = await run("validate", double);
    expect(both.code).toBe(0);
    expect(both.err).toContain("warning P10_MULTIPLE_ASSESSORS");
    expect(both.out).toContain("assessors: Ann, Bob");
    expect(both.out).toContain("answers: 2 (2 on the scale, 0 not applicable, 0 missing) in 1 cells");
    expect(await run("validate", double, "--assessor", "Bob")).toMatchObject({ code: 0, err: "" });
    expect((await run("validate", double, "--assessor", "Cy")).code).toBe(1);
  });

  it("fails with exit 1 on a missing file and exit 2 on a usage error", async () => {
    const missing = await run("validate", "no/such.csv");
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("no/such.csv: error P10_FILE_READ: cannot read the file: no such file");
    expect((await run("validate", "seeds/edi-2015-sample.csv", "--delimiter", "|")).code).toBe(2);
    expect((await run("validate")).code).toBe(2);
    expect((await run("validate", "seeds/edi-2015-sample.csv", "-f", "nope")).code).toBe(1);
  });
});
