// The checkpoint's `completed` count is never trusted alone: a resume counts the replications the
// (checksummed) row files hold and continues only when both agree. An edited count — more than the
// plan, fewer than the files, or not a number — starts the run over with a notice, and the result is
// the bytes of an uninterrupted run either way.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RunInterrupted, runScenarios } from '../../src/montecarlo/run-experiment.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { finishedOutputs, scratchFolders } from '../helpers/run-folders.js';

const small = loadScenario(join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml'));
const { fresh: freshOut } = scratchFolders('checkpoint-count');
const REPLICATIONS = 8;

let reference: Record<string, string>;
let interrupted: string;
let kept: number;
beforeAll(async () => {
  const clean = freshOut();
  await runScenarios([small], { outRoot: clean, workers: 1, replications: REPLICATIONS });
  reference = finishedOutputs(join(clean, 'small'));
  interrupted = freshOut();
  const controller = new AbortController();
  const run = runScenarios([small], {
    outRoot: interrupted,
    workers: 1,
    replications: REPLICATIONS,
    signal: controller.signal,
    onProgress: (done) => {
      if (done >= 3) controller.abort();
    },
  });
  await expect(run).rejects.toBeInstanceOf(RunInterrupted);
  kept = JSON.parse(readFileSync(join(interrupted, 'small', 'checkpoint.json'), 'utf8')).completed;
});

async function resumeWith(completed: unknown): Promise<{ resumedFrom: number; notices: string[]; dir: string }> {
  const out = freshOut();
  cpSync(interrupted, out, { recursive: true });
  const path = join(out, 'small', 'checkpoint.json');
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), completed }));
  const notices: string[] = [];
  const [result] = await runScenarios([small], { outRoot: out, workers: 1, replications: REPLICATIONS, resume: true, onNotice: (m) => notices.push(m) });
  return { resumedFrom: result.resumedFrom, notices, dir: join(out, 'small') };
}

describe("the checkpoint's count", () => {
  it('an untouched checkpoint agrees with its files: the run continues from there', async () => {
    expect(kept).toBeGreaterThanOrEqual(3);
    const { resumedFrom, notices, dir } = await resumeWith(kept);
    expect(resumedFrom).toBe(kept);
    expect(notices).toEqual([]);
    expect(finishedOutputs(dir)).toEqual(reference);
  });

  it.each([[100], [180], [500], ['abc'], [1], [-1], [null]])('edited to %j: the run starts over with a notice, and ends with the bytes of an uninterrupted run', async (completed) => {
    const { resumedFrom, notices, dir } = await resumeWith(completed);
    expect(resumedFrom).toBe(0);
    expect(notices).toEqual([
      `${dir}: checkpoint.json says ${String(completed)} replications are complete, but its files hold ${kept}; ` +
        'a checkpoint that does not match its files cannot be trusted: the run starts again from the first replication',
    ]);
    expect(finishedOutputs(dir)).toEqual(reference);
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).replications).toBe(REPLICATIONS);
  });
});
