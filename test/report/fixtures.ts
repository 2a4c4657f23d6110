// Fictional chart data shared by the chart unit tests and the browser test. The countries are invented
// (Tintin, Ruritania, Marx Brothers…); one name carries markup characters to test escaping end to end.
import type {
  ChartBand,
  ChangeChartInput,
  GapChartInput,
  ProfileChartInput,
  RankIntervalChartInput,
  RankingChartInput,
} from "../../src/report/index.js";

/** A name that would break markup if it were not escaped. */
export const NASTY = `<i>"Q&A"</i> & 'Land'`;

export const ENTITIES = [
  "Arcadia",
  "Borduria",
  "Syldavia",
  "Ruritania",
  "Freedonia",
  NASTY,
  "Genovia",
  "Zubrowka",
];

/** The EDI display bands (DOMAIN.md: ≤ 0.75 poor, ≤ 1.5 fair, ≤ 2.25 good, above very good). */
export const EDI_BANDS: readonly ChartBand[] = [
  { label: "poor", upTo: 0.75 },
  { label: "fair", upTo: 1.5 },
  { label: "good", upTo: 2.25 },
  { label: "very good" },
];

export const MEASURES = ["Index", "Information", "Participation", "Justice"];

/** Scores chosen to hit every band, both band edges (0.75, 2.25), the domain ends (0, 3) and one null. */
const SCORES: readonly (readonly (number | null)[])[] = [
  [2.61, 3, 2.4, 2.43],
  [2.25, 2.5, 2.1, 2.15],
  [1.98, 2.2, 1.5, 2.24],
  [1.62, 1.9, 1.4, 1.56],
  [1.31, 1.6, null, 1.02],
  [1.1, 1.25, 1.05, 1],
  [0.75, 0.9, 0.8, 0.55],
  [0.31, 0.4, 0.35, 0],
];

export function rankingInput(): RankingChartInput {
  return {
    id: "ranking",
    title: "Index and pillar scores (fictional data)",
    description: "Scores on the EDI scale of 0 to 3.",
    measures: MEASURES,
    rows: ENTITIES.map((label, i) => ({ label, rank: i + 1, values: SCORES[i]! })),
    domain: [0, 3],
    bands: EDI_BANDS,
    format: { decimals: 2 },
  };
}

export function profileInput(): ProfileChartInput {
  const pillars = ["Information", "Participation", "Justice"];
  return {
    id: "profile-arcadia",
    title: "Arcadia: guideline scores against the cohort median (fictional data)",
    entity: "Arcadia",
    groups: Array.from({ length: 9 }, (_, g) => ({
      label: `G${g + 1} ${["Access on request", "Proactive disclosure", "Standing"][g % 3]}`,
      section: pillars[Math.floor(g / 3)]!,
      value: g === 4 ? null : [2.5, 1.75, 3, 0.5, 0, 2, 1.25, 2.75, 1][g]!,
      median: g === 7 ? null : [1.8, 1.75, 2.1, 1.2, 0.9, 1.5, 1.6, 2, 1.1][g]!,
    })),
    domain: [0, 3],
    bands: EDI_BANDS,
    format: { decimals: 2 },
  };
}

export function changeInput(): ChangeChartInput {
  return {
    id: "change",
    title: "Index score, 2015 to 2020 (fictional data)",
    periods: ["2015", "2020"],
    rows: ENTITIES.map((label, i) => ({
      label,
      from: i === 6 ? null : [2.2, 2.25, 1.7, 1.9, 1.31, 0.8, 1, 0.5][i]!,
      to: [2.61, 2.25, 1.98, 1.62, 1.5, 1.1, 0.75, 0.31][i]!,
    })),
    domain: [0, 3],
    format: { decimals: 2 },
  };
}

export function gapInput(): GapChartInput {
  return {
    id: "gap",
    title: "Access to information: law and practice, % of maximum (fictional data)",
    rows: ENTITIES.slice(0, 5).map((label, i) => ({
      label,
      law: [90, 75, 70, 55, 40][i]!,
      practice: [60, 80, 35, 55, 20][i]!,
    })),
    domain: [0, 100],
    format: { decimals: 0 },
  };
}

export function rankIntervalInput(): RankIntervalChartInput {
  return {
    id: "ranks",
    title: "Rank uncertainty over 1,000 runs (fictional data)",
    rows: ENTITIES.map((label, i) => ({
      label,
      nominal: i + 1,
      median: [1, 2, 3.5, 3.5, 5, 6, 7, 8][i]!,
      low: [1, 1, 2, 2, 4, 5, 6, 7][i]!,
      high: [2, 4, 5, 6, 7, 8, 8, 8][i]!,
    })),
    format: { decimals: 1 },
  };
}
