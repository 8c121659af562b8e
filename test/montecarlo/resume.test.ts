// Interruptions end to end through the real CLI: kill -9, Ctrl-C and a failing replication all keep
// the completed replications, and --resume ends with the bytes of an uninterrupted run.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FAIL_REPLICATION_ENV } from '../../src/montecarlo/replication-task.js';
import { CLI_ENTRY, runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { finishedOutputs, tempDir } from '../helpers/run-folders.js';

const SCENARIO = join(REPO_ROOT, 'scenarios/baseline.yaml');
const ARGS = ['--replications', '60', '--workers', '2', '--quiet'];

function completedInCheckpoint(dir: string): number {
  try {
    return JSON.parse(readFileSync(join(dir, 'checkpoint.json'), 'utf8')).completed;
  } catch {
    return 0;
  }
}

/** Starts a run, waits until some replications are durable, sends `signal`; resolves with the exit. */
function interruptedRun(out: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, 'run', SCENARIO, ...ARGS, '--out', out]);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const poll = setInterval(() => {
      if (completedInCheckpoint(join(out, 'baseline')) > 0) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 20);
    child.on('error', reject);
    child.on('close', (code, sig) => {
      clearInterval(poll);
      resolve({ code, signal: sig, stderr });
    });
  });
}

describe('checkpoint and resume', () => {
  let reference: Record<string, string>;
  beforeAll(async () => {
    const out = tempDir('reference');
    expect((await runCli(['run', SCENARIO, ...ARGS, '--out', out])).code).toBe(0);
    reference = finishedOutputs(join(out, 'baseline'));
  }, 60_000);

  it('after kill -9, --resume ends byte-identical to an uninterrupted run', async () => {
    const out = tempDir('kill');
    const dir = join(out, 'baseline');
    const killed = await interruptedRun(out, 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    // Nothing looks complete: no manifest, no final row files, only partials and the checkpoint.
    expect(existsSync(join(dir, 'manifest.json'))).toBe(false);
    expect(existsSync(join(dir, 'summary.csv'))).toBe(false);
    const saved = completedInCheckpoint(dir);
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThan(60);
    const resumed = await runCli(['run', SCENARIO, ...ARGS, '--out', out, '--resume']);
    expect(resumed.code).toBe(0);
    expect(finishedOutputs(dir)).toEqual(reference);
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).timings.resumedFrom).toBe(saved);
  }, 60_000);

  it('Ctrl-C stops cleanly with exit 130 and says how to resume', async () => {
    const out = tempDir('sigint');
    const stopped = await interruptedRun(out, 'SIGINT');
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toContain('--resume');
    expect(stopped.stderr).not.toMatch(/^ {4}at /m);
    const resumed = await runCli(['run', SCENARIO, ...ARGS, '--out', out, '--resume']);
    expect(resumed.code).toBe(0);
    expect(finishedOutputs(join(out, 'baseline'))).toEqual(reference);
  }, 60_000);

  it('a failing replication is named, earlier ones are kept, and --resume finishes the run', async () => {
    const out = tempDir('fail');
    const dir = join(out, 'baseline');
    const failed = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI_ENTRY, 'run', SCENARIO, ...ARGS, '--out', out], {
        env: { ...process.env, [FAIL_REPLICATION_ENV]: '7' },
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('baseline: replication 7 failed');
    expect(failed.stderr).not.toMatch(/^ {4}at /m);
    expect(completedInCheckpoint(dir)).toBe(7);
    const resumed = await runCli(['run', SCENARIO, ...ARGS, '--out', out, '--resume']);
    expect(resumed.code).toBe(0);
    expect(finishedOutputs(dir)).toEqual(reference);
  }, 60_000);

  it('refuses to resume a checkpoint of a different run', async () => {
    const out = tempDir('mismatch');
    await interruptedRun(out, 'SIGKILL');
    const other = await runCli(['run', SCENARIO, ...ARGS, '--seed', '5', '--out', out, '--resume']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('different scenario, seed');
  }, 60_000);
});
