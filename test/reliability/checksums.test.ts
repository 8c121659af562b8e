// A finished folder records every file's size and SHA-256 in its manifest, and every reader checks
// them first: merge (shard rows), report, compare-runs, --resume of a finished run, and `verify`. A row
// deleted from a shard's summary.csv, a truncated file or an edit of the same length is caught (exit 2,
// file named), and merge also refuses a shard whose rows are wrong though its checksums agree.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { digestFile } from '../../src/io/file-digest.js';
import { digestRunFiles, ROW_FILES, STATS_FILE, verifyFolder } from '../../src/io/run-folder.js';
import { sweep } from '../../src/experiments/sweep.js';
import { InputError } from '../../src/messages.js';
import { mergeShards } from '../../src/montecarlo/merge-shards.js';
import { runScenarios } from '../../src/montecarlo/run-experiment.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { runCli, STACK_FRAME } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { finishedOutputs, scratchFolders } from '../helpers/run-folders.js';

const SMALL_FILE = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');
const small = loadScenario(SMALL_FILE);
const { root: scratch, fresh: freshOut } = scratchFolders('checksums');
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const shardDirs = (out: string) => [0, 1, 2].map((k) => join(out, `small.shard-${k}-of-3`));

/** A copy of `dir` harmed by `harm`, at a fresh path. */
function damaged(dir: string, harm: (copy: string) => void): string {
  const copy = join(freshOut(), dir.split('/').pop() as string);
  cpSync(dir, copy, { recursive: true });
  harm(copy);
  return copy;
}
const deleteRow = (file: string, row: number) => (dir: string) => {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  lines.splice(row, 1);
  writeFileSync(join(dir, file), lines.join('\n'));
};

let whole: string;
let shards: string;
beforeAll(async () => {
  whole = freshOut();
  await runScenarios([small], { outRoot: whole, workers: 1, replications: 6 });
  shards = freshOut();
  for (const k of [0, 1, 2]) await runScenarios([small], { outRoot: shards, workers: 1, replications: 6, shard: { index: k, count: 3 } });
});

describe('the manifest records every file', () => {
  it('a run, a shard and a merge list each row file and stats.csv with its size and SHA-256', () => {
    const merged = join(freshOut(), 'small');
    mergeShards(shardDirs(shards), merged);
    for (const dir of [join(whole, 'small'), shardDirs(shards)[1], merged]) {
      const { files } = manifestOf(dir);
      expect(Object.keys(files)).toEqual([...ROW_FILES, STATS_FILE]);
      for (const [name, recorded] of Object.entries(files)) expect(recorded).toEqual(digestFile(join(dir, name)));
    }
    expect(finishedOutputs(merged)).toEqual(finishedOutputs(join(whole, 'small')));
    expect(manifestOf(merged).files).toEqual(manifestOf(join(whole, 'small')).files);
  });
});

describe('merge checks the shards before reading them', () => {
  const refusal = (dirs: string[]) => {
    let error: unknown;
    try {
      mergeShards(dirs, join(freshOut(), 'small'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  };

  it('a row deleted from a shard summary.csv', () => {
    const [a, b, c] = shardDirs(shards);
    const bad = damaged(b, deleteRow('summary.csv', 1));
    expect(refusal([a, bad, c])).toMatch(new RegExp(`^${bad}: summary\\.csv has \\d+ bytes, manifest\\.json records \\d+; the folder was changed after the run`));
  });

  it('a truncated timeseries.csv, and an edit that keeps the length', () => {
    const [a, b, c] = shardDirs(shards);
    const cut = damaged(c, (dir) => writeFileSync(join(dir, 'timeseries.csv'), readFileSync(join(dir, 'timeseries.csv')).subarray(0, 500)));
    expect(refusal([a, b, cut])).toContain(`${cut}: timeseries.csv has 500 bytes, manifest.json records`);
    const edited = damaged(a, (dir) => {
      const text = readFileSync(join(dir, 'summary.csv'), 'utf8');
      const at = text.lastIndexOf('1');
      writeFileSync(join(dir, 'summary.csv'), text.slice(0, at) + '2' + text.slice(at + 1));
    });
    expect(refusal([edited, b, c])).toContain(`${edited}: summary.csv has other content than manifest.json records (SHA-256 `);
  });

  it('a shard written wrong though its checksums agree: a missing replication, a short row, a stray row', () => {
    const [a, b, c] = shardDirs(shards);
    // The rows changed and the manifest rewritten to match, as a buggy or hand-made shard would be.
    const rechecksummed = (harm: (dir: string) => void) => damaged(b, (dir) => {
      harm(dir);
      const manifest = manifestOf(dir);
      manifest.files = digestRunFiles(dir, Object.keys(manifest.files));
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    });
    const missing = rechecksummed(deleteRow('summary.csv', 1));
    expect(refusal([a, missing, c])).toBe(`${join(missing, 'summary.csv')}: replication 1: expected one complete row, found no row; the shard is damaged: run that shard again`);
    const short = rechecksummed((dir) => {
      const lines = readFileSync(join(dir, 'summary.csv'), 'utf8').split('\n');
      lines[2] = lines[2].split(',').slice(0, -2).join(',');
      writeFileSync(join(dir, 'summary.csv'), lines.join('\n'));
    });
    expect(refusal([a, short, c])).toMatch(/replication 4: expected one complete row, found \d+ of \d+ fields/);
    const stray = rechecksummed((dir) => writeFileSync(join(dir, 'network.csv'), readFileSync(join(dir, 'network.csv'), 'utf8') + 'small,99,1,x,sme,north,1,0,0\n'));
    expect(refusal([a, stray, c])).toContain(`${join(stray, 'network.csv')}: a row that belongs to none of the shard's replications ("small,99,1,x,sme,north,1,0,0")`);
  });

  it('a manifest without checksums (an older clustersim) is refused, saying why', () => {
    const [a, b, c] = shardDirs(shards);
    const old = damaged(a, (dir) => {
      const manifest = manifestOf(dir);
      delete manifest.files;
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    });
    expect(refusal([old, b, c])).toContain('manifest.json records no size and SHA-256 of the run\'s files (written by an older clustersim, or edited)');
  });
});

describe('design shards', () => {
  it('design.json records points.csv; verify finds it intact, then names an edit', async () => {
    const out = freshOut();
    const { dir } = await sweep({ scenario: SMALL_FILE, param: ['policy.programme.lengthQuarters=4,8'], replications: 2, shard: { index: 1, count: 2 } }, { outRoot: out, workers: 1 });
    expect(verifyFolder(dir)).toEqual({ recordedIn: 'design.json', checked: 1, problems: [] });
    deleteRow('points.csv', 1)(dir);
    expect(verifyFolder(dir).problems).toEqual([expect.stringMatching(/^points\.csv has \d+ bytes, design\.json records \d+$/)]);
  });
});

describe('--resume of a finished run', () => {
  it('reruns a finished run whose files were changed, with a notice, to the bytes of a clean run', async () => {
    const out = freshOut();
    await runScenarios([small], { outRoot: out, workers: 1, replications: 6 });
    deleteRow('timeseries.csv', 3)(join(out, 'small'));
    const notices: string[] = [];
    const [result] = await runScenarios([small], { outRoot: out, workers: 1, replications: 6, resume: true, onNotice: (m) => notices.push(m) });
    expect(result.resumedFrom).toBe(0);
    expect(notices[0]).toMatch(/the run there is finished but its files no longer match its manifest\.json \(timeseries\.csv has \d+ bytes/);
    expect(finishedOutputs(join(out, 'small'))).toEqual(finishedOutputs(join(whole, 'small')));
  });
});

describe('the command line', () => {
  it('verify: OK for intact folders (exit 0); each difference named for a changed one, an unfinished one, a missing one (exit 2)', async () => {
    const intact = join(whole, 'small');
    const ok = await runCli(['verify', intact, ...shardDirs(shards)]);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim().split('\n')).toEqual([intact, ...shardDirs(shards)].map((d) => `${d}: OK (5 files as manifest.json records)`));

    const changed = damaged(intact, (dir) => {
      deleteRow('summary.csv', 2)(dir);
      rmSync(join(dir, 'network.csv'));
    });
    const unfinished = damaged(intact, (dir) => {
      rmSync(join(dir, 'manifest.json'));
      writeFileSync(join(dir, 'checkpoint.json'), '{}');
    });
    const result = await runCli(['verify', changed, intact, unfinished, join(scratch, 'nothing')]);
    expect(result.code).toBe(2);
    expect(result.stdout.trim()).toBe(`${intact}: OK (5 files as manifest.json records)`);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^${changed}: summary\\.csv has \\d+ bytes, manifest\\.json records \\d+; network\\.csv is missing though manifest\\.json lists it$`));
    expect(lines[1]).toBe(`${unfinished}: not finished (checkpoint.json, no manifest.json): continue it with the same command and --resume`);
    expect(lines[2]).toContain('not a finished run folder');
    expect(result.stderr).not.toMatch(STACK_FRAME);
  }, 60_000);

  it('merge and compare-runs refuse a changed folder: exit 2, the file named, nothing written', async () => {
    const [a, b, c] = shardDirs(shards);
    const bad = damaged(b, deleteRow('summary.csv', 1));
    const out = join(freshOut(), 'merged');
    const merge = await runCli(['merge', a, bad, c, '--out', out, '--no-report']);
    expect(merge.code).toBe(2);
    expect(merge.stderr).toContain(`${bad}: summary.csv has `);
    expect(merge.stderr).not.toMatch(STACK_FRAME);

    const variant = damaged(join(whole, 'small'), deleteRow('summary.csv', 1));
    const compare = await runCli(['compare-runs', join(whole, 'small'), variant, '--out', out, '--no-report']);
    expect(compare.code).toBe(2);
    expect(compare.stderr).toContain(`${variant}: summary.csv has `);
  }, 60_000);
});
