// An output folder that cannot be made (under /proc, below a device, a file in the way) fails fast
// with exit 2 and one paragraph: Node's recursive mkdir would loop forever at 100% CPU on /proc/x.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/io/make-folder.js';
import { InputError } from '../../src/messages.js';
import { runCli, STACK_FRAME } from '../helpers/cli.js';
import { tempDir } from '../helpers/run-folders.js';

const scratch = tempDir('special-out');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const SMALL = 'test/fixtures/montecarlo/small.yaml';

function refusal(path: string): string {
  try {
    makeFolder(path);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error(`${path} was made`);
}

describe('output folders that cannot be made', () => {
  it('makeFolder refuses /proc/x, a path below /dev/null and below a file, and makes ordinary nested folders', () => {
    expect(refusal('/proc/x/out')).toBe('cannot write /proc/x/out: the folder /proc/x cannot be created (ENOENT: no such file or directory); choose another output folder (--out)');
    expect(refusal('/dev/null/x')).toMatch(/the folder \/dev\/null cannot be created \(a file of that name is in the way\)/);
    const file = join(scratch, 'file');
    writeFileSync(file, '');
    expect(refusal(join(file, 'a', 'b'))).toMatch(/a file of that name is in the way/);
    makeFolder(join(scratch, 'a', 'b', 'c'));
    makeFolder(join(scratch, 'a', 'b', 'c'));
    mkdirSync(join(scratch, 'a', 'b', 'c', 'd'));
  });

  it.each([
    ['run', ['run', SMALL, '-r', '2', '-w', '1', '-q', '--out', '/proc/x']],
    ['compare', ['compare', SMALL, 'test/fixtures/montecarlo/small-longer.yaml', '-r', '2', '-w', '1', '-q', '--out', '/proc/x']],
    ['sweep', ['sweep', SMALL, '-p', 'seed=1,2', '-r', '1', '-w', '1', '-q', '--out', '/proc/x']],
  ])('%s --out /proc/x exits 2 within seconds', async (_, args) => {
    const started = performance.now();
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cannot write \/proc\/x\/[a-z-]+: the folder \/proc\/x cannot be created/);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
