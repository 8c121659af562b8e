// A run's identity names the build that wrote it (package version and SHA-256 of the code), so rows of
// two builds never mix: --resume of another build's checkpoint and a merge of shards from two builds
// are refused, naming both builds. The code hash is the same for the same build wherever it lies.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CODE_HASH } from '../../src/code-hash.js';
import { InputError } from '../../src/messages.js';
import { mergeShards } from '../../src/montecarlo/merge-shards.js';
import { RunInterrupted, runScenarios } from '../../src/montecarlo/run-experiment.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { VERSION } from '../../src/version.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { scratchFolders } from '../helpers/run-folders.js';

const small = loadScenario(join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml'));
const { root: scratch, fresh: freshOut } = scratchFolders('build-identity');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
type WithIdentity = { identity: Record<string, unknown> };
const editJson = (path: string, edit: (value: WithIdentity) => void) => {
  const value = readJson(path) as WithIdentity;
  edit(value);
  writeFileSync(path, JSON.stringify(value));
};
const OTHER_HASH = 'ab'.repeat(32);

function thrown(work: () => unknown): Error {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as Error;
  }
  throw new Error('expected an InputError');
}

/** Stops a run after `after` replications, leaving a checkpoint. */
async function interrupted(out: string, after: number): Promise<void> {
  const controller = new AbortController();
  const run = runScenarios([small], {
    outRoot: out,
    workers: 1,
    replications: 8,
    signal: controller.signal,
    onProgress: (done) => {
      if (done >= after) controller.abort();
    },
  });
  await expect(run).rejects.toBeInstanceOf(RunInterrupted);
}

describe('the code hash', () => {
  it('is the SHA-256 of the build, the same for a copy of the build elsewhere, and another for a changed build', () => {
    expect(CODE_HASH).toMatch(/^[0-9a-f]{64}$/);
    const hashOf = (dist: string) =>
      execFileSync(process.execPath, ['--input-type=module', '-e', `import(${JSON.stringify(join(dist, 'src/code-hash.js'))}).then((m) => process.stdout.write(m.CODE_HASH))`], { encoding: 'utf8' });
    const built = hashOf(join(REPO_ROOT, 'dist'));
    const copy = join(scratch, 'elsewhere', 'dist');
    cpSync(join(REPO_ROOT, 'dist'), copy, { recursive: true });
    expect(hashOf(copy)).toBe(built);
    writeFileSync(join(copy, 'src/processes/market.js'), readFileSync(join(copy, 'src/processes/market.js'), 'utf8') + '\n// rebuilt\n');
    expect(hashOf(copy)).not.toBe(built);
  });

  it('is recorded in the run identity with the version', async () => {
    const out = freshOut();
    await runScenarios([small], { outRoot: out, workers: 1, replications: 2 });
    const { identity, clustersim } = readJson(join(out, 'small', 'manifest.json'));
    expect(identity).toMatchObject({ clustersim: VERSION, codeHash: CODE_HASH });
    expect(clustersim).toBe(VERSION);
  });
});

describe('--resume refuses a checkpoint of another build', () => {
  let out: string;
  beforeAll(async () => {
    out = freshOut();
    await interrupted(out, 3);
  });

  it.each([
    ['another code hash', (id: Record<string, unknown>) => (id.codeHash = OTHER_HASH), `clustersim ${VERSION}, code abababababab`],
    ['another version', (id: Record<string, unknown>) => (id.clustersim = '0.0.9'), `clustersim 0.0.9, code ${CODE_HASH.slice(0, 12)}`],
    ['no code hash (an older clustersim)', (id: Record<string, unknown>) => delete id.codeHash, `clustersim ${VERSION}, code not recorded (an older clustersim)`],
  ])('%s: exit 2 naming both builds; the checkpoint and partial files are kept', async (_, edit, recorded) => {
    const copy = freshOut();
    cpSync(out, copy, { recursive: true });
    const checkpoint = join(copy, 'small', 'checkpoint.json');
    editJson(checkpoint, (c) => edit(c.identity));
    const before = readFileSync(checkpoint, 'utf8');
    const error = await runScenarios([small], { outRoot: copy, workers: 1, replications: 8, resume: true }).then(() => undefined, (e: Error) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error?.message).toBe(
      `${join(copy, 'small')}: the checkpoint there was written by ${recorded}, and this is clustersim ${VERSION}, code ${CODE_HASH.slice(0, 12)}; ` +
        'rows of two builds must not mix. Resume with the build that started the run, or run with --force instead of --resume to start over with this one (this deletes the partial results)',
    );
    expect(readFileSync(checkpoint, 'utf8')).toBe(before);
  });
});

describe('merge refuses shards of two builds', () => {
  let shards: string[];
  beforeAll(async () => {
    const out = freshOut();
    for (const k of [0, 1]) await runScenarios([small], { outRoot: out, workers: 1, replications: 4, shard: { index: k, count: 2 } });
    shards = [0, 1].map((k) => join(out, `small.shard-${k}-of-2`));
  });

  it('naming both builds', () => {
    const other = join(freshOut(), 'small.shard-1-of-2');
    cpSync(shards[1], other, { recursive: true });
    editJson(join(other, 'manifest.json'), (m) => (m.identity.codeHash = OTHER_HASH));
    expect(thrown(() => mergeShards([shards[0], other], freshOut())).message).toBe(
      `${other}: made by clustersim ${VERSION}, code abababababab, but ${shards[0]} by clustersim ${VERSION}, code ${CODE_HASH.slice(0, 12)}; ` +
        'shards of two builds must not be merged: run the shards from another build again with one build',
    );
  });

  it('a shard without a code hash (an older clustersim) is refused, saying why', () => {
    const old = join(freshOut(), 'small.shard-0-of-2');
    cpSync(shards[0], old, { recursive: true });
    editJson(join(old, 'manifest.json'), (m) => delete m.identity.codeHash);
    expect(thrown(() => mergeShards([old, shards[1]], freshOut())).message).toContain(`${old}: its manifest.json records no code hash (made by an older clustersim)`);
  });
});
