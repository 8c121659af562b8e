// Regional breakdown: per indicator panel, each region's mean with one bar per scenario.
import type { TopLevelSpec } from 'vega-lite';
import { ChartName } from './chart-names.js';
import { specHeader } from './chart-config.js';
import { selectIndicators } from './indicator-selection.js';
import type { ReportLabels } from './labels.js';
import { distinct, finiteOrNull } from './record-values.js';
import type { RegionalRecord } from './report-data.js';
import { scenarioSelector } from './scenario-selector.js';

export interface RegionalChartOptions {
  indicators?: readonly string[];
}

export function buildRegionalChart(
  records: readonly RegionalRecord[],
  labels: ReportLabels,
  options: RegionalChartOptions = {},
): TopLevelSpec {
  const axis = labels.axis;
  const indicators = selectIndicators(
    records.map((row) => row.indicator),
    options.indicators,
  );
  const scenarios = distinct(records.map((row) => row.scenario));
  const regions = distinct(records.map((row) => row.region));
  const panelTitles = indicators.map((name) => labels.indicator(name));
  const values = records
    .filter((row) => indicators.includes(row.indicator))
    .map((row) => ({
      scenario: row.scenario,
      region: row.region,
      indicator: labels.indicator(row.indicator),
      mean: finiteOrNull(row.mean),
    }));
  const selector = scenarioSelector(scenarios, labels);

  return {
    ...specHeader(ChartName.RegionalBreakdown, labels),
    data: { values },
    ...(selector ? { params: selector.params, transform: [selector.filter] } : {}),
    facet: { field: 'indicator', type: 'nominal', title: null, sort: panelTitles, header: { labelAnchor: 'start' } },
    columns: 2,
    spec: {
      width: 260,
      // A band per region tall enough for its label: Vega drops labels that would overlap.
      height: { step: 20 },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'region', type: 'nominal', title: null, sort: regions, axis: { labelOverlap: false } },
        yOffset: { field: 'scenario', type: 'nominal', sort: scenarios },
        x: { field: 'mean', type: 'quantitative', title: axis.mean },
        color: { field: 'scenario', type: 'nominal', title: axis.scenario, scale: { domain: scenarios } },
        tooltip: [
          { field: 'indicator', type: 'nominal', title: axis.indicator },
          { field: 'region', type: 'nominal', title: axis.region },
          { field: 'scenario', type: 'nominal', title: axis.scenario },
          { field: 'mean', type: 'quantitative', title: axis.mean, format: ',.4~g' },
        ],
      },
    },
    resolve: { scale: { x: 'independent' } },
  };
}
