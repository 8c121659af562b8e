// One writer per output folder: a second run, merge or design started on a folder while another holds
// its lock is refused (exit 2, one paragraph naming the holder) and touches nothing. The race is made
// deterministic by an executor that holds the first run inside its lock until the test lets it go.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderLock, LOCK_FILE } from '../../src/io/folder-lock.js';
import { InputError } from '../../src/messages.js';
import type { Executor, Job } from '../../src/montecarlo/executor.js';
import { InProcessExecutor } from '../../src/montecarlo/in-process-executor.js';
import { mergeShards } from '../../src/montecarlo/merge-shards.js';
import type { ReplicationRows } from '../../src/montecarlo/replication-rows.js';
import { runScenarios } from '../../src/montecarlo/run-experiment.js';
import { sweep } from '../../src/experiments/sweep.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { runCli, STACK_FRAME } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { finishedOutputs, scratchFolders } from '../helpers/run-folders.js';

const SMALL_FILE = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');
const small = loadScenario(SMALL_FILE);
const { fresh: freshOut } = scratchFolders('folder-lock');

/** Runs replications in-process, but holds the first job after `hold` replications until `release()`. */
class GatedExecutor implements Executor {
  readonly parallelism = 1;
  private readonly inner = new InProcessExecutor();
  private open!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.open = resolve));
  private reachedGate!: () => void;
  /** Resolves once the run is waiting at the gate (its lock held, `hold` replications written). */
  readonly waiting = new Promise<void>((resolve) => (this.reachedGate = resolve));
  constructor(private readonly hold: number) {}
  async run(job: Job, onRows: (rows: ReplicationRows) => void): Promise<void> {
    await this.inner.run({ ...job, replications: job.replications.slice(0, this.hold) }, onRows);
    this.reachedGate();
    await this.gate;
    await this.inner.run({ ...job, replications: job.replications.slice(this.hold) }, onRows);
  }
  release(): void {
    this.open();
  }
  cancel(reason: Error): void {
    this.inner.cancel(reason);
  }
  async close(): Promise<void> {}
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

/** Every file of a folder with its content, to show that nothing was touched. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'latin1')]));
}

/** A pid that certainly belonged to a process of this host that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid as number;
}

function plantLock(dir: string, holder: { host: string; pid: number; startedAt?: string; command?: string }): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  writeFileSync(path, JSON.stringify({ startedAt: '2026-12-06T10:00:00.000Z', command: 'run', ...holder }));
  return path;
}

describe('two runs into one folder', () => {
  it('the second is refused while the first holds the lock; neither its checkpoint nor its files are touched, and the first finishes with the bytes of a lone run', async () => {
    const reference = freshOut();
    await runScenarios([small], { outRoot: reference, workers: 1, replications: 6 });

    const out = freshOut();
    const dir = join(out, 'small');
    const gated = new GatedExecutor(3);
    const first = runScenarios([small], { outRoot: out, replications: 6, executor: gated });
    await gated.waiting;
    // The first run is inside its lock with a checkpoint and partial files on disk.
    const before = snapshot(dir);
    expect(Object.keys(before)).toContain(LOCK_FILE);
    expect(Object.keys(before)).toContain('checkpoint.json');

    // Another replication count (which would have deleted the checkpoint), a resume and --force: all refused.
    for (const options of [{ replications: 9 }, { replications: 6, resume: true }, { replications: 6, force: true }]) {
      const error = await rejection(runScenarios([small], { outRoot: out, workers: 1, ...options }));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toMatch(new RegExp(`^${dir}: in use by another clustersim \\(run, pid ${process.pid} on this host, started \\d{4}-\\d\\d-\\d\\dT[^)]+\\); `));
      expect(error.message).toContain(`remove ${join(dir, LOCK_FILE)}`);
      expect(snapshot(dir)).toEqual(before);
    }
    // A merge into the folder is refused the same way.
    const shards = freshOut();
    for (const k of [0, 1]) await runScenarios([small], { outRoot: shards, workers: 1, replications: 6, shard: { index: k, count: 2 } });
    const merge = () => mergeShards([0, 1].map((k) => join(shards, `small.shard-${k}-of-2`)), dir);
    expect(merge).toThrow(InputError);
    expect(snapshot(dir)).toEqual(before);

    gated.release();
    await first;
    expect(finishedOutputs(dir)).toEqual(finishedOutputs(join(reference, 'small')));
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    // Released: the folder takes the next run.
    await runScenarios([small], { outRoot: out, workers: 1, replications: 6 });
  });

  it('a run interrupted by an abort leaves no lock behind, so --resume can continue it', async () => {
    const out = freshOut();
    const controller = new AbortController();
    const gated = new GatedExecutor(2);
    const first = runScenarios([small], { outRoot: out, replications: 6, executor: gated, signal: controller.signal });
    await gated.waiting;
    controller.abort();
    gated.release();
    await rejection(first);
    expect(existsSync(join(out, 'small', LOCK_FILE))).toBe(false);
    const [resumed] = await runScenarios([small], { outRoot: out, workers: 1, replications: 6, resume: true });
    expect(resumed.resumedFrom).toBeGreaterThan(0);
  });
});

describe('locks left behind', () => {
  it('a lock of a dead process on this host is taken over with a notice', async () => {
    const out = freshOut();
    const pid = deadPid();
    plantLock(join(out, 'small'), { host: hostname(), pid });
    const notices: string[] = [];
    await runScenarios([small], { outRoot: out, workers: 1, replications: 3, onNotice: (m) => notices.push(m) });
    expect(notices).toEqual([
      `${join(out, 'small')}: took over the lock of a clustersim that is no longer running (run, pid ${pid}, started 2026-12-06T10:00:00.000Z)`,
    ]);
    expect(existsSync(join(out, 'small', 'manifest.json'))).toBe(true);
    expect(existsSync(join(out, 'small', LOCK_FILE))).toBe(false);
  });

  it('a lock from another host is refused, naming host, pid and start time and how to remove it', async () => {
    const out = freshOut();
    const lock = plantLock(join(out, 'small'), { host: 'node17.cluster', pid: 4242 });
    const error = await rejection(runScenarios([small], { outRoot: out, workers: 1, replications: 3 }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      `${join(out, 'small')}: in use by clustersim on host node17.cluster (run, pid 4242, started 2026-12-06T10:00:00.000Z); ` +
        `this machine cannot tell whether it is still running. Wait for it, or use another --out; ` +
        `if it is certainly not running (check on node17.cluster), remove ${lock}`,
    );
    expect(readdirSync(join(out, 'small'))).toEqual([LOCK_FILE]);
  });

  it('an unreadable lock file is refused with how to remove it', () => {
    const dir = join(freshOut(), 'x');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, LOCK_FILE), 'garbage');
    expect(() => FolderLock.acquire(dir, { command: 'run' })).toThrow(`${join(dir, LOCK_FILE)} exists but cannot be read as a clustersim lock`);
  });

  it('a design holds its folder too', async () => {
    const out = freshOut();
    plantLock(join(out, 'small-sweep'), { host: 'elsewhere', pid: 1 });
    const error = await rejection(sweep({ scenario: SMALL_FILE, param: ['policy.programme.lengthQuarters=4,8'], replications: 2 }, { outRoot: out, workers: 1 }));
    expect(error.message).toContain('in use by clustersim on host elsewhere');
    expect(readdirSync(join(out, 'small-sweep'))).toEqual([LOCK_FILE]);
  });
});

describe('the command line', () => {
  it('a folder locked by a live process: exit 2, one paragraph, no stack', async () => {
    const out = freshOut();
    plantLock(join(out, 'small'), { host: hostname(), pid: process.pid, command: 'run' });
    const result = await runCli(['run', SMALL_FILE, '-r', '2', '-w', '1', '-q', '--no-report', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`in use by another clustersim (run, pid ${process.pid} on this host`);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});
