// Reads the charts' own output back in tests: the writer emits one fixed shape (double-quoted attributes,
// escaped text), so small regular expressions are enough and keep the unit tests free of a DOM.

/** Undoes the five references the escaper writes. */
export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => {
    return { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" }[name]!;
  });
}

/** The elements `<tag …>` whose class attribute is `cls` (all of them when `cls` is omitted). */
export function elements(svg: string, tag: string, cls?: string): string[] {
  const all = svg.match(new RegExp(`<${tag}(?:\\s[^>]*)?/?>`, "g")) ?? [];
  return cls === undefined ? all : all.filter((e) => e.includes(` class="${cls}"`));
}

/** The unescaped text of each `<text>` element with class `cls` (any class when omitted), tooltips dropped. */
export function texts(svg: string, cls?: string): string[] {
  const pattern = /<text([^>]*)>([^<]*)/g;
  const out: string[] = [];
  for (const match of svg.matchAll(pattern)) {
    if (cls === undefined || match[1]!.includes(` class="${cls}"`)) out.push(unescapeXml(match[2]!));
  }
  return out;
}

/** A numeric attribute of an element's markup. */
export function numberAttr(element: string, name: string): number {
  const match = element.match(new RegExp(`\\s${name}="([^"]*)"`));
  if (!match) throw new Error(`no ${name} in ${element}`);
  return Number(match[1]);
}

/** A string attribute of an element's markup (unescaped). */
export function attr(element: string, name: string): string | undefined {
  const match = element.match(new RegExp(`\\s${name}="([^"]*)"`));
  return match ? unescapeXml(match[1]!) : undefined;
}
