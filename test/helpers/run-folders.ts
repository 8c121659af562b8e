// Comparing run output folders byte for byte: the determinism contract of DESIGN.md.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ROW_FILES, STATS_FILE } from '../../src/io/run-folder.js';

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `clustersim-${prefix}-`));
}

/** The row files of a finished run folder, by name. */
export function rowFiles(dir: string): Record<string, string> {
  return Object.fromEntries(ROW_FILES.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/**
 * The row files and stats.csv of a finished run folder: a run accumulates its statistics while it
 * writes (a resumed run first reads back the rows it keeps), so they are compared too.
 */
export function finishedOutputs(dir: string): Record<string, string> {
  return { ...rowFiles(dir), [STATS_FILE]: readFileSync(join(dir, STATS_FILE), 'utf8') };
}

/**
 * A scratch folder for a test file, removed after its tests, and fresh output folders inside it
 * (`fresh()` gives out-0, out-1, ...).
 */
export function scratchFolders(prefix: string): { root: string; fresh: () => string } {
  const root = tempDir(prefix);
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let count = 0;
  return { root, fresh: () => join(root, `out-${count++}`) };
}
