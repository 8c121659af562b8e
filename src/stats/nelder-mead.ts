// Nelder–Mead simplex minimisation on the unit cube (Nelder & Mead 1965, with the standard
// coefficients of Lagarias et al. 1998): derivative-free, so it suits simulated objectives. Points
// are clamped to [0, 1]^k, and evaluation order is fixed, so with common random numbers the whole
// search is deterministic.

export interface NelderMeadOptions {
  /** Starting point in [0, 1]^k (default: the centre). */
  start?: number[];
  /** Initial step along each axis, in unit-cube terms (default 0.25). */
  step?: number;
  /** Stop after this many objective evaluations. */
  maxEvaluations: number;
  /** Stop when the simplex's objective values differ by less than this (default 1e-8). */
  tolerance?: number;
}

export interface NelderMeadResult {
  /** Best point found, in [0, 1]^k. */
  best: number[];
  value: number;
  evaluations: number;
  /** Every evaluation in order: the search's trace. */
  trace: { point: number[]; value: number }[];
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Minimises `objective` (may be async: each call can be a batch of simulations). */
export async function nelderMead(
  dimensions: number,
  objective: (point: number[]) => number | Promise<number>,
  options: NelderMeadOptions,
): Promise<NelderMeadResult> {
  const step = options.step ?? 0.25;
  const tolerance = options.tolerance ?? 1e-8;
  const trace: NelderMeadResult['trace'] = [];
  const evaluate = async (point: number[]) => {
    const clamped = point.map(clamp01);
    const value = await objective(clamped);
    trace.push({ point: clamped, value });
    return { point: clamped, value };
  };
  const start = (options.start ?? new Array(dimensions).fill(0.5)).map(clamp01);
  const simplex = [await evaluate(start)];
  for (let j = 0; j < dimensions && trace.length < options.maxEvaluations; j++) {
    const vertex = start.slice();
    // Step away from the nearer bound so the first simplex is not flattened by clamping.
    vertex[j] = start[j] + step <= 1 ? start[j] + step : start[j] - step;
    simplex.push(await evaluate(vertex));
  }
  const combine = (a: number[], b: number[], t: number) => a.map((x, i) => x + t * (b[i] - x));
  while (trace.length < options.maxEvaluations && simplex.length === dimensions + 1) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0];
    const worst = simplex[dimensions];
    if (worst.value - best.value < tolerance) break;
    const centroid = new Array(dimensions).fill(0);
    for (let v = 0; v < dimensions; v++) for (let i = 0; i < dimensions; i++) centroid[i] += simplex[v].point[i] / dimensions;
    const reflected = await evaluate(combine(centroid, worst.point, -1));
    if (reflected.value < best.value) {
      const expanded = trace.length < options.maxEvaluations ? await evaluate(combine(centroid, worst.point, -2)) : reflected;
      simplex[dimensions] = expanded.value < reflected.value ? expanded : reflected;
    } else if (reflected.value < simplex[dimensions - 1].value) {
      simplex[dimensions] = reflected;
    } else {
      const outside = reflected.value < worst.value;
      if (trace.length >= options.maxEvaluations) break;
      const contracted = await evaluate(combine(centroid, outside ? reflected.point : worst.point, 0.5));
      if (contracted.value < (outside ? reflected.value : worst.value)) {
        simplex[dimensions] = contracted;
      } else {
        // Shrink every vertex towards the best.
        for (let v = 1; v <= dimensions && trace.length < options.maxEvaluations; v++) {
          simplex[v] = await evaluate(combine(best.point, simplex[v].point, 0.5));
        }
      }
    }
  }
  const best = trace.reduce((a, b) => (b.value < a.value ? b : a));
  return { best: best.point, value: best.value, evaluations: trace.length, trace };
}
