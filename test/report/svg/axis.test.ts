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

  it("labels the start of a rank axis when d3 starts later and there is room", () => {
    const ranks = scaleLinear().domain([1, 70]).range([0, 690]); // 10 px per rank
    const options = {
      top: 0,
      bottom: 100,
      tickCount: 14,
      labelsOnTop: false,
      integersOnly: true,
      fontSize: 10,
    };
    // d3: 69 / 14 ≈ 4.9 → step 5, first tick 5 (40 px from rank 1: room for a label).
    expect(texts(xAxis(ranks, options), "p10-tick").slice(0, 3)).toEqual(["5", "10", "15"]);
    expect(texts(xAxis(ranks, { ...options, labelStart: true }), "p10-tick").slice(0, 3)).toEqual([
      "1",
      "5",
      "10",
    ]);
    // 69 / 5 = 13.8 → step 10: the first tick, 10, is only 9 × 100 / 69 ≈ 13 px from rank 1 (less than 2 em).
    const cramped = scaleLinear().domain([1, 70]).range([0, 100]);
    expect(texts(xAxis(cramped, { ...options, tickCount: 5, labelStart: true }), "p10-tick")[0]).not.toBe(
      "1",
    );
  });
});
