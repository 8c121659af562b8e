// Sobol variance-decomposition bars: per indicator panel, first-order S1 and total ST for each
// parameter with 95% CI error bars. Indices are unitless shares, so every panel lists parameters
// in one order (by their largest ST), which also lets a reader scan one parameter across panels.
import type { TopLevelSpec } from 'vega-lite';
import { ChartName } from './chart-names.js';
import { specHeader } from './chart-config.js';
import type { ReportLabels } from './labels.js';
import { distinct, finiteOrNull } from './record-values.js';
import type { SensitivityRecord } from './report-data.js';
import { sensitivityTooltipFields } from './sensitivity-tooltip.js';

export function buildSobolChart(records: readonly SensitivityRecord[], labels: ReportLabels): TopLevelSpec {
  const axis = labels.axis;
  const sobol = records.filter((row) => row.method === 'sobol');
  const panelTitles = distinct(sobol.map((row) => labels.indicator(row.indicator)));
  const measures = [axis.s1, axis.st];
  const values = sobol.flatMap((row) => {
    const common = {
      indicator: labels.indicator(row.indicator),
      parameter: labels.parameter(row.parameter),
      path: row.parameter,
    };
    return [
      { ...common, measure: axis.s1, value: finiteOrNull(row.s1), low: finiteOrNull(row.s1Low), high: finiteOrNull(row.s1High) },
      { ...common, measure: axis.st, value: finiteOrNull(row.st), low: finiteOrNull(row.stLow), high: finiteOrNull(row.stHigh) },
    ];
  });

  const y = { field: 'parameter', type: 'nominal', title: null, sort: parametersByTotalIndex(sobol, labels) } as const;
  const yOffset = { field: 'measure', type: 'nominal', sort: measures } as const;
  return {
    ...specHeader(ChartName.SensitivitySobol, labels),
    data: { values },
    facet: { field: 'indicator', type: 'nominal', title: null, sort: panelTitles, header: { labelAnchor: 'start' } },
    columns: 2,
    spec: {
      width: 240,
      height: { step: 14 },
      layer: [
        {
          mark: { type: 'bar' },
          encoding: {
            y,
            yOffset,
            x: { field: 'value', type: 'quantitative', title: axis.sensitivityIndex },
            color: {
              field: 'measure',
              type: 'nominal',
              title: axis.sensitivityIndex,
              scale: { domain: measures, range: ['#9ecae1', '#1f4e79'] },
            },
            tooltip: [
              ...sensitivityTooltipFields(axis),
              { field: 'value', type: 'quantitative', title: axis.value, format: '.3f' },
              { field: 'low', type: 'quantitative', title: axis.ciLow, format: '.3f' },
              { field: 'high', type: 'quantitative', title: axis.ciHigh, format: '.3f' },
            ],
          },
        },
        {
          mark: { type: 'rule', color: '#333333' },
          encoding: { y, yOffset, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } },
        },
      ],
    },
    resolve: { axis: { x: 'independent' } },
  };
}

/** Parameter labels by their largest total index over indicators, largest first (ties: by name). */
function parametersByTotalIndex(rows: readonly SensitivityRecord[], labels: ReportLabels): string[] {
  const largest = new Map<string, number>();
  for (const row of rows) {
    const label = labels.parameter(row.parameter);
    const st = Number.isFinite(row.st) ? row.st! : -Infinity;
    largest.set(label, Math.max(largest.get(label) ?? -Infinity, st));
  }
  return [...largest.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([label]) => label);
}
