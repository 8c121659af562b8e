// Shared shapes of experimental designs (grid, Latin hypercube, Morris, Saltelli): points tagged with a
// run id, and the map from the unit interval onto a parameter's range.
import { statsMessages } from './stats-messages.js';

/** A value a swept parameter can take. */
export type ParamValue = number | string | boolean;

/** One point of a design: the run id (its index in the design) and the value of each parameter by path. */
export interface DesignPoint<V = ParamValue> {
  runId: number;
  /** Keys are parameter paths, in the design's `parameters` order. */
  values: Record<string, V>;
}

export interface ExperimentDesign<V = ParamValue> {
  /** Parameter paths, in the order given (the column order for output tables). */
  parameters: string[];
  /** Points in run-id order: points[i].runId === i. */
  points: DesignPoint<V>[];
}

/** A continuous (or integer) parameter range for sampling designs. */
export interface ParameterRange {
  path: string;
  lo: number;
  hi: number;
  /** Integer parameter (e.g. an agent count): values are lo..hi inclusive, each with equal share of [0, 1). */
  integer?: boolean;
}

/**
 * Maps u ∈ [0, 1] to the range: lo + u·(hi − lo), or for integers lo + ⌊u·(hi − lo + 1)⌋ capped at hi.
 */
export function valueFromUnit(range: ParameterRange, u: number): number {
  if (range.integer) return Math.min(range.hi, range.lo + Math.floor(u * (range.hi - range.lo + 1)));
  return range.lo + u * (range.hi - range.lo);
}

/** Throws a RangeError unless lo < hi are finite (and integers for integer ranges) and paths are distinct. */
export function checkRanges(ranges: readonly ParameterRange[]): void {
  const seen = new Set<string>();
  for (const r of ranges) {
    if (seen.has(r.path)) throw new RangeError(statsMessages.duplicateRange(r.path));
    seen.add(r.path);
    if (!(Number.isFinite(r.lo) && Number.isFinite(r.hi) && r.lo < r.hi)) {
      throw new RangeError(statsMessages.badRange(r.path, r.lo, r.hi));
    }
    if (r.integer && !(Number.isInteger(r.lo) && Number.isInteger(r.hi))) {
      throw new RangeError(statsMessages.badIntegerRange(r.path, r.lo, r.hi));
    }
  }
}

/** Builds design points from unit-cube rows, mapping each column through its range. */
export function pointsFromUnitRows(ranges: readonly ParameterRange[], rows: ArrayLike<number>[]): DesignPoint<number>[] {
  return rows.map((row, runId) => {
    const values: Record<string, number> = {};
    ranges.forEach((range, j) => {
      values[range.path] = valueFromUnit(range, row[j]);
    });
    return { runId, values };
  });
}
