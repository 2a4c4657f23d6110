// A small framework whose practice indicators are assessed through cases, with its method, register and
// answers; shared by the case tests.
import { type FrameworkInput, type MethodInput, parseFramework, parseMethod } from "../../src/index.js";

export function caseFrameworkInput(): FrameworkInput {
  return {
    id: "cases-test",
    version: "1.0.0",
    title: "Cases test",
    description: "Practice through cases.",
    source: "hand-made for tests",
    scales: [
      {
        id: "law",
        title: "Law 0–3",
        levels: [
          { code: "0", label: "None", value: "0" },
          { code: "1", label: "Weak", value: "1" },
          { code: "2", label: "Moderate", value: "2" },
          { code: "3", label: "Good", value: "3" },
        ],
      },
      {
        id: "practice",
        title: "No / limited / yes",
        levels: [
          { code: "no", label: "No", value: "0" },
          { code: "limited", label: "Limited", value: "1" },
          { code: "yes", label: "Yes", value: "2" },
        ],
      },
    ],
    nodes: [
      { id: "root", level: "index", title: "Root" },
      { id: "info", level: "pillar", parent: "root", title: "Information" },
      { id: "G1", level: "group", parent: "info", title: "Guideline 1" },
      {
        id: "L1",
        level: "indicator",
        parent: "G1",
        kind: "legal",
        title: "L1",
        question: "Law?",
        scale: "law",
      },
      {
        id: "P1",
        level: "indicator",
        parent: "G1",
        kind: "practice",
        title: "Emergencies",
        question: "Was information released in time?",
        scale: "practice",
        cases: { types: ["emergency", "monitoring"], lookBackYears: 3, min: 2, max: 4, combine: "mean" },
      },
      {
        id: "P2",
        level: "indicator",
        parent: "G1",
        kind: "practice",
        title: "Projects",
        question: "Were comments answered?",
        scale: "practice",
        cases: { types: ["project"], lookBackYears: 2, min: 1, combine: "minimum" },
      },
      {
        id: "P3",
        level: "indicator",
        parent: "G1",
        kind: "practice",
        title: "Register",
        question: "Is the register online?",
        scale: "practice",
      },
    ],
  };
}

export const caseFramework = () => parseFramework(caseFrameworkInput());

export function practiceMethod(): MethodInput {
  return {
    id: "cases-test",
    version: "1.0.0",
    title: "Cases test method",
    description: "Native means of practice.",
    framework: "cases-test",
    indices: [{ id: "practice", title: "Practice", kinds: ["practice"] }],
    normalisation: { method: "native" },
    weighting: { scheme: "nested-equal" },
    aggregation: {
      index: { function: "arithmetic" },
      pillar: { function: "arithmetic" },
      group: { function: "arithmetic" },
    },
    missing: "drop",
    minCoverage: "0",
    presentation: { places: 2, rounding: "half-up", ranks: { ties: "competition", on: "exact" } },
  } as MethodInput;
}

export const caseMethod = () => parseMethod(practiceMethod());

export const REGISTER = [
  "entity,period,case,type,title,start,end,sources",
  "ARV,2024,E1,emergency,Chemical spill at the river port,2023-03-01,2023-03-20,https://example.org/spill|Ministry bulletin 12/2023",
  "ARV,2024,E2,emergency,Refinery fire,2022-06-10,2022-06-11,https://example.org/fire",
  "ARV,2024,M1,monitoring,Air quality bulletins,2024-01-01,,https://example.org/air",
  "ARV,2024,OLD,emergency,Flood of 2019,2019-05-01,2019-05-31,https://example.org/flood",
  "ARV,2024,PR1,project,Dam EIA,2023-01-10,2023-09-30,https://example.org/dam",
  "ARV,2024,PR2,project,Mine permit,2024-02-01,2024-04-30,https://example.org/mine",
  "BEL,2024,E1,emergency,Gas leak,2024-02-02,2024-02-03,https://example.org/leak",
  "",
].join("\n");

export const ANSWERS = [
  "entity,period,indicator,case,response,source",
  "ARV,2024,L1,,2,",
  "ARV,2024,P1,E1,yes,",
  "ARV,2024,P1,E2,limited,",
  "ARV,2024,P1,M1,yes,",
  "ARV,2024,P1,OLD,no,",
  "ARV,2024,P2,PR1,yes,",
  "ARV,2024,P2,PR2,limited,",
  "ARV,2024,P3,,yes,",
  "BEL,2024,P1,E1,yes,",
  "",
].join("\n");
