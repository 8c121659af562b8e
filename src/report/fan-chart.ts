// Fan chart of indicator trajectories: per indicator panel, a mean line and the 90% band of
// replications per scenario, with each scenario's funded quarters shaded behind.
import type { TopLevelSpec } from 'vega-lite';
import { ChartName } from './chart-names.js';
import { specHeader } from './chart-config.js';
import { selectIndicators } from './indicator-selection.js';
import type { ReportLabels } from './labels.js';
import { distinct, finiteOrNull } from './record-values.js';
import type { FundingPeriod, TrajectoryRecord } from './report-data.js';
import { scenarioSelector } from './scenario-selector.js';

export interface FanChartOptions {
  /** Indicators to show, one panel each; default: see selectIndicators. */
  indicators?: readonly string[];
  /** Fiscal year of quarter 0: the time axis then reads in fiscal years (April–March) instead of quarters. */
  startFiscalYear?: number;
}

/** The time axis: quarters from 0, or fiscal years with a tick at the first quarter of each. */
function timeAxis(labels: ReportLabels, lastQuarter: number, startFiscalYear: number | undefined) {
  if (startFiscalYear === undefined) return { title: labels.axis.quarter };
  const years = Math.floor(lastQuarter / 4) + 1;
  // Every year while it fits, else every second or fifth year.
  const every = years <= 12 ? 1 : years <= 24 ? 2 : 5;
  const values = Array.from({ length: Math.ceil(years / every) }, (_, k) => 4 * every * k);
  const year = `(${startFiscalYear} + floor(datum.value / 4))`;
  const labelExpr = labels.lang === 'ja' ? `${year} + '年度'` : `'FY' + ${year}`;
  return { title: labels.axis.fiscalYear, axis: { values, labelExpr } };
}

export function buildFanChart(
  trajectories: readonly TrajectoryRecord[],
  fundingPeriods: readonly FundingPeriod[],
  labels: ReportLabels,
  options: FanChartOptions = {},
): TopLevelSpec {
  const indicators = selectIndicators(
    trajectories.map((row) => row.indicator),
    options.indicators,
  );
  const scenarios = distinct(trajectories.map((row) => row.scenario));
  const axis = labels.axis;
  const cumulative = new Set(trajectories.filter((row) => row.cumulative).map((row) => row.indicator));
  const panelTitle = (name: string) => labels.indicator(name) + (cumulative.has(name) ? axis.cumulative : '');
  const panelTitles = indicators.map(panelTitle);
  const lastQuarter = Math.max(0, ...trajectories.map((row) => row.quarter));
  const time = timeAxis(labels, lastQuarter, options.startFiscalYear);
  const fiscal = options.startFiscalYear;

  // Facets need one data source, so trajectory points and funding spans share it, told apart by
  // `row`; each span is repeated per panel so every panel is shaded.
  const values: Record<string, unknown>[] = [];
  for (const row of trajectories) {
    if (!indicators.includes(row.indicator)) continue;
    values.push({
      row: 'trajectory',
      scenario: row.scenario,
      indicator: panelTitle(row.indicator),
      quarter: row.quarter,
      ...(fiscal === undefined ? {} : { period: periodLabel(fiscal, row.quarter, labels) }),
      mean: finiteOrNull(row.mean),
      p5: finiteOrNull(row.p5),
      p95: finiteOrNull(row.p95),
      ciLow: finiteOrNull(row.ciLow),
      ciHigh: finiteOrNull(row.ciHigh),
    });
  }
  for (const period of fundingPeriods) {
    if (!scenarios.includes(period.scenario)) continue;
    for (const indicator of panelTitles) {
      values.push({
        row: 'funding',
        scenario: period.scenario,
        indicator,
        // Half a quarter either side, so the shade covers the funded quarters' points.
        start: period.startQuarter - 0.5,
        end: period.endQuarter + 0.5,
        startQuarter: period.startQuarter,
        endQuarter: period.endQuarter,
      });
    }
  }

  const selector = scenarioSelector(scenarios, labels);
  const quarterAxis = { field: 'quarter', type: 'quantitative', ...time, scale: { nice: false, zero: false } } as const;
  // The legend draws line samples at full strength; merged from the layers it would take the faint
  // opacity of the shading.
  const colour = {
    field: 'scenario',
    type: 'nominal',
    title: axis.scenario,
    scale: { domain: scenarios },
    legend: { symbolType: 'stroke', symbolStrokeWidth: 3, symbolOpacity: 1 },
  } as const;
  const isTrajectory = { filter: "datum.row == 'trajectory'" };

  // Shaded funded quarters; none when the scenario funds no quarter (a "no programme" run), where an
  // empty layer with an x2 channel made Vega fail to render the chart.
  const hasFunding = values.some((v) => v.row === 'funding');

  return {
    ...specHeader(ChartName.Trajectories, labels),
    data: { values },
    ...(selector ? { params: selector.params, transform: [selector.filter] } : {}),
    facet: { field: 'indicator', type: 'nominal', title: null, sort: panelTitles, header: { labelAnchor: 'start' } },
    columns: 2,
    spec: {
      width: 320,
      height: 180,
      layer: [
        ...(hasFunding
          ? [
              {
                transform: [{ filter: "datum.row == 'funding'" }],
                mark: { type: 'rect' as const, opacity: 0.06 },
                encoding: {
                  x: { field: 'start', type: 'quantitative' as const, ...time, scale: { nice: false, zero: false } },
                  x2: { field: 'end' },
                  color: colour,
                  tooltip: [
                    { field: 'scenario', type: 'nominal' as const, title: axis.scenario },
                    { field: 'startQuarter', type: 'quantitative' as const, title: `${axis.fundedQuarters} ←` },
                    { field: 'endQuarter', type: 'quantitative' as const, title: `${axis.fundedQuarters} →` },
                  ],
                },
              },
            ]
          : []),
        {
          transform: [isTrajectory],
          mark: { type: 'area', opacity: 0.2 },
          encoding: {
            x: quarterAxis,
            y: { field: 'p5', type: 'quantitative', title: null },
            y2: { field: 'p95' },
            color: colour,
          },
        },
        {
          transform: [isTrajectory],
          mark: { type: 'line', strokeWidth: 2 },
          encoding: { x: quarterAxis, y: { field: 'mean', type: 'quantitative', title: null }, color: colour },
        },
        {
          // Invisible points carry the tooltip of each quarter: a line is one item with one datum.
          transform: [isTrajectory],
          mark: { type: 'point', opacity: 0, size: 60 },
          encoding: {
            x: quarterAxis,
            y: { field: 'mean', type: 'quantitative' },
            color: colour,
            tooltip: [
              { field: 'indicator', type: 'nominal', title: axis.indicator },
              { field: 'scenario', type: 'nominal', title: axis.scenario },
              fiscal === undefined
                ? ({ field: 'quarter', type: 'quantitative', title: axis.quarter } as const)
                : ({ field: 'period', type: 'nominal', title: axis.fiscalYear } as const),
              { field: 'mean', type: 'quantitative', title: axis.mean, format: ',.4~g' },
              { field: 'p5', type: 'quantitative', title: axis.p5, format: ',.4~g' },
              { field: 'p95', type: 'quantitative', title: axis.p95, format: ',.4~g' },
              { field: 'ciLow', type: 'quantitative', title: axis.ciLow, format: ',.4~g' },
              { field: 'ciHigh', type: 'quantitative', title: axis.ciHigh, format: ',.4~g' },
            ],
          },
        },
      ],
    },
    // Own x axis per panel: a shared one leaves a stray axis under the empty cell of the grid.
    resolve: { scale: { y: 'independent' }, axis: { x: 'independent' } },
  };
}

/** "FY2026 Q2" / "2026年度 第2四半期" for quarter q of a run starting in April of `startFiscalYear`. */
function periodLabel(startFiscalYear: number, quarter: number, labels: ReportLabels): string {
  const year = startFiscalYear + Math.floor(quarter / 4);
  const q = (quarter % 4) + 1;
  return labels.lang === 'ja' ? `${year}年度 第${q}四半期` : `FY${year} Q${q}`;
}
