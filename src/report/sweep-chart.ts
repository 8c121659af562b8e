// Sweep explorer: one panel per indicator; a mean line with its CI band over one swept parameter,
// or a heatmap over two, with a drop-down per further parameter (Vega-Lite params) so a committee
// can move a lever and see the outcome without rerunning.
import type { TopLevelSpec } from 'vega-lite';
import type { Field } from 'vega-lite/types_unstable/channeldef.js';
import type { LayerSpec } from 'vega-lite/types_unstable/spec/layer.js';
import { ChartName } from './chart-names.js';
import { specHeader } from './chart-config.js';
import { selectIndicators } from './indicator-selection.js';
import type { ReportLabels } from './labels.js';
import { distinct, finiteOrNull } from './record-values.js';
import type { SweepRecord, SweepValue } from './report-data.js';
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
    ...parameters.map((name, i) =>
      records.every((row) => typeof row.parameters[name] === 'number')
        ? { field: fieldOf(i), type: 'quantitative' as const, title: labels.parameter(name), format: '~g' }
        : { field: fieldOf(i), type: 'nominal' as const, title: labels.parameter(name) },
    ),
    { field: 'mean', type: 'quantitative' as const, title: axis.mean, format: ',.4~g' },
    { field: 'ciLow', type: 'quantitative' as const, title: axis.ciLow, format: ',.4~g' },
    { field: 'ciHigh', type: 'quantitative' as const, title: axis.ciHigh, format: ',.4~g' },
    { field: 'runId', type: 'nominal' as const, title: axis.run },
  ];
  const facet = { field: 'indicator', type: 'nominal', title: null, sort: panelTitles, header: { labelAnchor: 'start' } } as const;

  if (parameters.length <= 1) {
    const numeric = values.every((value) => typeof value[fieldOf(0)] === 'number');
    const title = labels.parameter(parameters[0] ?? '');
    const panels = (width: number | { step: number }, layer: LayerSpec<Field>['layer']): TopLevelSpec => ({
      ...specHeader(ChartName.Sweep, labels),
      data: { values },
      facet,
      columns: 3,
      spec: { width, height: 180, layer },
      resolve: { scale: { y: 'independent' }, axis: { x: 'independent' } },
    });
    // A boolean or categorical parameter has no line between its values: points with their CIs.
    if (!numeric) {
      const x = { field: fieldOf(0), type: 'nominal', title, sort: null, axis: { labelAngle: 0 } } as const;
      return panels({ step: 60 }, [
        {
          mark: { type: 'rule', strokeWidth: 2, color: '#1f77b4' },
          encoding: { x, y: { field: 'ciLow', type: 'quantitative', title: axis.mean, scale: { zero: false } }, y2: { field: 'ciHigh' } },
        },
        { mark: { type: 'point', filled: true, size: 60, color: '#1f77b4' }, encoding: { x, y: { field: 'mean', type: 'quantitative' }, tooltip } },
      ]);
    }
    const x = { field: fieldOf(0), type: 'quantitative', title, scale: { zero: false } } as const;
    return panels(240, [
      {
        mark: { type: 'area', opacity: 0.25, color: '#1f77b4' },
        encoding: { x, y: { field: 'ciLow', type: 'quantitative', title: axis.mean }, y2: { field: 'ciHigh' } },
      },
      { mark: { type: 'line', color: '#1f77b4' }, encoding: { x, y: { field: 'mean', type: 'quantitative' } } },
      {
        mark: { type: 'point', filled: true, size: 40, color: '#1f77b4' },
        encoding: { x, y: { field: 'mean', type: 'quantitative' }, tooltip },
      },
    ]);
  }

  // Parameters past the two heatmap axes are held at a value the reader picks.
  const controls = parameters.slice(2).map((name, k) => {
    const index = k + 2;
    const options = sortValues(distinct(records.map((row) => row.parameters[name])));
    return {
      name: `sweep${fieldOf(index).toUpperCase()}`,
      value: options[0],
      bind: { input: 'select', options, labels: options.map(formatSweepValue), name: `${labels.parameter(name)} ` },
      field: fieldOf(index),
    } as const;
  });
  // Each panel is as wide as its cells need, at least wide enough for a short title; axis titles are
  // cut to the panel so they never run into the next panel (the full name is in the tooltip).
  const count = (index: number) => distinct(records.map((row) => row.parameters[parameters[index]])).length;
  const width = Math.max(MIN_PANEL_PX, CELL_WIDTH_PX * count(0));
  const height = Math.max(MIN_PANEL_PX * 0.75, CELL_HEIGHT_PX * count(1));
  const ordinal = (index: number, descending: boolean, titleLimit: number) =>
    ({
      field: fieldOf(index),
      type: 'ordinal',
      // The setting's own name fits under a small panel; the full label is in the subtitle and tooltip.
      title: shortName(parameters[index]),
      // Numbers on an ordinal axis still need number formatting (0.30000000000000004 → 0.3).
      axis: {
        ...(records.every((row) => typeof row.parameters[parameters[index]] === 'number') ? { format: '~g', formatType: 'number' } : {}),
        labelAngle: 0,
        titleLimit,
      },
      ...(descending ? { sort: 'descending' } : {}),
    }) as const;

  const header = specHeader(ChartName.Sweep, labels);
  const axesLine = `${shortName(parameters[0])} = ${labels.parameter(parameters[0])} · ${shortName(parameters[1])} = ${labels.parameter(parameters[1])}`;
  return {
    ...header,
    title: { text: labels.chart(ChartName.Sweep).title, subtitle: [labels.chart(ChartName.Sweep).subtitle, axesLine] },
    data: { values },
    ...(controls.length > 0
      ? {
          params: controls.map(({ name, value, bind }) => ({ name, value, bind })),
          transform: controls.map(({ name, field }) => ({ filter: `datum.${field} == ${name}` })),
        }
      : {}),
    facet,
    columns: 3,
    spacing: { column: 40, row: 30 },
    spec: {
      width,
      height,
      mark: { type: 'rect' },
      encoding: {
        x: ordinal(0, false, width),
        // Larger values at the top, as on a map of policy space.
        y: ordinal(1, true, height),
        color: { field: 'mean', type: 'quantitative', title: axis.mean, scale: { scheme: 'viridis' }, legend: { format: ',.4~g' } },
        tooltip,
      },
    },
    // Indicators have different units: each heatmap gets its own colour scale and legend. Axes sit
    // in each panel; in the grid's margins they would float away from the cells.
    resolve: { scale: { color: 'independent' }, axis: { x: 'independent', y: 'independent' } },
  };
}

/** The last part of a setting's path: `model.meeting.linkThreshold` → `linkThreshold`. */
function shortName(path: string): string {
  return path.split('.').pop() ?? path;
}

const CELL_WIDTH_PX = 34;
const CELL_HEIGHT_PX = 26;
const MIN_PANEL_PX = 160;

/** Six significant digits, as a reader would type the value (0.30000000000000004 → 0.3); text as it is. */
function formatSweepValue(value: SweepValue): string {
  return typeof value === 'number' ? String(Number(value.toPrecision(6))) : value;
}

/** Numbers ascending, then text values in order of appearance (false before true as a sweep lists them). */
function sortValues(values: SweepValue[]): SweepValue[] {
  const numbers = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  return [...numbers, ...values.filter((v) => typeof v !== 'number')];
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
