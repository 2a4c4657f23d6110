// `p10 template`: the blank file on stdout or in --out, and its round trip through `p10 validate`.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { p10 } from "./run-cli.js";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await p10(argv);
  return { code, out: stdout, err: stderr };
}

describe("p10 template", () => {
  it("writes a long template on stdout: a header and one row per indicator", async () => {
    const { code, out } = await run("template");
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toBe("entity,period,indicator,title,response,source,comment");
    expect(lines).toHaveLength(100);
  });

  it("writes a wide template for the given entities and period", async () => {
    const { out } = await run("template", "--wide", "--entities", "ARV, BMR", "--period", "2024");
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(`ARV,2024${",".repeat(99)}`);
    expect(lines[2]).toBe(`BMR,2024${",".repeat(99)}`);
  });

  it("writes to --out, and the file validates cleanly (long and wide)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "p10-template-"));
    for (const wide of [[], ["--wide"]]) {
      const out = join(dir, `t${wide.length}.csv`);
      const made = await run(
        "template",
        "-f",
        "edi-2015",
        ...wide,
        "--entities",
        "ARV",
        "--period",
        "2024",
        "--out",
        out,
      );
      expect(made).toMatchObject({ code: 0, out: "" });
      expect(readFileSync(out, "utf8").startsWith("entity,period,")).toBe(true);
      const checked = await run("validate", out);
      expect(checked.err).toBe("");
      expect(checked.code).toBe(0);
    }
  });

  it("rejects an empty entity in --entities (exit 2) and an unwritable --out (exit 1)", async () => {
    expect((await run("template", "--entities", "A,,B")).code).toBe(2);
    const bad = await run("template", "--out", "no/such/dir/t.csv");
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("P10_FILE_WRITE");
  });
});
