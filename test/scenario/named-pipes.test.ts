// A named pipe given as a scenario, an `extends` target or a network CSV is refused at once: opening
// a FIFO for reading waits for a writer, so the loader must not block before it can check the kind.
// Run through the command line in a child process, so a regression fails on the test's timeout
// instead of blocking the test runner.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, STACK_FRAME } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'clustersim-fifo-'));
const fifo = join(dir, 'pipe.yaml');
execFileSync('mkfifo', [fifo]);

afterAll(() => {
  // Should a loader have blocked on the pipe (a regression), open and close its writing end so the
  // stuck child process reads end-of-file and exits; with no reader this fails, which is fine.
  try {
    closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
  } catch {
    // no reader waiting
  }
  rmSync(dir, { recursive: true, force: true });
});

async function expectRefused(file: string, message: RegExp): Promise<void> {
  const { code, stderr } = await runCli(['validate', file]);
  expect(code).toBe(2);
  expect(stderr).toMatch(message);
  expect(stderr).not.toMatch(STACK_FRAME);
}

describe('named pipes', () => {
  it('as the scenario file: refused, not a hang', async () => {
    await expectRefused(fifo, /not a regular file/);
  }, 15_000);

  it('as an extends target', async () => {
    const child = join(dir, 'child.yaml');
    writeFileSync(child, `extends: ${fifo}\nname: child\n`);
    await expectRefused(child, /not a regular file/);
  }, 15_000);

  it('as a network CSV', async () => {
    const scenario = join(dir, 'network.yaml');
    writeFileSync(scenario, `extends: ${join(REPO_ROOT, 'scenarios/cases/data-network.yaml')}\ninitialNetwork:\n  agents: ${fifo}\n  edges: ${join(REPO_ROOT, 'scenarios/data/edges.csv')}\n`);
    await expectRefused(scenario, /regular file/);
  }, 15_000);
});
