// The experiments library without the CLI: a sweep and a compare run from TypeScript alone (no child
// process), in a temporary folder; the records they return must match the files they wrote.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, loadScenario, RunInterrupted, runFolder, SUMMARY_COLUMNS, sweep } from '../../src/index.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const SMALL = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');
const LENGTH = 'policy.programme.lengthQuarters';

const csvLines = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n');

describe('experiments library API', () => {
  let out: string;
  beforeAll(() => {
    out = tempDir('library');
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('runs a sweep: every point with the same seeds, sweep.csv as returned, progress reported', async () => {
    const progress: [number, number][] = [];
    const loaded: string[] = [];
    const result = await sweep(
      { scenario: SMALL, param: [`${LENGTH}=4,8`], replications: 2 },
      { outRoot: out, workers: 1, onProgress: (done, total) => progress.push([done, total]), onLoaded: (l) => loaded.push(l.scenario.name) },
    );
    expect(loaded).toEqual(['small']);
    expect(result.dir).toBe(join(out, 'small-sweep'));
    expect(result.spec).toMatchObject({ command: 'sweep', replications: 2, masterSeed: 11 });
    expect(result.points).toBe(2);
    expect(result.results.map((p) => p.values)).toEqual([{ [LENGTH]: 4 }, { [LENGTH]: 8 }]);
    expect(result.results.map((p) => p.summaries.length)).toEqual([2, 2]);
    // Common random numbers: replication i of every point uses the same seed.
    expect(result.results[1].seeds).toEqual(result.results[0].seeds);
    expect(progress.at(-1)).toEqual([4, 4]);

    expect(result.file).toBe(join(result.dir, runFolder.SWEEP_FILE));
    const [header, ...rows] = csvLines(result.file);
    expect(header).toBe(['runId', LENGTH, 'replication', 'seed', ...SUMMARY_COLUMNS].join(','));
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => row.split(',').slice(0, 4))).toEqual(
      result.results.flatMap((p) => p.seeds.map((seed, r) => [String(p.runId), String(p.values[LENGTH]), String(r), seed])),
    );
    // Report records are returned; the report itself is the caller's choice (writeReport).
    expect(result.reportData?.sweep?.length).toBeGreaterThan(0);
    expect(existsSync(join(result.dir, runFolder.REPORT_FILE))).toBe(false);
  });

  it('runs a compare: paired runs into their folders and comparison.csv as returned', async () => {
    const variantFile = join(out, 'small-more.yaml');
    writeFileSync(variantFile, `extends: ${SMALL}\nname: small-more\npolicy:\n  programme: { budgetPerRegionQuarterJpyM: 120 }\n`);
    const runsDone: string[] = [];
    // The baseline as a file, the variant already loaded: both are scenario sources.
    const result = await compare(
      { baseline: SMALL, variants: [loadScenario(variantFile)], replications: 2 },
      { outRoot: out, workers: 1, onRunsDone: (runs) => runsDone.push(...runs.map((r) => r.scenario)) },
    );
    expect(runsDone).toEqual(['small', 'small-more']);
    expect(result.runs.map((r) => [r.dir, r.replications])).toEqual([[join(out, 'small'), 2], [join(out, 'small-more'), 2]]);
    for (const run of result.runs) {
      expect(existsSync(join(run.dir, runFolder.MANIFEST_FILE))).toBe(true);
      expect(csvLines(join(run.dir, runFolder.SUMMARY_FILE))).toHaveLength(3);
    }
    // One master seed for both (the baseline's): the pairing the comparison relies on.
    const seeds = result.runs.map((r) => csvLines(join(r.dir, runFolder.SUMMARY_FILE)).slice(1).map((line) => line.split(',')[2]));
    expect(seeds[1]).toEqual(seeds[0]);

    expect(result.dir).toBe(join(out, 'compare-small-vs-small-more'));
    expect(result.file).toBe(join(result.dir, runFolder.COMPARISON_FILE));
    expect(result.rows.map((r) => r.indicator)).toEqual(SUMMARY_COLUMNS);
    expect(result.rows.every((r) => r.baseline === 'small' && r.variant === 'small-more' && r.n <= 2)).toBe(true);
    const [, ...rows] = csvLines(result.file);
    expect(rows.map((row) => row.split(',').slice(0, 3))).toEqual(result.rows.map((r) => [r.baseline, r.variant, r.indicator]));
  });

  it('resumes an interrupted compare to the bytes of an uninterrupted one', async () => {
    const variantFile = join(out, 'small-resume.yaml');
    writeFileSync(variantFile, `extends: ${SMALL}\nname: small-resume\npolicy:\n  programme: { budgetPerRegionQuarterJpyM: 120 }\n`);
    const spec = { baseline: SMALL, variants: [variantFile], replications: 12, name: 'compare-resume' };
    const whole = await compare(spec, { outRoot: join(out, 'whole'), workers: 1 });
    // Stopped after a few replications of the baseline: completed ones stay on disk.
    const controller = new AbortController();
    await expect(compare(spec, {
      outRoot: join(out, 'resumed'), workers: 1, signal: controller.signal,
      onProgress: (done) => { if (done >= 4) controller.abort(); },
    })).rejects.toBeInstanceOf(RunInterrupted);
    const resumed = await compare(spec, { outRoot: join(out, 'resumed'), workers: 1, resume: true });
    expect(readFileSync(resumed.file, 'utf8')).toBe(readFileSync(whole.file, 'utf8'));
    for (const [i, run] of resumed.runs.entries()) {
      expect(readFileSync(join(run.dir, runFolder.SUMMARY_FILE), 'utf8')).toBe(readFileSync(join(whole.runs[i].dir, runFolder.SUMMARY_FILE), 'utf8'));
    }
  });
});
