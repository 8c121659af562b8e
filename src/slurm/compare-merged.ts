// The comparison step of `clustersim compare` on runs that are already on disk (the merged runs of a
// Slurm job array): writes <out>/comparison.csv and prints the headline table, without running anything.
// Run by the merge job as `node dist/src/slurm/compare-merged.js <baseline-dir> <variant-dir...> --out DIR`.
import { mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../io/atomic-file.js';
import { InputError, messages } from '../messages.js';
import { COMPARISON_FILE, compareRuns, type ComparisonRow } from '../results/compare-runs.js';
import { comparisonCsv, comparisonTable } from '../results/comparison-table.js';

export interface MergedComparison {
  rows: ComparisonRow[];
  /** Path of the comparison.csv written. */
  path: string;
  /** The readable table of headline indicators. */
  table: string;
}

/** Compares finished run folders (variants against the baseline) and writes comparison.csv into outDir. */
export function compareMergedRuns(baselineDir: string, variantDirs: string[], outDir: string): MergedComparison {
  const rows = compareRuns(baselineDir, variantDirs);
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, COMPARISON_FILE);
  writeFileAtomic(path, comparisonCsv(rows));
  return { rows, path, table: comparisonTable(rows) };
}

/** `<baseline-dir> <variant-dir...> --out DIR` */
export function parseCompareMergedArgs(argv: readonly string[]): { baseline: string; variants: string[]; out: string } {
  const at = argv.indexOf('--out');
  const out = at >= 0 ? argv[at + 1] : undefined;
  const dirs = at >= 0 ? [...argv.slice(0, at), ...argv.slice(at + 2)] : [...argv];
  if (out === undefined || dirs.length < 2 || dirs.some((d) => d.startsWith('-'))) throw new InputError(messages.compareMergedUsage());
  return { baseline: dirs[0], variants: dirs.slice(1), out };
}

export function compareMergedMain(argv: readonly string[]): number {
  try {
    const args = parseCompareMergedArgs(argv);
    const result = compareMergedRuns(args.baseline, args.variants, args.out);
    console.log(result.table);
    console.log(messages.comparisonWritten(result.path));
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      console.error(error.message);
      return 2;
    }
    console.error(messages.internalError(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    return 1;
  }
}

function invokedDirectly(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (invokedDirectly()) process.exitCode = compareMergedMain(process.argv.slice(2));
