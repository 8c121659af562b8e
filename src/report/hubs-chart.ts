// Top connector hubs per scenario: bars of betweenness, coloured by agent kind, with degree and
// Burt's constraint (structural holes) in the tooltip.
import type { TopLevelSpec } from 'vega-lite';
import { ChartName } from './chart-names.js';
import { specHeader } from './chart-config.js';
import type { ReportLabels } from './labels.js';
import { distinct, finiteOrNull } from './record-values.js';
import type { HubRecord } from './report-data.js';
import { scenarioSelector } from './scenario-selector.js';

export interface HubsChartOptions {
  /** Hubs shown per scenario, best first. */
  top?: number;
}

/** Agent kinds in the order of MODEL.md §2, so legends read the same in every report. */
const KIND_ORDER = ['university', 'publicInstitute', 'sme', 'coreFirm', 'bank', 'coordinator'];
const KIND_COLOURS = ['#4c78a8', '#72b7b2', '#f58518', '#e45756', '#54a24b', '#b279a2'];

export function buildHubsChart(records: readonly HubRecord[], labels: ReportLabels, options: HubsChartOptions = {}): TopLevelSpec {
  const axis = labels.axis;
  const top = options.top ?? 10;
  const shown = records.filter((row) => row.rank <= top);
  const scenarios = distinct(records.map((row) => row.scenario));
  const kinds = distinct(shown.map((row) => row.kind)).sort((a, b) => kindIndex(a) - kindIndex(b));
  // Region in brackets: a middle dot would blur into kinds such as 地銀・信金.
  const [open, close] = labels.lang === 'ja' ? ['（', '）'] : [' (', ')'];
  const values = shown.map((row) => ({
    scenario: row.scenario,
    rank: row.rank,
    hub: `${row.rank}. ${labels.agentKind(row.kind)}${open}${row.region}${close}`,
    kind: labels.agentKind(row.kind),
    region: row.region,
    degree: row.degree,
    betweenness: finiteOrNull(row.betweenness),
    constraint: finiteOrNull(row.constraint),
  }));
  const selector = scenarioSelector(scenarios, labels);

  return {
    ...specHeader(ChartName.NetworkHubs, labels),
    data: { values },
    ...(selector ? { params: selector.params, transform: [selector.filter] } : {}),
    facet: { field: 'scenario', type: 'nominal', title: null, sort: scenarios, header: { labelAnchor: 'start' } },
    columns: 2,
    spec: {
      width: 260,
      height: { step: 18 },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'hub', type: 'nominal', title: null, sort: { field: 'rank', op: 'min', order: 'ascending' } },
        x: { field: 'betweenness', type: 'quantitative', title: axis.betweenness },
        color: {
          field: 'kind',
          type: 'nominal',
          title: axis.kind,
          scale: {
            domain: kinds.map((kind) => labels.agentKind(kind)),
            range: kinds.map((kind) => KIND_COLOURS[kindIndex(kind)] ?? '#999999'),
          },
        },
        tooltip: [
          { field: 'scenario', type: 'nominal', title: axis.scenario },
          { field: 'rank', type: 'quantitative', title: axis.rank },
          { field: 'kind', type: 'nominal', title: axis.kind },
          { field: 'region', type: 'nominal', title: axis.region },
          { field: 'degree', type: 'quantitative', title: axis.degree },
          { field: 'betweenness', type: 'quantitative', title: axis.betweenness, format: '.4~g' },
          { field: 'constraint', type: 'quantitative', title: axis.constraint, format: '.3~f' },
        ],
      },
    },
    // Each scenario has its own hubs, so each panel lists its own; axes inside the panels avoid a
    // stray axis under an empty cell of the grid.
    resolve: { scale: { y: 'independent' }, axis: { x: 'independent' } },
  };
}

function kindIndex(kind: string): number {
  const at = KIND_ORDER.indexOf(kind);
  return at < 0 ? KIND_ORDER.length : at;
}
