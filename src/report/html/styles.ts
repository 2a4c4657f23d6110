/**
 * The report's only style sheet, inlined in the page: system fonts (nothing fetched), a readable measure
 * for screens, and print rules (A4 margins, no chart or table row split across pages, headings kept with
 * what follows, colours printed as they are since the charts also read in greyscale).
 */
import { FONT_STACK } from "../svg/frame.js";

/**
 * The CSS inlined in every report page.
 *
 * @example
 * ```ts
 * import { htmlDocument, REPORT_CSS } from "principle10/report";
 * REPORT_CSS.includes("@media print"); // true
 * htmlDocument({ title: "Scores", blocks: [] }).includes(REPORT_CSS.trim()); // true: inlined, nothing linked
 * ```
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; background: #ffffff; color: #1a1a1a; font-family: ${FONT_STACK}; font-size: 15px; line-height: 1.5; }
main { max-width: 960px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 0.25rem; }
h2 { font-size: 1.25rem; line-height: 1.3; margin: 2rem 0 0.5rem; padding-bottom: 0.25rem; border-bottom: 1px solid #d9d9d9; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
p { margin: 0.5rem 0; max-width: 75ch; }
.subtitle { color: #595959; margin: 0 0 1rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 1rem 0; font-size: 0.875rem; }
dl.meta dt { color: #595959; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
figure { margin: 1rem 0 1.75rem; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { color: #595959; font-size: 0.875rem; margin-top: 0.35rem; max-width: 75ch; }
.table-wrap { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; font-size: 0.875rem; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: 0.35rem; }
th, td { padding: 0.25rem 0.6rem; border-bottom: 1px solid #e0e0e0; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #4d4d4d; }
.num { text-align: right; }
ul.notes { font-size: 0.875rem; color: #404040; padding-left: 1.25rem; }
#summary ul.notes { font-size: 1rem; color: inherit; }
nav.contents ol { columns: 2; font-size: 0.875rem; }
footer { margin-top: 3rem; padding-top: 0.5rem; border-top: 1px solid #d9d9d9; color: #595959; font-size: 0.8rem; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  h2 + *, h3 + * { break-before: avoid; page-break-before: avoid; }
  figure, tr, dl.meta, ul.notes li { break-inside: avoid; page-break-inside: avoid; }
  figure svg { width: auto; max-width: 100%; max-height: 250mm; }
  .table-wrap { overflow: visible; }
  table { font-size: 8.5pt; }
}
`.trim();
