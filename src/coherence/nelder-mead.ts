/**
 * Nelder–Mead minimisation exactly as R's `optim(method = "Nelder-Mead")` runs it (`nmmin` in R's
 * `src/appl/optim.c`, after J. C. Nash, *Compact Numerical Methods for Computers*, 2nd ed., 1990,
 * Algorithm 19): the same initial simplex (step 10 % of the largest |parameter|, or 0.1), the same
 * reflection (α = 1), contraction (β = 0.5) and extension (γ = 2) steps in the same order, the same
 * stopping rule (the worst vertex within `reltol · (|f₀| + reltol)` of the best, or more than `maxit`
 * evaluations) and `1e35` for non-finite values. COINr 1.1.14's `get_opt_weights` calls it with
 * `reltol = 0.1` and `maxit = 500`; following the same steps gives the same weights.
 */

/** The result of a minimisation. */
export interface NelderMeadResult {
  /** The best vertex. */
  readonly par: readonly number[];
  /** Its function value. */
  readonly value: number;
  /** Function evaluations used. */
  readonly evaluations: number;
  /** 0: converged; 1: `maxit` reached; 10: the simplex did not shrink (R's codes). */
  readonly convergence: 0 | 1 | 10;
}

const BIG = 1.0e35;
const ALPHA = 1;
const BETA = 0.5;
const GAMMA = 2;

/**
 * Minimises `fn` from `start`.
 *
 * @param fn - the objective; a non-finite value counts as 1e35 (but not at the start).
 * @param start - the initial parameters.
 * @param options - `reltol` (default 1.49e-8, R's √ε) and `maxit` (default 500).
 * @returns the best vertex, its value, the evaluations used and R's convergence code.
 * @throws RangeError when `fn` is not finite at `start` (R: "function cannot be evaluated at initial
 *   parameters").
 */
export function nelderMead(
  fn: (par: readonly number[]) => number,
  start: readonly number[],
  options: { readonly reltol?: number; readonly maxit?: number } = {},
): NelderMeadResult {
  const reltol = options.reltol ?? Math.sqrt(Number.EPSILON);
  const maxit = options.maxit ?? 500;
  const n = start.length;
  const eval_ = (p: readonly number[]): number => {
    const f = fn(p);
    return Number.isFinite(f) ? f : BIG;
  };
  const f0 = fn(start);
  if (!Number.isFinite(f0))
    throw new RangeError("the function cannot be evaluated at the initial parameters");
  // vertices[j] = parameters of vertex j; values[j] its value; slot n + 1 holds the centroid.
  const vertices: number[][] = Array.from({ length: n + 2 }, () => [...start]);
  const values = new Array<number>(n + 2).fill(0);
  values[0] = f0;
  let evaluations = 1;
  const convtol = reltol * (Math.abs(f0) + reltol);
  let step = 0;
  for (const x of start) if (0.1 * Math.abs(x) > step) step = 0.1 * Math.abs(x);
  if (step === 0) step = 0.1;
  let size = 0;
  for (let j = 1; j <= n; j++) {
    const v = vertices[j] as number[];
    let trystep = step;
    while (v[j - 1] === start[j - 1]) {
      v[j - 1] = (start[j - 1] as number) + trystep;
      trystep *= 10;
    }
    size += trystep;
  }
  let oldsize = size;
  let best = 0;
  let recompute = true;
  let convergence: 0 | 1 | 10 = 0;
  const centroid = n + 1;
  do {
    if (recompute) {
      for (let j = 0; j <= n; j++) {
        if (j === best) continue;
        values[j] = eval_(vertices[j] as number[]);
        evaluations++;
      }
      recompute = false;
    }
    let low = values[best] as number;
    let high = low;
    let worst = best;
    for (let j = 0; j <= n; j++) {
      if (j === best) continue;
      const f = values[j] as number;
      if (f < low) {
        best = j;
        low = f;
      }
      if (f > high) {
        worst = j;
        high = f;
      }
    }
    if (high <= low + convtol) break;
    const c = vertices[centroid] as number[];
    const h = vertices[worst] as number[];
    for (let i = 0; i < n; i++) {
      let t = -(h[i] as number);
      for (let j = 0; j <= n; j++) t += (vertices[j] as number[])[i] as number;
      c[i] = t / n;
    }
    const trial = new Array<number>(n);
    for (let i = 0; i < n; i++) trial[i] = (1 + ALPHA) * (c[i] as number) - ALPHA * (h[i] as number);
    const reflected = eval_(trial);
    evaluations++;
    if (reflected < low) {
      // Extension: the centroid slot keeps the reflected point while the extended one is tried.
      values[centroid] = reflected;
      for (let i = 0; i < n; i++) {
        const e = GAMMA * (trial[i] as number) + (1 - GAMMA) * (c[i] as number);
        c[i] = trial[i] as number;
        trial[i] = e;
      }
      const extended = eval_(trial);
      evaluations++;
      if (extended < reflected) {
        vertices[worst] = [...trial];
        values[worst] = extended;
      } else {
        vertices[worst] = [...c];
        values[worst] = reflected;
      }
    } else {
      if (reflected < high) {
        vertices[worst] = [...trial];
        values[worst] = reflected;
      }
      const hw = vertices[worst] as number[];
      for (let i = 0; i < n; i++) trial[i] = (1 - BETA) * (hw[i] as number) + BETA * (c[i] as number);
      const contracted = eval_(trial);
      evaluations++;
      if (contracted < (values[worst] as number)) {
        vertices[worst] = [...trial];
        values[worst] = contracted;
      } else if (reflected >= high) {
        // Shrink every vertex towards the best one.
        recompute = true;
        size = 0;
        const b = vertices[best] as number[];
        for (let j = 0; j <= n; j++) {
          if (j === best) continue;
          const v = vertices[j] as number[];
          for (let i = 0; i < n; i++) {
            v[i] = BETA * ((v[i] as number) - (b[i] as number)) + (b[i] as number);
            size += Math.abs((v[i] as number) - (b[i] as number));
          }
        }
        if (size < oldsize) oldsize = size;
        else {
          convergence = 10;
          break;
        }
      }
    }
  } while (evaluations <= maxit);
  if (evaluations > maxit) convergence = 1;
  return { par: [...(vertices[best] as number[])], value: values[best] as number, evaluations, convergence };
}
