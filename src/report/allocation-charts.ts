// The charts of a budget allocation: its Pareto front (each allocation's mean of two objectives with
// its replication CI bars, cost and levers in the tooltip) and the regret heatmap, one panel per
// objective (allocation × cluster of parameter sets, a cluster being the sets at which one allocation is best).
import type { TopLevelSpec } from 'vega-lite';
import { specHeader } from './chart-config.js';
import { ChartName } from './chart-names.js';
import type { ReportLabels } from './labels.js';

/** One allocation of the search's last rung on the objectives' plane. */
export interface AllocationFrontRecord {
  allocation: string;
  /** On the Pareto front, or a finalist it dominates. */
  onFront: boolean;
  xName: string;
  x: number;
  xLow: number;
  xHigh: number;
  yName: string;
  y: number;
  yLow: number;
  yHigh: number;
  costJpyM: number;
  /** The lever values in one line, for the tooltip. */
  levers: string;
}

/** Mean regret of an allocation over the sets of one cluster. */
export interface RegretCellRecord {
  objective: string;
  allocation: string;
  /** The cluster: "best: <allocation> (<weight share>)". */
  cluster: string;
  meanRegret: number;
}

export function buildAllocationFrontChart(records: readonly AllocationFrontRecord[], labels: ReportLabels): TopLevelSpec {
  const [first] = records;
  const x = { field: 'x', type: 'quantitative' as const, title: first.xName, scale: { zero: false } };
  const y = { field: 'y', type: 'quantitative' as const, title: first.yName, scale: { zero: false } };
  const colour = { field: 'set', type: 'nominal' as const, title: null, scale: { range: ['#d95f02', '#7570b3'] } };
  const values = records.map((r) => ({ ...r, set: r.onFront ? labels.lang === 'ja' ? 'パレート最適' : 'Pareto front' : labels.lang === 'ja' ? '最終候補（劣後）' : 'finalist (dominated)' }));
  return {
    ...specHeader(ChartName.AllocationFront, labels),
    width: 520,
    height: 360,
    data: { values },
    layer: [
      { mark: { type: 'rule', opacity: 0.6 }, encoding: { x: { ...x, field: 'xLow' }, x2: { field: 'xHigh' }, y, color: colour } },
      { mark: { type: 'rule', opacity: 0.6 }, encoding: { x, y: { ...y, field: 'yLow' }, y2: { field: 'yHigh' }, color: colour } },
      {
        mark: { type: 'point', filled: true, size: 90 },
        encoding: {
          x, y, color: colour,
          tooltip: [
            { field: 'allocation', type: 'nominal' },
            { field: 'costJpyM', type: 'quantitative', format: ',.0f', title: labels.lang === 'ja' ? '費用（百万円）' : 'cost (JPY million)' },
            { field: 'x', type: 'quantitative', format: ',.2f', title: first.xName },
            { field: 'y', type: 'quantitative', format: ',.2f', title: first.yName },
            { field: 'levers', type: 'nominal' },
          ],
        },
      },
      { mark: { type: 'text', dy: -10, fontSize: 10 }, encoding: { x, y, text: { field: 'allocation', type: 'nominal' } } },
    ],
  };
}

/**
 * One panel per objective: regret is in each objective's own unit, and the sets' clusters differ per
 * objective (panels are concatenated rather than faceted: a facet's independent step-sized axes warn).
 */
export function buildRegretHeatmap(records: readonly RegretCellRecord[], labels: ReportLabels): TopLevelSpec {
  const objectives = [...new Set(records.map((r) => r.objective))];
  const regret = labels.lang === 'ja' ? '平均の後悔' : 'mean regret';
  return {
    ...specHeader(ChartName.RegretHeatmap, labels),
    columns: 2,
    concat: objectives.map((objective) => ({
      title: { text: objective, anchor: 'start' as const, fontSize: 13 },
      data: { values: records.filter((r) => r.objective === objective) },
      width: { step: 120 },
      height: { step: 28 },
      encoding: {
        x: { field: 'cluster', type: 'nominal' as const, title: labels.lang === 'ja' ? 'パラメータ集合の群（最善の配分）' : 'parameter sets, grouped by the best allocation', axis: { labelAngle: 0 } },
        y: { field: 'allocation', type: 'nominal' as const, title: null },
      },
      layer: [
        {
          mark: { type: 'rect' as const },
          encoding: {
            color: { field: 'meanRegret', type: 'quantitative' as const, title: regret, scale: { scheme: 'orangered' } },
            tooltip: [
              { field: 'objective', type: 'nominal' as const, title: labels.lang === 'ja' ? '目的' : 'objective' },
              { field: 'allocation', type: 'nominal' as const }, { field: 'cluster', type: 'nominal' as const }, { field: 'meanRegret', type: 'quantitative' as const, format: ',.2f', title: regret },
            ],
          },
        },
        { mark: { type: 'text' as const, fontSize: 10 }, encoding: { text: { field: 'meanRegret', type: 'quantitative' as const, format: ',.1f' } } },
      ],
    })),
    // Each objective's regret on its own colour scale, with its own legend.
    resolve: { scale: { color: 'independent' } },
  };
}
