// The demo report page of the browser test: every chart on the shared fictional data, in the page shell.
import {
  changeChart,
  gapChart,
  htmlDocument,
  profileChart,
  rankIntervalChart,
  rankingChart,
} from "../../src/report/index.js";
import {
  changeInput,
  ENTITIES,
  gapInput,
  NASTY,
  profileInput,
  rankIntervalInput,
  rankingInput,
} from "../report/fixtures.js";

export interface DemoPage {
  readonly html: string;
  /** Each chart's SVG, by id. */
  readonly charts: Readonly<Record<string, string>>;
}

/** A long rank-interval chart: 20 rows out of 70 ranks, with tick labels above and below. */
function longRanks(): string {
  return rankIntervalChart({
    id: "ranks-long",
    title: "Rank uncertainty, first 20 of 70 (fictional data)",
    rows: Array.from({ length: 20 }, (_, i) => ({
      label: `Country ${String.fromCharCode(65 + i)}`,
      nominal: i + 1,
      median: i + 1.5,
      low: Math.max(1, i - 3),
      high: Math.min(70, i + 8),
    })),
    rankCount: 70,
    format: { decimals: 1 },
  });
}

export function demoPage(): DemoPage {
  const { bands: _, ...plainProfile } = profileInput();
  const charts: Record<string, string> = {
    ranking: rankingChart(rankingInput()),
    "profile-arcadia": profileChart(profileInput()),
    "profile-plain": profileChart({ ...plainProfile, id: "profile-plain", title: "Arcadia without bands" }),
    change: changeChart(changeInput()),
    gap: gapChart(gapInput()),
    ranks: rankIntervalChart(rankIntervalInput()),
    "ranks-long": longRanks(),
  };
  const figure = (id: string, caption?: string) =>
    caption === undefined
      ? { kind: "figure" as const, svg: charts[id]! }
      : { kind: "figure" as const, svg: charts[id]!, caption };
  const html = htmlDocument({
    title: "principle10 chart demo (fictional data)",
    subtitle: `Eight invented countries, one named ${NASTY}`,
    meta: [
      { label: "Framework", value: "edi-2015 (fictional scores)" },
      { label: "Entities", value: String(ENTITIES.length) },
    ],
    blocks: [
      {
        kind: "section",
        id: "section-ranking",
        heading: "Ranking",
        blocks: [
          { kind: "paragraph", text: "Scores on the 0–3 scale, bars coloured by EDI band." },
          figure("ranking", "Index and pillars; value labels keep the chart readable in greyscale."),
          {
            kind: "table",
            caption: "Index scores",
            columns: [
              { label: "Rank", align: "right" },
              { label: "Entity" },
              { label: "Index", align: "right" },
            ],
            rows: rankingInput().rows.map((r) => [String(r.rank), r.label, (r.values[0] ?? 0).toFixed(2)]),
          },
        ],
      },
      {
        kind: "section",
        id: "section-profiles",
        heading: "Profiles",
        blocks: [figure("profile-arcadia", "Bars: Arcadia; ticks: cohort median."), figure("profile-plain")],
      },
      {
        kind: "section",
        id: "section-change",
        heading: "Change and gaps",
        blocks: [figure("change", "Hollow dot 2015, filled dot 2020."), figure("gap", "Practice minus law.")],
      },
      {
        kind: "section",
        id: "section-uncertainty",
        heading: "Uncertainty",
        blocks: [
          figure("ranks", "Dot nominal, tick median, line 5th–95th percentile."),
          figure("ranks-long"),
        ],
      },
    ],
    footer: "Made with principle10 from fictional data.",
  });
  return { html, charts };
}

/** Real-world name shapes: long, accented, apostrophes, Greek and Cyrillic, CJK. */
const LONG_NAMES = [
  "Democratic Republic of the Congo",
  "Côte d'Ivoire",
  "São Tomé and Príncipe",
  "Saint Vincent and the Grenadines",
  "Lao People's Democratic Republic",
  "Ελλάδα",
  "Россия",
  "日本国",
];

/** A crowded page: 70 ranked entities, a 23-group profile, 70 rank intervals (layout stress test). */
export function stressPage(): DemoPage {
  const names = Array.from({ length: 70 }, (_, i) => LONG_NAMES[i] ?? `Country number ${i + 1}`);
  // A deterministic spread of scores over 0–3: a linear walk modulo 301, in hundredths.
  const score = (i: number, k: number) => ((i * 37 + k * 11) % 301) / 100;
  const bands = rankingInput().bands;
  const charts: Record<string, string> = {
    "stress-ranking": rankingChart({
      id: "stress-ranking",
      title: "70 entities",
      measures: MEASURES_4,
      rows: names.map((label, i) => ({ label, rank: i + 1, values: [0, 1, 2, 3].map((k) => score(i, k)) })),
      domain: [0, 3],
      bands,
      format: { decimals: 2 },
    }),
    "stress-profile": profileChart({
      id: "stress-profile",
      title: `${names[0]}: 23 guidelines`,
      entity: names[0]!,
      groups: Array.from({ length: 23 }, (_, g) => ({
        label: `G${g + 1} ${["Access to information on request", "Proactive dissemination of environmental information", "Standing in environmental cases"][g % 3]}`,
        section: g < 6 ? "Information" : g < 12 ? "Participation" : "Justice",
        value: score(g, 5),
        median: score(g, 7),
      })),
      domain: [0, 3],
      bands,
      format: { decimals: 2 },
    }),
    "stress-ranks": rankIntervalChart({
      id: "stress-ranks",
      title: "70 rank intervals",
      rows: names.map((label, i) => ({
        label,
        nominal: i + 1,
        median: i + 1,
        low: Math.max(1, i - 5),
        high: Math.min(70, i + 7),
      })),
      format: { decimals: 0 },
    }),
  };
  const html = htmlDocument({
    title: "principle10 layout stress test",
    blocks: Object.values(charts).map((svg) => ({ kind: "figure" as const, svg })),
  });
  return { html, charts };
}

const MEASURES_4 = ["EDI", "Information", "Participation", "Justice"];
