// A seeded random stream: the only source of randomness in the model (convention 1).
// One pinned algorithm, seedrandom's Alea (fast, 2^116 period); ARC4, the default, is several times slower.
import seedrandom from 'seedrandom';
import { streamSeed } from './seed-derivation.js';

export class RandomStream {
  // Alea's state, seeded by seedrandom and stepped here by the same recurrence (the sequence is
  // seedrandom's to the bit; test/rng checks it). Why not call seedrandom's generator: it is a
  // closure per stream, so the call in uniform() saw a dozen targets and was never inlined.
  private s0: number;
  private s1: number;
  private s2: number;
  private c: number;
  private spareNormal = NaN;

  constructor(seed: string) {
    const state = seedrandom.alea(seed, { state: true }).state();
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
    this.c = state.c;
  }

  /** Alea (Baagoe): the next number in [0, 1), as seedrandom.alea computes it. */
  private next(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    return (this.s2 = t - (this.c = t | 0));
  }

  /** The stream named `name` of the replication whose seed is `replicationSeedHex`. */
  static derive(replicationSeedHex: string, name: string): RandomStream {
    return new RandomStream(streamSeed(replicationSeedHex, name));
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return this.next();
  }

  /** Uniform in [lo, hi). */
  between(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  bernoulli(p: number): boolean {
    return this.next() < p;
  }

  /**
   * Failures before the first success in Bernoulli(p) trials (geometric on 0, 1, 2, …); Infinity
   * when p <= 0. Lets a loop over many rare trials draw once per success instead of once per trial.
   */
  geometric(p: number): number {
    if (!(p > 0)) return Infinity;
    if (p >= 1) return 0;
    return Math.floor(Math.log(1 - this.next()) / Math.log1p(-p));
  }

  /** Normal by the polar Box–Muller method; the second variate is kept for the next call. */
  normal(mean = 0, sd = 1): number {
    if (!Number.isNaN(this.spareNormal)) {
      const z = this.spareNormal;
      this.spareNormal = NaN;
      return mean + sd * z;
    }
    let u: number, v: number, s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spareNormal = v * f;
    return mean + sd * u * f;
  }

  /** Poisson: Knuth's product method for small means, Hörmann's PTRS rejection for large ones. */
  poisson(lambda: number): number {
    if (!(lambda > 0)) return 0;
    if (lambda < 30) {
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = this.next();
      while (p > limit) {
        k++;
        p *= this.next();
      }
      return k;
    }
    const slam = Math.sqrt(lambda);
    const logLam = Math.log(lambda);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = this.next() - 0.5;
      const v = this.next();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -lambda + k * logLam - logGamma(k + 1)) {
        return k;
      }
    }
  }

  /** A uniformly chosen element; undefined for an empty list. */
  choice<T>(items: ArrayLike<T>): T | undefined {
    return items.length === 0 ? undefined : items[this.int(items.length)];
  }

  /** Index drawn with probability proportional to weights[i] (non-negative); -1 if all are zero. */
  weightedIndex(weights: ArrayLike<number>, count = weights.length): number {
    let total = 0;
    for (let i = 0; i < count; i++) total += weights[i];
    if (!(total > 0)) return -1;
    let r = this.next() * total;
    for (let i = 0; i < count; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    for (let i = count - 1; i >= 0; i--) if (weights[i] > 0) return i;
    return -1;
  }

  /** Fisher–Yates shuffle of the first `count` elements, in place. */
  shuffle<T extends { [i: number]: unknown; length: number }>(items: T, count = items.length): T {
    for (let i = count - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
    return items;
  }
}

/** Stirling series for log Γ(x), accurate to ~1e-10 for x >= 1 (enough for PTRS acceptance). */
function logGamma(x: number): number {
  if (x < 7) {
    let shift = 0;
    while (x < 7) {
      shift -= Math.log(x);
      x += 1;
    }
    return shift + logGamma(x);
  }
  const x2 = 1 / (x * x);
  return (
    (x - 0.5) * Math.log(x) - x + 0.9189385332046728 +
    (1 / x) * (1 / 12 - x2 * (1 / 360 - x2 * (1 / 1260 - x2 / 1680)))
  );
}
