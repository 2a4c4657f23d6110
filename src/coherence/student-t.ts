/**
 * The two-sided p-value of a correlation coefficient under the null of no correlation, by Student's t
 * with n − 2 degrees of freedom: what R's `cor.test` reports for Pearson's r (and for Spearman's ρ when
 * the data have ties, which ordinal answers nearly always do — R then uses the same t approximation),
 * and what COINr 1.1.14's `get_corr(pval = 0.05)` compares with its threshold.
 */

/** ln Γ(x) for x > 0 by the Lanczos approximation (g = 7, 9 terms; relative error below 1e-15). */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The continued fraction of the incomplete beta function (modified Lentz; Numerical Recipes §6.4). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return h;
}

/**
 * The regularised incomplete beta function I_x(a, b), given x and 1 − x separately so that neither is
 * formed by a cancelling subtraction.
 */
function incompleteBeta(a: number, b: number, x: number, oneMinusX: number): number {
  if (x <= 0) return 0;
  if (oneMinusX <= 0) return 1;
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(oneMinusX),
  );
  return x < (a + 1) / (a + b + 2)
    ? (front * betaFraction(a, b, x)) / a
    : 1 - (front * betaFraction(b, a, oneMinusX)) / b;
}

/**
 * The two-sided p-value of a correlation r over n units: t = r √((n − 2)/(1 − r²)) against Student's t with
 * n − 2 degrees of freedom, P(|T| ≥ |t|) = I_{df/(df+t²)}(df/2, 1/2). `null` below three units (R's
 * `cor.test` refuses them); 0 for |r| = 1.
 *
 * @param r - the correlation coefficient.
 * @param n - the number of units it was computed over.
 * @returns the p-value or `null`.
 */
export function correlationPValue(r: number, n: number): number | null {
  if (n < 3) return null;
  const df = n - 2;
  const r2 = r * r;
  if (r2 >= 1) return 0;
  // t² = df r² / (1 − r²), so df / (df + t²) = 1 − r² and t² / (df + t²) = r².
  return incompleteBeta(df / 2, 0.5, 1 - r2, r2);
}
