// Where headings land when chromium prints a page to PDF: the test gives each heading, and the element
// that follows it, an id (ids change no layout), links to them from after <main> (so chromium writes them
// as named destinations; links after everything move nothing before them), prints, and reads the page of
// each destination from the PDF's /Dests dictionary, which chromium's PDF writer (Skia) stores
// uncompressed: `/name [pageRef /XYZ x y 0]`, pages in the order of the /Pages tree.
import type { Page } from "playwright-core";

/** A heading and the element after it, as the page holds them. */
export interface HeadingPair {
  readonly heading: string;
  readonly headingId: string;
  /** The id of the element after the heading, or `null` when nothing follows it in its section. */
  readonly nextId: string | null;
}

/** Where a named destination is: the 1-based page and the y coordinate (PDF points from the bottom). */
export interface Destination {
  readonly page: number;
  readonly y: number;
}

// page.evaluate callbacks run in the browser; the project compiles without the DOM library.
interface DomElement {
  id: string;
  textContent: string | null;
  nextElementSibling: DomElement | null;
  append(...nodes: unknown[]): void;
  setAttribute(name: string, value: string): void;
  after(...nodes: unknown[]): void;
}
declare const document: {
  querySelectorAll(selector: string): Iterable<DomElement>;
  querySelector(selector: string): DomElement | null;
  createElement(tag: string): DomElement;
};

/** Marks every heading of `main` and the element after it, and links to both from after `main`. */
export async function markHeadings(page: Page): Promise<HeadingPair[]> {
  return page.evaluate(() => {
    const pairs: { heading: string; headingId: string; nextId: string | null }[] = [];
    const nav = document.createElement("nav");
    const link = (id: string) => {
      const a = document.createElement("a");
      a.setAttribute("href", `#${id}`);
      a.textContent = id;
      nav.append(a, " ");
    };
    let n = 0;
    for (const h of document.querySelectorAll("main h2, main h3, main h4, main h5, main h6")) {
      n += 1;
      h.id = h.id || `print-heading-${n}`;
      const next = h.nextElementSibling;
      if (next !== null) next.id = next.id || `print-next-${n}`;
      link(h.id);
      if (next !== null) link(next.id);
      pairs.push({ heading: (h.textContent ?? "").trim(), headingId: h.id, nextId: next?.id ?? null });
    }
    document.querySelector("main")!.after(nav);
    return pairs;
  });
}

/** Reads the named destinations of a chromium PDF with the page each lies on. */
export function pdfDestinations(pdf: Buffer): Map<string, Destination> {
  const text = pdf.toString("latin1");
  const objects = new Map<string, string>();
  for (const m of text.matchAll(/(?:^|\n)(\d+) 0 obj\s*([\s\S]*?)\nendobj/g)) objects.set(m[1]!, m[2]!);
  const catalog = [...objects.values()].find((o) => /\/Type \/Catalog\b/.test(o));
  if (catalog === undefined) throw new Error("no /Catalog in the PDF");
  const pagesRoot = catalog.match(/\/Pages (\d+) 0 R/)?.[1];
  const destsRef = catalog.match(/\/Dests (\d+) 0 R/)?.[1];
  if (pagesRoot === undefined || destsRef === undefined) throw new Error("no /Pages or /Dests in the PDF");
  // Pages in document order: walk the /Pages tree depth first with an explicit stack.
  const order = new Map<string, number>();
  const stack = [pagesRoot];
  while (stack.length > 0) {
    const ref = stack.pop()!;
    const obj = objects.get(ref) ?? "";
    if (/\/Type \/Page\b(?!s)/.test(obj)) {
      order.set(ref, order.size + 1);
      continue;
    }
    const kids = [...(obj.match(/\/Kids \[([^\]]*)\]/)?.[1] ?? "").matchAll(/(\d+) 0 R/g)].map((k) => k[1]!);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  const dests = new Map<string, Destination>();
  const dict = objects.get(destsRef) ?? "";
  for (const m of dict.matchAll(/\/([^\s[/]+) \[(\d+) 0 R \/XYZ [-\d.]+ ([-\d.]+) 0\]/g)) {
    dests.set(m[1]!, { page: order.get(m[2]!) ?? 0, y: Number(m[3]) });
  }
  return dests;
}

/**
 * Prints the page to A4 and lists every heading printed without the element after it on its page.
 *
 * @returns the PDF and the problems (empty when every heading shares its page with what follows).
 */
export async function orphanedHeadings(
  page: Page,
): Promise<{ pdf: Buffer; pages: number; problems: string[] }> {
  const pairs = await markHeadings(page);
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const dests = pdfDestinations(pdf);
  const problems: string[] = [];
  for (const p of pairs) {
    const h = dests.get(p.headingId);
    if (h === undefined) {
      problems.push(`"${p.heading}": no destination in the PDF`);
      continue;
    }
    if (p.nextId === null) {
      problems.push(`"${p.heading}" (page ${h.page}): nothing follows it`);
      continue;
    }
    const next = dests.get(p.nextId);
    if (next === undefined) problems.push(`"${p.heading}": no destination for what follows it`);
    else if (next.page !== h.page) {
      problems.push(`"${p.heading}" ends page ${h.page}; what follows it starts page ${next.page}`);
    }
  }
  const pages = new Set([...dests.values()].map((d) => d.page)).size;
  return { pdf, pages: Math.max(pages, 0), problems };
}
