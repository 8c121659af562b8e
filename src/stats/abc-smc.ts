// Approximate Bayesian computation by sequential Monte Carlo (population Monte Carlo: Beaumont et al.
// 2009; Toni et al. 2009) on the unit cube with a uniform prior: populations accepted under a
// shrinking tolerance, proposals perturbed by a Gaussian kernel, importance weights prior/proposal.
import type { RandomStream } from '../rng/index.js';
import { weightedVariance } from './weighted-sample.js';

export interface AbcSmcOptions {
  /** Particles per population N (every generation keeps N, or stops short: see maxBatches). */
  population: number;
  /** Generations after the prior draw; each shrinks the tolerance to a quantile of the last distances. */
  generations: number;
  /** The tolerance of generation t + 1 is this quantile of generation t's accepted distances (default 0.5). */
  toleranceQuantile?: number;
  /** Batches of N proposals a generation may simulate before it stops short (default 6). */
  maxBatches?: number;
  /** Draws of the prior, resampling and perturbations. */
  stream: RandomStream;
  /** Called after every generation (0 = the prior draw). */
  onGeneration?: (generation: AbcGeneration) => void;
}

/** A candidate parameter set: unit-cube coordinates and the index of its evaluation (call order). */
export interface AbcParticle {
  unit: number[];
  evaluation: number;
  distance: number;
  /** Normalised importance weight in its population (sums to 1). */
  weight: number;
}

export interface AbcGeneration {
  generation: number;
  /** Acceptance tolerance (Infinity for the prior draw). */
  tolerance: number;
  proposed: number;
  accepted: number;
}

export interface AbcSmcResult {
  /** The last full population (or the last generation's accepted particles when it stopped short). */
  particles: AbcParticle[];
  generations: AbcGeneration[];
  /** Tolerance the returned particles were accepted under. */
  tolerance: number;
  evaluations: number;
  /** True when a generation could not fill its population within maxBatches. */
  stoppedShort: boolean;
}

/** Distances of a batch of unit-cube points, evaluated together (on a worker pool). */
export type BatchDistance = (units: number[][]) => Promise<number[]>;

/**
 * ABC-SMC. Generation 0 draws N points from the prior and accepts all (tolerance ∞); generation t
 * accepts proposals with distance ≤ ε_t, ε_t the `toleranceQuantile` of generation t − 1's distances.
 * Proposals: resample a particle by weight, add N(0, 2·weighted variance) per coordinate (Beaumont
 * et al.'s kernel), redraw when outside the cube (prior density 0: never simulated). Weights:
 * wᵢ ∝ 1 / Σⱼ wⱼ K(θᵢ | θⱼ). A generation that cannot fill N in maxBatches·N proposals ends the run
 * with what it accepted (if anything; else the previous population stands).
 */
export async function abcSmc(dimensions: number, distance: BatchDistance, options: AbcSmcOptions): Promise<AbcSmcResult> {
  const { population: n, stream } = options;
  const q = options.toleranceQuantile ?? 0.5;
  const maxBatches = options.maxBatches ?? 6;
  let evaluations = 0;
  const evaluate = async (units: number[][]) => {
    const distances = await distance(units);
    const first = evaluations;
    evaluations += units.length;
    return units.map((unit, i) => ({ unit, evaluation: first + i, distance: distances[i], weight: 0 }));
  };

  const prior = Array.from({ length: n }, () => Array.from({ length: dimensions }, () => stream.uniform()));
  let particles = await evaluate(prior);
  for (const p of particles) p.weight = 1 / n;
  const generations: AbcGeneration[] = [{ generation: 0, tolerance: Infinity, proposed: n, accepted: n }];
  options.onGeneration?.(generations[0]);
  let tolerance = Infinity;
  let stoppedShort = false;

  for (let g = 1; g <= options.generations; g++) {
    const next = finiteQuantile(particles.map((p) => p.distance), q);
    if (!Number.isFinite(next)) break;
    const sd = kernelSd(particles, dimensions);
    const cumulative = cumulativeWeights(particles);
    const accepted: AbcParticle[] = [];
    let proposed = 0;
    for (let batch = 0; batch < maxBatches && accepted.length < n; batch++) {
      const units = Array.from({ length: n }, () => propose(particles, cumulative, sd, stream));
      proposed += n;
      for (const particle of await evaluate(units)) if (particle.distance <= next && accepted.length < n) accepted.push(particle);
    }
    generations.push({ generation: g, tolerance: next, proposed, accepted: accepted.length });
    options.onGeneration?.(generations[g]);
    if (accepted.length === 0) {
      stoppedShort = true;
      break;
    }
    weigh(accepted, particles, sd);
    particles = accepted;
    tolerance = next;
    if (accepted.length < n) {
      stoppedShort = true;
      break;
    }
  }
  return { particles, generations, tolerance, evaluations, stoppedShort };
}

/** Quantile of the finite distances (a point whose targets are undefined never sets the tolerance). */
function finiteQuantile(values: number[], q: number): number {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const h = (finite.length - 1) * q;
  const lo = Math.floor(h);
  return lo + 1 < finite.length ? finite[lo] + (h - lo) * (finite[lo + 1] - finite[lo]) : finite[lo];
}

/** Per-coordinate kernel sd √(2·weighted variance), kept above a floor so a collapsed coordinate still moves. */
function kernelSd(particles: AbcParticle[], dimensions: number): number[] {
  const weights = particles.map((p) => p.weight);
  return Array.from({ length: dimensions }, (_, d) => Math.max(Math.sqrt(2 * weightedVariance(particles.map((p) => p.unit[d]), weights)), KERNEL_SD_FLOOR));
}

/** Smallest perturbation, in unit-range terms: below it a population of ties could never spread again. */
const KERNEL_SD_FLOOR = 1e-3;
/** Redraws of a proposal outside the cube before the resampled particle itself is proposed. */
const MAX_REDRAWS = 1000;

function cumulativeWeights(particles: AbcParticle[]): number[] {
  let sum = 0;
  return particles.map((p) => (sum += p.weight));
}

function propose(particles: AbcParticle[], cumulative: number[], sd: number[], stream: RandomStream): number[] {
  let i = 0;
  for (let attempt = 0; attempt < MAX_REDRAWS; attempt++) {
    const u = stream.uniform() * cumulative[cumulative.length - 1];
    i = 0;
    while (i < cumulative.length - 1 && cumulative[i] <= u) i++;
    const unit = particles[i].unit.map((x, d) => x + stream.normal(0, sd[d]));
    if (unit.every((x) => x >= 0 && x <= 1)) return unit;
  }
  return particles[i].unit.slice();
}

/** Importance weights of the accepted particles against the previous population's mixture kernel. */
function weigh(accepted: AbcParticle[], previous: AbcParticle[], sd: number[]): void {
  let total = 0;
  for (const particle of accepted) {
    let density = 0;
    for (const old of previous) {
      let logK = 0;
      for (let d = 0; d < sd.length; d++) {
        const z = (particle.unit[d] - old.unit[d]) / sd[d];
        logK -= 0.5 * z * z;
      }
      density += old.weight * Math.exp(logK);
    }
    // The kernel's constant is the same for every particle, so it cancels in the normalisation.
    particle.weight = density > 0 ? 1 / density : 0;
    total += particle.weight;
  }
  for (const particle of accepted) particle.weight = total > 0 ? particle.weight / total : 1 / accepted.length;
}
