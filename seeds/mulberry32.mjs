// mulberry32 (Tommy Ettinger): a 32-bit state PRNG returning floats in [0, 1). Only 32-bit integer
// operations, so every platform draws the same sequence from the same seed. Shared by the seed generators.

/** Returns a generator of uniform floats in [0, 1) seeded with a 32-bit integer. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
