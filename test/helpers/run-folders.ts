// Comparing run output folders byte for byte: the determinism contract of DESIGN.md.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROW_FILES } from '../../src/montecarlo/replication-rows.js';

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `clustersim-${prefix}-`));
}

/** The row files of a finished run folder, by name. */
export function rowFiles(dir: string): Record<string, string> {
  return Object.fromEntries(ROW_FILES.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}
