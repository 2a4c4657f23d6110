// A minimal reader of .xlsx worksheets (cell values only: numbers, shared and inline strings), enough to
// read IBP's master spreadsheet without a dependency.
import { readZip } from "./zip.mjs";

const xmlText = (s) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");

/** "AB12" → column index 27 (0-based). */
function columnOf(ref) {
  let col = 0;
  for (const ch of /^[A-Z]+/.exec(ref)[0]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/**
 * Reads every worksheet of a workbook as rows of cell texts.
 *
 * @param {Uint8Array} bytes - the .xlsx file.
 * @returns {Map<string, string[][]>} sheet name → rows (each an array of cell texts, "" where empty).
 */
export function readWorkbook(bytes) {
  const zip = readZip(bytes);
  const text = (name) => zip.get(name)?.().toString("utf8") ?? "";
  const shared = [...text("xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    xmlText([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")),
  );
  const rels = new Map(
    [
      ...text("xl/_rels/workbook.xml.rels").matchAll(
        /<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g,
      ),
    ].map((m) => [m[1], m[2].replace(/^\/?xl\//, "")]),
  );
  const sheets = new Map();
  for (const m of text("xl/workbook.xml").matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const xml = text(`xl/${rels.get(m[2])}`);
    const rows = [];
    for (const row of xml.matchAll(/<row [^>]*?r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
      const cells = [];
      for (const c of row[2].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const type = /t="([^"]+)"/.exec(c[2])?.[1];
        const v = /<v>([\s\S]*?)<\/v>/.exec(c[3] ?? "")?.[1];
        const inline = /<t[^>]*>([\s\S]*?)<\/t>/.exec(c[3] ?? "")?.[1];
        const value =
          type === "s"
            ? (shared[Number(v)] ?? "")
            : type === "inlineStr"
              ? xmlText(inline ?? "")
              : xmlText(v ?? "");
        cells[columnOf(c[1])] = value;
      }
      rows[Number(row[1]) - 1] = Array.from(cells, (x) => x ?? "");
    }
    sheets.set(
      xmlText(m[1]),
      Array.from(rows, (r) => r ?? []),
    );
  }
  return sheets;
}
