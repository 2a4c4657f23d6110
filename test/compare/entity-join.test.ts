// Joining the entities file to assessments: an assessed entity missing from the file is an error (at its
// first line in the assessment file), a listed entity never assessed a warning; groups by a column.
import { describe, expect, it } from "vitest";
import { createDataset } from "../../src/advanced.js";
import { entityGroups, formatIssue, isP10Error, parseEntities } from "../../src/index.js";
import { entityIssues, requireListedEntities } from "../../src/compare/entity-join.js";
import { tiny, unitAnswers } from "../score/fixtures.js";

// unitAnswers numbers lines from 2 in key order: A's a1 on line 2; B's a2 on line 3 (a1 is line 2 too).
const dataset = createDataset(
  tiny,
  [...unitAnswers("A", "2024", { a1: 1 }), ...unitAnswers("B", "2024", { a1: 1, a2: 2 })],
  { file: "a.csv" },
);

describe("entityIssues", () => {
  it("errs on an assessed entity not listed and warns on a listed entity not assessed", () => {
    const table = parseEntities("entity,region\nA,North\nZ,South\n", { file: "e.csv" });
    expect(entityIssues(table, dataset).map(formatIssue)).toEqual([
      "a.csv:2: error P10_ENTITY_UNLISTED: entity B is assessed but not listed in e.csv; add a row for it (attribute cells may be empty)",
      "e.csv:3: warning P10_ENTITY_NOT_ASSESSED: entity Z is listed but not assessed in a.csv",
    ]);
  });

  it("requireListedEntities throws on the errors and returns the warnings", () => {
    expect(requireListedEntities(parseEntities("entity\nA\nB\nC\n"), dataset).map((i) => i.code)).toEqual([
      "P10_ENTITY_NOT_ASSESSED",
    ]);
    try {
      requireListedEntities(parseEntities("entity\nC\n"), dataset);
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && [e.code, e.message, e.issues.length]).toEqual([
        "P10_ENTITY_UNLISTED",
        "2 assessed entities are not listed in the entities file",
        2,
      ]);
    }
  });
});

describe("entityGroups", () => {
  const table = parseEntities("entity,Region\nA,North\nB,\nC,South\nD,North\n", { file: "e.csv" });

  it("maps entities to their group; an empty cell is no group, with a warning at its cell", () => {
    const g = entityGroups(table, "region");
    expect(g.column).toBe("Region");
    expect(["A", "B", "C", "D", "unknown"].map(g.groupOf)).toEqual(["North", null, "South", "North", null]);
    expect(g.groups).toEqual(["North", "South"]);
    expect(g.issues.map(formatIssue)).toEqual([
      "e.csv:3:2: warning P10_ENTITY_NO_GROUP: entity B has no Region; it gets no rank within a Region and is left out of the Region summaries",
    ]);
  });

  it("refuses an unknown column", () => {
    expect(() => entityGroups(table, "income")).toThrow(/has no column "income"/);
  });
});
