/**
 * The SVG writer's only way to make markup: elements with escaped attributes and escaped text, and
 * coordinates written with at most two decimals, so the same chart data always gives the same bytes.
 */
import { escapeXml } from "../html/escape.js";

/** Attribute values; `undefined` leaves the attribute out, numbers are written with {@link coord}. */
export type Attrs = Readonly<Record<string, string | number | undefined>>;

/**
 * Writes a coordinate or length: rounded to 0.01 px, no exponent, no negative zero.
 *
 * @param value - a finite number of pixels.
 * @returns the number as SVG attribute text, e.g. `"12.35"`.
 * @example
 * ```ts
 * coord(12.3456); // "12.35"
 * ```
 */
export function coord(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

function attributes(attrs: Attrs): string {
  let out = "";
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === "number" ? coord(value) : escapeXml(value)}"`;
  }
  return out;
}

/**
 * Writes an element whose children are already markup (made by this module).
 *
 * @param name - the tag name.
 * @param attrs - the attributes, escaped here.
 * @param children - child markup; none makes a self-closing element.
 * @returns the element's markup.
 * @example
 * ```ts
 * el("g", { class: "bars" }, el("rect", { width: 10, height: 2 })); // '<g class="bars"><rect width="10" height="2"/></g>'
 * ```
 */
export function el(name: string, attrs: Attrs, ...children: readonly string[]): string {
  const open = `<${name}${attributes(attrs)}`;
  return children.length === 0 ? `${open}/>` : `${open}>${children.join("")}</${name}>`;
}

/**
 * Writes an element holding text (escaped here), e.g. `<text>` or `<title>`.
 *
 * @param name - the tag name.
 * @param attrs - the attributes.
 * @param content - the text, taken literally.
 * @param children - extra child markup after the text (e.g. a `<title>` tooltip).
 * @returns the element's markup.
 * @example
 * ```ts
 * textEl("text", { x: 0, y: 10 }, "A & B"); // '<text x="0" y="10">A &amp; B</text>'
 * ```
 */
export function textEl(name: string, attrs: Attrs, content: string, ...children: readonly string[]): string {
  return `<${name}${attributes(attrs)}>${escapeXml(content)}${children.join("")}</${name}>`;
}

/**
 * A tooltip and accessible name for one mark: an SVG `<title>` child.
 *
 * @param content - the text.
 * @returns the `<title>` markup.
 * @example
 * ```ts
 * tooltip("Arcadia: 2.50"); // "<title>Arcadia: 2.50</title>"
 * ```
 */
export function tooltip(content: string): string {
  return textEl("title", {}, content);
}
