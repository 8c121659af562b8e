// A symlink planted in an output folder (at summary.csv.partial, stats.csv.partial or a final file's
// name) is replaced, never written through: its target keeps its bytes and the run's files are its own.
import { lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppendFile } from '../../src/io/append-file.js';
import { writeFileAtomic } from '../../src/io/atomic-file.js';
import { runScenarios } from '../../src/montecarlo/run-experiment.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { rowFiles, tempDir } from '../helpers/run-folders.js';

const scratch = tempDir('planted-symlinks');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const small = loadScenario(join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml'));

/** A file outside the output folder that a planted link points at. */
function victim(name: string): string {
  const path = join(scratch, `${name}.victim`);
  writeFileSync(path, 'precious\n');
  return path;
}

describe('planted symlinks are not followed', () => {
  it('AtomicFile and AppendFile replace a symlink at their path', () => {
    const dir = join(scratch, 'unit');
    mkdirSync(dir, { recursive: true });
    const a = victim('atomic');
    symlinkSync(a, join(dir, 'x.csv.partial'));
    writeFileAtomic(join(dir, 'x.csv'), 'mine\n');
    expect(readFileSync(a, 'utf8')).toBe('precious\n');
    expect(readFileSync(join(dir, 'x.csv'), 'utf8')).toBe('mine\n');
    const b = victim('append');
    symlinkSync(b, join(dir, 'rows.partial'));
    const file = AppendFile.create(join(dir, 'rows.partial'));
    file.write('row\n');
    file.close();
    expect(readFileSync(b, 'utf8')).toBe('precious\n');
    expect(lstatSync(join(dir, 'rows.partial')).isSymbolicLink()).toBe(false);
    // Reopening for a resume refuses a symlink (the prefix cannot be ours) instead of truncating its target.
    const c = victim('reopen');
    rmSync(join(dir, 'rows.partial'));
    symlinkSync(c, join(dir, 'rows.partial'));
    expect(AppendFile.reopen(join(dir, 'rows.partial'), { bytes: 0, sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' })).toBeUndefined();
    expect(readFileSync(c, 'utf8')).toBe('precious\n');
  });

  it('a run into a folder with links planted at its partial and final names writes its own files', async () => {
    const reference = join(scratch, 'reference');
    await runScenarios([small], { outRoot: reference, workers: 1, replications: 3 });
    const out = join(scratch, 'planted');
    const dir = join(out, 'small');
    mkdirSync(dir, { recursive: true });
    const targets = ['summary.csv.partial', 'timeseries.csv.partial', 'stats.csv.partial', 'stats.csv'].map((name) => {
      const target = victim(name);
      symlinkSync(target, join(dir, name));
      return target;
    });
    await runScenarios([small], { outRoot: out, workers: 1, replications: 3 });
    for (const target of targets) expect(readFileSync(target, 'utf8')).toBe('precious\n');
    expect(rowFiles(dir)).toEqual(rowFiles(join(reference, 'small')));
    expect(readFileSync(join(dir, 'stats.csv'), 'utf8')).toBe(readFileSync(join(reference, 'small', 'stats.csv'), 'utf8'));
    expect(lstatSync(join(dir, 'stats.csv')).isSymbolicLink()).toBe(false);
  });
});
