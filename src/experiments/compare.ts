// Comparing a baseline with variants: every scenario runs with the same master seed and replication
// count (common random numbers), then the paired comparison goes to <outRoot>/<name>/comparison.csv.
import { join } from 'node:path';
import { COMPARISON_FILE, requireFinishedRun, writeRunFile } from '../io/run-folder.js';
import { runScenarios, type RunResult } from '../montecarlo/run-experiment.js';
import { compareRuns, type ComparisonRow } from '../results/compare-runs.js';
import { comparisonCsv } from '../results/comparison-table.js';
import type { RunExperimentOptions, ScenarioSource } from './experiment-options.js';
import { loadSources } from './run.js';
import { makeFolder } from '../io/make-folder.js';

export interface CompareSpec {
  baseline: ScenarioSource;
  variants: readonly ScenarioSource[];
  /** Replications of every scenario (default: the baseline's). */
  replications?: number;
  /** Master seed of every scenario (default: the baseline's). */
  seed?: number;
  /** Folder name of the comparison under `outRoot` (default `compare-<baseline>`). */
  name?: string;
}

export interface ComparisonResult {
  /** Variant − baseline per variant and summary indicator, Holm-adjusted over all rows. */
  rows: ComparisonRow[];
  dir: string;
  /** comparison.csv */
  file: string;
}

export interface CompareResult extends ComparisonResult {
  /** The baseline's run first, then the variants'. */
  runs: RunResult[];
}

/**
 * Compares finished run folders (the first is the baseline; every one must have used the same seeds)
 * and writes comparison.csv into `outDir`: what `compare` does after its runs, and what merged shards need.
 */
export function compareRunFolders(dirs: readonly string[], outDir: string): ComparisonResult {
  for (const dir of dirs) requireFinishedRun(dir);
  const rows = compareRuns(dirs[0], dirs.slice(1));
  makeFolder(outDir);
  return { rows, dir: outDir, file: writeRunFile(outDir, COMPARISON_FILE, comparisonCsv(rows)) };
}

/** Runs the baseline and the variants, then compares them; `onRunsDone` hears of the runs before the comparison. */
export async function compare(spec: CompareSpec, options: RunExperimentOptions & { onRunsDone?: (runs: RunResult[]) => void } = {}): Promise<CompareResult> {
  const loaded = loadSources([spec.baseline, ...spec.variants]);
  const base = loaded[0].scenario;
  const { onRunsDone, ...runOptions } = options;
  // Pairing needs replication i of every scenario to use the same seed: one master seed, one count.
  const runs = await runScenarios(loaded, { ...runOptions, replications: spec.replications ?? base.replications, seed: spec.seed ?? base.seed });
  onRunsDone?.(runs);
  const dir = join(options.outRoot ?? 'out', spec.name ?? `compare-${base.name}`);
  return { runs, ...compareRunFolders(runs.map((r) => r.dir), dir) };
}
