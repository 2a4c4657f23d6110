// JSON documents read from disk: syntax errors name the line and column where parsing failed.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isP10Error, type P10Issue } from "../../src/index.js";
import { readJsonFile } from "../../src/node/index.js";

const dir = mkdtempSync(join(tmpdir(), "p10-json-"));

async function issueOf(text: string): Promise<P10Issue> {
  const path = join(dir, "doc.json");
  writeFileSync(path, text);
  try {
    await readJsonFile(path);
  } catch (e) {
    if (isP10Error(e)) return e.issues[0] as P10Issue;
    throw e;
  }
  throw new Error("expected a syntax error");
}

describe("readJsonFile", () => {
  it("points at the offending character", async () => {
    // Line 2 is `  "b": x`; the x is its 8th character.
    const issue = await issueOf('{"a": 1,\n  "b": x\n}');
    expect([issue.code, issue.line, issue.column]).toEqual(["P10_JSON_SYNTAX", 2, 8]);
  });

  it("points at the end of a truncated document", async () => {
    // The text stops after `{"id":` on line 2, column 9: the error is where more was expected.
    const issue = await issueOf('{\n  "id":\n');
    expect([issue.code, issue.line]).toEqual(["P10_JSON_SYNTAX", 3]);
  });

  it("reads a valid document and drops a byte-order mark", async () => {
    writeFileSync(join(dir, "ok.json"), '\uFEFF{"a": [1, 2]}');
    expect(await readJsonFile(join(dir, "ok.json"))).toEqual({ a: [1, 2] });
  });
});
