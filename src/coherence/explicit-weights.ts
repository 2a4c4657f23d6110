/**
 * A method with some nodes' weights replaced, everything else as it was: the weighting becomes explicit
 * with the same raw weights (nested-equal is explicit with every weight 1). Shared by the remove-one
 * analysis (a weight of 0) and the data-driven weights (PCA loadings, balanced weights).
 */
import { P10Error } from "../errors.js";
import type { Method } from "../method/schema.js";

/**
 * Replaces the weights of some nodes.
 *
 * @param method - the method.
 * @param weights - new raw weights by node id, as plain non-negative decimal strings.
 * @returns the new method (the input is not changed).
 * @throws P10Error `P10_COHERENCE_WEIGHTING` for a weighting scheme whose weights cannot be written as
 *   explicit weights (flat-equal, points, budget).
 */
export function withExplicitWeights(method: Method, weights: Readonly<Record<string, string>>): Method {
  const w = method.weighting;
  if (w.scheme === "nested-equal")
    return { ...method, weighting: { scheme: "explicit", weights: { ...weights } } };
  if (w.scheme === "explicit") {
    return { ...method, weighting: { scheme: "explicit", weights: { ...w.weights, ...weights } } };
  }
  throw new P10Error(
    "P10_COHERENCE_WEIGHTING",
    `changing weights needs a method with nested-equal or explicit weights; method ${method.id} weighs by "${w.scheme}"`,
  );
}

/**
 * A float in plain decimal notation with up to `places` decimals: no exponent, no trailing zeros, no `-0`
 * (`toFixed`, never locale formatting).
 *
 * @param x - the number (finite).
 * @param places - decimals kept (0–100).
 * @returns the text.
 */
export function plainDecimal(x: number, places: number): string {
  const text = x.toFixed(places);
  const trimmed = text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
  return trimmed === "-0" ? "0" : trimmed;
}
