/**
 * The eigen-decomposition of a small real symmetric matrix by the cyclic Jacobi method (Rutishauser's
 * formulation, as in Numerical Recipes §11.1). Jacobi is chosen over QR-type methods because it is
 * backward stable, computes small eigenvalues to high relative accuracy and gives orthonormal
 * eigenvectors even for clustered eigenvalues, and is short enough to audit; the matrices here (one per
 * group of an index, a few dozen rows at most) are far below where its O(k³) sweeps would matter.
 */

/** Eigenvalues (descending) and their unit eigenvectors. */
export interface SymmetricEigen {
  /** Eigenvalues, largest first. */
  readonly values: readonly number[];
  /** `vectors[j]` is the unit eigenvector of `values[j]`, its sign fixed so that its entries sum ≥ 0. */
  readonly vectors: readonly (readonly number[])[];
}

const MAX_SWEEPS = 100;

/**
 * Eigenvalues and eigenvectors of a symmetric matrix.
 *
 * Eigenvectors are defined up to sign; R's `prcomp` returns whatever sign LAPACK's SVD gives. Here the sign
 * is fixed so that the entries of each vector sum to a non-negative number (the first non-zero entry
 * positive when they sum to 0), so the first principal component points the way the indicators grow.
 *
 * @param matrix - a k × k symmetric matrix as rows (only read, never changed).
 * @returns the decomposition, eigenvalues sorted from largest to smallest (ties keep their order).
 */
export function symmetricEigen(matrix: readonly (readonly number[])[]): SymmetricEigen {
  const k = matrix.length;
  const a = matrix.map((row) => Float64Array.from(row));
  const v = Array.from({ length: k }, (_, i) => {
    const row = new Float64Array(k);
    row[i] = 1;
    return row;
  });
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = 0;
    let scale = 0;
    for (let p = 0; p < k; p++) {
      const row = a[p] as Float64Array;
      for (let q = 0; q < k; q++) {
        if (p !== q) off += (row[q] as number) ** 2;
        scale += (row[q] as number) ** 2;
      }
    }
    if (off <= 1e-30 * scale || off === 0) break;
    for (let p = 0; p < k - 1; p++) {
      for (let q = p + 1; q < k; q++) rotate(a, v, p, q);
    }
  }
  const values = a.map((row, i) => row[i] as number);
  const order = values
    .map((_, i) => i)
    .sort((i, j) => (values[j] as number) - (values[i] as number) || i - j);
  return {
    values: order.map((i) => values[i] as number),
    vectors: order.map((j) => orient(v.map((row) => row[j] as number))),
  };
}

/** One Jacobi rotation zeroing a[p][q] (and a[q][p]); accumulates the rotation into v's columns. */
function rotate(a: Float64Array[], v: Float64Array[], p: number, q: number): void {
  const ap = a[p] as Float64Array;
  const aq = a[q] as Float64Array;
  const apq = ap[q] as number;
  if (apq === 0) return;
  const theta = ((aq[q] as number) - (ap[p] as number)) / (2 * apq);
  // The smaller root of t² + 2θt − 1 = 0, written to avoid overflow for large θ.
  const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  const tau = s / (1 + c);
  ap[p] = (ap[p] as number) - t * apq;
  aq[q] = (aq[q] as number) + t * apq;
  ap[q] = 0;
  aq[p] = 0;
  const k = a.length;
  for (let r = 0; r < k; r++) {
    if (r === p || r === q) continue;
    const ar = a[r] as Float64Array;
    const arp = ar[p] as number;
    const arq = ar[q] as number;
    const np = arp - s * (arq + tau * arp);
    const nq = arq + s * (arp - tau * arq);
    ar[p] = np;
    ar[q] = nq;
    ap[r] = np;
    aq[r] = nq;
  }
  for (let r = 0; r < k; r++) {
    const vr = v[r] as Float64Array;
    const vrp = vr[p] as number;
    const vrq = vr[q] as number;
    vr[p] = vrp - s * (vrq + tau * vrp);
    vr[q] = vrq + s * (vrp - tau * vrq);
  }
}

/** Fixes an eigenvector's sign: entries summing ≥ 0, and the first non-zero entry positive on a zero sum. */
function orient(vector: number[]): number[] {
  let sum = 0;
  for (const x of vector) sum += x;
  const first = vector.find((x) => Math.abs(x) > 1e-12) ?? 0;
  const flip = Math.abs(sum) > 1e-12 ? sum < 0 : first < 0;
  return flip ? vector.map((x) => -x) : vector;
}
