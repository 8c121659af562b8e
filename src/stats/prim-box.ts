// The data PRIM works on and the boxes it finds: numeric and categorical dimensions encoded once,
// a box as per-dimension limits (an interval, or the categories kept), and which rows fall inside.
import { statsMessages } from './stats-messages.js';

/** An input dimension: numbers (an integer one keeps whole-number limits), or categories (booleans as text). */
export type PrimDimension =
  | { name: string; kind: 'numeric'; values: ArrayLike<number>; integer?: boolean }
  | { name: string; kind: 'categorical'; values: readonly string[] };

/** A dimension encoded for the loops: numbers as a typed array, categories as codes into `categories`. */
export interface EncodedDimension {
  name: string;
  numeric: boolean;
  integer: boolean;
  x: Float64Array;
  /** Sorted (code order) category names; empty for a numeric dimension. */
  categories: string[];
}

/** A box's limits: per dimension an interval [lower, upper] (numeric) or a mask of kept categories. */
export interface BoxLimits {
  lower: Float64Array;
  upper: Float64Array;
  /** Per dimension, 1 where the category (by code) is inside the box; empty for numeric dimensions. */
  kept: Uint8Array[];
}

export function encodeDimensions(dimensions: readonly PrimDimension[], rows: number): EncodedDimension[] {
  return dimensions.map((d) => {
    if (d.values.length !== rows) throw new RangeError(statsMessages.lengthMismatch(`PRIM dimension ${d.name}`, d.values.length, rows));
    if (d.kind === 'numeric') {
      const x = Float64Array.from(d.values);
      x.forEach((v, i) => {
        if (!Number.isFinite(v)) throw new RangeError(statsMessages.notFinite(`PRIM dimension ${d.name}`, i, v));
      });
      return { name: d.name, numeric: true, integer: d.integer ?? x.every(Number.isInteger), x, categories: [] };
    }
    // Codes follow sorted category names, so the encoding (and every tie broken by code) is order-free.
    const categories = [...new Set(d.values)].sort();
    const code = new Map(categories.map((c, i) => [c, i]));
    return { name: d.name, numeric: false, integer: false, x: Float64Array.from(d.values, (v) => code.get(v)!), categories };
  });
}

/** The box holding every row: each numeric dimension's sampled range, every category. */
export function initialLimits(dims: readonly EncodedDimension[]): BoxLimits {
  const lower = new Float64Array(dims.length);
  const upper = new Float64Array(dims.length);
  const kept: Uint8Array[] = [];
  dims.forEach((d, j) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of d.x) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    lower[j] = lo;
    upper[j] = hi;
    kept.push(d.numeric ? new Uint8Array(0) : new Uint8Array(d.categories.length).fill(1));
  });
  return { lower, upper, kept };
}

export function copyLimits(limits: BoxLimits): BoxLimits {
  return { lower: limits.lower.slice(), upper: limits.upper.slice(), kept: limits.kept.map((k) => k.slice()) };
}

/** Whether row `i` satisfies dimension j's limit. */
export function insideOn(dims: readonly EncodedDimension[], limits: BoxLimits, j: number, i: number): boolean {
  const v = dims[j].x[i];
  return dims[j].numeric ? v >= limits.lower[j] && v <= limits.upper[j] : limits.kept[j][v] === 1;
}

/** Rows (ascending) inside the box on every dimension, among `candidates`. */
export function rowsInside(dims: readonly EncodedDimension[], limits: BoxLimits, candidates: ArrayLike<number>): Int32Array {
  const out: number[] = [];
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c];
    let inside = true;
    for (let j = 0; j < dims.length && inside; j++) inside = insideOn(dims, limits, j, i);
    if (inside) out.push(i);
  }
  return Int32Array.from(out);
}

/** Whether dimension j is narrower than in the initial box. */
export function isRestricted(dims: readonly EncodedDimension[], limits: BoxLimits, initial: BoxLimits, j: number): boolean {
  if (dims[j].numeric) return limits.lower[j] > initial.lower[j] || limits.upper[j] < initial.upper[j];
  return limits.kept[j].some((k) => k === 0);
}

export function restrictedDimensions(dims: readonly EncodedDimension[], limits: BoxLimits, initial: BoxLimits): number[] {
  return dims.flatMap((_, j) => (isRestricted(dims, limits, initial, j) ? [j] : []));
}
