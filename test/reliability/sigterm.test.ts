// SIGTERM (what Slurm sends at a job's time limit) stops a run as Ctrl-C does: one paragraph saying
// what was kept and how to resume, exit 143, and --resume ends byte-identical to an uninterrupted run.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_ENTRY, runCli, STACK_FRAME } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { finishedOutputs, tempDir } from '../helpers/run-folders.js';

const SCENARIO = join(REPO_ROOT, 'scenarios/baseline.yaml');
const ARGS = ['--replications', '40', '--workers', '2', '--quiet', '--no-report'];

function completed(dir: string): number {
  try {
    return JSON.parse(readFileSync(join(dir, 'checkpoint.json'), 'utf8')).completed;
  } catch {
    return 0;
  }
}

describe('SIGTERM', () => {
  it('exits 143 with a one-paragraph message naming --resume; the resumed run equals an uninterrupted one', async () => {
    const out = tempDir('sigterm');
    const stopped = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI_ENTRY, 'run', SCENARIO, ...ARGS, '--out', out], { cwd: REPO_ROOT });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      // Sent once some replications are durable, as a time limit would arrive mid-run.
      const poll = setInterval(() => {
        if (completed(join(out, 'baseline')) > 0) {
          clearInterval(poll);
          child.kill('SIGTERM');
        }
      }, 20);
      child.on('error', reject);
      child.on('close', (code) => {
        clearInterval(poll);
        resolve({ code, stderr });
      });
    });
    expect(stopped.code).toBe(143);
    expect(stopped.stderr).toContain('stopped by SIGTERM');
    expect(stopped.stderr).toContain('completed replications are saved');
    expect(stopped.stderr).toMatch(/clustersim run .* --resume\n?$/);
    expect(stopped.stderr).not.toMatch(STACK_FRAME);
    const saved = completed(join(out, 'baseline'));
    expect(saved).toBeGreaterThan(0);
    const resumed = await runCli(['run', SCENARIO, ...ARGS, '--out', out, '--resume']);
    expect(resumed.code).toBe(0);
    const reference = tempDir('sigterm-reference');
    expect((await runCli(['run', SCENARIO, ...ARGS, '--out', reference])).code).toBe(0);
    expect(finishedOutputs(join(out, 'baseline'))).toEqual(finishedOutputs(join(reference, 'baseline')));
  }, 120_000);
});
