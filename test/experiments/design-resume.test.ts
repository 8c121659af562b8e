// Designs resume: a sweep, a sensitivity analysis or a calibration stopped part way (an abort after k
// points, as Ctrl-C gives) and resumed writes byte-identical files and runs only the missing points;
// a torn last journal line is dropped, and the journal of another design or build is refused.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calibrate } from '../../src/experiments/calibrate.js';
import { calibrateEnsemble } from '../../src/experiments/calibrate-ensemble.js';
import type { DesignOptions } from '../../src/experiments/experiment-options.js';
import { sensitivity } from '../../src/experiments/sensitivity.js';
import { sweep } from '../../src/experiments/sweep.js';
import { InputError } from '../../src/messages.js';
import { DesignInterrupted } from '../../src/montecarlo/evaluate-points.js';
import { EvaluationJournal, JOURNAL_FILE, type JournalIdentity } from '../../src/montecarlo/evaluation-journal.js';
import { InProcessExecutor } from '../../src/montecarlo/in-process-executor.js';
import { CLI_ENTRY, runCli, STACK_FRAME } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const SMALL = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');
const LENGTH = 'policy.programme.lengthQuarters';
const PATENT = 'model.research.seedPatentProbability';
const SWEEP = { scenario: SMALL, param: [`${LENGTH}=4,6,8,10,12`], replications: 2 };

/** Every file of a design's folder (the report is not written here), by name. */
function files(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => [e.name, readFileSync(join(dir, e.name), 'utf8')]));
}

/** Options that abort the design once `k` points (or calibration evaluations) are done. */
function stopAfter(k: number, perPoint = SWEEP.replications): DesignOptions {
  const controller = new AbortController();
  return {
    workers: 1,
    signal: controller.signal,
    onProgress: (done) => {
      if (done >= k * perPoint) controller.abort();
    },
  };
}

/** Counts the points actually simulated (a point is one executor run on one worker). */
function countRuns() {
  return vi.spyOn(InProcessExecutor.prototype, 'run');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('design --resume', () => {
  it('a sweep stopped after 2 of 5 points resumes to the same sweep.csv, running only the 3 missing points', async () => {
    const root = tempDir('resume-sweep');
    const full = await sweep({ ...SWEEP, name: 'full' }, { outRoot: root, workers: 1 });
    const interrupted = sweep({ ...SWEEP, name: 'part' }, { outRoot: root, ...stopAfter(2) });
    await expect(interrupted).rejects.toBeInstanceOf(DesignInterrupted);
    await expect(interrupted).rejects.toMatchObject({ saved: 2 });
    const part = join(root, 'part');
    expect(readFileSync(join(part, JOURNAL_FILE), 'utf8').trim().split('\n')).toHaveLength(3);
    expect(existsSync(join(part, 'sweep.csv'))).toBe(false);

    // Without --resume the saved points are not deleted silently.
    await expect(sweep({ ...SWEEP, name: 'part' }, { outRoot: root, workers: 1 })).rejects.toThrow(/2 evaluated points; continue it with --resume, or start over with --force/);

    const runs = countRuns();
    const resumed = await sweep({ ...SWEEP, name: 'part' }, { outRoot: root, workers: 1, resume: true });
    expect(runs).toHaveBeenCalledTimes(3);
    expect(files(part)).toEqual(files(full.dir));
    expect(resumed.results.map((r) => r.seeds)).toEqual(full.results.map((r) => r.seeds));
    // A finished design keeps no journal: running it again needs neither --resume nor --force.
    expect(existsSync(join(part, JOURNAL_FILE))).toBe(false);
  });

  it('drops a torn last line (a kill mid-write) and runs that point again', async () => {
    const root = tempDir('resume-torn');
    const full = await sweep({ ...SWEEP, name: 'full' }, { outRoot: root, workers: 1 });
    await expect(sweep({ ...SWEEP, name: 'part' }, { outRoot: root, ...stopAfter(3) })).rejects.toBeInstanceOf(DesignInterrupted);
    const journal = join(root, 'part', JOURNAL_FILE);
    const lines = readFileSync(journal, 'utf8').split('\n');
    // The third point's line cut in the middle, as a kill -9 during its write leaves it.
    writeFileSync(journal, `${lines.slice(0, 3).join('\n')}\n${lines[3].slice(0, 40)}`);
    const notices: string[] = [];
    const runs = countRuns();
    await sweep({ ...SWEEP, name: 'part' }, { outRoot: root, workers: 1, resume: true, onNotice: (m) => notices.push(m) });
    expect(runs).toHaveBeenCalledTimes(3);
    expect(notices.join('\n')).toMatch(/1 incomplete or damaged line at its end .* dropped/);
    expect(files(join(root, 'part'))).toEqual(files(full.dir));
  });

  it('refuses the journal of another design, naming both, and --force starts over', async () => {
    const root = tempDir('resume-other');
    await expect(sweep({ ...SWEEP, name: 'part' }, { outRoot: root, ...stopAfter(2) })).rejects.toBeInstanceOf(DesignInterrupted);
    const other = { ...SWEEP, param: [`${LENGTH}=4,6,8`], name: 'part' };
    const refusal = sweep(other, { outRoot: root, workers: 1, resume: true });
    await expect(refusal).rejects.toBeInstanceOf(InputError);
    await expect(refusal).rejects.toThrow(/another design or build: it was written by sweep of small .*4,6,8,10,12.*and this is sweep of small .*4,6,8"\]/);
    const another = sweep({ ...SWEEP, seed: 5, name: 'part' }, { outRoot: root, workers: 1, resume: true });
    await expect(another).rejects.toThrow(/seed 11, .* and this is .*seed 5,/);
    const runs = countRuns();
    await sweep(other, { outRoot: root, workers: 1, resume: true, force: true });
    expect(runs).toHaveBeenCalledTimes(3);
  });

  it('a Morris sensitivity analysis resumes to the same sensitivity.csv', async () => {
    const root = tempDir('resume-morris');
    const spec = { scenario: SMALL, param: [`${LENGTH}=4:12`, `${PATENT}=0.2:0.9`], replications: 2, trajectories: 2 };
    const full = await sensitivity({ ...spec, name: 'full' }, { outRoot: root, workers: 1 });
    await expect(sensitivity({ ...spec, name: 'part' }, { outRoot: root, ...stopAfter(4) })).rejects.toBeInstanceOf(DesignInterrupted);
    const runs = countRuns();
    await sensitivity({ ...spec, name: 'part' }, { outRoot: root, workers: 1, resume: true });
    expect(runs).toHaveBeenCalledTimes(full.points - 4);
    expect(files(join(root, 'part'))).toEqual(files(full.dir));
  });

  it('a Nelder–Mead calibration stopped after 3 evaluations resumes to the same fit, trace and scenario', async () => {
    const root = tempDir('resume-calibrate');
    const targets = join(root, 'targets.yaml');
    writeFileSync(targets, 'targets:\n  - name: papers\n    numerator: [papersDomestic, papersOverseas]\n    value: 40\n');
    const spec = { scenario: SMALL, param: ['model.research.papersPerResearcherQuarter=0.01:0.1'], replications: 2, targets, maxEvaluations: 8 };
    const runsFull = countRuns();
    const full = await calibrate({ ...spec, name: 'full' }, { outRoot: root, workers: 1 });
    const distinct = runsFull.mock.calls.length;
    vi.restoreAllMocks();
    expect(distinct).toBeGreaterThan(3);
    await expect(calibrate({ ...spec, name: 'part' }, { outRoot: root, ...stopAfter(3, 1) })).rejects.toMatchObject({ saved: 3 });
    const runs = countRuns();
    await calibrate({ ...spec, name: 'part' }, { outRoot: root, workers: 1, resume: true });
    expect(runs.mock.calls.length).toBe(distinct - 3);
    expect(files(join(root, 'part'))).toEqual(files(full.dir));
  });

  it('an ABC calibration resumes to the same posterior', async () => {
    const root = tempDir('resume-abc');
    const targets = join(root, 'targets.yaml');
    writeFileSync(targets, 'targets:\n  - name: patentsPerPaper\n    numerator: [patentsDomestic, patentsOverseas]\n    denominator: [papersDomestic, papersOverseas]\n    value: 0.05\n');
    const spec = { scenario: SMALL, param: [`${PATENT}=0.2:0.9`], replications: 1, targets, method: 'abc' as const, population: 6, generations: 2 };
    const full = await calibrateEnsemble({ ...spec, name: 'full' }, { outRoot: root, workers: 1 });
    // Stopped between two batches of proposals, once 8 sets are done.
    const stopped = await calibrateEnsemble({ ...spec, name: 'part' }, { outRoot: root, ...stopAfter(8, 1) }).catch((error: unknown) => error);
    expect(stopped).toBeInstanceOf(DesignInterrupted);
    const { saved } = stopped as DesignInterrupted;
    expect(saved).toBeGreaterThanOrEqual(8);
    expect(saved).toBeLessThan(full.evaluations);
    const runs = countRuns();
    const resumed = await calibrateEnsemble({ ...spec, name: 'part' }, { outRoot: root, workers: 1, resume: true });
    expect(runs.mock.calls.length).toBe(full.evaluations - saved);
    expect(resumed.evaluations).toBe(full.evaluations);
    expect(files(join(root, 'part'))).toEqual(files(full.dir));
  });
});

describe('the evaluation journal', () => {
  it('reads back NaN, infinities, -0 and every digit bit for bit', () => {
    const dir = tempDir('journal-bits');
    const identity: JournalIdentity = { command: 'sweep', design: {}, scenario: 's', scenarioDigest: 'd', masterSeed: 1, replications: 1, version: 'v', codeHash: 'h' };
    const values = [NaN, Infinity, -Infinity, -0, 0, 0.1 + 0.2, 5e-324, Number.MAX_VALUE, 1 / 3];
    const journal = EvaluationJournal.open(dir, identity);
    journal.record({ runId: 0, values: { a: 1 }, summaries: [Float64Array.from(values)], seeds: ['7'] });
    journal.close();
    const reread = EvaluationJournal.open(dir, identity, { resume: true }).find(4, { a: 1 })!;
    expect(reread.runId).toBe(4);
    expect(Array.from(reread.summaries[0]).every((v, i) => Object.is(v, values[i]))).toBe(true);
    expect(reread.seeds).toEqual(['7']);
    // A journal with its header only (killed before the first point) holds nothing to refuse.
    appendFileSync(join(dir, JOURNAL_FILE), '{"values"');
    expect(EvaluationJournal.open(dir, { ...identity, codeHash: 'other' }, { resume: true, force: true }).size).toBe(0);
  });
});

describe('clustersim sweep --resume', () => {
  it('refuses a journal of another design in one paragraph, exit 2', async () => {
    const root = tempDir('resume-cli');
    await expect(sweep({ ...SWEEP, name: 'part' }, { outRoot: root, ...stopAfter(2) })).rejects.toBeInstanceOf(DesignInterrupted);
    const result = await runCli(['sweep', SMALL, '-p', `${LENGTH}=4,6`, '-r', '2', '-w', '1', '-o', root, '--name', 'part', '--resume', '-q', '--no-report']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/evaluation journal there is of another design or build/);
    expect(result.stderr).toMatch(/--force/);
    expect(result.stderr).not.toMatch(/^ {4}at /m);
  });

  it('SIGTERM mid-sweep: exit 143, one paragraph with the saved points and the --resume command; resuming gives the same sweep.csv', async () => {
    const root = tempDir('resume-sigterm');
    const args = ['sweep', join(REPO_ROOT, 'scenarios/baseline.yaml'), '-p', `${LENGTH}=8,12,16,20,24,28,32,36`, '-r', '8', '-w', '2', '-q', '--no-report', '-o', root];
    const journal = join(root, 'baseline-sweep', JOURNAL_FILE);
    const saved = () => (existsSync(journal) ? readFileSync(journal, 'utf8').split('\n').length - 2 : 0);
    const stopped = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI_ENTRY, ...args], { cwd: REPO_ROOT });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      // Sent once a point is durable, as a time limit would arrive mid-design.
      const poll = setInterval(() => {
        if (saved() > 0) {
          clearInterval(poll);
          child.kill('SIGTERM');
        }
      }, 10);
      child.on('error', reject);
      child.on('close', (code) => {
        clearInterval(poll);
        resolve({ code, stderr });
      });
    });
    expect(stopped.code).toBe(143);
    expect(stopped.stderr).toContain(`stopped by SIGTERM (a Slurm time limit, kill or a shutdown): ${saved()} evaluated point`);
    expect(stopped.stderr).toMatch(/clustersim sweep .* --resume\n?$/);
    expect(stopped.stderr).not.toMatch(STACK_FRAME);
    expect(saved()).toBeLessThan(8);
    expect((await runCli([...args, '--resume'])).code).toBe(0);
    const reference = tempDir('resume-sigterm-reference');
    expect((await runCli([...args.slice(0, -1), reference])).code).toBe(0);
    expect(files(join(root, 'baseline-sweep'))).toEqual(files(join(reference, 'baseline-sweep')));
  }, 120_000);
});
