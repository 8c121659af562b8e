// Cost-effectiveness: cumulative commercialisations and revenue against cumulative public spend,
// a dot per replication and a diamond per scenario mean; revenue has a break-even diagonal.
import type { TopLevelSpec } from 'vega-lite';
import { ChartName } from './chart-names.js';
import { specHeader } from './chart-config.js';
import type { ReportLabels } from './labels.js';
import { distinct, finiteOrNull } from './record-values.js';
import type { CostEffectivenessRecord } from './report-data.js';
import { scenarioSelector } from './scenario-selector.js';

type Outcome = 'commercializations' | 'revenueJpyM';
type Concat = Extract<TopLevelSpec, { hconcat: unknown }>['hconcat'][number];
/** A layer of a concatenated panel, typed from Vega-Lite's own spec type. */
type PanelLayer = Extract<Concat, { layer: unknown }>['layer'][number];

export function buildCostEffectivenessChart(records: readonly CostEffectivenessRecord[], labels: ReportLabels): TopLevelSpec {
  const axis = labels.axis;
  const scenarios = distinct(records.map((row) => row.scenario));
  const values = records.map((row) => ({
    scenario: row.scenario,
    replication: row.replication,
    publicSpendJpyM: finiteOrNull(row.publicSpendJpyM),
    commercializations: finiteOrNull(row.commercializations),
    revenueJpyM: finiteOrNull(row.revenueJpyM),
  }));
  const maxSpend = Math.max(0, ...values.map((row) => row.publicSpendJpyM ?? 0));
  const selector = scenarioSelector(scenarios, labels);
  const colour = { field: 'scenario', type: 'nominal', title: axis.scenario, scale: { domain: scenarios } } as const;
  const spendTitle = labels.indicator('publicSpendJpyM');

  const x = { field: 'publicSpendJpyM', type: 'quantitative', title: spendTitle, scale: { zero: true } } as const;
  const yOf = (outcome: Outcome) =>
    ({ field: outcome, type: 'quantitative', title: labels.indicator(outcome), scale: { zero: true } }) as const;
  const filter = selector ? { transform: [selector.filter] } : {};

  const replications = (outcome: Outcome): PanelLayer => ({
    ...filter,
    mark: { type: 'point', filled: true, size: 30, opacity: 0.45 },
    encoding: {
      x,
      y: yOf(outcome),
      color: colour,
      tooltip: [
        { field: 'scenario', type: 'nominal', title: axis.scenario },
        { field: 'replication', type: 'quantitative', title: axis.replication },
        { field: 'publicSpendJpyM', type: 'quantitative', title: spendTitle, format: ',.0f' },
        { field: outcome, type: 'quantitative', title: labels.indicator(outcome), format: ',.4~g' },
      ],
    },
  });
  const means = (outcome: Outcome): PanelLayer => ({
    ...filter,
    mark: { type: 'point', shape: 'diamond', filled: true, size: 180, stroke: '#222222', strokeWidth: 1, opacity: 1 },
    encoding: {
      x: { ...x, aggregate: 'mean' },
      y: { ...yOf(outcome), aggregate: 'mean' },
      color: colour,
      tooltip: [
        { field: 'scenario', type: 'nominal', title: `${axis.scenarioMean}: ${axis.scenario}` },
        { field: 'publicSpendJpyM', aggregate: 'mean', type: 'quantitative', title: spendTitle, format: ',.0f' },
        { field: outcome, aggregate: 'mean', type: 'quantitative', title: labels.indicator(outcome), format: ',.4~g' },
      ],
    },
  });
  // Revenue and spend share a unit, so the diagonal marks where revenue repays public money.
  const breakEven: PanelLayer = {
    data: { values: [{ publicSpendJpyM: 0, revenueJpyM: 0 }, { publicSpendJpyM: maxSpend, revenueJpyM: maxSpend }] },
    mark: { type: 'line', color: '#777777', strokeDash: [5, 4] },
    encoding: { x, y: yOf('revenueJpyM'), tooltip: { value: axis.breakEven } },
  };

  return {
    ...specHeader(ChartName.CostEffectiveness, labels),
    data: { values },
    ...(selector ? { params: selector.params } : {}),
    hconcat: [
      { width: 300, height: 260, layer: [replications('commercializations'), means('commercializations')] },
      { width: 300, height: 260, layer: [breakEven, replications('revenueJpyM'), means('revenueJpyM')] },
    ],
  };
}
