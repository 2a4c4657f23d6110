// Reproduces IBP's published Open Budget Survey 2015 from its answers and compares, country by country,
// every published number with principle10's: the Open Budget Index (unrounded, rounded, category, grade,
// rank), the eight document sub-scores (unrounded, rounded, category, grade), and the strength of the
// legislature and of the supreme audit institution and public participation (unrounded, rounded, grade).
// Neither file is part of principle10 (IBP states no licence); give your copies. After `npm run build`:
//
//   node examples/open-budget-survey/compare-published.mjs path/to/ibp_data_csv_2015.zip "path/to/OBI 2015.xlsx"
//
// Both files are in github.com/hdurand/open-budget-survey (commit a8dc258): app/assets/downloads/ and data/.
// With --all it prints published and p10 side by side for every country and measure; otherwise the counts
// and each difference with its cause.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  displayScore,
  parseAssessments,
  parseFramework,
  parseMethod,
  rank,
  score,
} from "../../dist/index.js";
import { buildAssessment } from "./build-assessment.mjs";
import { ibpDownload } from "./ibp-download.mjs";
import { readWorkbook } from "./xlsx.mjs";

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const all = process.argv.includes("--all");
const [zipPath, xlsxPath] = process.argv.slice(2).filter((a) => a !== "--all");
if (zipPath === undefined || xlsxPath === undefined) {
  console.error('usage: node compare-published.mjs ibp_data_csv_2015.zip "OBI 2015.xlsx"');
  process.exit(2);
}

// p10's scores.
const framework = parseFramework(JSON.parse(readFileSync(here("obs-2015.framework.json"), "utf8")));
const method = parseMethod(JSON.parse(readFileSync(here("obs-2015.method.json"), "utf8")));
const zip = readFileSync(zipPath);
const { dataset } = parseAssessments(buildAssessment(zip).csv, framework);
const set = score(dataset, framework, method);
const ranks = rank(set);
const { presentation } = method;
const bandOfNode = (id, exact) => {
  const shown = displayScore(exact, presentation);
  const list = presentation.bands.nodes[id] ?? presentation.bands.default;
  return list.find((b) => b.max === undefined || Number(shown) <= Number(b.max))?.label ?? null;
};
const ours = new Map();
set.units.forEach((unit, u) => {
  const nodes = new Map();
  set.indices.forEach((index, k) => {
    index.nodes.forEach((node, pos) => {
      const exact = unit.indices[k].nodes[pos].score;
      nodes.set(node.id, {
        exact,
        shown: displayScore(exact, presentation),
        band: exact === null ? null : bandOfNode(node.id, exact),
        rank: ranks.indices[k].nodes[pos].ranks[u],
      });
    });
  });
  ours.set(unit.entity, nodes);
});

// IBP's master spreadsheet, matched to the download's country codes by name (eight names differ).
const ALIASES = {
  Bolivia: "Bolivia, Plurinational State of",
  "Bosnia and Herzegovina": "Bosnia-Herzegovina",
  "Dem. Rep. of Congo": "Congo, The Democratic Republic of the",
  "Kyrgyz Republic": "Kyrgyzstan",
  "South Korea": "Korea, Republic of",
  Tanzania: "Tanzania, United Republic of",
  "United States": "US",
  Yemen: "Yemen, Rep.",
};
const codeOf = new Map(ibpDownload(zip)("countrycodes").map((r) => [r.COUNTRY_NAME, r.COUNTRY_CODE]));
const [header, ...rows] = readWorkbook(readFileSync(xlsxPath)).get("Sheet1");
const master = rows
  .filter((r) => r.length > 0)
  .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));

// Published column names per node: unrounded, rounded, category, grade.
const GRADE = { Extensive: "A", Significant: "B", Some: "C", Minimal: "D", "Scant or no information": "E" };
const DOCS = ["pbs", "ebp", "eb", "cb", "iyr", "myr", "yer", "ar"];
const measures = [
  { node: "obi", exact: "obi", shown: "roundobi", category: "obi_cat", grade: "grade_obi", rank: "rank" },
  ...DOCS.map((d) => ({
    node: d,
    exact: `obi_${d}`,
    shown: `roundobi_${d}`,
    category: `obi_${d}_cat`,
    grade: `grade_${d}`,
  })),
  { node: "leg", exact: "leg_obi", shown: "roundleg_obi", grade: "grade_leg" },
  { node: "sai", exact: "sai_obi", shown: "roundsai_obi", grade: "grade_sai" },
  { node: "pp", exact: "pub_eng", shown: "roundpub_eng", grade: "grade_pub_eng" },
];
/** A measure's labels, lowest first: the method's bands, as categories or as letter grades. */
const labelsOf = (measure, column) => {
  const list = (presentation.bands.nodes[measure.node] ?? presentation.bands.default).map((b) => b.label);
  return column === measure.grade && measure.category ? list.map((l) => GRADE[l]) : list;
};
const tally = new Map();
const differences = [];
const check = (what, country, node, published, p10, cause) => {
  const t = tally.get(what) ?? { same: 0, differ: 0 };
  tally.set(what, t);
  if (all) console.log([country, node, what, published, p10].join("\t"));
  if (published === p10) t.same++;
  else {
    t.differ++;
    differences.push(
      `${country} ${node} ${what}: published ${published || "(blank)"}, p10 ${p10} — ${cause()}`,
    );
  }
};
// IBP's unrounded numbers carry 4 decimals (some cut rather than rounded): equal within 0.0001.
const close = (a, b) => a !== "" && b !== null && Math.abs(Number(a) - Number(b)) <= 0.0001;
const byShown = (node, grade, shown) =>
  master.filter((x) => x[measures.find((y) => y.node === node).shown] === shown && x[grade] !== "");
for (const m of master) {
  const code = codeOf.get(ALIASES[m.country] ?? m.country);
  const nodes = ours.get(code);
  if (nodes === undefined) {
    differences.push(`${m.country}: not in the download`);
    continue;
  }
  const obiReproduced = close(m.obi, nodes.get("obi")?.exact?.toString() ?? null);
  for (const measure of measures) {
    const p = nodes.get(measure.node);
    const exact = p?.exact?.toString() ?? null;
    const four = (x) => (x === "" || x === null ? "—" : Number(x).toFixed(4));
    const published = m[measure.exact];
    const rounded = m[measure.shown] === "" ? "—" : String(Number(m[measure.shown]));
    const answers = () =>
      obiReproduced
        ? `IBP's ${measure.node} disagrees with the answers in its download, which give its own published OBI ${Number(m.obi).toFixed(4)}`
        : "the answers in IBP's download give another score";
    check(
      "score",
      m.country,
      measure.node,
      four(published),
      close(published, exact) ? four(published) : four(exact),
      answers,
    );
    check("rounded", m.country, measure.node, rounded, p?.shown ?? "—", () =>
      close(published, exact)
        ? `IBP's rounded ${rounded} is not its own unrounded ${Number(published).toFixed(4)}, rounded`
        : answers(),
    );
    const bandCause = (column) => () => {
      if (m[column] === "") return `IBP left it blank for the published ${rounded}`;
      const named = (xs) =>
        xs
          .slice(0, 3)
          .map((x) => x.country)
          .join(", ") + (xs.length > 3 ? ` and ${xs.length - 3} more` : "");
      const same = byShown(measure.node, column, m[measure.shown]).filter((x) => x[column] !== m[column]);
      if (same.length > 0)
        return `IBP gives ${named(same)} "${same[0][column]}" for the same published ${rounded}`;
      // A grade that a lower published score beats, or a higher one falls below: not a function of the score.
      const order = labelsOf(measure, column);
      const rankOf = (x) => order.indexOf(x[column]);
      const score = Number(m[measure.shown]);
      const crossed = master.filter(
        (x) =>
          x[column] !== "" &&
          ((Number(x[measure.shown]) < score && rankOf(x) > rankOf(m)) ||
            (Number(x[measure.shown]) > score && rankOf(x) < rankOf(m))),
      );
      return crossed.length > 0
        ? `not a function of the score: IBP gives ${named(crossed)} "${crossed[0][column]}" with ${crossed[0][measure.shown]}`
        : `IBP's "${m[column]}" contradicts its own bands for the published ${rounded}`;
    };
    if (measure.category)
      check(
        "category",
        m.country,
        measure.node,
        m[measure.category],
        p?.band ?? "—",
        bandCause(measure.category),
      );
    const grade = measure.category ? (GRADE[p?.band] ?? "—") : (p?.band ?? "—");
    check("grade", m.country, measure.node, m[measure.grade], grade, bandCause(measure.grade));
    if (measure.rank) {
      check(
        "rank",
        m.country,
        measure.node,
        String(Number(m[measure.rank])),
        String(p?.rank ?? "—"),
        () => "ranks differ",
      );
    }
  }
}
console.log(
  `Open Budget Survey 2015: ${master.length} countries in IBP's spreadsheet, ${set.units.length} in its download`,
);
for (const [what, t] of tally) console.log(`  ${what.padEnd(9)} ${t.same} reproduced, ${t.differ} differ`);
if (differences.length > 0) console.log(`\nDifferences:\n  ${differences.join("\n  ")}`);
