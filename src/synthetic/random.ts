// Seeded pseudo-random numbers (sfc32) with the draws the synthetic history needs, in integer arithmetic only.

/** Mixes a 32-bit value (splitmix32 finaliser): seeds and derived keys become well-spread states. */
export function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A small, fast generator whose every step is 32-bit integer work, so a seed gives the same
 * sequence on every platform and Node version (no Math.random, no Math.exp or Math.log).
 *
 * @example
 * const rng = Random.from(42, 7); // seed 42, sub-stream 7
 * rng.int(1, 6);
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  private constructor(a: number, b: number, c: number, d: number) {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    // The first outputs of sfc32 still echo the seed: discard them.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** A generator for a seed and any number of keys: distinct keys give independent streams. */
  static from(seed: number, ...keys: readonly number[]): Random {
    let h = mix32(seed >>> 0);
    for (const key of keys) h = mix32((h ^ Math.imul(key | 0, 0x27d4eb2f)) >>> 0);
    return new Random(h, mix32(h ^ 0x1b873593), mix32(h ^ 0x68e31da4), 1);
  }

  /** A generator for a sub-stream of this one: drawing from it leaves this one untouched. */
  fork(key: number): Random {
    return Random.from(this.uint32(), key);
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** 0 ≤ n < bound. The product is below 2^53 and the division is by a power of two: both exact. */
  below(bound: number): number {
    return Math.floor((this.uint32() * bound) / 4294967296);
  }

  /** min ≤ n ≤ max, inclusive. */
  int(min: number, max: number): number {
    return min + this.below(max - min + 1);
  }

  /** True with probability numerator / denominator. */
  chance(numerator: number, denominator: number): boolean {
    return this.below(denominator) < numerator;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.below(items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** An index drawn in proportion to non-negative integer weights. */
  weightedIndex(weights: readonly number[], total = sum(weights)): number {
    let left = this.below(total);
    for (let i = 0; i < weights.length; i++) {
      left -= weights[i] ?? 0;
      if (left < 0) return i;
    }
    return weights.length - 1;
  }

  /** Successes in `trials` tries of `perMillion`/1,000,000 each: Poisson-like counts for small rates. */
  binomial(trials: number, perMillion: number): number {
    let count = 0;
    for (let i = 0; i < trials; i++) if (this.below(1_000_000) < perMillion) count += 1;
    return count;
  }

  /** Roughly normal integers (sum of three uniforms), `spread` about one standard deviation. */
  normalish(mean: number, spread: number): number {
    return mean + this.int(-spread, spread) + this.int(-spread, spread) + this.int(-spread, spread);
  }

  /** A Fisher–Yates shuffle into a new array. */
  shuffled<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
