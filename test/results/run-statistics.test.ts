import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScenarios } from '../../src/montecarlo/run-experiment.js';
import { ROW_FILES } from '../../src/io/run-folder.js';
import { computeRunStatistics } from '../../src/results/folder-statistics.js';
import { RunStatisticsAccumulator, statisticsOptions, type RunStatistics } from '../../src/results/run-statistics.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

/** A column of a CSV file as numbers. */
function column(path: string, name: string, filter: (fields: Record<string, string>) => boolean = () => true): number[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const names = header.split(',');
  return lines
    .map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])))
    .filter(filter)
    .map((fields) => Number(fields[name]));
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('run statistics', () => {
  let dir: string;
  let stats: RunStatistics;
  beforeAll(async () => {
    const [result] = await runScenarios([loadScenario(join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml'))], {
      outRoot: tempDir('stats'),
      workers: 1,
      replications: 9,
    });
    dir = result.dir;
    stats = computeRunStatistics(dir);
  });

  it('summarises each summary column over replications', () => {
    const values = column(join(dir, 'summary.csv'), 'commercializations');
    const row = stats.indicators.find((s) => s.indicator === 'commercializations' && s.quarter === 'all')!;
    expect(row.summary.n).toBe(9);
    expect(row.summary.mean).toBeCloseTo(mean(values), 10);
    expect(row.summary.ciLow).toBeLessThanOrEqual(row.summary.mean);
  });

  it('gives seeded, reproducible bootstrap intervals for the summary values on request', () => {
    const options = statisticsOptions({ ci: 'bootstrap' }, 11);
    const a = computeRunStatistics(dir, options);
    const b = computeRunStatistics(dir, options);
    const pick = (s: RunStatistics, quarter: number | 'all') => s.indicators.find((x) => x.indicator === 'linksTotal' && x.quarter === quarter)!.summary;
    expect(pick(a, 'all')).toEqual(pick(b, 'all'));
    expect(pick(a, 'all').ciMethod).toBe('bootstrap-percentile');
    expect(pick(a, 'all').ciLow).not.toBe(pick(stats, 'all').ciLow);
    expect(pick(a, 'all').ciLow).toBeLessThan(pick(a, 'all').mean);
    expect(pick(a, 'all').ciHigh).toBeGreaterThan(pick(a, 'all').mean);
    // Per-quarter rows keep the t interval (a bootstrap of every quarter would cost B x n x quarters).
    expect(pick(a, 5)).toEqual(pick(stats, 5));
  });

  it('gives the same statistics fed row by row, files interleaved as a run writes them, as read from the files', () => {
    // What RunOutput does while a run writes: one replication's rows of every file, then the next.
    const files = ROW_FILES.map((name) => readFileSync(join(dir, name), 'utf8').trimEnd().split('\n'));
    const fed = new RunStatisticsAccumulator();
    ROW_FILES.forEach((name, i) => fed.header(name, files[i][0].split(',')));
    const replicationOf = (line: string) => Number(line.split(',')[1]);
    const cursors = ROW_FILES.map(() => 1);
    for (let replication = 0; replication < 9; replication++) {
      ROW_FILES.forEach((name, i) => {
        while (cursors[i] < files[i].length && replicationOf(files[i][cursors[i]]) === replication) fed.row(name, files[i][cursors[i]++].split(','));
      });
    }
    expect(cursors).toEqual(files.map((lines) => lines.length));
    const options = statisticsOptions({ ci: 'bootstrap', resamples: 50 }, 11);
    expect(fed.result(options)).toEqual(computeRunStatistics(dir, options));
    expect(() => new RunStatisticsAccumulator().row('summary.csv', [])).toThrow(/before the header/);
  });

  it('summarises the total row of each quarter', () => {
    const q5 = column(join(dir, 'timeseries.csv'), 'linksTotal', (f) => f.region === 'all' && f.quarter === '5');
    const row = stats.indicators.find((s) => s.indicator === 'linksTotal' && s.quarter === 5)!;
    expect(row.summary.mean).toBeCloseTo(mean(q5), 10);
    expect(row.summary.median).toBe([...q5].sort((a, b) => a - b)[4]);
  });

  it('gives regional means of flow totals and final stocks that add up to the whole', () => {
    const perRegion = stats.regional.filter((r) => r.indicator === 'patentsDomestic');
    expect(perRegion.map((r) => r.region)).toEqual(['north', 'south']);
    const total = stats.indicators.find((s) => s.indicator === 'patentsDomestic' && s.quarter === 'all')!.summary.mean;
    expect(perRegion[0].mean + perRegion[1].mean).toBeCloseTo(total, 8);
  });

  it('averages the degree distribution over replications and keeps the first replication\'s hubs', () => {
    const agents = stats.degrees.reduce((sum, d) => sum + d.meanCount, 0);
    expect(agents).toBeGreaterThan(100);
    expect(stats.hubs[0].rank).toBe(1);
    expect(readFileSync(join(dir, 'stats.csv'), 'utf8').split('\n')[0]).toBe('scenario,indicator,quarter,n,mean,sd,median,p5,p25,p75,p95,ciLow,ciHigh,ciMethod');
  });
});
