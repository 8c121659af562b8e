// Scenario discovery's chart: the PRIM peeling trajectory (coverage against density, one point per box)
// beside the limits of one box, each dimension as the part of its sampled range the box keeps. Clicking
// a point selects its box (a Vega-Lite point selection on `box`), which filters the limits shown.
import type { TopLevelSpec } from 'vega-lite';
import { ChartName } from './chart-names.js';
import { specHeader } from './chart-config.js';
import type { ReportLabels } from './labels.js';
import type { DiscoveryRecords } from './report-data.js';

/** Name of the selection: the box whose limits the right-hand view shows. */
export const DISCOVERY_SELECTION = 'pickBox';

export function buildDiscoveryChart(records: DiscoveryRecords, labels: ReportLabels): TopLevelSpec {
  const axis = labels.axis;
  const boxes = records.boxes.map((b) => ({ ...b, selected: b.box === records.selectedBox }));
  const dimensions = [...new Set(records.limits.map((l) => l.dimension))];
  const limits = records.limits.map((l) => ({ ...l, label: labels.parameter(l.dimension) }));
  const order = dimensions.map((d) => labels.parameter(d));
  const Q = 'quantitative' as const;
  const N = 'nominal' as const;
  const x = { field: 'coverage', type: Q, title: axis.coverage, scale: { zero: false } };
  const y = { field: 'density', type: Q, title: axis.density, scale: { zero: false } };
  const dimension = { field: 'label', type: N, title: null, sort: order };
  const share = { type: Q, title: axis.sampledRange, scale: { domain: [0, 1] } };
  const boxTooltip = [
    { field: 'box', type: Q, title: axis.box },
    { field: 'coverage', type: Q, title: axis.coverage, format: '.3f' },
    { field: 'density', type: Q, title: axis.density, format: '.3f' },
    { field: 'mass', type: Q, title: axis.mass, format: '.3f' },
    { field: 'restricted', type: N, title: axis.restrictedDimensions },
  ];
  return {
    ...specHeader(ChartName.ScenarioDiscovery, labels),
    hconcat: [
      {
        width: 340,
        height: 300,
        data: { values: boxes },
        layer: [
          { mark: { type: 'line', color: '#bbbbbb' }, transform: [{ filter: "datum.phase !== 'paste'" }], encoding: { x, y, order: { field: 'box' } } },
          {
            mark: { type: 'point', filled: true, size: 70, cursor: 'pointer' },
            params: [{
              name: DISCOVERY_SELECTION,
              // The chosen box is selected from the start; a click elsewhere keeps the last box shown.
              select: { type: 'point', fields: ['box'], on: 'click', clear: false, nearest: true, toggle: false },
              value: [{ box: records.selectedBox }],
            }],
            encoding: {
              x,
              y,
              color: { field: 'restrictedCount', type: 'ordinal', title: axis.restrictedDimensions, scale: { scheme: 'viridis' }, legend: { orient: 'bottom', direction: 'horizontal' } },
              stroke: { condition: { param: DISCOVERY_SELECTION, empty: false, value: '#000000' }, value: null },
              strokeWidth: { value: 2 },
              tooltip: boxTooltip,
            },
          },
          { mark: { type: 'point', size: 260, strokeWidth: 2, color: '#d62728' }, transform: [{ filter: 'datum.selected' }], encoding: { x, y, tooltip: boxTooltip } },
        ],
      },
      {
        width: 300,
        height: { step: 30 },
        title: axis.limits,
        data: { values: limits },
        transform: [{ filter: { param: DISCOVERY_SELECTION, empty: false } }],
        layer: [
          { mark: { type: 'rule', color: '#e4e4e4', strokeWidth: 9 }, encoding: { y: dimension, x: { datum: 0, ...share }, x2: { datum: 1 } } },
          {
            mark: { type: 'rule', strokeWidth: 9 },
            encoding: {
              y: dimension,
              x: { field: 'lower', ...share },
              x2: { field: 'upper' },
              // Dark where the box restricts the dimension, light where it keeps the whole sampled range.
              color: { condition: { test: 'datum.restricted', value: '#1f4e79' }, value: '#9ecae1' },
              tooltip: [
                { field: 'box', type: Q, title: axis.box },
                { field: 'dimension', type: N, title: axis.parameterPath },
                { field: 'limits', type: N, title: axis.limits },
                { field: 'quasiP', type: Q, title: axis.quasiP, format: '.2g' },
              ],
            },
          },
          // The limits in the dimension's own values, right-aligned just above its bar.
          { mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -6, fontSize: 10 }, encoding: { y: dimension, x: { datum: 1, ...share }, text: { field: 'limits' } } },
        ],
      },
    ],
    // The trajectory's colours count restricted dimensions; the limits' colours are fixed.
    resolve: { scale: { color: 'independent' } },
  };
}
