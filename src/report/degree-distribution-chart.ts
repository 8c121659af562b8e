// Degree distribution of the end-of-run collaboration network on log–log axes, one line per
// scenario: a straight falling line is the heavy tail MODEL.md §8 pattern 7 expects.
import type { TopLevelSpec } from 'vega-lite';
import { ChartName } from './chart-names.js';
import { specHeader } from './chart-config.js';
import type { ReportLabels } from './labels.js';
import { distinct } from './record-values.js';
import type { DegreeRecord } from './report-data.js';
import { scenarioSelector } from './scenario-selector.js';

export function buildDegreeDistributionChart(records: readonly DegreeRecord[], labels: ReportLabels): TopLevelSpec {
  const axis = labels.axis;
  // A log axis has no place for zero: isolated agents and unobserved degrees are left out.
  const shown = records.filter((row) => row.degree > 0 && row.meanCount > 0 && Number.isFinite(row.meanCount));
  const scenarios = distinct(records.map((row) => row.scenario));
  const values = shown.map((row) => ({ scenario: row.scenario, degree: row.degree, meanCount: row.meanCount }));
  const selector = scenarioSelector(scenarios, labels);
  const x = { field: 'degree', type: 'quantitative', title: axis.degree, scale: { type: 'log' } } as const;
  const y = { field: 'meanCount', type: 'quantitative', title: axis.agentsWithDegree, scale: { type: 'log' } } as const;
  const colour = { field: 'scenario', type: 'nominal', title: axis.scenario, scale: { domain: scenarios } } as const;

  return {
    ...specHeader(ChartName.DegreeDistribution, labels),
    data: { values },
    ...(selector ? { params: selector.params, transform: [selector.filter] } : {}),
    width: 420,
    height: 300,
    layer: [
      { mark: { type: 'line', strokeWidth: 1.5, opacity: 0.8 }, encoding: { x, y, color: colour } },
      {
        mark: { type: 'point', filled: true, size: 28 },
        encoding: {
          x,
          y,
          color: colour,
          tooltip: [
            { field: 'scenario', type: 'nominal', title: axis.scenario },
            { field: 'degree', type: 'quantitative', title: axis.degree },
            { field: 'meanCount', type: 'quantitative', title: axis.agentsWithDegree, format: ',.3~f' },
          ],
        },
      },
    ],
  };
}
