// Checks every chart must pass: an accessible frame, escaped names, byte-identical output on repeat.
import { expect } from "vitest";
import { NASTY } from "../fixtures.js";
import { attr, elements, texts, unescapeXml } from "./svg-text.js";

/** The root is role="img", labelled by its own non-empty <title> and <desc>, and shows the title. */
export function expectAccessibleFrame(svg: string, id: string, title: string): void {
  const root = elements(svg, "svg")[0]!;
  expect(attr(root, "role")).toBe("img");
  expect(attr(root, "id")).toBe(id);
  expect(attr(root, "aria-labelledby")).toBe(`${id}-title ${id}-desc`);
  expect(attr(root, "viewBox")).toMatch(/^0 0 \d+ \d+$/);
  expect(svg).toContain(`<title id="${id}-title">`);
  expect(unescapeXml(svg.match(new RegExp(`<title id="${id}-title">([^<]*)</title>`))![1]!)).toBe(title);
  const desc = svg.match(new RegExp(`<desc id="${id}-desc">([^<]+)</desc>`));
  expect(desc).not.toBeNull();
  expect(texts(svg)).toContain(title);
  // The title and description come first, as the SVG accessibility mapping expects.
  expect(svg.indexOf("<title")).toBeLessThan(svg.indexOf("<rect"));
}

/** The nasty name shows as text, escaped, and never as markup; the description carries it escaped too. */
export function expectEscaped(svg: string): void {
  expect(texts(svg, "p10-label")).toContain(NASTY);
  expect(svg).not.toContain("<i>");
  expect(svg).not.toContain("'Land'");
  expect(svg).toContain("&lt;i&gt;&quot;Q&amp;A&quot;&lt;/i&gt; &amp; &#39;Land&#39;");
}

/** Two calls on equal (deep-copied) input give the same bytes. */
export function expectDeterministic<T>(build: (input: T) => string, input: T): void {
  expect(build(structuredClone(input))).toBe(build(input));
}
