// Comparing a baseline with variants: every scenario runs with the same master seed and replication
// count (common random numbers), then the paired comparison goes to <outRoot>/<name>/comparison.csv.
import { readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { lockOutputFolder } from '../io/folder-lock.js';
import {
  COMPARISON_FILE,
  COMPARISON_RUNS_FILE,
  EXECUTIVE_SUMMARY_FILE,
  readManifest,
  REPORT_FILE,
  requireFinishedRun,
  writeRunFile,
  writeRunJson,
} from '../io/run-folder.js';
import { InputError, messages } from '../messages.js';
import { runScenarios, type RunResult } from '../montecarlo/run-experiment.js';
import { compareRuns, type ComparisonRow } from '../results/compare-runs.js';
import { comparisonCsv } from '../results/comparison-table.js';
import { COMPARISON_BY_REGION_FILE, compareRunsByRegion, regionComparisonCsv, type RegionComparisonRow } from '../results/region-comparison.js';
import { comparisonFolderName, distinctScenarioNames, requireComparable, type ComparedScenario } from '../results/comparison-checks.js';
import { displayPath, type LoadedScenario } from '../scenario/load-scenario.js';
import type { Scenario } from '../scenario/schema.js';
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
  /** Folder name of the comparison under `outRoot` (default: from all scenario names, `compare-<baseline>-vs-<variants>`). */
  name?: string;
  /** Compare scenarios with different horizons, region sets or start years (refused by default). */
  allowMismatch?: boolean;
}

/** What `compare-runs` and `report` need to know of a comparison folder: its runs, relative to it. */
export interface ComparisonRuns {
  baseline: string;
  variants: string[];
}

/** Files a comparison writes into its folder: all removed before it writes, so two comparisons never mix. */
const COMPARISON_OUTPUTS = [COMPARISON_FILE, COMPARISON_BY_REGION_FILE, COMPARISON_RUNS_FILE, EXECUTIVE_SUMMARY_FILE, REPORT_FILE];

function compared(scenario: Pick<Scenario, 'name' | 'horizonQuarters' | 'regions'> & { startFiscalYear?: number }, source: string): ComparedScenario {
  return {
    name: scenario.name,
    source,
    horizonQuarters: scenario.horizonQuarters,
    regionIds: scenario.regions.map((r) => r.id),
    startFiscalYear: scenario.startFiscalYear,
  };
}

/**
 * The comparison's scenarios with distinct names (a variant inheriting the baseline's name is named
 * after its file), refused when one file is named twice or when their windows or regions differ.
 */
export function prepareComparison(loaded: readonly LoadedScenario[], allowMismatch = false): LoadedScenario[] {
  const sources = loaded.map((l, i) => (l.files[0] ? displayPath(resolve(l.files[0])) : `scenario #${i + 1}`));
  const names = distinctScenarioNames(loaded.map((l, i) => ({ name: l.scenario.name, file: sources[i] })));
  const named = loaded.map((l, i) => (names[i] === l.scenario.name ? l : { ...l, scenario: { ...l.scenario, name: names[i] } }));
  requireComparable(named.map((l, i) => compared(l.scenario, sources[i])), allowMismatch);
  return named;
}

export interface ComparisonResult {
  /** Variant − baseline per variant and summary indicator, Holm-adjusted over all rows. */
  rows: ComparisonRow[];
  /** The same per region (comparison-by-region.csv), Holm-adjusted over its own rows. */
  regionRows: RegionComparisonRow[];
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
export function compareRunFolders(dirs: readonly string[], outDir: string, options: { allowMismatch?: boolean; onNotice?: (message: string) => void } = {}): ComparisonResult {
  for (const dir of dirs) requireFinishedRun(dir);
  const absolute = dirs.map((dir) => resolve(dir));
  absolute.forEach((dir, i) => {
    if (absolute.indexOf(dir) !== i) throw new InputError(messages.compareWithItself(dirs[i]));
  });
  const scenarios = dirs.map((dir) => readManifest<{ scenario: Scenario & { startFiscalYear?: number } }>(dir).scenario);
  requireComparable(scenarios.map((s, i) => compared(s, dirs[i])), options.allowMismatch);
  const rows = compareRuns(dirs[0], dirs.slice(1));
  const regionRows = compareRunsByRegion(dirs[0], dirs.slice(1));
  const lock = lockOutputFolder(outDir, { command: 'compare', onNotice: options.onNotice });
  try {
    // The folder holds one comparison: whatever an earlier one wrote here goes first (charts/ is the
    // report's, which removes its own stale files).
    for (const name of COMPARISON_OUTPUTS) rmSync(join(outDir, name), { force: true });
    const runs: ComparisonRuns = { baseline: relative(outDir, absolute[0]) || '.', variants: absolute.slice(1).map((dir) => relative(outDir, dir) || '.') };
    writeRunJson(outDir, COMPARISON_RUNS_FILE, runs);
    writeRunFile(outDir, COMPARISON_BY_REGION_FILE, regionComparisonCsv(regionRows));
    return { rows, regionRows, dir: outDir, file: writeRunFile(outDir, COMPARISON_FILE, comparisonCsv(rows)) };
  } finally {
    lock.release();
  }
}

/** The run folders a comparison folder records (comparison.json), or undefined when it records none. */
export function comparisonRunFolders(dir: string): string[] | undefined {
  let runs: Partial<ComparisonRuns>;
  try {
    runs = JSON.parse(readFileSync(join(dir, COMPARISON_RUNS_FILE), 'utf8')) as Partial<ComparisonRuns>;
  } catch {
    return undefined;
  }
  if (typeof runs?.baseline !== 'string' || !Array.isArray(runs.variants) || !runs.variants.every((v) => typeof v === 'string')) return undefined;
  return [runs.baseline, ...runs.variants].map((run) => resolve(dir, run));
}

/** Runs the baseline and the variants, then compares them; `onRunsDone` hears of the runs before the comparison. */
export async function compare(spec: CompareSpec, options: RunExperimentOptions & { onRunsDone?: (runs: RunResult[]) => void } = {}): Promise<CompareResult> {
  const loaded = prepareComparison(loadSources([spec.baseline, ...spec.variants]), spec.allowMismatch);
  const base = loaded[0].scenario;
  const { onRunsDone, ...runOptions } = options;
  // Pairing needs replication i of every scenario to use the same seed: one master seed, one count.
  const runs = await runScenarios(loaded, { ...runOptions, replications: spec.replications ?? base.replications, seed: spec.seed ?? base.seed });
  onRunsDone?.(runs);
  const dir = join(options.outRoot ?? 'out', spec.name ?? comparisonFolderName(loaded.map((l) => l.scenario.name)));
  return { runs, ...compareRunFolders(runs.map((r) => r.dir), dir, { allowMismatch: spec.allowMismatch, onNotice: options.onNotice }) };
}
