// A finished design's rows for analyses that read them back (discover): one row per point and
// replication, with the point's parameter values and the replication's summary values. From a sweep
// folder's sweep.csv, or from the shard folders of a sweep or sensitivity analysis (points.csv,
// checked against design.json's checksums, the design rebuilt from its description as merge-design does).
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { DESIGN_FILE, SENSITIVITY_FILE, SWEEP_FILE } from '../io/run-folder.js';
import { InputError, messages } from '../messages.js';
import { readDesignShards } from '../montecarlo/design-shards.js';
import { forEachCsvLine } from '../results/csv-table.js';
import { buildDesign, type DesignSpec } from './design-spec.js';

/** A parameter's value per row: numbers, or text for categories (booleans as 'true'/'false'). */
export interface DesignInput {
  name: string;
  values: (number | string)[];
  /** Every value is a number. */
  numeric: boolean;
}

export interface DesignRows {
  /** 'sweep' (sweep.csv) or 'shards' (points.csv of every shard). */
  source: 'sweep' | 'shards';
  /** Base scenario name (a sweep folder's name when the table does not say). */
  scenario: string;
  /** Master seed, when the folder records it. */
  masterSeed?: number;
  replications: number;
  /** Parameters in the design's order. */
  inputs: DesignInput[];
  /** Per row: its point's run id, its replication, its summary values (SUMMARY_COLUMNS order). */
  runIds: number[];
  replicationOf: number[];
  summaries: Float64Array[];
}

function inputsFrom(names: readonly string[], values: unknown[][]): DesignInput[] {
  return names.map((name, j) => {
    const column = values.map((row) => row[j]);
    const numeric = column.every((v) => typeof v === 'number' && Number.isFinite(v));
    return { name, numeric, values: column.map((v) => (numeric ? (v as number) : String(v))) };
  });
}

/** A sweep.csv cell as the sweep wrote it: a number, or the text of a boolean or string value. */
function parseValue(text: string): number | string {
  const n = Number(text);
  return text !== '' && Number.isFinite(n) ? n : text;
}

/** A summary cell as csvRow writes it: a number, '' for an empty value (NaN), Inf or -Inf; anything else is undefined. */
function summaryCell(text: string): number | undefined {
  if (text === '') return NaN;
  if (text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  const n = Number(text);
  return Number.isNaN(n) ? undefined : n;
}

/**
 * What makes an edited sweep.csv unusable, checked as it is read: every cell as the sweep writes it,
 * each (runId, replication) once, and a point's parameters the same in each of its rows; a column
 * is numbers throughout or text throughout (a stray text cell would turn a numeric parameter into
 * categories, a stray word in a summary column would leave its row out as "undefined").
 */
function sweepRowProblem(fields: readonly string[], header: readonly string[], parameters: number, seen: Map<number, { values: string; replications: Set<number> }>): string | undefined {
  const row = (problem: string) => `runId ${fields[0]}, replication ${fields[1 + parameters]}: ${problem}`;
  const runId = Number(fields[0]);
  const replication = Number(fields[1 + parameters]);
  if (fields[0] === '' || !Number.isSafeInteger(runId) || runId < 0) return row('the runId is not a whole number');
  if (fields[1 + parameters] === '' || !Number.isSafeInteger(replication) || replication < 0) return row('the replication is not a whole number');
  for (let j = 1; j <= parameters; j++) if (fields[j] === '') return row(`${header[j]} is empty`);
  for (let j = 3 + parameters; j < fields.length; j++) {
    if (summaryCell(fields[j]) === undefined) return row(`${header[j]} is '${fields[j]}', not a number`);
  }
  const values = fields.slice(1, 1 + parameters).join(',');
  const point = seen.get(runId) ?? { values, replications: new Set<number>() };
  if (point.values !== values) return row('its parameter values differ from an earlier row of the same runId');
  if (point.replications.has(replication)) return row('the row is there twice');
  point.replications.add(replication);
  seen.set(runId, point);
  return undefined;
}

function readSweep(dir: string): DesignRows {
  const path = join(dir, SWEEP_FILE);
  let parameters: string[] = [];
  let header: string[] = [];
  let offset = 0;
  const seen = new Map<number, { values: string; replications: Set<number> }>();
  const values: unknown[][] = [];
  const runIds: number[] = [];
  const replicationOf: number[] = [];
  const summaries: Float64Array[] = [];
  forEachCsvLine(
    path,
    (columns) => {
      header = columns;
      const replication = header.indexOf('replication');
      const expected = [...header.slice(0, replication), 'replication', 'seed', ...SUMMARY_COLUMNS].join(',');
      if (header[0] !== 'runId' || replication < 1 || header.join(',') !== expected) {
        throw new InputError(messages.discoverBadSweep(path, 'its columns are not runId, the parameters, replication, seed and the summary columns of this build'));
      }
      parameters = header.slice(1, replication);
      offset = replication + 2;
    },
    (fields) => {
      if (fields.length !== offset + SUMMARY_COLUMNS.length) throw new InputError(messages.discoverBadSweep(path, `row ${runIds.length + 1} has ${fields.length} fields`));
      const problem = sweepRowProblem(fields, header, parameters.length, seen);
      if (problem) throw new InputError(messages.discoverBadSweep(path, problem));
      runIds.push(Number(fields[0]));
      values.push(fields.slice(1, 1 + parameters.length).map(parseValue));
      replicationOf.push(Number(fields[1 + parameters.length]));
      summaries.push(Float64Array.from(fields.slice(offset), (text) => summaryCell(text)!));
    },
  );
  if (runIds.length === 0) throw new InputError(messages.discoverBadSweep(path, 'it has no rows'));
  parameters.forEach((name, j) => {
    const text = values.find((row) => typeof row[j] === 'string')?.[j];
    if (text !== undefined && values.some((row) => typeof row[j] === 'number')) {
      throw new InputError(messages.discoverBadSweep(path, `${name} mixes numbers and text ('${String(text)}'); a parameter is one or the other`));
    }
  });
  return {
    source: 'sweep',
    scenario: basename(dir).replace(/-sweep$/, ''),
    replications: new Set(replicationOf).size,
    inputs: inputsFrom(parameters, values),
    runIds,
    replicationOf,
    summaries,
  };
}

function readShards(dirs: readonly string[]): DesignRows {
  const { manifest, results } = readDesignShards([...dirs]);
  const spec = manifest.spec as DesignSpec;
  const design = buildDesign(spec);
  const values: unknown[][] = [];
  const runIds: number[] = [];
  const replicationOf: number[] = [];
  const summaries: Float64Array[] = [];
  for (const point of results) {
    const pointValues = design.points[point.runId].values as Record<string, unknown>;
    point.summaries.forEach((summary, replication) => {
      values.push(design.parameters.map((p) => pointValues[p]));
      runIds.push(point.runId);
      replicationOf.push(replication);
      summaries.push(summary);
    });
  }
  return {
    source: 'shards',
    scenario: manifest.scenario,
    masterSeed: spec.masterSeed,
    replications: spec.replications,
    inputs: inputsFrom(design.parameters, values),
    runIds,
    replicationOf,
    summaries,
  };
}

/** The rows of one sweep folder, or of all shard folders of one design. */
export function readDesignRows(dirs: readonly string[]): DesignRows {
  if (dirs.every((dir) => existsSync(join(dir, DESIGN_FILE)))) return readShards(dirs);
  if (dirs.length !== 1) throw new InputError(messages.discoverOneSweep());
  const [dir] = dirs;
  if (existsSync(join(dir, SWEEP_FILE))) return readSweep(dir);
  if (existsSync(join(dir, SENSITIVITY_FILE))) throw new InputError(messages.discoverSensitivityWhole(dir));
  throw new InputError(messages.discoverNoDesign(dir));
}
