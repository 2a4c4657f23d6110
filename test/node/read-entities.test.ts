// readEntities on the bundled fictional entities file, and its errors naming the file.
import { describe, expect, it } from "vitest";
import { frameworks } from "../../src/index.js";
import { readAssessments, readEntities } from "../../src/node/index.js";
import { entityIssues } from "../../src/compare/entity-join.js";

describe("readEntities", () => {
  it("reads seeds/edi-2015-entities.csv: the 14 sample jurisdictions, each assessed", async () => {
    const table = await readEntities("seeds/edi-2015-entities.csv");
    expect(table.columns).toEqual(["name", "region", "income_group", "federal"]);
    expect(table.entities.map((e) => e.entity)).toEqual([
      "ARV",
      "BMR",
      "CQS",
      "DVL",
      "ESK",
      "FNW",
      "GLT",
      "HVD",
      "IXL",
      "JRN",
      "KVS",
      "LMR",
      "MZV",
      "NQR",
    ]);
    const { dataset } = await readAssessments("seeds/edi-2015-sample.csv", frameworks.get("edi-2015"));
    expect(entityIssues(table, dataset)).toEqual([]);
    // The names agree with the sample's entity_name column.
    for (const e of table.entities) expect(e.values[0]).toBe(dataset.entityNames.get(e.entity));
  });

  it("fails with P10_FILE_READ for a missing file", async () => {
    await expect(readEntities("nope.csv")).rejects.toMatchObject({ code: "P10_FILE_READ" });
  });
});
