// A hash of the code that is running: SHA-256 over the compiled JavaScript of dist/src and dist/workers
// (or, run from the TypeScript sources by the tests, over src/ and workers/), by relative path and
// content. Recorded in every run's identity, so a resume or a merge never mixes rows of two builds.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The code's files under `root`, relative paths with '/' (the same on every machine), sorted. */
function codeFiles(root: string, dir: string, extension: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...codeFiles(root, path, extension));
    else if (entry.isFile() && entry.name.endsWith(extension) && !entry.name.endsWith(`.d${extension}`)) files.push(relative(root, path).split(sep).join('/'));
  }
  return files;
}

function computeCodeHash(): string {
  const self = fileURLToPath(import.meta.url);
  const extension = extname(self);
  const root = dirname(dirname(self));
  const hash = createHash('sha256');
  const folders = ['src', 'workers'].filter((folder) => existsSync(join(root, folder)));
  // Plain code-point order, not the locale's: the same on every machine.
  const files = folders.flatMap((folder) => codeFiles(root, join(root, folder), extension)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const file of files) {
    hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

/** SHA-256 of the running build's code, computed once when this module loads. */
export const CODE_HASH: string = computeCodeHash();
