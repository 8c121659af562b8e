// Forest plot of paired comparisons: per indicator panel, each variant's mean difference from the
// baseline with its 95% CI against a zero line; filled when significant after adjustment.
import type { TopLevelSpec } from 'vega-lite';
import { ChartName } from './chart-names.js';
import { specHeader } from './chart-config.js';
import type { ReportLabels } from './labels.js';
import { distinct, finiteOrNull } from './record-values.js';
import type { ComparisonRecord } from './report-data.js';

/** The conventional threshold, applied to p-values already adjusted for multiple comparisons. */
export const SIGNIFICANCE_LEVEL = 0.05;

export function buildForestPlot(allComparisons: readonly ComparisonRecord[], labels: ReportLabels): TopLevelSpec {
  // A difference without an interval (an indicator undefined in every replication, n < 2) has
  // nothing to draw, and a facet panel of only such rows breaks Vega's layout.
  const comparisons = allComparisons.filter((row) => Number.isFinite(row.meanDiff) && Number.isFinite(row.ciLow) && Number.isFinite(row.ciHigh));
  const axis = labels.axis;
  const indicatorTitles = distinct(comparisons.map((row) => labels.indicator(row.indicator)));
  // With one baseline the variant name says it all; with several, name both sides of each contrast.
  const singleBaseline = distinct(comparisons.map((row) => row.baseline)).length === 1;
  const contrast = (row: ComparisonRecord) => (singleBaseline ? row.variant : `${row.variant} − ${row.baseline}`);
  const contrasts = distinct(comparisons.map(contrast));

  const values = comparisons.map((row) => ({
    indicator: labels.indicator(row.indicator),
    contrast: contrast(row),
    baseline: row.baseline,
    variant: row.variant,
    meanDiff: finiteOrNull(row.meanDiff),
    ciLow: finiteOrNull(row.ciLow),
    ciHigh: finiteOrNull(row.ciHigh),
    relativeChange: finiteOrNull(row.relativeChange),
    pAdjusted: finiteOrNull(row.pAdjusted),
    significance: row.pAdjusted < SIGNIFICANCE_LEVEL ? axis.significant : axis.notSignificant,
  }));

  const y = { field: 'contrast', type: 'nominal', title: null, sort: contrasts } as const;
  const x = { type: 'quantitative', title: axis.difference, scale: { zero: true } } as const;

  return {
    ...specHeader(ChartName.ComparisonForest, labels),
    data: { values },
    facet: { field: 'indicator', type: 'nominal', title: null, sort: indicatorTitles, header: { labelAnchor: 'start' } },
    columns: 2,
    spec: {
      width: 280,
      height: { step: 22 },
      layer: [
        {
          mark: { type: 'rule', color: '#888888', strokeDash: [4, 3] },
          encoding: { x: { datum: 0, type: 'quantitative' } },
        },
        {
          mark: { type: 'rule', strokeWidth: 2, color: '#1f4e79' },
          encoding: { y, x: { field: 'ciLow', ...x }, x2: { field: 'ciHigh' } },
        },
        {
          mark: { type: 'point', shape: 'circle', size: 70, strokeWidth: 2, stroke: '#1f4e79', opacity: 1 },
          encoding: {
            y,
            x: { field: 'meanDiff', ...x },
            fill: {
              field: 'significance',
              type: 'nominal',
              title: axis.significance,
              scale: { domain: [axis.significant, axis.notSignificant], range: ['#1f4e79', '#ffffff'] },
            },
            tooltip: [
              { field: 'indicator', type: 'nominal', title: axis.indicator },
              { field: 'variant', type: 'nominal', title: axis.variant },
              { field: 'baseline', type: 'nominal', title: axis.baseline },
              { field: 'meanDiff', type: 'quantitative', title: axis.mean, format: ',.4~g' },
              { field: 'ciLow', type: 'quantitative', title: axis.ciLow, format: ',.4~g' },
              { field: 'ciHigh', type: 'quantitative', title: axis.ciHigh, format: ',.4~g' },
              { field: 'relativeChange', type: 'quantitative', title: axis.relativeChange, format: '+.1%' },
              { field: 'pAdjusted', type: 'quantitative', title: axis.pAdjusted, format: '.3g' },
            ],
          },
        },
      ],
    },
    // Indicators differ in unit and size: each panel gets its own difference scale.
    resolve: { scale: { x: 'independent' }, axis: { y: 'independent' } },
  };
}
