// Charts of a calibration ensemble: each parameter's weighted histogram over its prior range
// (marginals), and every pair of parameters as a scatter sized by weight (where they trade off).
import type { TopLevelSpec } from 'vega-lite';
import { chartConfig, VEGA_LITE_SCHEMA } from './chart-config.js';

export interface PosteriorChartInput {
  /** Parameter paths with their prior ranges. */
  parameters: readonly { path: string; lo: number; hi: number }[];
  /** One row per accepted set: parameter values in `parameters` order, and its weight. */
  sets: readonly { values: readonly number[]; weight: number }[];
  /** "ABC-SMC, 40 sets" etc. */
  subtitle: string;
}

/** Panels per row of either chart. */
const COLUMNS = 3;

const header = (title: string, subtitle: string) => ({ $schema: VEGA_LITE_SCHEMA, title: { text: title, subtitle }, config: chartConfig() });

/**
 * Weighted histograms, one panel per parameter, each binned over its own prior range (panels are
 * concatenated rather than faceted: a facet bins every panel over the extent of all values).
 */
export function buildPosteriorMarginalsChart(input: PosteriorChartInput): TopLevelSpec {
  return {
    ...header('Posterior marginals (weighted share of accepted sets; x axis = prior range)', input.subtitle),
    columns: COLUMNS,
    concat: input.parameters.map((p, j) => ({
      title: p.path,
      width: 200,
      height: 110,
      data: { values: input.sets.map((set) => ({ value: set.values[j], weight: set.weight })) },
      mark: { type: 'bar', color: '#1f4e79' },
      encoding: {
        x: { field: 'value', type: 'quantitative', bin: { extent: [p.lo, p.hi], maxbins: 20 }, scale: { domain: [p.lo, p.hi] }, title: null },
        y: { aggregate: 'sum', field: 'weight', type: 'quantitative', title: 'weight' },
      },
    })),
  };
}

/** Every pair of parameters (each once) as a scatter over the two prior ranges, point size by weight. */
export function buildPosteriorPairsChart(input: PosteriorChartInput): TopLevelSpec {
  const ps = input.parameters;
  const pairs = ps.flatMap((_, a) => ps.slice(a + 1).map((__, i) => [a, a + 1 + i] as const));
  return {
    ...header('Posterior pairs (accepted parameter sets; size = weight; axes = prior ranges)', input.subtitle),
    columns: COLUMNS,
    concat: pairs.map(([a, b]) => ({
      width: 160,
      height: 160,
      data: { values: input.sets.map((set) => ({ x: set.values[a], y: set.values[b], weight: set.weight })) },
      mark: { type: 'circle', opacity: 0.6, color: '#1f4e79' },
      encoding: {
        x: { field: 'x', type: 'quantitative', scale: { domain: [ps[a].lo, ps[a].hi] }, title: ps[a].path },
        y: { field: 'y', type: 'quantitative', scale: { domain: [ps[b].lo, ps[b].hi] }, title: ps[b].path },
        size: { field: 'weight', type: 'quantitative', legend: null },
      },
    })),
  };
}
