// Builds a principle10 assessment CSV from IBP's published download (ibp_data_csv_2015.zip): one row per
// country and question, the answer as IBP's letter (a–d, e = not applicable), the country's name from the
// download's country codes. IBP publishes these files without a stated licence, so they are not part of
// principle10: give the path of your copy.
//
//   node examples/open-budget-survey/build-assessment.mjs path/to/ibp_data_csv_2015.zip > obs-2015.csv
//   node examples/open-budget-survey/build-assessment.mjs path/to/ibp_data_csv.zip > obs-2006-2012.csv
//   npx p10 score obs-2015.csv -f examples/open-budget-survey/obs-2015.framework.json \
//     -m examples/open-budget-survey/obs-2015.method.json --format table
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ibpDownload } from "./ibp-download.mjs";
import { indicatorId } from "./make-framework.mjs";

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
const cell = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * Turns IBP's download into a long assessment CSV (entity, entity_name, period, indicator, response).
 *
 * @param {Uint8Array} zipBytes - ibp_data_csv_2015.zip, ibp_data_csv.zip (2006–2012) or a file in their layout.
 * @returns {{ csv: string, countries: number, surveys: number, answers: number, notApplicable: number }}
 */
export function buildAssessment(zipBytes) {
  const read = ibpDownload(zipBytes);
  const names = new Map(read("countrycodes").map((r) => [r.COUNTRY_CODE, r.COUNTRY_NAME]));
  const lines = ["entity,entity_name,period,indicator,response"];
  let answers = 0;
  let notApplicable = 0;
  const scores = read("scores");
  for (const row of scores) {
    for (const [column, letter] of Object.entries(row)) {
      const m = /^(?:Q )?(\S+) \(LETTER\)$/.exec(column);
      if (m === null) continue;
      if (!/^[a-e]$/.test(letter)) {
        throw new Error(
          `${row.COUNTRY_CODE} ${row.YEAR}, ${column}: "${letter}" is not one of IBP's letters a–e`,
        );
      }
      // The number next to the letter must agree with it (a 100, b 67, c 33, d 0, e -1).
      const number = row[column.replace(/ \(LETTER\)$/, "")];
      const expected = { a: "100", b: "67", c: "33", d: "0", e: "-1" }[letter];
      if (number !== undefined && Number(number) !== Number(expected)) {
        throw new Error(`${row.COUNTRY_CODE} ${row.YEAR}, ${column}: letter ${letter} but score ${number}`);
      }
      answers++;
      if (letter === "e") notApplicable++;
      const name = names.get(row.COUNTRY_CODE) ?? "";
      lines.push([row.COUNTRY_CODE, name, row.YEAR, indicatorId(m[1]), letter].map(cell).join(","));
    }
  }
  const countries = new Set(scores.map((r) => r.COUNTRY_CODE)).size;
  return { csv: `${lines.join("\n")}\n`, countries, surveys: scores.length, answers, notApplicable };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const zip = process.argv[2];
  if (zip === undefined) {
    console.error(
      "usage: node examples/open-budget-survey/build-assessment.mjs path/to/ibp_data_csv_2015.zip",
    );
    process.exit(2);
  }
  const built = buildAssessment(readFileSync(zip));
  process.stdout.write(built.csv);
  console.error(
    `${built.countries} countries, ${built.answers} answers (${built.notApplicable} not applicable)`,
  );
}
