// Every chart spec validates against the official Vega-Lite schema, compiles without warnings, is
// a pure function of its records, and speaks the chosen language.
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { buildCharts } from '../../src/report/build-charts.js';
import { CHART_NAMES, ChartName } from '../../src/report/chart-names.js';
import { buildDegreeDistributionChart } from '../../src/report/degree-distribution-chart.js';
import { buildFanChart } from '../../src/report/fan-chart.js';
import { buildForestPlot } from '../../src/report/forest-plot.js';
import { labelsFor, LANGS } from '../../src/report/labels.js';
import type { ReportData } from '../../src/report/report-data.js';
import { buildSweepChart } from '../../src/report/sweep-chart.js';
import { reportMessages } from '../../src/report/report-messages.js';
import { sampleReportData, sweepRecords } from '../fixtures/report/sample-report-data.js';
import { compiled, schemaErrors, vegaLiteSchema } from './helpers/vega-lite-schema.js';

beforeAll(() => void compiled(), 60_000);

/** Vega-Lite warnings of a compile, collected instead of printed. */
function compileWarnings(spec: unknown): string[] {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => {
      throw new Error(args.join(' '));
    },
    warn: (...args: unknown[]) => (warnings.push(args.join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  };
  compile(spec as Parameters<typeof compile>[0], { logger: logger as never });
  return warnings;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('chart specs', () => {
  it('are checked with the draft the schema declares (draft-07: Ajv default class)', () => {
    expect(vegaLiteSchema().$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  for (const lang of LANGS) {
    const charts = buildCharts(sampleReportData(), labelsFor(lang));

    it(`covers every chart for the sample data (${lang})`, () => {
      expect(charts.map((chart) => chart.name)).toEqual(CHART_NAMES);
    });

    for (const { name, spec } of charts) {
      it(`${name} (${lang}) validates against the Vega-Lite schema and compiles cleanly`, () => {
        expect(schemaErrors(spec)).toEqual([]);
        expect(compileWarnings(spec)).toEqual([]);
      });
    }
  }

  it('are pure: the same records give identical JSON, and the records are not modified', () => {
    const frozen = deepFreeze(sampleReportData());
    for (const lang of LANGS) {
      const first = JSON.stringify(buildCharts(frozen, labelsFor(lang)));
      const second = JSON.stringify(buildCharts(sampleReportData(), labelsFor(lang)));
      expect(first).toBe(second);
    }
  });

  it('use Japanese labels with --lang ja and English ones with --lang en', () => {
    const ja = JSON.stringify(buildCharts(sampleReportData(), labelsFor('ja')));
    const en = JSON.stringify(buildCharts(sampleReportData(), labelsFor('en')));
    // Quoted, as whole strings: field names such as startQuarter must not count as a label.
    const quoted = (term: string) => JSON.stringify(term);
    for (const term of ['事業化件数', '特許出願（国内）', '関連収入（百万円）', '公的支出（百万円）', '四半期', '指標の推移', 'マッチングファンド：privateMatch']) {
      expect(ja.includes(quoted(term)), term).toBe(true);
      expect(en.includes(term), term).toBe(false);
    }
    for (const term of ['Commercialisations', 'Related revenue (JPY million)', 'Public spend (JPY million)', 'Quarter', 'Matching funds: privateMatch']) {
      expect(en.includes(quoted(term)), term).toBe(true);
      expect(ja.includes(quoted(term)), term).toBe(false);
    }
  });

  it('inline their data and name no external resource', () => {
    for (const { spec } of buildCharts(sampleReportData(), labelsFor('en'))) {
      const { $schema, ...rest } = spec as { $schema: string };
      expect($schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
      expect(JSON.stringify(rest)).not.toMatch(/"url"\s*:/);
    }
  });

  it('skip charts whose records are absent or empty', () => {
    const data: ReportData = {
      manifest: sampleReportData().manifest,
      trajectories: [],
      hubs: sampleReportData().hubs,
      degreeDistribution: [{ scenario: 'a', degree: 0, meanCount: 10 }],
      sensitivity: sampleReportData().sensitivity!.filter((row) => row.method === 'sobol'),
    };
    expect(buildCharts(data, labelsFor('en')).map((chart) => chart.name)).toEqual([
      ChartName.NetworkHubs,
      ChartName.SensitivitySobol,
    ]);
  });
});

describe('fan chart', () => {
  it('shades funding periods per scenario in every panel, half a quarter beyond each end', () => {
    const data = sampleReportData();
    const spec = buildFanChart(data.trajectories!, data.fundingPeriods!, labelsFor('en')) as unknown as {
      data: { values: { row: string; scenario: string; start?: number; end?: number; indicator: string }[] };
    };
    const funding = spec.data.values.filter((row) => row.row === 'funding');
    // 4 periods × 5 indicator panels.
    expect(funding).toHaveLength(20);
    expect(funding.filter((row) => row.scenario === 'continuity').map((row) => [row.start, row.end])).toContainEqual([23.5, 39.5]);
  });

  it('binds a scenario selector only when there is more than one scenario', () => {
    const data = sampleReportData();
    const many = buildFanChart(data.trajectories!, [], labelsFor('ja')) as { params?: unknown[] };
    expect(JSON.stringify(many.params)).toContain('すべてのシナリオ');
    const one = buildFanChart(
      data.trajectories!.filter((row) => row.scenario === 'baseline'),
      [],
      labelsFor('en'),
    ) as { params?: unknown[] };
    expect(one.params).toBeUndefined();
    expect(schemaErrors(one)).toEqual([]);
  });

  it('reads time in fiscal years when the scenario starts in one, and marks running totals in panel titles', () => {
    const data = sampleReportData();
    const rows = data.trajectories!.map((row) => (row.indicator === 'commercializations' ? { ...row, cumulative: true } : row));
    const spec = JSON.stringify(buildFanChart(rows, data.fundingPeriods!, labelsFor('ja'), { startFiscalYear: 2026 }));
    expect(spec).toContain("(2026 + floor(datum.value / 4)) + '年度'");
    expect(spec).toContain('2026年度 第1四半期');
    expect(spec).toContain('事業化件数（累計）');
    expect(JSON.stringify(buildFanChart(rows, data.fundingPeriods!, labelsFor('en')))).not.toContain('FY');
  });

  it('shows the requested indicators, in the requested order', () => {
    const data = sampleReportData();
    const spec = buildFanChart(data.trajectories!, [], labelsFor('en'), { indicators: ['revenueJpyM', 'commercializations'] });
    expect((spec as { facet: { sort: string[] } }).facet.sort).toEqual(['Related revenue (JPY million)', 'Commercialisations']);
  });
});

describe('forest plot', () => {
  it('marks significance from adjusted p-values and leaves out differences without an interval', () => {
    const spec = buildForestPlot(
      [
        { baseline: 'b', variant: 'v', indicator: 'startups', meanDiff: 2, ciLow: 1, ciHigh: 3, relativeChange: null, pAdjusted: 0.01 },
        { baseline: 'b', variant: 'v', indicator: 'sustainability', meanDiff: NaN, ciLow: NaN, ciHigh: Infinity, relativeChange: 0.1, pAdjusted: 0.5 },
      ],
      labelsFor('en'),
    ) as unknown as { data: { values: Record<string, unknown>[] } };
    // A panel of only undrawable rows breaks Vega's facet layout (seen with sustainability when
    // funding never ends), so such rows are not plotted at all.
    expect(spec.data.values.map((row) => row.significance)).toEqual(['Significant']);
    expect(spec.data.values.map((row) => row.indicator)).toEqual(['Start-ups']);
    expect(schemaErrors(spec)).toEqual([]);
  });

  it('names both sides of each contrast when there are several baselines', () => {
    const row = { indicator: 'startups', meanDiff: 1, ciLow: 0, ciHigh: 2, relativeChange: 0.1, pAdjusted: 0.2 };
    const spec = buildForestPlot([{ ...row, baseline: 'a', variant: 'b' }, { ...row, baseline: 'c', variant: 'b' }], labelsFor('en'));
    expect(JSON.stringify(spec)).toContain('b − a');
    expect(JSON.stringify(spec)).toContain('b − c');
  });
});

describe('degree distribution', () => {
  it('leaves out degree 0 and empty counts, which a log axis cannot show', () => {
    const spec = buildDegreeDistributionChart(
      [
        { scenario: 's', degree: 0, meanCount: 5 },
        { scenario: 's', degree: 1, meanCount: 0 },
        { scenario: 's', degree: 2, meanCount: 3 },
      ],
      labelsFor('en'),
    ) as unknown as { data: { values: { degree: number }[] } };
    expect(spec.data.values.map((row) => row.degree)).toEqual([2]);
  });
});

describe('sweep explorer', () => {
  const labels = labelsFor('en');

  it('draws a line with a CI band over one parameter', () => {
    const spec = buildSweepChart(sweepRecords(1), labels);
    expect(JSON.stringify(spec)).toContain('"area"');
    expect(schemaErrors(spec)).toEqual([]);
    expect(compileWarnings(spec)).toEqual([]);
  });

  it('draws a heatmap over two parameters, with no controls', () => {
    const spec = buildSweepChart(sweepRecords(2), labels) as { params?: unknown[]; spec: { mark: { type: string } } };
    expect(spec.spec.mark.type).toBe('rect');
    expect(spec.params).toBeUndefined();
    expect(schemaErrors(spec)).toEqual([]);
  });

  it('binds a drop-down to each parameter beyond the two axes, with readable values', () => {
    const spec = buildSweepChart(sweepRecords(3), labels) as unknown as {
      params: { name: string; value: number; bind: { input: string; options: number[]; labels: string[]; name: string } }[];
      transform: { filter: string }[];
    };
    expect(spec.params).toHaveLength(1);
    expect(spec.params[0].bind).toMatchObject({ input: 'select', options: [0.1, 0.30000000000000004], labels: ['0.1', '0.3'] });
    expect(spec.params[0].bind.name).toContain('Wide-area collaboration');
    expect(spec.params[0].value).toBe(0.1);
    expect(spec.transform[0].filter).toBe(`datum.p2 == ${spec.params[0].name}`);
  });

  it('draws a boolean sweep as points with CIs per value (no line between false and true)', () => {
    const rows = sweepRecords(1).filter((row) => row.parameters['matchingFunds.budgetJpyM'] <= 100)
      .map((row) => ({ ...row, parameters: { 'policy.wideArea.salesPlatform': row.parameters['matchingFunds.budgetJpyM'] === 100 ? 'true' : 'false' } }));
    const spec = buildSweepChart(rows, labels) as unknown as { spec: { layer: { mark: { type: string } }[] } };
    expect(spec.spec.layer.map((layer) => layer.mark.type)).toEqual(['rule', 'point']);
    expect(JSON.stringify(spec)).not.toContain('"area"');
    expect(schemaErrors(spec)).toEqual([]);
    expect(compileWarnings(spec)).toEqual([]);
  });

  it('titles heatmap axes with the setting\'s short name cut to the panel, the full labels in the subtitle', () => {
    const spec = buildSweepChart(sweepRecords(2), labels) as unknown as {
      title: { subtitle: string[] };
      spec: { width: number; encoding: { x: { title: string; axis: { titleLimit: number } } } };
    };
    expect(spec.spec.encoding.x.title).toBe('budgetJpyM');
    expect(spec.spec.encoding.x.axis.titleLimit).toBeLessThanOrEqual(spec.spec.width);
    expect(spec.title.subtitle[1]).toContain('budgetJpyM = Matching funds: budgetJpyM');
  });

  it('rejects rows that name different parameters', () => {
    const rows = sweepRecords(2);
    rows[3] = { ...rows[3], parameters: { other: 1 } };
    expect(() => buildSweepChart(rows, labels)).toThrow(reportMessages.sweepParametersMismatch(rows[3].runId));
  });
});
