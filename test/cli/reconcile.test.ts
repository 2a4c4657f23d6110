// `p10 reconcile` through runCli: the reconciled seed re-reads with `p10 validate` (one answer per cell,
// blank responses missing), the summary on stderr, stdout without --out, and the exit codes.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { p10 } from "./run-cli.js";

const SEED = "seeds/edi-2015-double-scored.csv";
const tmp = mkdtempSync(join(tmpdir(), "p10-reconcile-"));

describe("p10 reconcile", () => {
  it("writes one row per cell to --out, which p10 validate accepts without warnings", async () => {
    const out = join(tmp, "reconciled.csv");
    const r = await p10(["reconcile", SEED, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `${SEED}: 2772 cells: 2377 agreed, 395 disagreed (left blank for review), 0 single-assessor; wrote ${out}\n`,
    );
    const text = readFileSync(out, "utf8");
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("entity,entity_name,period,indicator,response,assessor,source,comment");
    expect(lines).toHaveLength(1 + 2772);
    expect(lines[1]).toBe(
      'ARV,Arvenia,2014,1.1,2,reconciled,national gazette,"agreed: 2 (lawyer-1-ARV, line 2; lawyer-2-ARV, line 3)"',
    );
    expect(lines[2]).toBe(
      'ARV,Arvenia,2014,1.2,,,,"disagreement: 3 (lawyer-1-ARV, line 4, source: ministry regulations) vs 2 (lawyer-2-ARV, line 5)"',
    );
    expect(lines.filter((l) => l.includes(',"disagreement: '))).toHaveLength(395);

    const v = await p10(["validate", out]);
    expect(v.code).toBe(0);
    expect(v.stderr).toBe("");
    expect(v.stdout).toContain("assessors: reconciled\n");
    expect(v.stdout).toContain("valid: 0 errors, 0 warnings");
  });

  it("writes to stdout without --out; the same bytes on every run", async () => {
    const a = await p10(["reconcile", SEED]);
    expect(a.code).toBe(0);
    expect(
      a.stdout.startsWith("entity,entity_name,period,indicator,response,assessor,source,comment\n"),
    ).toBe(true);
    expect((await p10(["reconcile", SEED])).stdout).toBe(a.stdout);
    expect(a.stderr).toMatch(/2377 agreed, 395 disagreed \(left blank for review\), 0 single-assessor\n$/);
  });

  it("exits 1 on invalid data and when the output cannot be written", async () => {
    const bad = await p10(["reconcile", "seeds/edi-2015-broken.csv"]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain("seeds/edi-2015-broken.csv:7:5: error P10_RESPONSE_OFF_SCALE");
    const nowhere = await p10(["reconcile", SEED, "--out", join(tmp, "no-such-dir", "x.csv")]);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain("P10_FILE_WRITE");
  });
});
