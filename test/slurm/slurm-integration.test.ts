// `clustersim slurm --submit` against a real single-node Slurm (Debian's slurm-wlm and munge, started
// here without systemd): 4 array tasks run the shards, the dependent merge job merges them, and the
// merged files are byte-identical to a run on this machine. Fails (never skips) when Slurm cannot start.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROW_FILES, STATS_FILE } from '../../src/io/run-folder.js';
import { CLI_ENTRY, type CliResult } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';
import { jobLogs, startSlurmCluster, type SlurmCluster } from './slurm-cluster.js';

const SCENARIO = join(REPO_ROOT, 'test/fixtures/slurm/baseline-short.yaml');
const NAME = 'slurm-baseline';
const SHARDS = 4;
const REPLICATIONS = 8;
const SEED = 7;
const JOBS_TIMEOUT_MS = 120_000;

function runCliWith(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<CliResult> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], { cwd, env: { ...env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('clustersim slurm on a real Slurm cluster', () => {
  let cluster: SlurmCluster | undefined;
  const scratch = tempDir('slurm-test');

  beforeAll(async () => {
    cluster = await startSlurmCluster();
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
    if (cluster) rmSync(cluster.dir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }, 60_000);

  it(`runs ${SHARDS} shards as a job array, merges them in a dependent job, and matches a local run byte for byte`, async () => {
    const slurm = cluster!;
    const clusterOut = join(scratch, 'cluster');
    const localOut = join(scratch, 'local');
    // Submitted from a folder unrelated to the repository: the scripts must not depend on the working directory.
    const submitted = await runCliWith(
      ['slurm', SCENARIO, '--shards', String(SHARDS), '-r', String(REPLICATIONS), '--seed', String(SEED), '--out', clusterOut, '--time', '10:00', '--submit'],
      slurm.env,
      scratch,
    );
    expect(submitted.code, submitted.stderr + submitted.stdout).toBe(0);
    const arrayJob = /submitted job array (\d+)/.exec(submitted.stdout)?.[1];
    const mergeJob = /submitted merge job (\d+)/.exec(submitted.stdout)?.[1];
    expect(arrayJob, submitted.stdout).toBeDefined();
    expect(mergeJob, submitted.stdout).toBeDefined();
    const script = readFileSync(join(clusterOut, 'slurm', `${NAME}.array.sh`), 'utf8');
    expect(script).toContain(`#SBATCH --array=0-${SHARDS - 1}`);

    // The same run on this machine, while the cluster works.
    const local = runCliWith(['run', SCENARIO, '-r', String(REPLICATIONS), '--seed', String(SEED), '--out', localOut, '--workers', '1', '--quiet'], process.env, REPO_ROOT);

    const finished = await slurm.waitForEmptyQueue(JOBS_TIMEOUT_MS);
    const merged = join(clusterOut, NAME);
    if (!finished || !existsSync(join(merged, 'manifest.json'))) {
      const jobs = [arrayJob!, mergeJob!].map((id) => slurm.client('scontrol', ['show', 'job', id]).stdout).join('\n');
      throw new Error(
        `${finished ? 'the jobs ended' : `the jobs did not finish within ${JOBS_TIMEOUT_MS / 1000} s`} without a merged ${merged}/manifest.json\n` +
          `${jobs}\n${jobLogs(join(clusterOut, 'slurm', 'logs'))}\n${slurm.logs()}`,
      );
    }
    const localResult = await local;
    expect(localResult.code, localResult.stderr).toBe(0);

    // Every shard ran as its own array task, and the merge job merged all of them.
    for (let k = 0; k < SHARDS; k++) expect(existsSync(join(clusterOut, `${NAME}.shard-${k}-of-${SHARDS}`, 'manifest.json'))).toBe(true);
    expect(jobLogs(join(clusterOut, 'slurm', 'logs'))).toContain(`merged ${SHARDS} shards (${REPLICATIONS} replications)`);
    expect(existsSync(join(merged, 'report.html')), 'the merge job writes the committee report').toBe(true);
    for (const file of [...ROW_FILES, STATS_FILE]) {
      const fromCluster = readFileSync(join(merged, file));
      const fromHere = readFileSync(join(localOut, NAME, file));
      expect(fromCluster.equals(fromHere), `${file} differs between the Slurm run and the local run`).toBe(true);
    }
  }, 180_000);
});
