// Output folders are not overwritten by another run: a folder whose manifest.json or checkpoint.json
// belongs to another scenario or seed is refused unless --force, while a rerun of the same run
// replaces its results. An output folder that cannot be written gives one clear paragraph (exit 2):
// a file in the way, a full disk (the write-failure test hook), and — where this machine lets the
// test mount one — a real tmpfs that fills up mid-run, after which --resume finishes the run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAIL_WRITE_ENV } from '../../src/io/injected-write-failure.js';
import { InputError } from '../../src/messages.js';
import { RunInterrupted, runScenarios, type RunOptions } from '../../src/montecarlo/run-experiment.js';
import { loadScenario, validateScenario, type LoadedScenario } from '../../src/scenario/load-scenario.js';
import { runCli, STACK_FRAME, type CliResult } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { rowFiles, tempDir } from '../helpers/run-folders.js';

const SMALL_FILE = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');
const small = loadScenario(SMALL_FILE);
const scratch = tempDir('output-safety');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let outs = 0;
const freshOut = () => join(scratch, `out-${outs++}`);
const run = (out: string, options: RunOptions = {}, loaded: LoadedScenario = small) =>
  runScenarios([loaded], { outRoot: out, workers: 1, replications: 4, ...options });
const manifest = (out: string) => readFileSync(join(out, 'small', 'manifest.json'), 'utf8');

/** The rejection of `promise`, which must be an InputError. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as Error).message;
}

describe('an output folder holding another run', () => {
  it('a rerun of the same scenario and seed replaces the earlier results, also with another replication count', async () => {
    const out = freshOut();
    await run(out);
    await run(out);
    await run(out, { replications: 6 });
    expect(JSON.parse(manifest(out)).replications).toBe(6);
  });

  it('another seed is refused, naming the folder, manifest.json and both seeds; nothing is changed', async () => {
    const out = freshOut();
    await run(out);
    const before = manifest(out);
    const message = await refusal(run(out, { seed: 12 }));
    expect(message).toBe(
      `${join(out, 'small')}: manifest.json there belongs to a different run (seed 11, not 12); ` +
      `use another --out, or --force to replace it (this deletes that run's results)`,
    );
    expect(manifest(out)).toBe(before);
  });

  it('another version of the scenario under the same name is refused', async () => {
    const out = freshOut();
    await run(out);
    const longer = { ...small, scenario: validateScenario({ ...small.scenario, horizonQuarters: 13 }, 'x.yaml') };
    expect(await refusal(run(out, {}, longer))).toContain('manifest.json there belongs to a different run (another scenario or scenario version)');
  });

  it('force replaces it', async () => {
    const out = freshOut();
    await run(out);
    await run(out, { seed: 12, force: true });
    expect(JSON.parse(manifest(out)).masterSeed).toBe(12);
  });

  it('the checkpoint of an interrupted run of another seed is refused too, with or without --resume', async () => {
    const out = freshOut();
    const controller = new AbortController();
    const stopped = run(out, { replications: 40, signal: controller.signal, onProgress: (done) => done >= 2 && controller.abort() });
    await expect(stopped).rejects.toBeInstanceOf(RunInterrupted);
    expect(existsSync(join(out, 'small', 'checkpoint.json'))).toBe(true);
    expect(await refusal(run(out, { replications: 40, seed: 5 }))).toContain('checkpoint.json there belongs to a different run (seed 11, not 5)');
    expect(await refusal(run(out, { replications: 40, seed: 5, resume: true }))).toContain('the checkpoint there is from a different scenario, seed');
    // The interrupted run itself resumes.
    const [resumed] = await run(out, { replications: 40, resume: true });
    expect(resumed.resumedFrom).toBeGreaterThanOrEqual(2);
  });

  it('a manifest that cannot be read is not overwritten without force', async () => {
    const out = freshOut();
    mkdirSync(join(out, 'small'), { recursive: true });
    writeFileSync(join(out, 'small', 'manifest.json'), '{"identity": ');
    expect(await refusal(run(out))).toContain('manifest.json there belongs to a different run (its identity cannot be read)');
    await run(out, { force: true });
    expect(JSON.parse(manifest(out)).masterSeed).toBe(11);
  });
});

function expectOneParagraph(result: CliResult, code: number): void {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr).not.toContain('internal error');
}

describe('the command line', () => {
  const SMALL = 'test/fixtures/montecarlo/small.yaml';
  const ARGS = ['--replications', '3', '--workers', '1', '--quiet', '--no-report'];
  const results: Record<string, CliResult> = {};
  const owned = freshOut();
  const fileInTheWay = join(scratch, 'a-file');
  const deviceFull = freshOut();

  beforeAll(async () => {
    await run(owned, { replications: 3 });
    writeFileSync(fileInTheWay, 'not a folder\n');
    // Every write of timeseries.csv fails with ENOSPC, as on a full disk (the test hook; a link to
    // /dev/full planted in the folder is no longer written through).
    process.env[FAIL_WRITE_ENV] = 'ENOSPC:timeseries.csv';
    const fullRun = runCli(['run', SMALL, ...ARGS, '--out', deviceFull]); // the child takes the environment now
    delete process.env[FAIL_WRITE_ENV];
    const [other, fileOut, full] = await Promise.all([
      runCli(['run', SMALL, ...ARGS, '--seed', '3', '--out', owned]),
      runCli(['run', SMALL, ...ARGS, '--out', fileInTheWay]),
      fullRun,
    ]);
    Object.assign(results, { other, fileOut, full });
    results.forced = await runCli(['run', SMALL, ...ARGS, '--seed', '3', '--out', owned, '--force']);
  }, 60_000);

  it('refuses another run\'s folder with exit 2 and points to --force, which replaces it', () => {
    expectOneParagraph(results.other, 2);
    expect(results.other.stderr).toContain('manifest.json there belongs to a different run (seed 11, not 3)');
    expect(results.other.stderr).toContain('--force');
    expectOneParagraph(results.forced, 0);
    expect(JSON.parse(manifest(owned)).masterSeed).toBe(3);
  });

  it('an output path that is a file: exit 2, naming it', () => {
    expectOneParagraph(results.fileOut, 2);
    expect(results.fileOut.stderr).toMatch(new RegExp(`^cannot write ${fileInTheWay}/small: the folder ${fileInTheWay} cannot be created \\(a file of that name is in the way\\)`));
  });

  it('a disk that is full: exit 2, naming the file, the error, what is kept and how to continue', () => {
    expectOneParagraph(results.full, 2);
    const partial = join(deviceFull, 'small', 'timeseries.csv.partial');
    expect(results.full.stderr).toBe(
      `cannot write ${partial}: ENOSPC: no space left on device, write. The 0 replications completed before the failure are kept ` +
      `(checkpoint.json); free space or fix the permissions, then continue with:\n  clustersim run ${SMALL} ${ARGS.join(' ')} --out ${deviceFull} --resume\n`,
    );
  });
});

/** Mounts a tmpfs of `size` at `dir`; false where this machine does not allow it (not root, no mount). */
function mountTmpfs(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('a disk that fills up during a run (a real tmpfs)', () => {
  const mountPoint = join(scratch, 'tmpfs');
  mkdirSync(mountPoint, { recursive: true });
  const mounted = mountTmpfs(mountPoint, '512k');
  afterAll(() => {
    if (mounted) execFileSync('umount', [mountPoint]);
  });
  // 200 replications write about 1 MB: the disk fills about half way.
  const ARGS = ['--replications', '200', '--workers', '2', '--quiet', '--no-report'];

  it.skipIf(!mounted)('exit 2 with what is kept; after freeing space, --resume ends with the bytes of an uninterrupted run', async () => {
    const reference = join(scratch, 'tmpfs-reference');
    const [full, complete] = await Promise.all([
      runCli(['run', SMALL_FILE, ...ARGS, '--out', mountPoint]),
      runCli(['run', SMALL_FILE, ...ARGS, '--workers', '1', '--out', reference]),
    ]);
    expect(complete.code, complete.stderr).toBe(0);
    expectOneParagraph(full, 2);
    const dir = join(mountPoint, 'small');
    const kept = Number(/The (\d+) replications? completed before the failure (is|are) kept/.exec(full.stderr)?.[1]);
    expect(full.stderr).toMatch(new RegExp(`^cannot write ${dir}/[a-z-]+\\.(csv\\.partial|json\\.partial): ENOSPC: no space left on device`));
    expect(full.stderr).toContain('--resume');
    expect(kept).toBe(JSON.parse(readFileSync(join(dir, 'checkpoint.json'), 'utf8')).completed);
    expect(existsSync(join(dir, 'manifest.json'))).toBe(false);
    // More space, then continue.
    execFileSync('mount', ['-o', 'remount,size=64m', mountPoint]);
    const resumed = await runCli(['run', SMALL_FILE, ...ARGS, '--out', mountPoint, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).timings.resumedFrom).toBe(kept);
    expect(rowFiles(dir)).toEqual(rowFiles(join(reference, 'small')));
  }, 60_000);
});
