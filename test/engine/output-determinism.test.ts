// The determinism contract at the level a researcher sees it: the same scenario and seed write
// byte-identical summary.csv and timeseries.csv; another seed writes different ones.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenarios } from '../../src/montecarlo/run-experiment.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { rowFiles, tempDir } from '../helpers/run-folders.js';

const BASELINE = join(REPO_ROOT, 'scenarios/baseline.yaml');
const REPLICATIONS = 2;
const folders: string[] = [];

async function run(seed: number): Promise<Record<string, string>> {
  const outRoot = tempDir(`seed${seed}`);
  folders.push(outRoot);
  const [result] = await runScenarios([loadScenario(BASELINE)], { outRoot, workers: 1, replications: REPLICATIONS, seed });
  return rowFiles(result.dir);
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('baseline outputs', () => {
  let first: Record<string, string>;
  let again: Record<string, string>;
  let other: Record<string, string>;
  beforeAll(async () => {
    first = await run(101);
    again = await run(101);
    other = await run(102);
  });

  it('same seed: byte-identical summary.csv and timeseries.csv', () => {
    expect(first['summary.csv'].trim().split('\n')).toHaveLength(REPLICATIONS + 1);
    expect(first['timeseries.csv'].length).toBeGreaterThan(0);
    expect(again['summary.csv']).toBe(first['summary.csv']);
    expect(again['timeseries.csv']).toBe(first['timeseries.csv']);
  });

  it('different seed: different summary.csv and timeseries.csv (same header)', () => {
    expect(other['summary.csv']).not.toBe(first['summary.csv']);
    expect(other['timeseries.csv']).not.toBe(first['timeseries.csv']);
    expect(other['summary.csv'].split('\n')[0]).toBe(first['summary.csv'].split('\n')[0]);
  });

  it('replications of one run differ from each other', () => {
    const rows = first['summary.csv'].trim().split('\n').slice(1);
    // Drop the `scenario,replication,seed` prefix: the indicators themselves must differ.
    const values = rows.map((row) => row.split(',').slice(3).join(','));
    expect(values[0]).not.toBe(values[1]);
  });
});
