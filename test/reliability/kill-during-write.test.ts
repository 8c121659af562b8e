// kill -9 at random moments, several times over one run folder (resuming after each kill, starting
// over once it finished): after every kill the folder is either complete — manifest.json, and every
// file it lists there with consistent row counts — or has no manifest, and then the checkpoint's
// prefixes of the *.partial files are intact and no row file under its final name is truncated.
// At the end --resume finishes the run with the bytes of an uninterrupted one.
// CLUSTERSIM_KILL_SEED replays a sequence of kill times.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROW_FILES } from '../../src/io/run-folder.js';
import { CLI_ENTRY, runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { finishedOutputs, rowFiles, tempDir } from '../helpers/run-folders.js';

const SMALL = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');
/** small.yaml: 12 quarters, two regions and the total row. */
const TIMESERIES_ROWS_PER_REPLICATION = 12 * 3;
const REPLICATIONS = 480;
const ARGS = ['--replications', String(REPLICATIONS), '--workers', '2', '--quiet', '--no-report'];
/** Kills wanted, and runs started at most to get them (a resumed run may finish before its kill). */
const KILLS = 5;
const MAX_RUNS = 10;
const SEED = Number(process.env.CLUSTERSIM_KILL_SEED ?? Date.now() % 100_000);

const scratch = tempDir('kill');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A small seeded generator (mulberry32), so a failing sequence of kill times can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts a run and kills it with SIGKILL after `delayMs` (if it is still running). */
function killedRun(out: string, delayMs: number, resume: boolean): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, 'run', SMALL, ...ARGS, '--out', out, ...(resume ? ['--resume'] : [])], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code });
    });
  });
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Replication column of every data row of a row file. */
function replicationsOf(text: string): number[] {
  return text.trimEnd().split('\n').slice(1).map((line) => Number(line.split(',')[1]));
}

/** A finished folder: every listed output exists, and every row file holds every replication once, in order. */
function expectComplete(dir: string): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  for (const output of manifest.outputs as string[]) expect(existsSync(join(dir, output)), output).toBe(true);
  expect(manifest.replications).toBe(REPLICATIONS);
  const all = Array.from({ length: REPLICATIONS }, (_, i) => i);
  const rows = rowFiles(dir);
  for (const text of Object.values(rows)) expect(text.endsWith('\n')).toBe(true);
  expect(replicationsOf(rows['summary.csv'])).toEqual(all);
  expect(replicationsOf(rows['timeseries.csv'])).toEqual(all.flatMap((i) => Array(TIMESERIES_ROWS_PER_REPLICATION).fill(i)));
  for (const name of ['network.csv', 'degree-distribution.csv']) {
    expect([...new Set(replicationsOf(rows[name]))]).toEqual(all);
    expect(replicationsOf(rows[name])).toEqual([...replicationsOf(rows[name])].sort((a, b) => a - b));
  }
}

/**
 * An unfinished folder: with a checkpoint, each row file (partial, or already renamed by `finish`)
 * begins with exactly the prefix the checkpoint recorded, and a file under its final name is that
 * whole prefix of a finished plan. Without a checkpoint (killed while starting), no row file has
 * its final name.
 */
function expectUnfinished(dir: string): void {
  const names = readdirSync(dir);
  if (!names.includes('checkpoint.json')) {
    for (const name of ROW_FILES) expect(names, `${name} without a checkpoint`).not.toContain(name);
    return;
  }
  const checkpoint = JSON.parse(readFileSync(join(dir, 'checkpoint.json'), 'utf8'));
  ROW_FILES.forEach((name, i) => {
    const prefix = checkpoint.files[i] as { bytes: number; sha256: string };
    const final = names.includes(name);
    const bytes = readFileSync(join(dir, final ? name : `${name}.partial`));
    expect(bytes.length, name).toBeGreaterThanOrEqual(prefix.bytes);
    expect(sha256(bytes.subarray(0, prefix.bytes)), name).toBe(prefix.sha256);
    if (final) {
      expect(bytes.length, `${name} under its final name`).toBe(prefix.bytes);
      expect(checkpoint.completed).toBe(REPLICATIONS);
    }
  });
}

describe('kill -9 during writes, again and again', () => {
  it(`never leaves a truncated file looking complete (kill times from seed ${SEED})`, async () => {
    // The kills are timed from this machine: how long the CLI takes to start (--version loads what
    // a run loads) and how long the uninterrupted reference run takes after that. Fixed delays
    // ended up landing after the run had finished once the model got faster.
    const startupStarted = performance.now();
    await runCli(['--version']);
    const startupMs = performance.now() - startupStarted;
    const referenceOut = join(scratch, 'reference');
    const started = performance.now();
    const reference = await runCli(['run', SMALL, ...ARGS, '--workers', '1', '--out', referenceOut]);
    const workMs = Math.max(200, performance.now() - started - startupMs);
    expect(reference.code, reference.stderr).toBe(0);
    const out = join(scratch, 'killed');
    const dir = join(out, 'small');
    const next = random(SEED);
    const states: string[] = [];
    let finished = false;
    let kills = 0;
    /** Share of the plan a run still has to do: a resumed run is shorter. */
    let remaining = 1;
    for (let k = 0; k < MAX_RUNS && kills < KILLS; k++) {
      // After the start, anywhere within the replications this run still has to write.
      const delayMs = Math.round(startupMs + workMs * remaining * (0.05 + 0.9 * next()));
      const outcome = await killedRun(out, delayMs, !finished);
      if (outcome.killed) kills++;
      const state = !existsSync(dir) ? 'absent' : existsSync(join(dir, 'manifest.json')) ? 'complete' : 'unfinished';
      states.push(`${delayMs} ms: ${outcome.killed ? 'killed' : `exit ${outcome.code}`}, ${state}`);
      if (state === 'complete') expectComplete(dir);
      if (state === 'unfinished') expectUnfinished(dir);
      // Once finished, start over (same run: allowed), so later kills land mid-run again.
      finished = state === 'complete';
      const checkpoint = join(dir, 'checkpoint.json');
      remaining = state === 'unfinished' && existsSync(checkpoint) ? Math.max(0.1, 1 - JSON.parse(readFileSync(checkpoint, 'utf8')).completed / REPLICATIONS) : 1;
    }
    // Most kills must land while the run is writing, or the test shows little.
    expect(kills, states.join('\n')).toBeGreaterThanOrEqual(KILLS / 2);

    const resumed = await runCli(['run', SMALL, ...ARGS, '--out', out, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expectComplete(dir);
    expect(finishedOutputs(dir)).toEqual(finishedOutputs(join(referenceOut, 'small')));
  }, 90_000);
});
