/**
 * The seeded random numbers behind every Monte Carlo run: xoshiro128** (Blackman & Vigna, "Scrambled linear
 * pseudorandom number generators", ACM TOMS 47(4), 2021; reference C code at https://prng.di.unimi.it/),
 * seeded through SplitMix32 and, for text seeds, FNV-1a. Only 32-bit integer operations (`Math.imul`,
 * shifts, `>>> 0`) touch the state, so one seed gives the same numbers in every JavaScript engine.
 *
 * Seeding, step by step (the definition this library pins; test vectors live in the tests):
 * 1. A text seed is hashed to 32 bits with FNV-1a over its UTF-8 bytes ({@link fnv1a32}); a number seed
 *    must already be an integer in [0, 2^32).
 * 2. SplitMix32 expands the 32-bit key to the 128-bit state: a Weyl sequence `z += 0x9e3779b9` (the
 *    increment of Steele, Lea & Flood's SplitMix, OOPSLA 2014, cut to 32 bits) passed through Chris
 *    Wellons' `lowbias32` finaliser (2018, "Prospecting for Hash Functions"). The finaliser is a bijection,
 *    so the four distinct counter values give four distinct words and the state is never all zero (the one
 *    state xoshiro forbids).
 */
import { P10Error } from "../errors.js";

/** A seeded generator. Every method advances the state except {@link Rng.fork} and {@link Rng.clone}. */
export interface Rng {
  /** The 32-bit key the state was expanded from (the number seed, or the FNV-1a hash of a text seed). */
  readonly seedKey: number;
  /** The next raw output of xoshiro128**, an integer in [0, 2^32). */
  nextUint32(): number;
  /** A uniform number in [0, 1) from one 32-bit draw: `x / 2^32`, a multiple of 2^-32. */
  next(): number;
  /** A uniform number in [0, 1) with 53 random bits from two draws (MT19937's `genrand_res53` recipe). */
  next53(): number;
  /** A uniform number in [a, b) from {@link Rng.next} (`a + (b − a)·u`; rounding may reach `b` itself). */
  uniform(a: number, b: number): number;
  /** An unbiased integer in [0, n) for an integer 1 ≤ n ≤ 2^32, by rejection of the incomplete last block. */
  int(n: number): number;
  /** Advances the state by 2^64 draws (the reference `jump()`). */
  jump(): void;
  /** Advances the state by 2^96 draws (the reference `long_jump()`). */
  longJump(): void;
  /** A copy of the current state that yields the same numbers as this generator from here on (cannot fork). */
  clone(): Rng;
  /**
   * Independent stream number `streamId` of this root generator: its *initial* state advanced by
   * (streamId + 1)·2^96 draws. Streams never overlap (each has 2^96 draws to itself) and do not depend on how
   * many numbers the parent has drawn.
   */
  fork(streamId: number): Rng;
}

/**
 * The largest stream id {@link Rng.fork} accepts (forking costs `streamId + 1` long jumps).
 *
 * @example
 * ```ts
 * import { MAX_STREAM_ID } from "./prng.js";
 * import { createRng } from "principle10/advanced";
 * MAX_STREAM_ID; // 65535
 * createRng(1).fork(MAX_STREAM_ID + 1); // throws P10_RNG_FORK
 * ```
 */
export const MAX_STREAM_ID = 65_535;

const TWO_POW_32 = 4_294_967_296;
const TWO_POW_MINUS_32 = 1 / TWO_POW_32;
const TWO_POW_MINUS_53 = 1 / 9_007_199_254_740_992;
const GOLDEN_GAMMA = 0x9e3779b9;
/** The reference `JUMP` polynomial of xoshiro128 (2^64 steps). */
const JUMP = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b] as const;
/** The reference `LONG_JUMP` polynomial of xoshiro128 (2^96 steps). */
const LONG_JUMP = [0xb523952e, 0x0b6f099f, 0xccf5a0ef, 0x1c580662] as const;

/**
 * FNV-1a, 32-bit (Fowler, Noll & Vo; offset basis 2166136261, prime 16777619) of a string's UTF-8 bytes.
 * Used to turn a text seed into a 32-bit key; lone surrogates are encoded as U+FFFD, as `TextEncoder` does.
 *
 * @param text - any string.
 * @returns the hash, an integer in [0, 2^32).
 * @example
 * ```ts
 * import { fnv1a32 } from "./prng.js";
 * fnv1a32("a"); // 0xe40c292c (FNV test suite)
 * ```
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash = Math.imul(hash ^ byte, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A seeded xoshiro128** generator; see the module header for how the seed becomes the state.
 *
 * @param seed - an integer in [0, 2^32) or any string (hashed with {@link fnv1a32}).
 * @returns a fresh generator; equal seeds give equal sequences on every platform.
 * @throws P10Error `P10_RNG_SEED` when a number seed is not an integer in [0, 2^32).
 * @example
 * ```ts
 * import { createRng } from "principle10/advanced";
 * const rng = createRng("edi-2015 audit");
 * const u = rng.next(); // in [0, 1)
 * const face = 1 + rng.int(6); // 1..6
 * const design = rng.fork(0); // an independent stream
 * ```
 */
export function createRng(seed: number | string): Rng {
  let key: number;
  if (typeof seed === "string") {
    key = fnv1a32(seed);
  } else if (Number.isInteger(seed) && seed >= 0 && seed < TWO_POW_32) {
    key = seed;
  } else {
    throw new P10Error(
      "P10_RNG_SEED",
      `a random seed must be an integer from 0 to 4294967295 or a string; found ${seed}`,
    );
  }
  const words: number[] = [];
  let z = key;
  for (let j = 0; j < 4; j++) {
    z = (z + GOLDEN_GAMMA) >>> 0;
    words.push(lowbias32(z));
  }
  return new Xoshiro128StarStar(key, words[0]!, words[1]!, words[2]!, words[3]!, true);
}

/**
 * A xoshiro128** generator started from an explicit 128-bit state, as the reference code's `s[0..3]`.
 * Meant for checking this implementation against published test vectors; analyses use {@link createRng}.
 *
 * @param state - four integers in [0, 2^32), not all zero.
 * @returns the generator (its `seedKey` is 0).
 * @throws P10Error `P10_RNG_STATE` for a state that is not four 32-bit words or is all zero.
 * @example
 * ```ts
 * import { createRngFromState } from "./prng.js";
 * createRngFromState([1, 2, 3, 4]).nextUint32(); // 11520 = rotl(2·5, 7)·9
 * ```
 */
export function createRngFromState(state: readonly number[]): Rng {
  const ok = state.length === 4 && state.every((w) => Number.isInteger(w) && w >= 0 && w < TWO_POW_32);
  if (!ok || state.every((w) => w === 0)) {
    throw new P10Error(
      "P10_RNG_STATE",
      `a xoshiro128 state is four integers from 0 to 4294967295, not all zero; found [${state.join(", ")}]`,
    );
  }
  return new Xoshiro128StarStar(0, state[0]!, state[1]!, state[2]!, state[3]!, true);
}

/** Wellons' lowbias32: a bijective 32-bit finaliser with low avalanche bias. */
function lowbias32(input: number): number {
  let x = input >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** The generator; its state lives in four int32 fields (read as unsigned where it matters). */
class Xoshiro128StarStar implements Rng {
  readonly seedKey: number;
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  /** The state the generator started from, which {@link fork} jumps from. */
  private readonly initial: readonly [number, number, number, number];
  private readonly isRoot: boolean;

  constructor(seedKey: number, s0: number, s1: number, s2: number, s3: number, isRoot: boolean) {
    this.seedKey = seedKey;
    this.s0 = s0 | 0;
    this.s1 = s1 | 0;
    this.s2 = s2 | 0;
    this.s3 = s3 | 0;
    this.initial = [this.s0, this.s1, this.s2, this.s3];
    this.isRoot = isRoot;
  }

  nextUint32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result >>> 0;
  }

  next(): number {
    return this.nextUint32() * TWO_POW_MINUS_32;
  }

  next53(): number {
    const high = this.nextUint32() >>> 5; // 27 bits
    const low = this.nextUint32() >>> 6; // 26 bits
    return (high * 67_108_864 + low) * TWO_POW_MINUS_53;
  }

  uniform(a: number, b: number): number {
    if (!Number.isFinite(a) || !Number.isFinite(b) || !(a <= b)) {
      throw new P10Error("P10_RNG_ARGUMENT", `uniform(a, b) needs finite a ≤ b; found a = ${a}, b = ${b}`);
    }
    return a + (b - a) * this.next();
  }

  int(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) {
      throw new P10Error("P10_RNG_ARGUMENT", `int(n) needs an integer n from 1 to 4294967296; found ${n}`);
    }
    // Accept x below the largest multiple of n that fits in 32 bits, so every residue is equally likely.
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    for (;;) {
      const x = this.nextUint32();
      if (x < limit) return x % n;
    }
  }

  jump(): void {
    this.applyJump(JUMP);
  }

  longJump(): void {
    this.applyJump(LONG_JUMP);
  }

  clone(): Rng {
    return new Xoshiro128StarStar(this.seedKey, this.s0, this.s1, this.s2, this.s3, false);
  }

  fork(streamId: number): Rng {
    if (!this.isRoot) {
      throw new P10Error(
        "P10_RNG_FORK",
        "only a generator made by createRng can fork; fork the root generator instead",
      );
    }
    if (!Number.isInteger(streamId) || streamId < 0 || streamId > MAX_STREAM_ID) {
      throw new P10Error(
        "P10_RNG_FORK",
        `a stream id is an integer from 0 to ${MAX_STREAM_ID}; found ${streamId}`,
      );
    }
    const [a, b, c, d] = this.initial;
    const child = new Xoshiro128StarStar(this.seedKey, a, b, c, d, false);
    for (let i = 0; i <= streamId; i++) child.longJump();
    return child;
  }

  /** The reference jump: XOR together the states at the polynomial's set bits while stepping. */
  private applyJump(polynomial: readonly number[]): void {
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    for (const word of polynomial) {
      for (let bit = 0; bit < 32; bit++) {
        if ((word >>> bit) & 1) {
          a ^= this.s0;
          b ^= this.s1;
          c ^= this.s2;
          d ^= this.s3;
        }
        this.nextUint32();
      }
    }
    this.s0 = a;
    this.s1 = b;
    this.s2 = c;
    this.s3 = d;
  }
}
