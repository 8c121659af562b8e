// Sweep explorer: one panel per indicator; a mean line with its CI band over one swept parameter,
// or a heatmap over two, with a drop-down per further parameter (Vega-Lite params) so a committee
// can move a lever and see the outcome without rerunning.
import type { TopLevelSpec } from 'vega-lite';
import { ChartName } from './chart-names.js';
import { specHeader } from './chart-config.js';
import { selectIndicators } from './indicator-selection.js';
import type { ReportLabels } from './labels.js';
import { distinct, finiteOrNull } from './record-values.js';
import type { SweepRecord } from './report-data.js';
import { reportMessages } from './report-messages.js';

export interface SweepChartOptions {
  indicators?: readonly string[];
}

/** Parameter paths may contain dots, which Vega-Lite reads as nesting, so values go to p0, p1, … */
const fieldOf = (index: number) => `p${index}`;

export function buildSweepChart(records: readonly SweepRecord[], labels: ReportLabels, options: SweepChartOptions = {}): TopLevelSpec {
  const axis = labels.axis;
  const parameters = sweepParameters(records);
  const indicators = selectIndicators(
    records.map((row) => row.indicator),
    options.indicators,
  );
  const panelTitles = indicators.map((name) => labels.indicator(name));
  const values = records
    .filter((row) => indicators.includes(row.indicator))
    .map((row) => {
      const value: Record<string, unknown> = { runId: row.runId, indicator: labels.indicator(row.indicator) };
      parameters.forEach((name, i) => (value[fieldOf(i)] = row.parameters[name]));
      value.mean = finiteOrNull(row.mean);
      value.ciLow = finiteOrNull(row.ciLow);
      value.ciHigh = finiteOrNull(row.ciHigh);
      return value;
    });

  // Element-wise `as const`: a readonly tuple would not fit Vega-Lite's mutable tooltip array type.
  const tooltip = [
    { field: 'indicator', type: 'nominal' as const, title: axis.indicator },
    ...parameters.map((name, i) => ({ field: fieldOf(i), type: 'quantitative' as const, title: labels.parameter(name), format: '~g' })),
    { field: 'mean', type: 'quantitative' as const, title: axis.mean, format: ',.4~g' },
    { field: 'ciLow', type: 'quantitative' as const, title: axis.ciLow, format: ',.4~g' },
    { field: 'ciHigh', type: 'quantitative' as const, title: axis.ciHigh, format: ',.4~g' },
    { field: 'runId', type: 'nominal' as const, title: axis.run },
  ];
  const facet = { field: 'indicator', type: 'nominal', title: null, sort: panelTitles, header: { labelAnchor: 'start' } } as const;

  if (parameters.length <= 1) {
    const x = { field: fieldOf(0), type: 'quantitative', title: labels.parameter(parameters[0] ?? ''), scale: { zero: false } } as const;
    return {
      ...specHeader(ChartName.Sweep, labels),
      data: { values },
      facet,
      columns: 3,
      spec: {
        width: 240,
        height: 180,
        layer: [
          {
            mark: { type: 'area', opacity: 0.25, color: '#1f77b4' },
            encoding: { x, y: { field: 'ciLow', type: 'quantitative', title: axis.mean }, y2: { field: 'ciHigh' } },
          },
          { mark: { type: 'line', color: '#1f77b4' }, encoding: { x, y: { field: 'mean', type: 'quantitative' } } },
          {
            mark: { type: 'point', filled: true, size: 40, color: '#1f77b4' },
            encoding: { x, y: { field: 'mean', type: 'quantitative' }, tooltip },
          },
        ],
      },
      resolve: { scale: { y: 'independent' }, axis: { x: 'independent' } },
    };
  }

  // Parameters past the two heatmap axes are held at a value the reader picks.
  const controls = parameters.slice(2).map((name, k) => {
    const index = k + 2;
    const options = distinct(records.map((row) => row.parameters[name])).sort((a, b) => a - b);
    return {
      name: `sweep${fieldOf(index).toUpperCase()}`,
      value: options[0],
      bind: { input: 'select', options, labels: options.map(formatSweepValue), name: `${labels.parameter(name)} ` },
      field: fieldOf(index),
    } as const;
  });
  const ordinal = (index: number, descending: boolean) =>
    ({
      field: fieldOf(index),
      type: 'ordinal',
      title: labels.parameter(parameters[index]),
      // Numbers on an ordinal axis still need number formatting (0.30000000000000004 → 0.3).
      axis: { format: '~g', formatType: 'number', labelAngle: 0 },
      ...(descending ? { sort: 'descending' } : {}),
    }) as const;

  return {
    ...specHeader(ChartName.Sweep, labels),
    data: { values },
    ...(controls.length > 0
      ? {
          params: controls.map(({ name, value, bind }) => ({ name, value, bind })),
          transform: controls.map(({ name, field }) => ({ filter: `datum.${field} == ${name}` })),
        }
      : {}),
    facet,
    columns: 3,
    spec: {
      width: { step: 34 },
      height: { step: 26 },
      mark: { type: 'rect' },
      encoding: {
        x: ordinal(0, false),
        // Larger values at the top, as on a map of policy space.
        y: ordinal(1, true),
        color: { field: 'mean', type: 'quantitative', title: axis.mean, scale: { scheme: 'viridis' } },
        tooltip,
      },
    },
    // Indicators have different units: each heatmap gets its own colour scale and legend. Axes sit
    // in each panel; in the grid's margins they would float away from the cells.
    resolve: { scale: { color: 'independent' }, axis: { x: 'independent', y: 'independent' } },
  };
}

/** Six significant digits, as a reader would type the value (0.30000000000000004 → 0.3). */
function formatSweepValue(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/** The swept parameter paths, in the order of the first row; every row must name the same ones. */
export function sweepParameters(records: readonly SweepRecord[]): string[] {
  if (records.length === 0) return [];
  const names = Object.keys(records[0].parameters);
  const key = [...names].sort().join('\u0000');
  for (const row of records) {
    if (Object.keys(row.parameters).sort().join('\u0000') !== key) {
      throw new Error(reportMessages.sweepParametersMismatch(row.runId));
    }
  }
  return names;
}
