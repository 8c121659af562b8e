// Forest plot of paired comparisons: per indicator panel, each variant's mean difference from the
// baseline with its 95% CI against a zero line; filled when significant after adjustment. The same
// builder draws the comparison per region (rows are regions) for the regional-comparison chart.
import type { TopLevelSpec } from 'vega-lite';
import { ChartName } from './chart-names.js';
import { specHeader } from './chart-config.js';
import { selectIndicators } from './indicator-selection.js';
import type { ReportLabels } from './labels.js';
import { formatPValue, SIGNIFICANCE_LEVEL } from './number-format.js';
import { distinct, finiteOrNull } from './record-values.js';
import type { ComparisonRecord } from './report-data.js';

export interface ForestOptions {
  /** The chart's name (and so its title): the forest plot, or the comparison per region. */
  name?: typeof ChartName.ComparisonForest | typeof ChartName.RegionalComparison;
  /** Indicators to show; default: the headline ones (every one when there are few). */
  indicators?: readonly string[];
}

/** Drawable: a finite difference with a finite interval (n ≥ 2). */
function drawable(row: ComparisonRecord): boolean {
  return Number.isFinite(row.meanDiff) && Number.isFinite(row.ciLow) && Number.isFinite(row.ciHigh);
}

/** No spread at all: the differences are the same in every replication (an indicator the levers do not touch). */
function flat(row: ComparisonRecord): boolean {
  return row.ciLow === row.ciHigh;
}

/** The rows a forest plot shows: drawable, of indicators that differ somewhere, headline or requested ones. */
export function forestRows(rows: readonly ComparisonRecord[], indicators?: readonly string[]): ComparisonRecord[] {
  const usable = rows.filter(drawable);
  const varying = new Set(usable.filter((row) => !flat(row)).map((row) => row.indicator));
  const kept = usable.filter((row) => varying.has(row.indicator));
  const chosen = new Set(selectIndicators(kept.map((row) => row.indicator), indicators));
  return kept.filter((row) => chosen.has(row.indicator));
}

export function buildForestPlot(allComparisons: readonly ComparisonRecord[], labels: ReportLabels, options: ForestOptions = {}): TopLevelSpec {
  // A difference without an interval (an indicator undefined in every replication, n < 2) has
  // nothing to draw, and a facet panel of only such rows breaks Vega's layout; a panel of
  // differences that are 0 in every replication says nothing and pushes the real effects down.
  const comparisons = forestRows(allComparisons, options.indicators);
  const name = options.name ?? ChartName.ComparisonForest;
  const axis = labels.axis;
  const indicatorTitles = distinct(comparisons.map((row) => labels.indicator(row.indicator)));
  // With one baseline the variant name says it all; with several, name both sides of each contrast.
  const singleBaseline = distinct(comparisons.map((row) => row.baseline)).length === 1;
  const singleVariant = distinct(comparisons.map((row) => row.variant)).length === 1;
  const pair = (row: ComparisonRecord) => (singleBaseline ? row.variant : `${row.variant} − ${row.baseline}`);
  const contrast = (row: ComparisonRecord) =>
    row.region === undefined ? pair(row) : singleVariant ? row.region : `${pair(row)} · ${row.region}`;
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
    // Printed with the digits that keep it on its side of 0.05, as the dot's fill decides.
    pText: formatPValue(row.pAdjusted),
    region: row.region ?? '',
    significance: row.pAdjusted < SIGNIFICANCE_LEVEL ? axis.significant : axis.notSignificant,
  }));

  const y = { field: 'contrast', type: 'nominal', title: null, sort: contrasts } as const;
  const x = { type: 'quantitative', title: axis.difference, scale: { zero: true } } as const;

  return {
    ...specHeader(name, labels),
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
              ...(comparisons.some((row) => row.region !== undefined) ? [{ field: 'region', type: 'nominal', title: axis.region } as const] : []),
              { field: 'pText', type: 'nominal', title: axis.pAdjusted },
            ],
          },
        },
      ],
    },
    // Indicators differ in unit and size: each panel gets its own difference scale.
    resolve: { scale: { x: 'independent' }, axis: { y: 'independent' } },
  };
}
