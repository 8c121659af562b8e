// The comparison step of `clustersim compare` on runs that are already on disk (the merged runs of a
// Slurm job array): writes <out>/comparison.csv and the committee report over the runs, and prints the
// headline table, without running anything. Run by the merge job as
// `node dist/src/slurm/compare-merged.js <baseline-dir> <variant-dir...> --out DIR [--lang en|ja] [--no-report]`.
import { mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../io/atomic-file.js';
import { InputError, messages } from '../messages.js';
import { COMPARISON_FILE, compareRuns, type ComparisonRow } from '../results/compare-runs.js';
import { comparisonCsv, comparisonTable } from '../results/comparison-table.js';
import { runsReportData } from '../results/report-data-from-runs.js';
import { computeRunStatistics } from '../results/run-statistics.js';
import { isLang, writeReport, type Lang } from '../report/index.js';

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

export interface CompareMergedArgs {
  baseline: string;
  variants: string[];
  out: string;
  /** Report language; undefined with --no-report. */
  lang?: Lang;
}

/** `<baseline-dir> <variant-dir...> --out DIR [--lang en|ja] [--no-report]` */
export function parseCompareMergedArgs(argv: readonly string[]): CompareMergedArgs {
  const dirs: string[] = [];
  let out: string | undefined;
  let lang: Lang | undefined = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out' && argv[i + 1] !== undefined) out = argv[++i];
    else if (arg === '--lang' && isLang(argv[i + 1] ?? '')) lang = argv[++i] as Lang;
    else if (arg === '--no-report') lang = undefined;
    else if (arg.startsWith('-')) throw new InputError(messages.compareMergedUsage());
    else dirs.push(arg);
  }
  if (out === undefined || dirs.length < 2) throw new InputError(messages.compareMergedUsage());
  return { baseline: dirs[0], variants: dirs.slice(1), out, lang };
}

export async function compareMergedMain(argv: readonly string[]): Promise<number> {
  try {
    const args = parseCompareMergedArgs(argv);
    const result = compareMergedRuns(args.baseline, args.variants, args.out);
    console.log(result.table);
    console.log(messages.comparisonWritten(result.path));
    if (args.lang) {
      // The same report `clustersim compare` writes: every run, with the paired comparisons.
      const dirs = [args.baseline, ...args.variants];
      const files = await writeReport(args.out, runsReportData(dirs, dirs.map(computeRunStatistics), result.rows), { lang: args.lang });
      console.log(messages.reportWritten(files[files.length - 1], files.length - 1));
    }
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

if (invokedDirectly()) {
  compareMergedMain(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
