// Reading IBP's published download `ibp_data_csv_2015.zip` (Open Budget Survey Data Explorer, repository
// hdurand/open-budget-survey, app/assets/downloads/): its CSV files, parsed as RFC 4180 text.
import { readZip } from "./zip.mjs";

/**
 * Parses CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks) into records by header.
 *
 * @param {string} text - the CSV text.
 * @returns {Record<string, string>[]} one record per data row.
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header = [], ...data] = rows.filter((r) => r.length > 1 || r[0] !== "");
  return data.map((r) => Object.fromEntries(header.map((h, i) => [h.replace(/^\uFEFF/, ""), r[i] ?? ""])));
}

/**
 * Opens IBP's download and reads one of its CSV files, e.g. `scores` for `ibp_data_scores_2015.csv` (2015)
 * or `ibp_data_scores.csv` (`ibp_data_csv.zip`, the surveys of 2006–2012).
 *
 * @param {Uint8Array} zipBytes - the download.
 * @returns {(part: string) => Record<string, string>[]} a reader of its parts.
 */
export function ibpDownload(zipBytes) {
  const entries = readZip(zipBytes);
  const scores = [...entries.keys()].find((n) => /^ibp_data_scores(_\d{4})?\.csv$/.test(n));
  const suffix = scores === undefined ? "_2015" : scores.slice("ibp_data_scores".length, -".csv".length);
  return (part) => {
    const name = `ibp_data_${part}${suffix}.csv`;
    const open = entries.get(name);
    if (open === undefined) {
      throw new Error(`${name} is not in the download (it holds ${[...entries.keys()].join(", ")})`);
    }
    return parseCsv(open().toString("utf8"));
  };
}
