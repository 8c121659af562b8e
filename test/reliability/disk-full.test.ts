// A disk that fills up in the middle of a run, simulated by failing `write` with ENOSPC once the run
// folder has received a byte budget (node:fs stubbed for this file only). The run stops with an
// OutputWriteFailure naming the file, the replications checkpointed before the failure are kept
// byte for byte, the CLI says so in one paragraph with exit 2, and --resume finishes the run with
// the bytes of an uninterrupted one. A checkpoint that cannot be written leaves the previous one.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ReportedFailure, runWithInterrupts } from '../../src/cli/interrupts.js';
import { runScenarios } from '../../src/montecarlo/run-experiment.js';
import { OutputWriteFailure } from '../../src/montecarlo/run-output.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { finishedOutputs, tempDir } from '../helpers/run-folders.js';

/** The simulated disk: writes to files under `dir` fail once `fails(path, bytesSoFar)` says so. */
const disk = vi.hoisted(() => ({
  dir: '',
  written: 0,
  fails: (_path: string, _written: number) => false,
}));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const paths = new Map<number, string>();
  const openSync = ((path: string, ...rest: unknown[]) => {
    const fd = (fs.openSync as (...args: unknown[]) => number)(path, ...rest);
    paths.set(fd, String(path));
    return fd;
  }) as typeof fs.openSync;
  const writeSync = ((fd: number, data: string | NodeJS.ArrayBufferView, ...rest: unknown[]) => {
    const path = paths.get(fd) ?? '';
    if (disk.dir && path.startsWith(disk.dir)) {
      const length = typeof data === 'string' ? Buffer.byteLength(data) : typeof rest[1] === 'number' ? rest[1] : data.byteLength;
      if (disk.fails(path, disk.written)) {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
      }
      disk.written += length;
    }
    return (fs.writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
  }) as typeof fs.writeSync;
  return { ...fs, default: { ...fs, openSync, writeSync }, openSync, writeSync };
});

const SMALL = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');
const REPLICATIONS = 12;
const scratch = tempDir('disk-full');
const loaded = [loadScenario(SMALL)];
const options = { workers: 1, replications: REPLICATIONS };
let reference: Record<string, string>;
let referenceBytes = 0;

beforeAll(async () => {
  const [result] = await runScenarios(loaded, { ...options, outRoot: join(scratch, 'reference') });
  reference = finishedOutputs(result.dir);
  referenceBytes = Object.values(reference).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  // Checkpoints are timed (at most one a second); let the clock jump a second per reading, so
  // every replication is checkpointed and the failure comes after some of them.
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 1000));
}, 60_000);
afterEach(() => {
  disk.dir = '';
  disk.written = 0;
  disk.fails = () => false;
});
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(scratch, { recursive: true, force: true });
});

const checkpointed = (dir: string) => JSON.parse(readFileSync(join(dir, 'checkpoint.json'), 'utf8')).completed as number;

describe('a disk that fills up mid-run', () => {
  it('stops with the file and the error named, keeps the checkpointed replications, and --resume ends with the same bytes', async () => {
    const out = join(scratch, 'full');
    const dir = join(out, 'small');
    disk.dir = out;
    // Room for about half of the run's output.
    disk.fails = (_path, written) => written > referenceBytes / 2;
    const error = await runScenarios(loaded, { ...options, outRoot: out }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(OutputWriteFailure);
    const failure = error as OutputWriteFailure;
    expect(failure.path.startsWith(dir)).toBe(true);
    expect(failure.reason).toBe('ENOSPC: no space left on device, write');
    // Completed replications were kept: the checkpoint says how many, and so does the error.
    expect(failure.durable).toBeGreaterThan(0);
    expect(failure.durable).toBeLessThan(REPLICATIONS);
    expect(checkpointed(dir)).toBe(failure.durable);
    // Nothing looks complete.
    expect(existsSync(join(dir, 'manifest.json'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.csv'))).toEqual([]);

    // Space again: the resume keeps what was checkpointed and redoes the rest.
    disk.fails = () => false;
    const [resumed] = await runScenarios(loaded, { ...options, outRoot: out, resume: true });
    expect(resumed.resumedFrom).toBe(failure.durable);
    expect(finishedOutputs(dir)).toEqual(reference);
  });

  it('a checkpoint that cannot be written leaves the previous one in place', async () => {
    const out = join(scratch, 'checkpoint');
    const dir = join(out, 'small');
    disk.dir = out;
    let checkpoints = 0;
    disk.fails = (path) => path.endsWith('checkpoint.json.partial') && ++checkpoints > 4;
    const error = await runScenarios(loaded, { ...options, outRoot: out }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(OutputWriteFailure);
    expect((error as OutputWriteFailure).path).toBe(join(dir, 'checkpoint.json'));
    // Four checkpoints were written: the fresh start (0) and after replications 1, 2 and 3.
    expect((error as OutputWriteFailure).durable).toBe(3);
    expect(checkpointed(dir)).toBe(3);
    expect(existsSync(join(dir, 'checkpoint.json.partial'))).toBe(false);
    disk.fails = () => false;
    const [resumed] = await runScenarios(loaded, { ...options, outRoot: out, resume: true });
    expect(resumed.resumedFrom).toBe(3);
    expect(finishedOutputs(dir)).toEqual(reference);
  });

  it('the command reports it in one paragraph with exit code 2 and the --resume command', async () => {
    const out = join(scratch, 'cli');
    disk.dir = out;
    disk.fails = (_path, written) => written > referenceBytes / 3;
    const argv = ['run', SMALL, '--out', out, '--quiet'];
    const error = await runWithInterrupts(argv, loaded, { ...options, outRoot: out, quiet: true }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ReportedFailure);
    const failure = error as ReportedFailure;
    expect(failure.exitCode).toBe(2);
    const kept = checkpointed(join(out, 'small'));
    expect(kept).toBeGreaterThan(0);
    expect(failure.message).toMatch(new RegExp(
      `^cannot write ${join(out, 'small')}/[a-z-]+\\.csv\\.partial: ENOSPC: no space left on device, write\\. ` +
      `The ${kept} replications completed before the failure are kept \\(checkpoint\\.json\\); free space or fix the permissions, ` +
      `then continue with:\\n  clustersim run ${SMALL} --out ${out} --quiet --resume$`,
    ));
  });
});
