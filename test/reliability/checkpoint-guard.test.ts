// Re-running into a folder that holds an interrupted run's checkpoint without --resume does not
// delete the saved replications: it is refused, naming --resume (continue) and --force (start over).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { InputError } from '../../src/messages.js';
import { RunInterrupted, runScenarios, type RunOptions } from '../../src/montecarlo/run-experiment.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { rowFiles, tempDir } from '../helpers/run-folders.js';

const SMALL_FILE = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');
const small = loadScenario(SMALL_FILE);
const scratch = tempDir('checkpoint-guard');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const run = (out: string, options: RunOptions = {}) => runScenarios([small], { outRoot: out, workers: 1, replications: 20, ...options });
const completed = (out: string) => JSON.parse(readFileSync(join(out, 'small', 'checkpoint.json'), 'utf8')).completed as number;

/** A run stopped after a few replications, its checkpoint left in `out`. */
async function interrupted(out: string): Promise<void> {
  const controller = new AbortController();
  const stopped = run(out, { signal: controller.signal, onProgress: (done) => done >= 3 && controller.abort() });
  await expect(stopped).rejects.toBeInstanceOf(RunInterrupted);
  expect(completed(out)).toBeGreaterThanOrEqual(3);
}

describe('a checkpoint in the output folder', () => {
  it('is not deleted by a rerun without --resume; --resume continues it, --force starts over', async () => {
    const out = join(scratch, 'a');
    await interrupted(out);
    const saved = completed(out);
    const partial = readFileSync(join(out, 'small', 'summary.csv.partial'), 'utf8');
    const error = await run(out).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `${join(out, 'small')}: holds the checkpoint of an interrupted run with ${saved} completed replications; ` +
      'continue it with --resume, or start over with --force (this deletes them), or use another --out',
    );
    // Untouched: the same checkpoint and partial rows.
    expect(completed(out)).toBe(saved);
    expect(readFileSync(join(out, 'small', 'summary.csv.partial'), 'utf8')).toBe(partial);
    const [resumed] = await run(out, { resume: true });
    expect(resumed.resumedFrom).toBe(saved);
    const reference = join(scratch, 'reference');
    await run(reference);
    expect(rowFiles(join(out, 'small'))).toEqual(rowFiles(join(reference, 'small')));
    // A finished run (no checkpoint) is still replaced by a rerun of itself.
    await run(out);
    expect(existsSync(join(out, 'small', 'manifest.json'))).toBe(true);
  });

  it('--force discards it and starts over; the CLI says so in one paragraph with exit 2', async () => {
    const out = join(scratch, 'b');
    await interrupted(out);
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void errors.push(parts.join(' ')));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const code = await main(['run', SMALL_FILE, '-r', '20', '-w', '1', '-q', '--no-report', '--out', out]);
    expect(code).toBe(2);
    expect(errors.join('\n')).toMatch(/holds the checkpoint of an interrupted run .* --resume, or start over with --force/);
    const [forced] = await run(out, { force: true });
    expect(forced.resumedFrom ?? 0).toBe(0);
    expect(existsSync(join(out, 'small', 'checkpoint.json'))).toBe(false);
  });
});
