// A lever's effect across a calibration ensemble: per indicator, each variant's 5–95% range and
// median of the paired effect, coloured by its verdict (robust + / robust − / no effect / conditional).
import type { TopLevelSpec } from 'vega-lite';
import { chartConfig, VEGA_LITE_SCHEMA } from './chart-config.js';

export interface EnsembleEffectRecord {
  variant: string;
  indicator: string;
  median: number;
  p5: number;
  p95: number;
  verdict: string;
}

export function buildEnsembleEffectChart(records: readonly EnsembleEffectRecord[], subtitle: string): TopLevelSpec {
  const values = records.map((r) => ({ ...r, verdictClass: r.verdict.startsWith('conditional') ? 'conditional' : r.verdict }));
  const classes = ['robust positive', 'robust negative', 'robust: no detectable effect', 'conditional'];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: 'Lever effects across the calibrated ensemble (variant − baseline; median and 5–95%)', subtitle },
    config: chartConfig(),
    data: { values },
    facet: { field: 'indicator', type: 'nominal', title: null, header: { labelAnchor: 'start' } },
    columns: 2,
    spec: {
      width: 260,
      height: { step: 22 },
      layer: [
        { mark: { type: 'rule', color: '#888888' }, encoding: { x: { datum: 0 } } },
        { mark: { type: 'rule', strokeWidth: 2 }, encoding: { y: { field: 'variant', type: 'nominal', title: null }, x: { field: 'p5', type: 'quantitative', title: 'effect' }, x2: { field: 'p95' }, color: { field: 'verdictClass', type: 'nominal', title: 'verdict', scale: { domain: classes, range: ['#1b9e77', '#d95f02', '#999999', '#7570b3'] } } } },
        { mark: { type: 'point', filled: true, size: 50 }, encoding: { y: { field: 'variant', type: 'nominal' }, x: { field: 'median', type: 'quantitative' }, color: { field: 'verdictClass', type: 'nominal' }, tooltip: [{ field: 'verdict', type: 'nominal' }] } },
      ],
    },
    resolve: { scale: { x: 'independent' } },
  };
}
