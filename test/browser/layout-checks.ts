// Layout checks that run inside the page (passed to page.$$eval, so self-contained: no imports, no inner
// functions). The project compiles without the DOM library, hence the minimal structural types.

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly width: number;
}
interface PageElement {
  readonly id: string;
  readonly textContent: string | null;
  getBoundingClientRect(): Box;
  querySelectorAll(selector: string): Iterable<PageElement>;
}

/**
 * For each chart: every `<text>` that leaves the chart's box, and every pair of texts whose boxes overlap
 * by more than a sliver (glyph boxes include line spacing: 1 px across, 2 px down are tolerated).
 */
export function labelProblems(charts: PageElement[]): string[] {
  const found: string[] = [];
  for (const svg of charts) {
    const frame = svg.getBoundingClientRect();
    const boxes: { text: string; box: Box }[] = [];
    for (const t of svg.querySelectorAll("text")) {
      const box = t.getBoundingClientRect();
      if (box.width > 0) boxes.push({ text: t.textContent ?? "", box });
    }
    for (const { text, box } of boxes) {
      if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.bottom > frame.bottom + 0.5) {
        found.push(`${svg.id}: "${text}" leaves the chart`);
      }
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 2) found.push(`${svg.id}: "${boxes[i]!.text}" overlaps "${boxes[j]!.text}"`);
      }
    }
  }
  return found;
}
