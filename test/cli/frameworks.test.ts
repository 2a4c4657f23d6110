import { describe, expect, it } from "vitest";
import { p10 } from "./run-cli.js";

describe("p10 frameworks", () => {
  it("lists edi-2015 with 3 pillars, 23 groups, 75 legal and 24 practice indicators", async () => {
    const r = await p10(["frameworks"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^id\s+version\s+pillars\s+groups\s+bali\s+legal\s+practice\s+title$/m);
    expect(r.stdout).toMatch(/^edi-2015\s+1\.1\.0\s+3\s+23\s+23\s+75\s+24\s+Environmental Democracy Index/m);
  });

  it("refuses arguments and unknown options as usage errors (exit 2)", async () => {
    expect((await p10(["frameworks", "extra"])).code).toBe(2);
    const r = await p10(["frameworks", "--bogus"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("p10 frameworks: error P10_USAGE: unknown option --bogus\n");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 2 on an unknown command and 0 on --help", async () => {
    expect((await p10(["nope"])).code).toBe(2);
    const help = await p10(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("frameworks");
  });
});

describe("p10 frameworks: methods", () => {
  it("lists the bundled methods with the framework each is made for", async () => {
    const r = await p10(["frameworks"]);
    expect(r.stdout).toMatch(/^Methods:$/m);
    expect(r.stdout).toMatch(
      /^edi-2015\s+1\.0\.0\s+edi-2015\s+Environmental Democracy Index \(2015\) scoring rules$/m,
    );
  });
});
