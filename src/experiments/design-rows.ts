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

function summaryCell(text: string): number {
  if (text === '') return NaN;
  if (text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  return Number(text);
}

function readSweep(dir: string): DesignRows {
  const path = join(dir, SWEEP_FILE);
  let parameters: string[] = [];
  let offset = 0;
  const values: unknown[][] = [];
  const runIds: number[] = [];
  const replicationOf: number[] = [];
  const summaries: Float64Array[] = [];
  forEachCsvLine(
    path,
    (header) => {
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
      runIds.push(Number(fields[0]));
      values.push(fields.slice(1, 1 + parameters.length).map(parseValue));
      replicationOf.push(Number(fields[1 + parameters.length]));
      summaries.push(Float64Array.from(fields.slice(offset), summaryCell));
    },
  );
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
