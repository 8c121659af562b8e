// Argument checks shared by the statistics functions: one wording for every bad input.
import { statsMessages } from './stats-messages.js';

/** Throws a RangeError naming the first non-finite value (NaN or ±Infinity) of `values`. */
export function assertFinite(values: ArrayLike<number>, what: string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new RangeError(statsMessages.notFinite(what, i, values[i]));
  }
}

export function assertConfidenceLevel(level: number): void {
  if (!(level > 0 && level < 1)) throw new RangeError(statsMessages.confidenceOutOfRange(level));
}

export function assertPositiveInteger(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(statsMessages.positiveInteger(what, value));
}

/**
 * simple-statistics only reads `length` and indices, so typed arrays work; its typings just say
 * number[]. This cast avoids copying every sample into a plain array.
 */
export function asNumberArray(values: ArrayLike<number>): number[] {
  return values as unknown as number[];
}
