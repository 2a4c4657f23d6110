/** A small mixed framework for the numeric tests: two measured quantities beside one ordinal answer. */
import { parseFramework } from "../../src/framework/parse.js";

/** The framework document (shares of requests on time, days to answer as lower-is-better, one ordinal question). */
export const mixedDocument = {
  id: "mixed",
  version: "1",
  title: "Mixed",
  description: "Two measured quantities and one ordinal answer.",
  source: "test",
  scales: [
    {
      id: "yn",
      title: "Yes/no",
      levels: [
        { code: "0", label: "No", value: "0" },
        { code: "1", label: "Yes", value: "1" },
      ],
    },
    { id: "share", title: "Share", kind: "numeric", unit: "%", bounds: { min: "0", max: "100" } },
    {
      id: "days",
      title: "Days",
      kind: "numeric",
      unit: "days",
      direction: "lower-is-better",
      bounds: { min: "0" },
    },
  ],
  nodes: [
    { id: "x", level: "index", title: "X" },
    { id: "p", level: "pillar", parent: "x", title: "P" },
    {
      id: "law",
      level: "indicator",
      parent: "p",
      kind: "legal",
      title: "Law",
      question: "A law?",
      scale: "yn",
    },
    {
      id: "ontime",
      level: "indicator",
      parent: "p",
      kind: "practice",
      title: "On time",
      question: "Share on time?",
      scale: "share",
    },
    {
      id: "days",
      level: "indicator",
      parent: "p",
      kind: "practice",
      title: "Days",
      question: "Median days?",
      scale: "days",
    },
  ],
};

/** The compiled framework. */
export const mixed = parseFramework(mixedDocument);
