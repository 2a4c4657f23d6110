/**
 * Nominal against effective weights: how much each child actually drives its parent compared with the
 * weight the method gives it (Paruolo, Saisana & Saltelli 2013, "Ratings and rankings: voodoo or
 * science?", J. R. Stat. Soc. A 176(3); the JRC audits report both).
 *
 * The effective weight of child i of a parent y = Σ wⱼ xⱼ is its share of the parent's variance,
 * Var(y) = Σ wᵢ Cov(xᵢ, y), so sᵢ = wᵢ Cov(xᵢ, y) / Σⱼ wⱼ Cov(xⱼ, y), over the units where the parent and
 * every child have a value (complete cases). The shares sum to 1 by construction; one can be negative
 * when a child moves against its parent. The nominal weight is the method's weight normalised within the
 * parent; the index weight is the product of nominal weights down the tree, COINr 1.1.14's
 * `get_eff_weights` (`R/weights.R`).
 */
import type { IndexDescriptor } from "../score/types.js";
import type { IndexColumns } from "./columns.js";
import { pairMoments } from "./moments.js";

/** One child's weights within its parent. */
export interface WeightRow {
  readonly parent: string;
  readonly id: string;
  readonly level: string;
  /** The method's weight normalised within the parent. */
  readonly nominal: number;
  /** The nominal weight in the index: the product of nominal weights from the root down (COINr). */
  readonly indexNominal: number;
  /** The child's share of the parent's variance; `null` when it cannot be formed (see {@link weightRows}). */
  readonly effective: number | null;
  /** Complete cases used for `effective`. */
  readonly n: number;
}

/**
 * Nominal, index and effective weights of every child of every internal node.
 *
 * @param data - the columns of one index and period.
 * @param descriptor - the index (for the method's raw weights).
 * @returns one row per child, parents in pre-order; `effective` is `null` for the children of a parent
 *   with fewer than two complete units or a variance of 0.
 */
export function weightRows(data: IndexColumns, descriptor: IndexDescriptor): WeightRow[] {
  const out: WeightRow[] = [];
  const indexWeight = new Map<string, number>([[descriptor.nodes[0]?.id ?? "", 1]]);
  for (const node of descriptor.nodes) {
    const kids = data.children.get(node.id) ?? [];
    const raw = node.weights.map((w) => w.toNumber());
    let rawSum = 0;
    for (const w of raw) rawSum += w;
    const nominal = raw.map((w) => (rawSum === 0 ? 0 : w / rawSum));
    const parentIndexWeight = indexWeight.get(node.id) ?? 0;
    const y = data.columns[node.pos] as Float64Array;
    const rows: number[] = [];
    for (let i = 0; i < y.length; i++) {
      if (Number.isNaN(y[i] as number)) continue;
      if (kids.every((c) => !Number.isNaN((data.columns[c.column] as Float64Array)[i] as number)))
        rows.push(i);
    }
    const yc = Float64Array.from(rows, (i) => y[i] as number);
    const parts = kids.map((c, j) => {
      const x = data.columns[c.column] as Float64Array;
      return (
        (nominal[j] as number) *
        pairMoments(
          Float64Array.from(rows, (i) => x[i] as number),
          yc,
        ).sxy
      );
    });
    let total = 0;
    for (const p of parts) total += p;
    const defined = rows.length >= 2 && total !== 0;
    kids.forEach((c, j) => {
      const w = nominal[j] as number;
      indexWeight.set(c.id, parentIndexWeight * w);
      out.push({
        parent: node.id,
        id: c.id,
        level: c.level,
        nominal: w,
        indexNominal: parentIndexWeight * w,
        effective: defined ? (parts[j] as number) / total : null,
        n: rows.length,
      });
    });
  }
  return out;
}
