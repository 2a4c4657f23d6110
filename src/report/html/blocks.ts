/**
 * The content blocks of a report page (headings, paragraphs, figures, tables, notes, sections) as plain
 * data, and their HTML. Every text is escaped here; the only markup accepted is a chart's SVG from the
 * chart builders.
 */
import { P10Error } from "../../errors.js";
import { ID_PATTERN } from "../svg/validate.js";
import { escapeXml } from "./escape.js";

/** A table column. */
export interface TableColumn {
  /** The header text. */
  readonly label: string;
  /** `"right"` for numbers; default `"left"`. */
  readonly align?: "left" | "right";
}

/** One block of page content. */
export type Block =
  | { readonly kind: "paragraph"; readonly text: string }
  | {
      readonly kind: "figure";
      /** A chart from the chart builders (an `<svg>` string); no other markup is accepted. */
      readonly svg: string;
      readonly caption?: string;
    }
  | {
      readonly kind: "table";
      readonly caption: string;
      readonly columns: readonly TableColumn[];
      /** One text per column in each row. */
      readonly rows: readonly (readonly string[])[];
    }
  | { readonly kind: "notes"; readonly items: readonly string[] }
  | {
      /** A table of contents: links to sections of the page by their id. */
      readonly kind: "contents";
      readonly entries: readonly { readonly id: string; readonly heading: string }[];
    }
  | {
      readonly kind: "section";
      readonly heading: string;
      readonly id?: string;
      readonly blocks: readonly Block[];
    };

/**
 * The error code for content the page shell refuses.
 *
 * @example
 * ```ts
 * import { REPORT_CONTENT, renderBlocks } from "principle10/report";
 * REPORT_CONTENT; // "P10_REPORT_CONTENT"
 * renderBlocks([{ kind: "figure", svg: "<img src=x>" }]); // throws P10_REPORT_CONTENT: a figure is one <svg>
 * ```
 */
export const REPORT_CONTENT = "P10_REPORT_CONTENT";

/**
 * Throws the page-content error for one input path.
 *
 * @param path - where in the input, e.g. `blocks[2].rows[0]`.
 * @param message - what was found and what was expected.
 * @returns never.
 * @throws P10Error `P10_REPORT_CONTENT`, always.
 * @example
 * ```ts
 * refuseContent("lang", "expected a BCP 47 language tag");
 * ```
 */
export function refuseContent(path: string, message: string): never {
  throw new P10Error(REPORT_CONTENT, `${path}: ${message}`, [
    { code: REPORT_CONTENT, message, severity: "error", path },
  ]);
}

function figure(block: Extract<Block, { kind: "figure" }>, path: string): string {
  const svg = block.svg;
  if (!svg.startsWith("<svg ") || !svg.endsWith("</svg>")) {
    refuseContent(`${path}.svg`, "expected one <svg> element made by a chart builder");
  }
  const caption =
    block.caption === undefined || block.caption === ""
      ? ""
      : `<figcaption>${escapeXml(block.caption)}</figcaption>`;
  return `<figure>${svg}${caption}</figure>`;
}

function table(block: Extract<Block, { kind: "table" }>, path: string): string {
  const cls = (c: TableColumn) => (c.align === "right" ? ' class="num"' : "");
  const head = block.columns.map((c) => `<th scope="col"${cls(c)}>${escapeXml(c.label)}</th>`).join("");
  const body = block.rows
    .map((row, r) => {
      if (row.length !== block.columns.length) {
        refuseContent(`${path}.rows[${r}]`, `expected ${block.columns.length} cells, found ${row.length}`);
      }
      return `<tr>${row.map((cell, c) => `<td${cls(block.columns[c]!)}>${escapeXml(cell)}</td>`).join("")}</tr>`;
    })
    .join("\n");
  return `<div class="table-wrap"><table><caption>${escapeXml(block.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`;
}

/**
 * Writes content blocks as HTML; sections nest, their headings going from `<h2>` down to `<h6>`.
 *
 * @param blocks - the blocks.
 * @param depth - the heading level of sections at this depth (2 at the top).
 * @param path - the input path for messages.
 * @returns the HTML.
 * @throws P10Error `P10_REPORT_CONTENT` for a figure that is not one `<svg>` element, a table row with the
 *   wrong number of cells or a malformed section id.
 * @example
 * ```ts
 * import { renderBlocks } from "principle10/report";
 * renderBlocks([{ kind: "paragraph", text: "Scores are on the 0–3 scale." }]); // "<p>Scores are on the 0–3 scale.</p>"
 * ```
 */
export function renderBlocks(blocks: readonly Block[], depth = 2, path = "blocks"): string {
  return blocks.map((block, i) => renderBlock(block, depth, `${path}[${i}]`)).join("\n");
}

function renderBlock(block: Block, depth: number, at: string): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${escapeXml(block.text)}</p>`;
    case "figure":
      return figure(block, at);
    case "table":
      return table(block, at);
    case "notes":
      return `<ul class="notes">${block.items.map((item) => `<li>${escapeXml(item)}</li>`).join("")}</ul>`;
    case "contents":
      return `<nav class="contents" aria-label="Contents"><ol>${block.entries
        .map((e, i) => {
          if (!ID_PATTERN.test(e.id))
            refuseContent(`${at}.entries[${i}].id`, `not an id: ${JSON.stringify(e.id)}`);
          return `<li><a href="#${e.id}">${escapeXml(e.heading)}</a></li>`;
        })
        .join("")}</ol></nav>`;
    case "section": {
      if (block.id !== undefined && !ID_PATTERN.test(block.id)) {
        refuseContent(
          `${at}.id`,
          `expected a letter then letters, digits, "-" or "_", found ${JSON.stringify(block.id)}`,
        );
      }
      const level = Math.min(depth, 6);
      const id = block.id === undefined ? "" : ` id="${block.id}"`;
      const inner = renderBlocks(block.blocks, depth + 1, `${at}.blocks`);
      return `<section${id}>\n<h${level}>${escapeXml(block.heading)}</h${level}>\n${inner}\n</section>`;
    }
    default:
      // Unreachable for typed callers; plain JavaScript may pass anything.
      return refuseContent(
        `${at}.kind`,
        `unknown block kind ${JSON.stringify((block as { kind: unknown }).kind)}`,
      );
  }
}
