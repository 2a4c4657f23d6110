import { describe, expect, it } from "vitest";
import { isP10Error } from "../../../src/errors.js";
import {
  changeChart,
  gapChart,
  profileChart,
  rankIntervalChart,
  rankingChart,
} from "../../../src/report/index.js";
import {
  checkDomain,
  checkId,
  checkPlotWidth,
  checkValue,
  checkWidth,
} from "../../../src/report/svg/validate.js";
import { changeInput, gapInput, profileInput, rankIntervalInput, rankingInput } from "../fixtures.js";

function issueOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    return isP10Error(e) ? `${e.code} ${e.issues[0]?.path}: ${e.issues[0]?.message}` : String(e);
  }
  return undefined;
}

describe("chart input checks", () => {
  it("accept good input and name the path and the expectation otherwise", () => {
    expect(checkId("a-1_b")).toBe("a-1_b");
    expect(issueOf(() => checkId('x"y'))).toMatch(/^P10_CHART_DATA id: expected a letter/);
    expect(issueOf(() => checkDomain([0, Number.POSITIVE_INFINITY], "domain"))).toMatch(/finite numbers/);
    expect(checkValue(null, [0, 3], "v")).toBeNull();
    expect(issueOf(() => checkValue(-0.01, [0, 3], "rows[1].values[0]"))).toBe(
      "P10_CHART_DATA rows[1].values[0]: -0.01 is outside the chart domain [0, 3]",
    );
    expect(issueOf(() => checkValue("1" as unknown as number, [0, 3], "v"))).toMatch(/finite number or null/);
    expect(checkWidth(320)).toBe(320);
    expect(issueOf(() => checkWidth(319))).toMatch(/from 320 to 4000/);
    expect(issueOf(() => checkWidth(Number.NaN))).toMatch(/width/);
    expect(issueOf(() => checkPlotWidth(59.5, 400))).toBe(
      "P10_CHART_DATA width: 400 px leaves 59 px for the plot (60 needed); give a larger width",
    );
  });

  it("refuse a chart too narrow for its labels, in every chart", () => {
    const narrow = { width: 330 };
    const builders = [
      () => rankingChart({ ...rankingInput(), ...narrow }),
      () =>
        profileChart({
          ...profileInput(),
          ...narrow,
          groups: [{ label: "G".repeat(60), value: 1, median: 1 }],
        }),
      () => changeChart({ ...changeInput(), ...narrow, rows: [{ label: "X".repeat(40), from: 1, to: 2 }] }),
      () => gapChart({ ...gapInput(), ...narrow, rows: [{ label: "X".repeat(40), law: 1, practice: 2 }] }),
      () =>
        rankIntervalChart({
          ...rankIntervalInput(),
          ...narrow,
          rows: [{ label: "X".repeat(40), nominal: 1, median: 1, low: 1, high: 1 }],
        }),
    ];
    for (const build of builders) expect(issueOf(build)).toMatch(/^P10_CHART_DATA width: 330 px leaves/);
  });

  it("refuse a rank that is not a finite number", () => {
    const input = rankingInput();
    const rows = [{ label: "X", rank: Number.NaN, values: [1, 1, 1, 1] }];
    expect(issueOf(() => rankingChart({ ...input, rows }))).toMatch(/^P10_CHART_DATA rows\[0\]\.rank/);
  });
});
