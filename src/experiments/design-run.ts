// Running a design (sweep or sensitivity analysis): load the base scenario, prepare the output
// folder, evaluate the points on a fresh executor (all of them, or a shard's), and write the design's
// table — or, for a shard, its points for merge-design — through the run folder.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { lockOutputFolder, withFolderLock } from '../io/folder-lock.js';
import { POINTS_FILE, SENSITIVITY_FILE, shardFolderName, SWEEP_FILE, writeRunFile } from '../io/run-folder.js';
import { InputError, messages } from '../messages.js';
import { readDesignShards, shardPoints, writeDesignShard } from '../montecarlo/design-shards.js';
import { evaluatePoints } from '../montecarlo/evaluate-points.js';
import { EvaluationJournal } from '../montecarlo/evaluation-journal.js';
import type { Executor } from '../montecarlo/executor.js';
import { createExecutor, scenarioDigest } from '../montecarlo/run-experiment.js';
import { isWhole, WHOLE, type Shard } from '../montecarlo/shard.js';
import type { ReportData } from '../report/index.js';
import { pointMeans, sweepCsv, type PointResult } from '../results/design-tables.js';
import { sensitivityReportData, sweepReportData } from '../results/report-data-from-runs.js';
import { sensitivityCsv, type SensitivityRow } from '../results/sensitivity-table.js';
import { loadScenario, type LoadedScenario } from '../scenario/load-scenario.js';
import { parseParamSpecs } from '../scenario/param-spec.js';
import type { DesignPoint } from '../stats/index.js';
import { CODE_HASH } from '../code-hash.js';
import { VERSION } from '../version.js';
import { analyseSensitivity, buildDesign, type BuiltDesign, type DesignSpec } from './design-spec.js';
import type { DesignOptions } from './experiment-options.js';
import { makeFolder } from '../io/make-folder.js';

/** What every design experiment names: the base scenario file and how its points are run. */
export interface DesignBase {
  /** Base scenario file (names it in messages). */
  scenario: string;
  /** Parameter specs: `path=v1,v2,...` (values, for grids) or `path=lo:hi` (a range). */
  param: string[];
  /** Replications per point (default: the scenario's); every point uses the same seeds. */
  replications?: number;
  /** Master seed (default: the scenario's). */
  seed?: number;
  /** Folders the scenario's `extends` and initialNetwork paths may name besides its own folder and the working directory. */
  allowPaths?: readonly string[];
  /** Folder name under `outRoot` (default `<scenario>-<command>`). */
  name?: string;
}

export interface DesignContext {
  loaded: LoadedScenario;
  file: string;
  replications: number;
  masterSeed: number;
  dir: string;
}

/** Loads the base scenario, lets the caller check it, and prepares the output folder. */
export function designContext(base: DesignBase, command: string, options: DesignOptions, shard: Shard = WHOLE): DesignContext {
  const loaded = loadScenario(base.scenario, { allowPaths: base.allowPaths });
  const replications = base.replications ?? loaded.scenario.replications;
  // The base scenario's size; design points that raise agent counts are not estimated one by one.
  options.onLoaded?.(loaded, replications);
  // A shard k/N of the design goes to <name>.shard-k-of-N/ (merge-design makes <name>/ of them).
  const dir = join(options.outRoot ?? 'out', shardFolderName(base.name ?? `${loaded.scenario.name}-${command}`, shard));
  makeFolder(dir);
  return { loaded, file: base.scenario, replications, masterSeed: base.seed ?? loaded.scenario.seed, dir };
}

/**
 * Loads the design's base scenario, prepares its folder and runs `work` holding the folder's lock,
 * so two designs (or a run) never write one folder at once.
 */
export function inDesignFolder<R>(base: DesignBase, command: string, options: DesignOptions, shard: Shard, work: (context: DesignContext) => Promise<R>): Promise<R> {
  const context = designContext(base, command, options, shard);
  return withFolderLock(context.dir, { command, onNotice: options.onNotice }, () => work(context));
}

/**
 * Runs `work` on a fresh executor and always closes it (worker threads would keep the process
 * alive), also when the design turns out to be invalid.
 */
export async function withExecutor<R>(workers: number | undefined, replications: number, work: (executor: Executor) => Promise<R>): Promise<R> {
  const executor = createExecutor(workers ?? availableParallelism(), replications);
  try {
    return await work(executor);
  } finally {
    await executor.close();
  }
}

/**
 * Runs `work` with the design's evaluation journal open in its folder (points of an interrupted run
 * taken from it with `resume`); the journal is removed once `work` has written the design's files,
 * and kept for `--resume` when it fails or is interrupted.
 */
export async function withJournal<R>(context: DesignContext, command: string, design: unknown, options: DesignOptions, work: (journal: EvaluationJournal) => Promise<R>): Promise<R> {
  const { scenario } = context.loaded;
  const journal = EvaluationJournal.open(context.dir, {
    command, design, scenario: scenario.name, scenarioDigest: scenarioDigest(scenario), masterSeed: context.masterSeed,
    replications: context.replications, version: VERSION, codeHash: CODE_HASH,
  }, options);
  let result: R;
  try {
    result = await work(journal);
  } catch (error) {
    journal.close();
    throw error;
  }
  journal.remove();
  return result;
}

/** Runs every point of a design on a fresh executor and returns their results in run-id order. */
export function evaluateDesign(context: DesignContext, points: DesignPoint<unknown>[], options: DesignOptions, journal?: EvaluationJournal): Promise<PointResult[]> {
  return withExecutor(options.workers, context.replications, (executor) =>
    evaluatePoints(context.loaded.scenario, points, {
      replications: context.replications,
      masterSeed: context.masterSeed,
      executor,
      file: context.file,
      onProgress: options.onProgress,
      journal,
      signal: options.signal,
    }),
  );
}

/** A design's outcome: what was evaluated here and what was written. */
export interface DesignResult {
  /** The design as it ran (replications and master seed resolved); a shard's design.json holds it. */
  spec: DesignSpec;
  /** Base scenario name. */
  scenario: string;
  dir: string;
  shard: Shard;
  /** Points of the whole design. */
  points: number;
  /** The points evaluated here (a shard's only), in run-id order, with every replication's summary values. */
  results: PointResult[];
  /** sweep.csv or sensitivity.csv; for a shard, its points.csv. */
  file: string;
  /** Morris or Sobol indices (none for a sweep or a shard). */
  sensitivity: SensitivityRow[];
  /** Records for the committee report (`writeReport`); none for a shard. */
  reportData?: ReportData;
}

type Finished = Pick<DesignResult, 'file' | 'sensitivity' | 'reportData'>;

/**
 * The step after evaluating every point (results in run-id order): sweep.csv and its report records
 * (boolean and categorical values too), or the sensitivity analysis, sensitivity.csv and its report records.
 */
export function finishDesign(dir: string, scenarioName: string, spec: DesignSpec, design: BuiltDesign, results: PointResult[]): Finished {
  if (spec.command === 'sweep') {
    const file = writeRunFile(dir, SWEEP_FILE, sweepCsv(design.parameters, results));
    const reportData = sweepReportData(scenarioName, spec.masterSeed, spec.replications, pointMeans(results));
    return { file, sensitivity: [], reportData };
  }
  const sensitivity = analyseSensitivity(spec, design, results);
  const file = writeRunFile(dir, SENSITIVITY_FILE, sensitivityCsv(sensitivity));
  return { file, sensitivity, reportData: sensitivityReportData(scenarioName, spec.masterSeed, spec.replications, sensitivity) };
}

/**
 * Runs a design: builds it from its description, evaluates its points (only the shard's with a
 * shard k/N, written as a design shard for `mergeDesign`) and finishes it as above.
 */
export async function runDesign(
  base: DesignBase & { shard?: Shard },
  command: DesignSpec['command'],
  describe: (replications: number, masterSeed: number) => DesignSpec,
  options: DesignOptions,
): Promise<DesignResult> {
  const shard = base.shard ?? WHOLE;
  parseParamSpecs(base.param); // a malformed spec fails before the scenario is loaded
  return inDesignFolder(base, command, options, shard, async (context) => {
    const { loaded, dir } = context;
    const spec = describe(context.replications, context.masterSeed);
    const design = buildDesign(spec);
    const outcome = { spec, scenario: loaded.scenario.name, dir, shard, points: design.points.length };
    return withJournal(context, command, { spec, shard }, options, async (journal) => {
      if (isWhole(shard)) {
        const results = await evaluateDesign(context, design.points, options, journal);
        return { ...outcome, results, ...finishDesign(dir, loaded.scenario.name, spec, design, results) };
      }
      const points = shardPoints<unknown>(design.points, shard);
      const results = await evaluateDesign(context, points, options, journal);
      writeDesignShard(dir, { scenario: loaded.scenario.name, scenarioDigest: scenarioDigest(loaded.scenario), spec, points: design.points.length, version: VERSION, codeHash: CODE_HASH }, shard, results);
      return { ...outcome, results, file: join(dir, POINTS_FILE), sensitivity: [] };
    });
  });
}

/** The shards of a design (`shard` k/N), reassembled in run-id order and finished as one machine would. */
export function mergeDesign(shardDirs: string[], outDir: string, options: Pick<DesignOptions, 'onNotice'> = {}): DesignResult & { shards: number } {
  const { manifest, results } = readDesignShards(shardDirs);
  const spec = manifest.spec as DesignSpec;
  const design = buildDesign(spec);
  if (design.points.length !== results.length) throw new InputError(messages.mergeDesignIncomplete(shardDirs[0]));
  for (const point of results) point.values = design.points[point.runId].values;
  const lock = lockOutputFolder(outDir, { command: 'merge-design', onNotice: options.onNotice });
  let finished: Finished;
  try {
    finished = finishDesign(outDir, manifest.scenario, spec, design, results);
  } finally {
    lock.release();
  }
  return { spec, scenario: manifest.scenario, dir: outDir, shard: WHOLE, points: design.points.length, results, ...finished, shards: shardDirs.length };
}
