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

const header = (title: string, subtitle: string) => ({ $schema: VEGA_LITE_SCHEMA, title: { text: title, subtitle }, config: chartConfig() });

/** Weighted histograms, one panel per parameter, the x axis spanning the prior range. */
export function buildPosteriorMarginalsChart(input: PosteriorChartInput): TopLevelSpec {
  const values = input.sets.flatMap((set) => input.parameters.map((p, j) => ({ parameter: p.path, value: set.values[j], weight: set.weight })));
  return {
    ...header('Posterior marginals (weighted share of accepted sets; x axis = prior range)', input.subtitle),
    data: { values },
    facet: { field: 'parameter', type: 'nominal', title: null, header: { labelAnchor: 'start' } },
    columns: 2,
    spec: {
      width: 240,
      height: 120,
      mark: { type: 'bar', color: '#1f4e79' },
      encoding: {
        x: { field: 'value', type: 'quantitative', bin: { maxbins: 20 }, title: null },
        y: { aggregate: 'sum', field: 'weight', type: 'quantitative', title: 'weight' },
      },
    },
    resolve: { scale: { x: 'independent' } },
  };
}

/** Every pair of parameters: a scatter matrix of the accepted sets, point size by weight. */
export function buildPosteriorPairsChart(input: PosteriorChartInput): TopLevelSpec {
  const paths = fieldNames(input.parameters.map((p) => p.path));
  const values = input.sets.map((set) => ({ ...Object.fromEntries(paths.map((path, j) => [path, set.values[j]])), weight: set.weight }));
  return {
    ...header('Posterior pairs (accepted parameter sets; size = weight)', input.subtitle),
    data: { values },
    repeat: { row: paths, column: paths },
    spec: {
      width: 140,
      height: 140,
      mark: { type: 'circle', opacity: 0.6, color: '#1f4e79' },
      encoding: {
        x: { field: { repeat: 'column' }, type: 'quantitative', scale: { zero: false } },
        y: { field: { repeat: 'row' }, type: 'quantitative', scale: { zero: false } },
        size: { field: 'weight', type: 'quantitative', legend: null },
      },
    },
  };
}

/**
 * Data field names for parameter paths: Vega-Lite reads dots and brackets in a field name as nesting,
 * so each path becomes its last segment (the whole path with those characters replaced when two
 * paths end alike).
 */
function fieldNames(paths: readonly string[]): string[] {
  const leaves = paths.map((path) => path.slice(path.lastIndexOf('.') + 1).replace(/[[\]]/g, '_'));
  const unique = new Set(leaves).size === leaves.length;
  return unique ? leaves : paths.map((path) => path.replace(/[.[\]]/g, '_'));
}
