/**
 * The self-contained report page: one HTML file with its CSS inline and its charts as inline SVG, no
 * script, no font, image or link fetched (a Content-Security-Policy of `default-src 'none'` forbids any
 * request), so it works offline, from an e-mail attachment or a USB stick, and prints on A4.
 */
import { type Block, refuseContent, renderBlocks } from "./blocks.js";
import { escapeXml } from "./escape.js";
import { REPORT_CSS } from "./styles.js";

/** A labelled fact shown under the title (framework, method, library version, input hashes…). */
export interface MetaItem {
  readonly label: string;
  readonly value: string;
}

/** Input of {@link htmlDocument}. */
export interface HtmlDocumentInput {
  /** The page title (`<title>` and `<h1>`). */
  readonly title: string;
  /** A line under the title. */
  readonly subtitle?: string;
  /** The BCP 47 language of the text; default `"en"`. */
  readonly lang?: string;
  /** Facts listed under the title. */
  readonly meta?: readonly MetaItem[];
  /** The content. */
  readonly blocks: readonly Block[];
  /** A closing line (e.g. how the report was made). */
  readonly footer?: string;
}

/**
 * The policy that keeps the page from making any request: inline styles only, no script.
 *
 * @example
 * ```ts
 * import { CONTENT_SECURITY_POLICY, htmlDocument } from "principle10/report";
 * const html = htmlDocument({ title: "Scores", blocks: [{ kind: "paragraph", text: "Scores on 0–3." }] });
 * CONTENT_SECURITY_POLICY; // "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
 * html.includes(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`); // true
 * ```
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * Writes a complete, self-contained HTML page.
 *
 * @param input - the title, facts, content blocks and footer.
 * @returns the HTML document; the same input always gives the same bytes.
 * @throws P10Error `P10_REPORT_CONTENT` for a figure that is not a chart, a table row of the wrong length,
 *   a malformed section id or language tag.
 * @example
 * ```ts
 * import { htmlDocument } from "principle10/report";
 * const html = htmlDocument({
 *   title: "Environmental democracy scores",
 *   meta: [{ label: "Framework", value: "edi-2015" }],
 *   blocks: [{ kind: "section", heading: "Ranking", blocks: [{ kind: "paragraph", text: "Scores on 0–3." }] }],
 * });
 * ```
 */
export function htmlDocument(input: HtmlDocumentInput): string {
  const lang = input.lang ?? "en";
  if (!/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(lang)) {
    refuseContent(
      "lang",
      `expected a BCP 47 language tag such as "en" or "pt-BR", found ${JSON.stringify(lang)}`,
    );
  }
  const subtitle =
    input.subtitle === undefined ? "" : `\n<p class="subtitle">${escapeXml(input.subtitle)}</p>`;
  const meta =
    input.meta === undefined || input.meta.length === 0
      ? ""
      : `\n<dl class="meta">${input.meta.map((m) => `<dt>${escapeXml(m.label)}</dt><dd>${escapeXml(m.value)}</dd>`).join("")}</dl>`;
  const footer = input.footer === undefined ? "" : `\n<footer>${escapeXml(input.footer)}</footer>`;
  return `<!DOCTYPE html>
<html lang="${escapeXml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light">
<title>${escapeXml(input.title)}</title>
<style>
${REPORT_CSS}
</style>
</head>
<body>
<main>
<header>
<h1>${escapeXml(input.title)}</h1>${subtitle}${meta}
</header>
${renderBlocks(input.blocks)}${footer}
</main>
</body>
</html>
`;
}
