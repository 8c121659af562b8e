// Runs the replications of one or more scenarios on an executor and streams their rows, in
// replication order, into out/<name>/ (or a shard's folder). Replication i always uses the seed
// derived from (master seed, i), whatever the scenario, the worker count or the shard.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { replicationSeed } from '../rng/index.js';
import type { LoadedScenario } from '../scenario/load-scenario.js';
import type { Scenario } from '../scenario/schema.js';
import { CODE_HASH } from '../code-hash.js';
import { VERSION } from '../version.js';
import type { Executor } from './executor.js';
import { InProcessExecutor } from './in-process-executor.js';
import { MANIFEST_FILE, ROW_FILES, shardFolderName, STATS_FILE } from '../io/run-folder.js';
import { parseSummaryRow, type ReplicationRows } from './replication-rows.js';
import { RunOutput, type RunIdentity } from './run-output.js';
import { shardReplications, WHOLE, type Shard } from './shard.js';
import { WorkerPool } from './worker-pool.js';
import { PrecisionTracker, type PrecisionTarget } from './precision-target.js';
import { forEachCsvRow } from '../results/csv-table.js';
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { InputError, messages } from '../messages.js';
import { deriveOutputs } from './derive-outputs.js';
import type { StatisticsSetting } from '../results/run-statistics.js';

/** Rows are made durable (fsync + checkpoint) at least this often; it only bounds what a kill loses. */
const CHECKPOINT_INTERVAL_MS = 1000;

export interface RunOptions {
  /** Replications; defaults to each scenario's. */
  replications?: number;
  /** Master seed; defaults to each scenario's. */
  seed?: number;
  /** Folder that receives <name>/ (default `out`). */
  outRoot?: string;
  /** Worker threads (default: available parallelism); 1 runs in-process. */
  workers?: number;
  shard?: Shard;
  /** Continue from a checkpoint left by an interrupted run. */
  resume?: boolean;
  /** Replace the outputs of a different run (other scenario or seed) in the output folder. */
  force?: boolean;
  /** Aborting stops the run; completed replications stay on disk for --resume. */
  signal?: AbortSignal;
  /**
   * Add batches of replications until these indicators' CIs are narrow enough; `replications`
   * is then the cap.
   */
  targetCi?: PrecisionTarget;
  /** How stats.csv computes its CIs (default: t intervals). */
  statistics?: StatisticsSetting;
  /** Use this executor instead of creating one (it is not closed). */
  executor?: Executor;
  onStart?: (scenario: Scenario, total: number, alreadyDone: number) => void;
  onProgress?: (done: number, total: number) => void;
  onNotice?: (message: string) => void;
}

export interface RunResult {
  scenario: string;
  dir: string;
  /** Replications in this shard's plan. */
  replications: number;
  /** Replications found on disk and not rerun. */
  resumedFrom: number;
  seconds: number;
}

/** Raised when the run was stopped on request (Ctrl-C). */
export class RunInterrupted extends Error {
  override name = 'RunInterrupted';
}

export function createExecutor(workers: number, replications: number): Executor {
  const size = Math.max(1, Math.min(workers, replications));
  return size === 1 ? new InProcessExecutor() : new WorkerPool(size);
}

export function scenarioDigest(scenario: Scenario): string {
  return createHash('sha256').update(JSON.stringify(scenario)).digest('hex');
}

export async function runScenarios(loaded: LoadedScenario[], options: RunOptions = {}): Promise<RunResult[]> {
  const most = Math.max(...loaded.map(({ scenario }) => options.replications ?? scenario.replications));
  const executor = options.executor ?? createExecutor(options.workers ?? availableParallelism(), most);
  const onAbort = () => executor.cancel(new RunInterrupted('interrupted'));
  options.signal?.addEventListener('abort', onAbort);
  try {
    const results: RunResult[] = [];
    for (const item of loaded) {
      if (options.signal?.aborted) throw new RunInterrupted('interrupted');
      results.push(await runOne(executor, item, options));
    }
    return results;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    if (!options.executor) await executor.close();
  }
}

async function runOne(executor: Executor, { scenario, files }: LoadedScenario, options: RunOptions): Promise<RunResult> {
  const replications = options.replications ?? scenario.replications;
  const masterSeed = options.seed ?? scenario.seed;
  const shard = options.shard ?? WHOLE;
  const plan = shardReplications(replications, shard);
  const target = options.targetCi;
  if (target && shard.count > 1) throw new InputError(messages.targetWithShard());
  const identity: RunIdentity = {
    scenarioDigest: scenarioDigest(scenario),
    masterSeed,
    replications,
    shard: `${shard.index}/${shard.count}`,
    ...(target ? { precisionTarget: `${target.relativeHalfWidth}:${target.indicators.join('+')}:${target.batchSize}` } : {}),
    clustersim: VERSION,
    codeHash: CODE_HASH,
  };
  const dir = join(options.outRoot ?? 'out', shardFolderName(scenario.name, shard));
  const started = performance.now();

  const opened = RunOutput.open(dir, identity, { resume: options.resume ?? false, force: options.force ?? false, onNotice: options.onNotice });
  if (opened.notice) options.onNotice?.(opened.notice);
  const result = { scenario: scenario.name, dir, replications: plan.length, resumedFrom: opened.completed };
  options.onStart?.(scenario, plan.length, opened.completed);
  if (opened.alreadyComplete) return { ...result, seconds: 0 };

  const { output } = opened;
  const tracker = target ? new PrecisionTracker(target, replications) : undefined;
  let done = opened.completed;
  let lastCheckpoint = performance.now();
  const runBatch = async (batch: number[]) => {
    // Reorder buffer: rows wait here until every earlier replication has been written.
    const waiting = new Map<number, ReplicationRows>();
    let written = 0;
    // A failed write (disk full) stops the run: thrown from a worker's message handler it would
    // crash the process, so it cancels the executor and is rethrown once the executor returns.
    let writeError: Error | undefined;
    const onRows = (rows: ReplicationRows) => {
      if (writeError) return;
      try {
        waiting.set(rows.replication, rows);
        for (let next = waiting.get(batch[written]); next; next = waiting.get(batch[written])) {
          waiting.delete(batch[written]);
          output.append(next);
          tracker?.add(parseSummaryRow(next.text[0]).values);
          written++;
        }
        if (performance.now() - lastCheckpoint >= CHECKPOINT_INTERVAL_MS) {
          output.checkpoint();
          lastCheckpoint = performance.now();
        }
        options.onProgress?.(done + written, plan.length);
      } catch (error) {
        writeError = error as Error;
        executor.cancel(writeError);
      }
    };
    await executor.run({ scenario, masterSeed, replications: batch }, onRows);
    if (writeError) throw writeError;
    done += batch.length;
  };
  try {
    if (tracker && opened.completed > 0) {
      // Resumed: the written rows count towards the precision target.
      forEachCsvRow(join(dir, `${ROW_FILES[0]}.partial`), (row) => tracker.add(Float64Array.from(SUMMARY_COLUMNS, (c) => row.number(c))));
    }
    if (!tracker) await runBatch(plan.slice(done));
    for (let batch = tracker?.next(); batch; batch = tracker?.next()) await runBatch(batch);
  } catch (error) {
    output.suspend();
    throw error;
  }
  const ran = plan.slice(0, done);
  const seconds = (performance.now() - started) / 1000;
  output.finish({
    clustersim: VERSION,
    node: process.version,
    scenarioFiles: files,
    identity,
    masterSeed,
    replications: ran.length,
    shard: { index: shard.index, count: shard.count, rule: 'replication i belongs to shard i mod count' },
    replicationSeeds: ran.map((i) => replicationSeed(masterSeed, i)),
    ...(target ? { precisionTarget: target } : {}),
    finishedAt: new Date().toISOString(),
    timings: { seconds, replicationsPerSecond: (ran.length - opened.completed) / seconds, resumedFrom: opened.completed, workers: executor.parallelism },
    outputs: [MANIFEST_FILE, ...ROW_FILES, STATS_FILE],
    statistics: options.statistics ?? { ci: 't' },
    scenario,
  }, (dir, statistics) => deriveOutputs(dir, options.statistics, masterSeed, statistics));
  return { ...result, replications: ran.length, seconds };
}
