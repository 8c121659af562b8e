// Runs the built command line (dist/src/cli/main.js) in a child process, as a user would, and
// captures exit code, stdout and stderr. `npm test` builds first (pretest), so dist/ is current.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './fixtures.js';

export const CLI_ENTRY = join(REPO_ROOT, 'dist/src/cli/main.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A line of a Node stack trace: bad input must never show one. */
export const STACK_FRAME = /^ {4}at /m;

/** Runs `clustersim <args>` with the repository root as working directory (unless `cwd` is given). */
export function runCli(args: string[], cwd = REPO_ROOT): Promise<CliResult> {
  if (!existsSync(CLI_ENTRY)) throw new Error(`${CLI_ENTRY} is missing: run 'npm run build' (npm test does it first)`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}
