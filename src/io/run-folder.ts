// The layout of a run folder (out/<run>/): every file name clustersim writes there, the manifest,
// and the atomic write every file goes through (a killed run never leaves a file that looks complete).
// It sits below montecarlo and results, so both name files through it without importing each other.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, messages } from '../messages.js';
import { writeFileAtomic } from './atomic-file.js';
import { digestFile, type FileDigest } from './file-digest.js';
import { readRegularText } from './regular-file.js';

/** What the run was (scenario, seeds, versions, timings); written last, so its presence marks a finished run. */
export const MANIFEST_FILE = 'manifest.json';
/** The durable prefix of an unfinished run's row files (removed when the run finishes). */
export const CHECKPOINT_FILE = 'checkpoint.json';
export { SUMMARY_FILE, ROW_FILES, type RowFile } from './row-files.js';
/** Statistics over replications per indicator and quarter. */
export const STATS_FILE = 'stats.csv';
export const COMPARISON_FILE = 'comparison.csv';
/** The run folders a comparison compared (relative to its folder), so `report` can redraw it. */
export const COMPARISON_RUNS_FILE = 'comparison.json';
export const SWEEP_FILE = 'sweep.csv';
export const SENSITIVITY_FILE = 'sensitivity.csv';
export const CALIBRATION_FILE = 'calibration.csv';
export const CALIBRATION_TRACE_FILE = 'calibration-trace.csv';
/** Ensemble calibration (ABC, history matching), its holdout table, screening and robust comparison. */
export const POSTERIOR_FILE = 'posterior.csv';
export const POSTERIOR_FIT_FILE = 'posterior-fit.csv';
export const EQUIFINALITY_FILE = 'equifinality.csv';
export const CALIBRATION_WAVES_FILE = 'calibration-waves.csv';
export const HOLDOUT_FIT_FILE = 'holdout-fit.csv';
export const SCREENING_FILE = 'screening.csv';
export const ROBUST_SETS_FILE = 'robust-comparison.csv';
export const ROBUST_SUMMARY_FILE = 'robust-summary.csv';
/** A design shard's summary values per point and replication, and its description (written last). */
export const POINTS_FILE = 'points.csv';
export const DESIGN_FILE = 'design.json';
/** The committee report and the folder of its charts. */
export const REPORT_FILE = 'report.html';
/** The report's executive summary as Markdown, beside report.html. */
export const EXECUTIVE_SUMMARY_FILE = 'summary.md';
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

/** Every file of a finished run but the manifest, by name: what the manifest's `files` records. */
export type RunFiles = Record<string, FileDigest>;

/** Size and SHA-256 of the named files of a folder, for a manifest's `files`. */
export function digestRunFiles(dir: string, names: readonly string[]): RunFiles {
  return Object.fromEntries(names.map((name) => [name, digestFile(join(dir, name))]));
}

function isDigest(value: unknown): value is FileDigest {
  if (value === null || typeof value !== 'object') return false;
  const { bytes, sha256 } = value as Partial<FileDigest>;
  return Number.isSafeInteger(bytes) && typeof sha256 === 'string';
}

/**
 * How the files of `dir` differ from the digests a manifest (or design.json, `recordedIn`) records,
 * one phrase per file: missing, another size, or the same size with other content. Sizes are
 * compared first, so a truncated gigabyte file is reported without reading it.
 */
export function runFileDifferences(dir: string, files: unknown, recordedIn: string = MANIFEST_FILE): string[] {
  if (files === null || typeof files !== 'object' || Array.isArray(files)) return [messages.noChecksums(recordedIn)];
  const problems: string[] = [];
  for (const [name, recorded] of Object.entries(files)) {
    // Names come from the manifest: one that leaves the folder is not a file of this run.
    if (!isDigest(recorded) || name.includes('/') || name.includes('\\') || name === '..' || name === '.') {
      problems.push(messages.badChecksumEntry(name, recordedIn));
      continue;
    }
    const path = join(dir, name);
    let size: number;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) {
        problems.push(messages.runFileNotAFile(name));
        continue;
      }
      size = stat.size;
    } catch {
      problems.push(messages.runFileMissing(name, recordedIn));
      continue;
    }
    if (size !== recorded.bytes) {
      problems.push(messages.runFileSize(name, size, recorded.bytes, recordedIn));
      continue;
    }
    const found = digestFile(path);
    if (found.sha256 !== recorded.sha256) problems.push(messages.runFileContent(name, found.sha256, recorded.sha256, recordedIn));
  }
  return problems;
}

export interface FolderCheck {
  /** The file that records the folder's files: manifest.json, or a design shard's design.json. */
  recordedIn: string;
  checked: number;
  problems: string[];
}

/** A finished run folder checked against its manifest: the files checked and how they differ. */
export function verifyRunFolder(dir: string): FolderCheck {
  const { files } = readManifest<{ files?: unknown }>(dir);
  const problems = runFileDifferences(dir, files);
  return { recordedIn: MANIFEST_FILE, checked: files && typeof files === 'object' ? Object.keys(files).length : 0, problems };
}

/**
 * What `clustersim verify` checks: a finished run (manifest.json) or design shard (design.json)
 * against what it records; an InputError for a folder that is neither (unfinished, or not a run).
 */
export function verifyFolder(dir: string): FolderCheck {
  if (isFinishedRun(dir)) return verifyRunFolder(dir);
  if (existsSync(join(dir, DESIGN_FILE))) {
    let files: unknown;
    try {
      files = (JSON.parse(readFileSync(join(dir, DESIGN_FILE), 'utf8')) as { files?: unknown } | null)?.files;
    } catch (error) {
      throw new InputError(messages.damagedDesignFile(dir, error instanceof Error ? error.message : String(error)));
    }
    return { recordedIn: DESIGN_FILE, checked: files && typeof files === 'object' ? Object.keys(files).length : 0, problems: runFileDifferences(dir, files, DESIGN_FILE) };
  }
  if (existsSync(join(dir, CHECKPOINT_FILE))) throw new InputError(messages.verifyUnfinished(dir));
  throw new InputError(messages.notAFinishedRun(dir));
}

/**
 * Throws a clear InputError unless `dir` holds a finished run whose files are exactly those its
 * manifest.json (written last) records: same names, sizes and SHA-256.
 */
export function requireFinishedRun(dir: string): void {
  if (!isFinishedRun(dir)) throw new InputError(messages.notAFinishedRun(dir));
  const { problems } = verifyRunFolder(dir);
  if (problems.length > 0) throw new InputError(messages.runFolderChanged(dir, problems));
}
