// `clustersim compare <baseline> <variant...>`: runs every scenario with the same master seed and
// replication count (common random numbers), then writes the paired comparison to
// out/<name>/comparison.csv and prints the headline indicators.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { writeFileAtomic } from '../io/atomic-file.js';
import { messages } from '../messages.js';
import { COMPARISON_FILE, requireFinishedRun } from '../io/run-folder.js';
import { compareRuns, type ComparisonRow } from '../results/compare-runs.js';
import { comparisonCsv, comparisonTable } from '../results/comparison-table.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { withRunOptions, type RunArgs } from './options.js';
import { runWithInterrupts } from './run-command.js';
import { reportOnRuns, type ReportArgs } from './report-options.js';
import { checkMemory } from './memory-guard.js';

export function compareBuilder<T>(y: Argv<T>) {
  return withRunOptions(
    y
      .positional('baseline', { type: 'string', demandOption: true, describe: 'baseline scenario file' })
      .positional('variants', { type: 'string', array: true, demandOption: true, describe: 'variant scenario files' }),
  )
    .option('name', { type: 'string', describe: 'folder name of the comparison under --out (default: compare-<baseline>)' })
    .option('force', { type: 'boolean', default: false, describe: 'replace the results of a different run (other scenario or seed) in the output folders' })
    .example('$0 compare scenarios/baseline.yaml scenarios/levers/external-talent.yaml', 'one lever against the baseline')
    .example('$0 compare scenarios/baseline.yaml scenarios/levers/*.yaml -r 100', 'every lever, 100 paired replications');
}

export interface CompareArgs extends RunArgs {
  baseline: string;
  variants: string[];
  name?: string;
  force?: boolean;
}

export async function compareCommand(argv: readonly string[], args: CompareArgs): Promise<ComparisonRow[]> {
  const loaded = [args.baseline, ...args.variants].map((file) => loadScenario(file));
  const base = loaded[0].scenario;
  checkMemory(loaded, { workers: args.workers, replications: args.replications ?? base.replications, maxMemoryMb: args.maxMemory });
  // Pairing needs replication i of every scenario to use the same seed: one master seed, one count.
  const results = await runWithInterrupts(argv, loaded, {
    replications: args.replications ?? base.replications,
    seed: args.seed ?? base.seed,
    outRoot: args.out,
    workers: args.workers,
    force: args.force,
    quiet: args.quiet,
  });
  const dir = join(args.out, args.name ?? `compare-${base.name}`);
  return compareFinishedRuns(results.map((r) => r.dir), dir, args);
}

/**
 * The comparison step on finished run folders (the first is the baseline): comparison.csv, the
 * headline table and the report. `compare` runs it after its runs; `compare-runs` (and the Slurm
 * merge job) on folders already on disk, such as merged shards.
 */
export async function compareFinishedRuns(dirs: string[], outDir: string, args: ReportArgs): Promise<ComparisonRow[]> {
  for (const dir of dirs) requireFinishedRun(dir);
  const rows = compareRuns(dirs[0], dirs.slice(1));
  mkdirSync(outDir, { recursive: true });
  writeFileAtomic(join(outDir, COMPARISON_FILE), comparisonCsv(rows));
  console.log(comparisonTable(rows));
  console.log(messages.comparisonWritten(join(outDir, COMPARISON_FILE)));
  await reportOnRuns(dirs, outDir, args, rows);
  return rows;
}
