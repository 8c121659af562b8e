import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunInterrupted, runScenarios } from '../../src/montecarlo/run-experiment.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { relativeHalfWidth, summarize } from '../../src/stats/index.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { finishedOutputs, tempDir } from '../helpers/run-folders.js';

const SMALL = loadScenario(join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml'));
const TARGET = { relativeHalfWidth: 0.25, indicators: ['patentsDomestic', 'linksTotal'], batchSize: 4 };
const CAP = 60;

function columnOf(dir: string, name: string): number[] {
  const [header, ...lines] = readFileSync(join(dir, 'summary.csv'), 'utf8').trim().split('\n');
  const i = header.split(',').indexOf(name);
  return lines.map((line) => Number(line.split(',')[i]));
}

const widths = (dir: string, n?: number) =>
  TARGET.indicators.map((name) => relativeHalfWidth(summarize(columnOf(dir, name).slice(0, n))));

describe('--target-ci', () => {
  it('stops at the first batch boundary where every target indicator is precise enough', async () => {
    const [result] = await runScenarios([SMALL], { outRoot: tempDir('target'), workers: 2, replications: CAP, targetCi: TARGET });
    const n = result.replications;
    expect(n % TARGET.batchSize).toBe(0);
    expect(n).toBeLessThan(CAP);
    expect(Math.max(...widths(result.dir))).toBeLessThanOrEqual(TARGET.relativeHalfWidth);
    // One batch earlier the target was not met (or the two-batch minimum held the run).
    if (n > 2 * TARGET.batchSize) expect(Math.max(...widths(result.dir, n - TARGET.batchSize))).toBeGreaterThan(TARGET.relativeHalfWidth);
  });

  it('resumes to the same stopping point and bytes as an uninterrupted run', async () => {
    const [whole] = await runScenarios([SMALL], { outRoot: tempDir('target-whole'), workers: 1, replications: CAP, targetCi: TARGET });
    const out = tempDir('target-resume');
    const controller = new AbortController();
    await expect(
      runScenarios([SMALL], {
        outRoot: out, workers: 1, replications: CAP, targetCi: TARGET, signal: controller.signal,
        onProgress: (done) => done === 6 && controller.abort(),
      }),
    ).rejects.toBeInstanceOf(RunInterrupted);
    const [resumed] = await runScenarios([SMALL], { outRoot: out, workers: 2, replications: CAP, targetCi: TARGET, resume: true });
    expect(resumed.resumedFrom).toBeGreaterThan(0);
    expect(resumed.replications).toBe(whole.replications);
    expect(finishedOutputs(resumed.dir)).toEqual(finishedOutputs(whole.dir));
  });

  it('cannot be combined with shards', async () => {
    await expect(runScenarios([SMALL], { outRoot: tempDir('x'), workers: 1, replications: 8, targetCi: TARGET, shard: { index: 0, count: 2 } })).rejects.toThrow(/cannot be split with --shard/);
  });
});
