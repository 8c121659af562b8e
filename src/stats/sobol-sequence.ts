// Sobol' low-discrepancy sequence in up to 41 dimensions with the Joe & Kuo (2008) direction numbers
// (file new-joe-kuo-6.21201, the table SciPy's qmc.Sobol uses), in Gray-code order, unscrambled.
import { statsMessages } from './stats-messages.js';

// Dimensions 2..41: degree s, coefficient a, initial direction numbers m_1..m_s (Joe & Kuo 2008,
// https://web.maths.unsw.edu.au/~fkuo/sobol/new-joe-kuo-6.21201). Dimension 1 is van der Corput (all m = 1).
// 41 dimensions cover Saltelli's A and B blocks (2 per parameter) for up to 20 parameters.
const JOE_KUO: ReadonlyArray<readonly [number, number, readonly number[]]> = [
  [1, 0, [1]], [2, 1, [1, 3]], [3, 1, [1, 3, 1]], [3, 2, [1, 1, 1]], [4, 1, [1, 1, 3, 3]],
  [4, 4, [1, 3, 5, 13]], [5, 2, [1, 1, 5, 5, 17]], [5, 4, [1, 1, 5, 5, 5]], [5, 7, [1, 1, 7, 11, 19]],
  [5, 11, [1, 1, 5, 1, 1]], [5, 13, [1, 1, 1, 3, 11]], [5, 14, [1, 3, 5, 5, 31]], [6, 1, [1, 3, 3, 9, 7, 49]],
  [6, 13, [1, 1, 1, 15, 21, 21]], [6, 16, [1, 3, 1, 13, 27, 49]], [6, 19, [1, 1, 1, 15, 7, 5]],
  [6, 22, [1, 3, 1, 15, 13, 25]], [6, 25, [1, 1, 5, 5, 19, 61]], [7, 1, [1, 3, 7, 11, 23, 15, 103]],
  [7, 4, [1, 3, 7, 13, 13, 15, 69]], [7, 7, [1, 1, 3, 13, 7, 35, 63]], [7, 8, [1, 3, 5, 9, 1, 25, 53]],
  [7, 14, [1, 3, 1, 13, 9, 35, 107]], [7, 19, [1, 3, 1, 5, 27, 61, 31]], [7, 21, [1, 1, 5, 11, 19, 41, 61]],
  [7, 28, [1, 3, 5, 3, 3, 13, 69]], [7, 31, [1, 1, 7, 13, 1, 19, 1]], [7, 32, [1, 3, 7, 5, 13, 19, 59]],
  [7, 37, [1, 1, 3, 9, 25, 29, 41]], [7, 41, [1, 3, 5, 13, 23, 1, 55]], [7, 42, [1, 3, 7, 3, 13, 59, 17]],
  [7, 50, [1, 3, 1, 3, 5, 53, 69]], [7, 55, [1, 1, 5, 5, 23, 33, 13]], [7, 56, [1, 1, 7, 7, 1, 61, 123]],
  [7, 59, [1, 1, 7, 9, 13, 61, 49]], [7, 62, [1, 3, 3, 5, 3, 55, 33]], [8, 14, [1, 3, 1, 15, 31, 13, 49, 245]],
  [8, 21, [1, 3, 5, 15, 31, 59, 63, 97]], [8, 22, [1, 3, 1, 11, 11, 11, 77, 249]],
  [8, 38, [1, 3, 1, 11, 27, 43, 71, 9]],
];

const BITS = 32;

/** Largest dimension supported. */
export const SOBOL_MAX_DIMENSIONS = JOE_KUO.length + 1;

/** Direction numbers v_1..v_32 of one dimension, scaled to 32-bit integers (Bratley & Fox 1988). */
function directionNumbers(dimension: number): Uint32Array {
  const v = new Uint32Array(BITS + 1);
  if (dimension === 0) {
    for (let i = 1; i <= BITS; i++) v[i] = 2 ** (BITS - i);
    return v;
  }
  const [s, a, m] = JOE_KUO[dimension - 1];
  for (let i = 1; i <= Math.min(s, BITS); i++) v[i] = (m[i - 1] * 2 ** (BITS - i)) >>> 0;
  for (let i = s + 1; i <= BITS; i++) {
    let value = (v[i - s] ^ (v[i - s] >>> s)) >>> 0;
    for (let k = 1; k < s; k++) {
      if ((a >>> (s - 1 - k)) & 1) value = (value ^ v[i - k]) >>> 0;
    }
    v[i] = value;
  }
  return v;
}

/**
 * Sobol' points in [0, 1)^d, starting with the origin (as SciPy with scramble=False; Owen (2020)
 * advises against skipping it). The first 2^m points form a (t, m, d)-net: each coordinate takes every
 * value i/2^m exactly once, which is why sample sizes should be powers of two.
 */
export class SobolSequence {
  readonly dimensions: number;
  private readonly directions: Uint32Array[];
  private readonly state: Uint32Array;
  private index = 0;

  constructor(dimensions: number) {
    if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > SOBOL_MAX_DIMENSIONS) {
      throw new RangeError(statsMessages.tooManySobolDimensions(dimensions, SOBOL_MAX_DIMENSIONS));
    }
    this.dimensions = dimensions;
    this.directions = Array.from({ length: dimensions }, (_, d) => directionNumbers(d));
    this.state = new Uint32Array(dimensions);
  }

  /** The next point (a new array of `dimensions` coordinates). */
  next(): Float64Array {
    const point = new Float64Array(this.dimensions);
    for (let d = 0; d < this.dimensions; d++) point[d] = this.state[d] / 2 ** BITS;
    // Antonov–Saleev Gray-code update: flip by the direction number of the lowest zero bit of the index.
    let c = 1;
    let value = this.index;
    while (value & 1) {
      value >>>= 1;
      c++;
    }
    if (c > BITS) throw new RangeError('the Sobol sequence is exhausted after 2^32 points');
    for (let d = 0; d < this.dimensions; d++) this.state[d] = (this.state[d] ^ this.directions[d][c]) >>> 0;
    this.index++;
    return point;
  }
}
