import { scaleLinear } from "d3-scale";
import { describe, expect, it } from "vitest";
import { axisTicks, xAxis } from "../../../src/report/svg/axis.js";
import { elements, numberAttr, texts } from "./svg-text.js";

describe("value axis", () => {
  const x = scaleLinear().domain([0, 3]).range([100, 400]);

  it("places d3's ticks: 0, 0.5, …, 3 for 6 ticks on 0–3, written with one decimal by d3's tickFormat", () => {
    expect(axisTicks(x, 6, false)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
    const axis = xAxis(x, { top: 10, bottom: 110, tickCount: 6, labelsOnTop: false, fontSize: 10 });
    expect(texts(axis, "p10-tick")).toEqual(["0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0"]);
    // Each label sits on its tick: 0.5 is a sixth of the 300 px range from 100.
    expect(numberAttr(elements(axis, "text", "p10-tick")[1]!, "x")).toBe(150);
  });

  it("draws labels on top as well when asked, and keeps whole numbers for ranks", () => {
    const axis = xAxis(x, { top: 10, bottom: 110, tickCount: 6, labelsOnTop: true, fontSize: 10 });
    expect(texts(axis, "p10-tick")).toHaveLength(14);
    expect(axisTicks(scaleLinear().domain([1, 4]), 6, true)).toEqual([1, 2, 3, 4]);
  });
});
