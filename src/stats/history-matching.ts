// History matching by waves (Craig et al. 1997; Andrianakis et al. 2015 for agent-based models), here
// with the simulator itself in place of an emulator: each wave samples the box that holds the last
// wave's non-implausible points, so the search space shrinks wave by wave.
import type { RandomStream } from '../rng/index.js';
import { latinHypercubeUnit } from './latin-hypercube.js';

/** Conventional cut-off: by Pukelsheim's 3σ rule, |x − μ| > 3σ has probability < 5% for any unimodal x. */
export const DEFAULT_IMPLAUSIBILITY_CUTOFF = 3;

export interface HistoryMatchingOptions {
  /** Points simulated per wave (a Latin hypercube of the wave's box). */
  pointsPerWave: number;
  waves: number;
  /** A point is non-implausible when its largest implausibility over the targets is ≤ this. */
  cutoff?: number;
  /** Each side of the next box lies this fraction of the found points' span beyond them (default 0.1). */
  margin?: number;
  stream: RandomStream;
  onWave?: (wave: HistoryMatchingWave) => void;
}

export interface HistoryMatchingWave {
  wave: number;
  /** The box sampled, per coordinate [lo, hi] in the unit cube. */
  box: [number, number][];
  evaluated: number;
  nonImplausible: number;
}

export interface HistoryMatchingPoint {
  unit: number[];
  evaluation: number;
  /** Largest implausibility over the targets. */
  implausibility: number;
}

export interface HistoryMatchingResult {
  /** The non-implausible points of the last wave that found any (a sample of the not-ruled-out space). */
  points: HistoryMatchingPoint[];
  waves: HistoryMatchingWave[];
  evaluations: number;
  cutoff: number;
  /** The point of lowest implausibility seen in any wave (how close the search came when none passed). */
  closest?: HistoryMatchingPoint;
}

/** Largest implausibility over the targets of each point of a batch (evaluated together). */
export type BatchImplausibility = (units: number[][]) => Promise<number[]>;

/**
 * Waves: wave 1 samples the whole cube; wave w + 1 the bounding box of wave w's non-implausible points
 * widened by `margin` of their span each side (clipped to the cube). A wave that finds none ends the
 * search; the previous wave's points stand (none at all: the model cannot match the targets here).
 */
export async function historyMatching(dimensions: number, implausibility: BatchImplausibility, options: HistoryMatchingOptions): Promise<HistoryMatchingResult> {
  const cutoff = options.cutoff ?? DEFAULT_IMPLAUSIBILITY_CUTOFF;
  const margin = options.margin ?? 0.1;
  let box: [number, number][] = Array.from({ length: dimensions }, () => [0, 1]);
  let points: HistoryMatchingPoint[] = [];
  const waves: HistoryMatchingWave[] = [];
  let evaluations = 0;
  let closest: HistoryMatchingPoint | undefined;
  for (let w = 1; w <= options.waves; w++) {
    const units = latinHypercubeUnit(options.pointsPerWave, dimensions, options.stream).map((row) => Array.from(row, (u, d) => box[d][0] + u * (box[d][1] - box[d][0])));
    const values = await implausibility(units);
    const all = units.map((unit, i) => ({ unit, evaluation: evaluations + i, implausibility: values[i] }));
    for (const p of all) if (!closest || p.implausibility < closest.implausibility) closest = p;
    const found = all.filter((p) => p.implausibility <= cutoff);
    evaluations += units.length;
    const wave = { wave: w, box, evaluated: units.length, nonImplausible: found.length };
    waves.push(wave);
    options.onWave?.(wave);
    if (found.length === 0) break;
    points = found;
    box = Array.from({ length: dimensions }, (_, d) => {
      const lo = Math.min(...found.map((p) => p.unit[d]));
      const hi = Math.max(...found.map((p) => p.unit[d]));
      // A single point or a coordinate that did not vary still gets a box of some width to sample.
      const pad = Math.max(margin * (hi - lo), MIN_PAD);
      return [Math.max(0, lo - pad), Math.min(1, hi + pad)];
    });
  }
  return { points, waves, evaluations, cutoff, closest };
}

/** Half-width, in unit-range terms, of a box side around a coordinate the points did not spread along. */
const MIN_PAD = 0.02;
