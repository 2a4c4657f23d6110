// A framework with three indices over one questionnaire, shaped like the Open Budget Survey: an index with
// two pillars ("obi": documents pbs and ebp), and two indices whose questions sit directly under them
// ("leg", "sai"). Answers on IBP's scale a = 100, b = 67, c = 33, d = 0, e = not applicable.
import { type FrameworkInput, type Method, parseFramework, parseMethod } from "../../src/index.js";

export function obsLikeDocument(): FrameworkInput {
  const q = (id: string, parent: string) => ({
    id,
    level: "indicator" as const,
    parent,
    kind: "practice" as const,
    title: `Question ${id}`,
    question: `${id}?`,
    scale: "abcde",
  });
  return {
    id: "obs-like",
    version: "1",
    title: "OBS-like",
    description: "Three indices over one questionnaire.",
    source: "hand-made for tests",
    scales: [
      {
        id: "abcde",
        title: "a–d, e not applicable",
        levels: [
          { code: "d", label: "d", value: "0" },
          { code: "c", label: "c", value: "33" },
          { code: "b", label: "b", value: "67" },
          { code: "a", label: "a", value: "100" },
        ],
        notApplicable: ["e"],
      },
    ],
    nodes: [
      { id: "obi", level: "index", title: "Open Budget Index" },
      { id: "pbs", level: "pillar", parent: "obi", title: "Pre-Budget Statement" },
      q("q1", "pbs"),
      q("q2", "pbs"),
      { id: "ebp", level: "pillar", parent: "obi", title: "Executive's Budget Proposal" },
      q("q3", "ebp"),
      q("q4", "ebp"),
      { id: "leg", level: "index", title: "Legislative oversight" },
      q("q5", "leg"),
      q("q6", "leg"),
      { id: "sai", level: "index", title: "Audit oversight" },
      q("q7", "sai"),
      q("q8", "sai"),
    ],
  };
}

export const obsLike = parseFramework(obsLikeDocument());

/** IBP's rules: flat mean of the questions, whole numbers half-up, distinct ranks. */
export const obsMethod: Method = parseMethod({
  id: "obs-like-method",
  version: "1",
  title: "OBS-like",
  description: "Flat mean, whole numbers.",
  framework: "obs-like",
  weighting: { scheme: "flat-equal" },
  minCoverage: "0",
  presentation: {
    places: 0,
    rounding: "half-up",
    ranks: { ties: "ordinal", on: "exact" },
    bands: {
      on: "rounded",
      default: [
        { label: "Scant", max: "20" },
        { label: "Minimal", max: "40" },
        { label: "Some", max: "60" },
        { label: "Significant", max: "80" },
        { label: "Extensive" },
      ],
      nodes: {
        leg: [{ label: "weak", max: "40" }, { label: "moderate", max: "60" }, { label: "strong" }],
        sai: [{ label: "weak", max: "33" }, { label: "moderate", max: "66" }, { label: "strong" }],
      },
    },
  },
});
