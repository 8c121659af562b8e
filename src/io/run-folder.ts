// The layout of a run folder (out/<run>/): every file name clustersim writes there, the manifest,
// and the atomic write every file goes through (a killed run never leaves a file that looks complete).
// It sits below montecarlo and results, so both name files through it without importing each other.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, messages } from '../messages.js';
import { writeFileAtomic } from './atomic-file.js';
import { readRegularText } from './regular-file.js';

/** What the run was (scenario, seeds, versions, timings); written last, so its presence marks a finished run. */
export const MANIFEST_FILE = 'manifest.json';
/** The durable prefix of an unfinished run's row files (removed when the run finishes). */
export const CHECKPOINT_FILE = 'checkpoint.json';
export const SUMMARY_FILE = 'summary.csv';
/** Per-replication CSV outputs, in the order they are written; every row starts `scenario,replication`. */
export const ROW_FILES = [SUMMARY_FILE, 'timeseries.csv', 'network.csv', 'degree-distribution.csv'] as const;
export type RowFile = (typeof ROW_FILES)[number];
/** Statistics over replications per indicator and quarter. */
export const STATS_FILE = 'stats.csv';
export const COMPARISON_FILE = 'comparison.csv';
export const SWEEP_FILE = 'sweep.csv';
export const SENSITIVITY_FILE = 'sensitivity.csv';
export const CALIBRATION_FILE = 'calibration.csv';
export const CALIBRATION_TRACE_FILE = 'calibration-trace.csv';
/** A design shard's summary values per point and replication, and its description (written last). */
export const POINTS_FILE = 'points.csv';
export const DESIGN_FILE = 'design.json';
/** The committee report and the folder of its charts. */
export const REPORT_FILE = 'report.html';
export const CHARTS_DIR = 'charts';

/** The fitted scenario `calibrate` writes beside calibration.csv. */
export function calibratedScenarioFile(scenarioName: string): string {
  return `${scenarioName}.calibrated.yaml`;
}

/** Output folder name of a scenario's shard: `<name>` whole, `<name>.shard-<k>-of-<N>` otherwise. */
export function shardFolderName(name: string, shard: { index: number; count: number }): string {
  return shard.count === 1 ? name : `${name}.shard-${shard.index}-of-${shard.count}`;
}

/** Writes `name` in the folder atomically and returns its path. */
export function writeRunFile(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileAtomic(path, text);
  return path;
}

/** A JSON file of the folder, formatted as all of clustersim's (two-space indent, final newline). */
export function writeRunJson(dir: string, name: string, value: unknown): string {
  return writeRunFile(dir, name, JSON.stringify(value, null, 2) + '\n');
}

/** The manifest, written last: a folder with manifest.json is complete. */
export function writeManifest(dir: string, manifest: object): string {
  return writeRunJson(dir, MANIFEST_FILE, manifest);
}

/**
 * The manifest of a finished run, as the caller expects it to be; an InputError naming the folder
 * when it is not JSON or not an object (a hand-edited or damaged folder).
 */
export function readManifest<T>(dir: string): T {
  let value: unknown;
  try {
    value = JSON.parse(readRegularText(join(dir, MANIFEST_FILE)));
  } catch (error) {
    throw new InputError(messages.damagedManifest(dir, error instanceof Error ? error.message : String(error)));
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new InputError(messages.damagedManifest(dir, 'not a JSON object'));
  return value as T;
}

export function isFinishedRun(dir: string): boolean {
  return existsSync(join(dir, MANIFEST_FILE));
}

/**
 * Throws a clear InputError unless `dir` holds a finished run: manifest.json (written last) readable,
 * and every file it lists as an output present.
 */
export function requireFinishedRun(dir: string): void {
  if (!isFinishedRun(dir)) throw new InputError(messages.notAFinishedRun(dir));
  const { outputs } = readManifest<{ outputs?: unknown }>(dir);
  for (const file of Array.isArray(outputs) ? outputs : []) {
    if (typeof file === 'string' && !existsSync(join(dir, file))) throw new InputError(messages.missingRunFile(dir, file));
  }
}
