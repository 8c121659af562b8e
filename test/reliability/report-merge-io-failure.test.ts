// A full disk, a read-only mount or a permission error while `report` or `merge` writes: exit 2 with
// one paragraph naming the file (no stack), nothing complete lost — the previous report.html and the
// shards stay as they were — and the same command, run again, finishes. Failures are injected with
// the write-failure test hook, not a full disk.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAIL_WRITE_ENV } from '../../src/io/injected-write-failure.js';
import { runCli, STACK_FRAME, type CliResult } from '../helpers/cli.js';
import { rowFiles, tempDir } from '../helpers/run-folders.js';

const SMALL = 'test/fixtures/montecarlo/small.yaml';
const scratch = tempDir('report-merge-io');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `clustersim <args>` with writes of `file` failing with `code`. */
function failing(code: string, file: string, args: string[]): Promise<CliResult> {
  process.env[FAIL_WRITE_ENV] = `${code}:${file}`;
  try {
    return runCli(args); // the child takes the environment when it starts, here
  } finally {
    delete process.env[FAIL_WRITE_ENV];
  }
}

function expectOneParagraph(result: CliResult, file: string, code: string): void {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(new RegExp(`^\\S*${file.replace('.', '\\.')}(\\.partial)?: ${code}: `));
  expect(result.stderr).toContain('Nothing complete is lost');
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr).not.toContain('internal error');
}

const shards = [0, 1].map((k) => join(scratch, 'shards', `small.shard-${k}-of-2`));
const run = join(scratch, 'run', 'small');

beforeAll(async () => {
  for (const k of [0, 1]) expect((await runCli(['run', SMALL, '-r', '4', '-w', '1', '-q', '--shard', `${k}/2`, '--out', join(scratch, 'shards')])).code).toBe(0);
  expect((await runCli(['run', SMALL, '-r', '4', '-w', '1', '-q', '--out', join(scratch, 'run')])).code).toBe(0);
}, 120_000);

describe('I/O errors in report and merge', () => {
  it.each([
    ['ENOSPC', 'report.html'],
    ['EACCES', 'cost-effectiveness.svg'],
  ])('report: %s on %s', async (code, file) => {
    const before = readFileSync(join(run, 'report.html'), 'utf8');
    const result = await failing(code, file, ['report', run]);
    expectOneParagraph(result, file, code);
    expect(readFileSync(join(run, 'report.html'), 'utf8')).toBe(before);
    expect(readdirSync(join(run, 'charts')).filter((name) => name.endsWith('.partial'))).toEqual([]);
  }, 60_000);

  it.each([
    ['ENOSPC', 'summary.csv'],
    ['EACCES', 'timeseries.csv'],
    ['EROFS', 'stats.csv'],
    ['ENOSPC', 'manifest.json'],
  ])('merge: %s on %s; the shards are untouched and merging again finishes', async (code, file) => {
    const out = join(scratch, `merged-${code}-${file}`);
    const shardBytes = shards.map((dir) => rowFiles(dir));
    const result = await failing(code, file, ['merge', ...shards, '--out', out, '--no-report']);
    expectOneParagraph(result, file, code);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
    expect(shards.map((dir) => rowFiles(dir))).toEqual(shardBytes);
    const again = await runCli(['merge', ...shards, '--out', out, '--no-report']);
    expect(again.code, again.stderr).toBe(0);
    expect(rowFiles(out)).toEqual(rowFiles(run));
  }, 60_000);
});
