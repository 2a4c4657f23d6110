// The entities file reader: free attribute columns joined by `entity`, validated like assessment files with
// FILE:LINE:COLUMN issues (column = field number). Expected issues are read off each input by hand.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entityColumn } from "../../src/assessment/entities.js";
import { formatIssue, isP10Error, parseEntities, validateEntities } from "../../src/index.js";

describe("parseEntities", () => {
  it("reads free columns, trims cells, keeps empty ones as null and sorts entities by id", () => {
    const t = parseEntities(
      "Entity, name ,region,income_group\nBMR,Belmora,South,\n ARV ,Arvenia, North ,high\n",
      { file: "e.csv" },
    );
    expect(t.columns).toEqual(["name", "region", "income_group"]);
    expect(t.columnFields).toEqual([2, 3, 4]);
    expect(t.entities).toEqual([
      { entity: "ARV", line: 3, values: ["Arvenia", "North", "high"] },
      { entity: "BMR", line: 2, values: ["Belmora", "South", null] },
    ]);
    expect(t.byId.get("BMR")?.line).toBe(2);
    expect(t.file).toBe("e.csv");
  });

  it("needs only the entity column, in any position; detects ; and quoted fields", () => {
    expect(parseEntities("entity\nA\n").columns).toEqual([]);
    const t = parseEntities('region;entity\n"North; upper";A\n');
    expect(t.entities[0]).toEqual({ entity: "A", line: 2, values: ["North; upper"] });
    expect(parseEntities("entity,region\nA,North", { delimiter: "," }).entities).toHaveLength(1);
  });

  it("skips blank rows and warns about a file without entity rows", () => {
    expect(parseEntities("entity,region\n\n,\nA,N\n").entities.map((e) => e.line)).toEqual([4]);
    const v = validateEntities("entity,region\n");
    expect(v.issues.map((i) => i.code)).toEqual(["P10_NO_ENTITIES"]);
    expect(v.table?.entities).toEqual([]);
  });

  it("reports every problem with its line and field: empty and repeated ids, field counts, quoting", () => {
    const text = [
      "entity,region,region ,", // 1: repeated column (3), unnamed column (4)
    ].join("\n");
    expect(validateEntities(text, { file: "e.csv" }).issues.map(formatIssue)).toEqual([
      'e.csv:1:3: error P10_CSV_DUPLICATE_COLUMN: column "region" repeats column 2',
      "e.csv:1:4: error P10_CSV_UNEXPECTED_COLUMN: column has no name; name every column",
    ]);
    const rows = [
      "entity,name,region",
      "ARV,Arvenia,North", // 2: fine
      ",Nameless,South", // 3: empty entity (field 1)
      "ARV,Arvenia again,North", // 4: repeated entity
      "BMR,Belmora", // 5: two fields where the header has three
      "CQS,Castequia,South,extra", // 6: four fields
      'DVL,"Dra"velle,North', // 7: text after a closing quote (field 2)
    ].join("\n");
    const v = validateEntities(rows, { file: "e.csv" });
    expect(v.table).toBeUndefined();
    expect(v.errorCount).toBe(5);
    expect(v.issues.map(formatIssue)).toEqual([
      "e.csv:3:1: error P10_EMPTY_ENTITY: the entity is empty",
      "e.csv:4:1: error P10_DUPLICATE_ENTITY: entity ARV is listed again (first on line 2); list each entity once",
      "e.csv:5:2: error P10_CSV_FIELD_COUNT: expected 3 fields as in the header, found 2",
      "e.csv:6:4: error P10_CSV_FIELD_COUNT: expected 3 fields as in the header, found 4",
      "e.csv:7:2: error P10_CSV_QUOTE: text after a closing quote; a quoted field must end at a delimiter or the end of the line",
    ]);
  });

  it("requires an entity column and a non-empty file", () => {
    expect(validateEntities("name,region\nA,N\n").issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["P10_CSV_MISSING_COLUMN", 1, undefined],
    ]);
    expect(validateEntities("").issues.map((i) => i.code)).toEqual(["P10_CSV_EMPTY"]);
  });

  it("throws P10_ENTITIES_INVALID with every issue", () => {
    try {
      parseEntities("entity\nA\nA\n", { file: "e.csv" });
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.code).toBe("P10_ENTITIES_INVALID");
      expect(isP10Error(e) && e.issues.map((i) => i.code)).toEqual(["P10_DUPLICATE_ENTITY"]);
    }
  });

  it("finds columns case-insensitively and suggests the closest name for a typo", () => {
    const t = parseEntities("entity,Region,income_group\nA,N,low\n", { file: "e.csv" });
    expect(entityColumn(t, "REGION")).toBe(0);
    try {
      entityColumn(t, "regoin");
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && formatIssue(e.issues[0]!)).toBe(
        'e.csv:1: error P10_UNKNOWN_COLUMN: e.csv has no column "regoin" (did you mean "Region"?); its columns are Region, income_group',
      );
    }
  });

  it("reads any order of rows to the same table (property)", () => {
    const row = fc.tuple(fc.stringMatching(/^[A-Z]{1,3}$/), fc.stringMatching(/^[a-z ]{0,6}$/));
    fc.assert(
      fc.property(
        fc
          .uniqueArray(row, { selector: (r) => r[0], maxLength: 8 })
          .chain((rows) =>
            fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
          ),
        ([rows, shuffled]) => {
          const text = (rs: typeof rows) => `entity,region\n${rs.map(([e, r]) => `${e},${r}`).join("\n")}\n`;
          const strip = (t: ReturnType<typeof parseEntities>) => t.entities.map((e) => [e.entity, e.values]);
          expect(strip(parseEntities(text(shuffled)))).toEqual(strip(parseEntities(text(rows))));
        },
      ),
    );
  });
});
