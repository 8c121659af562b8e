// Where test fixtures live, and how the loader shows their paths in messages (relative to the
// working directory), so tests can assert exact message text wherever vitest is started from.
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a file under test/fixtures/scenarios/. */
export function scenarioFixture(name: string): string {
  return resolve(REPO_ROOT, 'test/fixtures/scenarios', name);
}

/** A fixture's path as the loader prints it when run from `cwd` (the test process's by default). */
export function shownPath(absolute: string, cwd = process.cwd()): string {
  return relative(cwd, absolute);
}
