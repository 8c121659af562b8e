// Morris screening bars: per indicator panel, μ* and σ side by side for each parameter, sorted by
// μ* so the parameters that matter come first.
import type { TopLevelSpec } from 'vega-lite';
import { ChartName } from './chart-names.js';
import { specHeader } from './chart-config.js';
import type { ReportLabels } from './labels.js';
import { distinct, finiteOrNull } from './record-values.js';
import type { SensitivityRecord } from './report-data.js';
import { sensitivityTooltipFields } from './sensitivity-tooltip.js';

export function buildMorrisChart(records: readonly SensitivityRecord[], labels: ReportLabels): TopLevelSpec {
  const axis = labels.axis;
  const morris = records.filter((row) => row.method === 'morris');
  const panelTitles = distinct(morris.map((row) => labels.indicator(row.indicator)));
  const measures = [axis.muStar, axis.sigma];
  const values = morris.flatMap((row) => {
    const common = {
      indicator: labels.indicator(row.indicator),
      parameter: labels.parameter(row.parameter),
      path: row.parameter,
      order: finiteOrNull(row.muStar),
    };
    return [
      { ...common, measure: axis.muStar, value: finiteOrNull(row.muStar) },
      { ...common, measure: axis.sigma, value: finiteOrNull(row.sigma) },
    ];
  });

  return {
    ...specHeader(ChartName.SensitivityMorris, labels),
    data: { values },
    facet: { field: 'indicator', type: 'nominal', title: null, sort: panelTitles, header: { labelAnchor: 'start' } },
    columns: 2,
    spec: {
      width: 240,
      height: { step: 14 },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'parameter', type: 'nominal', title: null, sort: { field: 'order', op: 'max', order: 'descending' } },
        yOffset: { field: 'measure', type: 'nominal', sort: measures },
        x: { field: 'value', type: 'quantitative', title: axis.sensitivityIndex },
        color: {
          field: 'measure',
          type: 'nominal',
          title: axis.sensitivityIndex,
          scale: { domain: measures, range: ['#1f4e79', '#9ecae1'] },
        },
        tooltip: [
          ...sensitivityTooltipFields(axis),
          { field: 'value', type: 'quantitative', title: axis.value, format: ',.4~g' },
        ],
      },
    },
    // Effects are in each indicator's own unit, and the ranking differs per indicator.
    resolve: { scale: { x: 'independent', y: 'independent' } },
  };
}
