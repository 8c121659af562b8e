// Scenario discovery: which region of lever and parameter space makes a condition (a failure or a
// success) likely? Reads a finished design's rows, marks each by the condition, runs PRIM over the
// design's parameters, and writes trajectory.csv, box.csv, discovery.json and the report's records.
import { existsSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { csvRow } from '../io/csv.js';
import { lockOutputFolder } from '../io/folder-lock.js';
import { REPORT_FILE, writeRunFile, writeRunJson } from '../io/run-folder.js';
import { InputError, messages } from '../messages.js';
import { nearestName } from '../nearest-name.js';
import type { DiscoveryRecords, ReportData } from '../report/index.js';
import { prim, PRIM_DEFAULTS, type PrimBox, type PrimDimension, type PrimLimit, type PrimResult } from '../stats/index.js';
import { CODE_HASH } from '../code-hash.js';
import { VERSION } from '../version.js';
import { parseCondition } from './condition-expression.js';
import { readDesignRows, type DesignInput, type DesignRows } from './design-rows.js';
import type { ExperimentOptions } from './experiment-options.js';

export const TRAJECTORY_FILE = 'trajectory.csv';
export const BOX_FILE = 'box.csv';
export const DISCOVERY_FILE = 'discovery.json';
export const DEFAULT_DENSITY_THRESHOLD = 0.8;

export interface DiscoverSpec {
  /** One sweep folder, or every shard folder of one sweep or sensitivity analysis. */
  designs: string[];
  /** The condition of interest over a row's summary values and numeric parameters, e.g. `sustainability < 0.5`. */
  condition: string;
  /** Parameters PRIM may restrict (default: every parameter the design varies). */
  inputs?: string[];
  /** Choose the first box on the peeling trajectory whose density reaches this (default 0.8)... */
  threshold?: number;
  /** ...or the box with this id. */
  box?: number;
  peelAlpha?: number;
  pasteAlpha?: number;
  minMass?: number;
  /** Output folder (default `<outRoot>/discover-<first design folder's name>`). */
  out?: string;
  /** Replace an earlier discovery in the output folder. */
  force?: boolean;
}

export interface DiscoverResult {
  dir: string;
  /** Rows analysed, rows left out (condition undefined), rows where the condition holds. */
  rows: number;
  dropped: number;
  positives: number;
  inputs: string[];
  prim: PrimResult;
  files: string[];
  reportData: ReportData;
}

/** Per-replication rows: each replication is one observation of the point's outcome, so PRIM sees the spread too. */
function conditionOutcomes(rows: DesignRows, condition: string, inputs: readonly DesignInput[]): { keep: number[]; y: number[] } {
  const numeric = inputs.filter((i) => i.numeric);
  const parsed = parseCondition(condition, [...SUMMARY_COLUMNS, ...numeric.map((i) => i.name)], inputs.filter((i) => !i.numeric).map((i) => i.name));
  const summaryIndex = new Map(SUMMARY_COLUMNS.map((c, i) => [c, i]));
  const inputByName = new Map(numeric.map((i) => [i.name, i]));
  const keep: number[] = [];
  const y: number[] = [];
  rows.summaries.forEach((summary, r) => {
    const value = parsed.evaluate((column) => {
      const s = summaryIndex.get(column);
      return s !== undefined ? summary[s] : (inputByName.get(column)!.values[r] as number);
    });
    if (Number.isNaN(value)) return;
    keep.push(r);
    y.push(value);
  });
  return { keep, y };
}

function chooseInputs(rows: DesignRows, names: readonly string[] | undefined, onNotice?: (message: string) => void): DesignInput[] {
  const known = rows.inputs.map((i) => i.name);
  if (names) {
    // The same dimension twice would be peeled as two, each with its own limits and quasi-p.
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i) throw new InputError(messages.discoverRepeatedInput(name));
    });
    return names.map((name) => {
      const input = rows.inputs.find((i) => i.name === name);
      if (!input) throw new InputError(messages.discoverUnknownInput(name, nearestName(name, known), known));
      return input;
    });
  }
  const varying = rows.inputs.filter((i) => new Set(i.values).size > 1);
  const constant = rows.inputs.filter((i) => !varying.includes(i)).map((i) => i.name);
  if (constant.length > 0) onNotice?.(messages.discoverDroppedConstant(constant));
  return varying;
}

function dimensionOf(input: DesignInput, keep: readonly number[]): PrimDimension {
  return input.numeric
    ? { name: input.name, kind: 'numeric', values: keep.map((r) => input.values[r] as number) }
    : { name: input.name, kind: 'categorical', values: keep.map((r) => String(input.values[r])) };
}

function restrictedText(box: PrimBox): string {
  return box.restricted.join('|');
}

export function trajectoryCsv(result: PrimResult): string {
  const lines = [csvRow(['box', 'phase', 'selected', 'coverage', 'density', 'mass', 'rows', 'rowsOfInterest', 'restrictedDimensions', 'restricted'])];
  for (const box of result.trajectory) {
    const selected = box.id === result.box.id ? 'final' : box.id === result.chosen ? 'chosen' : '';
    lines.push(csvRow([box.id, box.phase, selected, box.coverage, box.density, box.mass, box.n, box.k, box.restricted.length, restrictedText(box)]));
  }
  return lines.join('');
}

/** The larger quasi-p of a limit's restricted sides: the conservative reading of the dimension. */
function limitQuasiP(limit: PrimLimit): number | undefined {
  if (limit.kind === 'categorical') return limit.quasiP;
  const sides = [limit.quasiPLower, limit.quasiPUpper].filter((p): p is number => p !== undefined);
  return sides.length > 0 ? Math.max(...sides) : undefined;
}

/** The final box's restricted dimensions: numeric limits, or the categories kept (|-separated). */
export function boxCsv(result: PrimResult): string {
  const lines = [csvRow(['box', 'dimension', 'kind', 'lower', 'upper', 'categories', 'sampledLower', 'sampledUpper', 'quasiP', 'quasiPLower', 'quasiPUpper'])];
  for (const limit of result.box.limits) {
    if (!limit.restricted) continue;
    const qp = limitQuasiP(limit) ?? NaN;
    if (limit.kind === 'numeric') {
      lines.push(csvRow([result.box.id, limit.dimension, 'numeric', limit.lower, limit.upper, '', limit.sampledLower, limit.sampledUpper, qp, limit.quasiPLower ?? NaN, limit.quasiPUpper ?? NaN]));
    } else {
      lines.push(csvRow([result.box.id, limit.dimension, 'categorical', NaN, NaN, limit.categories.join('|'), NaN, NaN, qp, NaN, NaN]));
    }
  }
  return lines.join('');
}

/** Short text of a limit for charts and the terminal: `[lo, hi]` or `{a, b}`. */
export function limitText(limit: PrimLimit): string {
  const number = (x: number) => String(Number(x.toPrecision(4)));
  return limit.kind === 'numeric' ? `[${number(limit.lower)}, ${number(limit.upper)}]` : `{${limit.categories.join(', ')}}`;
}

/** Every box's limits, numeric ones as shares of the sampled range (categorical: share of categories kept). */
export function discoveryRecords(condition: string, result: PrimResult): DiscoveryRecords {
  const share = (x: number, lo: number, hi: number) => (hi > lo ? (x - lo) / (hi - lo) : 0);
  return {
    condition,
    selectedBox: result.box.id,
    chosenBox: result.chosen,
    boxes: result.trajectory.map((box) => ({
      box: box.id, phase: box.phase, coverage: box.coverage, density: box.density, mass: box.mass, restrictedCount: box.restricted.length, restricted: box.restricted.join(', '),
    })),
    limits: result.trajectory.flatMap((box) => box.limits.map((limit) => ({
      box: box.id,
      dimension: limit.dimension,
      lower: limit.kind === 'numeric' ? share(limit.lower, limit.sampledLower, limit.sampledUpper) : 0,
      upper: limit.kind === 'numeric' ? share(limit.upper, limit.sampledLower, limit.sampledUpper) : limit.categories.length / limit.sampled.length,
      restricted: limit.restricted,
      limits: limitText(limit),
      quasiP: limitQuasiP(limit) ?? null,
    }))),
  };
}

/**
 * Runs scenario discovery on a finished design and writes its files into the output folder (locked
 * while writing). Rows whose condition is undefined (an empty ratio it reads) are left out and counted.
 */
export function discover(spec: DiscoverSpec, options: Pick<ExperimentOptions, 'outRoot' | 'onNotice'> = {}): DiscoverResult {
  const rows = readDesignRows(spec.designs);
  const inputs = chooseInputs(rows, spec.inputs, options.onNotice);
  if (inputs.length === 0) throw new InputError(messages.discoverNoInputs());
  const { keep, y } = conditionOutcomes(rows, spec.condition, rows.inputs);
  const dropped = rows.summaries.length - keep.length;
  if (keep.length === 0) throw new InputError(messages.discoverNoRows(spec.condition, dropped));
  const positives = y.reduce((a, b) => a + b, 0);
  if (positives === 0 || positives === keep.length) throw new InputError(messages.discoverTrivial(spec.condition, positives, keep.length, dropped));

  const threshold = spec.threshold ?? DEFAULT_DENSITY_THRESHOLD;
  const selection = spec.box !== undefined ? { index: spec.box } : { threshold };
  const primOptions = { peelAlpha: spec.peelAlpha ?? PRIM_DEFAULTS.peelAlpha, pasteAlpha: spec.pasteAlpha ?? PRIM_DEFAULTS.pasteAlpha, minMass: spec.minMass ?? PRIM_DEFAULTS.minMass };
  let result: PrimResult;
  try {
    result = prim(inputs.map((input) => dimensionOf(input, keep)), y, selection, primOptions);
  } catch (error) {
    // PRIM's own checks (an alpha out of range, a box id off the trajectory) are the user's input.
    if (error instanceof RangeError) throw new InputError(`discover: ${error.message}`);
    throw error;
  }
  if (!result.thresholdMet) options.onNotice?.(messages.discoverThresholdMissed(threshold, result.chosen, result.trajectory[result.chosen].density));

  const dir = spec.out ?? join(options.outRoot ?? 'out', `discover-${basename(spec.designs[0])}`);
  const lock = lockOutputFolder(dir, { command: 'discover', onNotice: options.onNotice });
  const files: string[] = [];
  try {
    // A report here that no discovery wrote is another command's (a run's, a sweep's): its report.html, summary.md and charts are not ours to replace.
    if (existsSync(join(dir, REPORT_FILE)) && !existsSync(join(dir, DISCOVERY_FILE))) throw new InputError(messages.discoverOutputOfAnother(dir));
    if (existsSync(join(dir, TRAJECTORY_FILE))) {
      if (!spec.force) throw new InputError(messages.discoverOutputInTheWay(dir));
      for (const name of [DISCOVERY_FILE, TRAJECTORY_FILE, BOX_FILE]) rmSync(join(dir, name), { force: true });
    }
    files.push(writeRunFile(dir, TRAJECTORY_FILE, trajectoryCsv(result)));
    files.push(writeRunFile(dir, BOX_FILE, boxCsv(result)));
    // Written last: what was analysed and how, so the box can be reproduced.
    files.push(writeRunJson(dir, DISCOVERY_FILE, {
      format: 'clustersim-discovery/1',
      designs: spec.designs,
      source: rows.source,
      scenario: rows.scenario,
      condition: spec.condition,
      inputs: inputs.map((i) => i.name),
      rowsPer: 'replication',
      rows: keep.length,
      rowsLeftOut: dropped,
      rowsOfInterest: positives,
      selection,
      ...primOptions,
      chosenBox: result.chosen,
      finalBox: result.box.id,
      version: VERSION,
      codeHash: CODE_HASH,
    }));
  } finally {
    lock.release();
  }
  const reportData: ReportData = {
    manifest: { scenarios: [rows.scenario], masterSeed: rows.masterSeed ?? '—', replications: rows.replications, version: VERSION },
    discovery: discoveryRecords(spec.condition, result),
  };
  return { dir, rows: keep.length, dropped, positives, inputs: inputs.map((i) => i.name), prim: result, files, reportData };
}
