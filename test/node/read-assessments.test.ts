// Streaming assessment files from disk: the same result as parsing the whole text, including when a
// multi-byte character straddles a chunk boundary (1 MiB chunks), and file errors as P10_FILE_READ.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { frameworks, isP10Error, parseAssessments, validateAssessments } from "../../src/index.js";
import { readAssessments, validateAssessmentFile } from "../../src/node/index.js";

const edi = frameworks.get("edi-2015");
const tmp = mkdtempSync(join(tmpdir(), "p10-read-"));

const codeOf = async (p: Promise<unknown>): Promise<string | undefined> => {
  try {
    await p;
  } catch (e) {
    return isP10Error(e) ? e.code : "other";
  }
  return undefined;
};

describe("readAssessments", () => {
  it("gives what parseAssessments gives on the whole text", async () => {
    const path = "seeds/edi-2015-sample.csv";
    expect(await readAssessments(path, edi)).toEqual(
      parseAssessments(readFileSync(path, "utf8"), edi, { file: path }),
    );
  });

  it("decodes characters split across chunk boundaries", async () => {
    // Rows of 3-byte characters (ü = 2 bytes, 日 = 3 bytes) until past 2 MiB, so boundaries fall inside them.
    const rows: string[] = ["entity,entity_name,period,indicator,response"];
    let bytes = 0;
    // Each entity answers every indicator once (response 1 is on both scales), so the dataset stays small
    // (about 760 units) while the file passes 2 MiB.
    const width = edi.indicators.length;
    for (let k = 0; bytes < 2.2 * 2 ** 20; k++) {
      const e = Math.floor(k / width);
      const row = `E${e},Zürich 日本 ${e},2024,${edi.indicators[k % width]?.id},1`;
      rows.push(row);
      bytes += Buffer.byteLength(row) + 1;
    }
    const text = `${rows.join("\n")}\n`;
    const path = join(tmp, "multibyte.csv");
    writeFileSync(path, text);
    const fromDisk = await readAssessments(path, edi);
    expect(fromDisk.accounting.accepted).toBe(rows.length - 1);
    expect([...fromDisk.dataset.entityNames.values()].every((n) => /^Zürich 日本 \d+$/.test(n))).toBe(true);
    expect(fromDisk.dataset).toEqual(parseAssessments(text, edi, { file: path }).dataset);
  });

  it("throws P10_FILE_READ for a missing file or a directory, P10_ASSESSMENT_INVALID for bad content", async () => {
    expect(await codeOf(readAssessments(join(tmp, "none.csv"), edi))).toBe("P10_FILE_READ");
    expect(await codeOf(readAssessments(tmp, edi))).toBe("P10_FILE_READ");
    expect(await codeOf(readAssessments("seeds/edi-2015-broken.csv", edi))).toBe("P10_ASSESSMENT_INVALID");
  });
});

describe("validateAssessmentFile", () => {
  it("returns every issue of a broken file with the path as given", async () => {
    const path = "seeds/edi-2015-broken.csv";
    const found = await validateAssessmentFile(path, edi);
    expect(found).toEqual(validateAssessments(readFileSync(path, "utf8"), edi, { file: path }));
    expect(found.issues.every((i) => i.file === path)).toBe(true);
  });
});
