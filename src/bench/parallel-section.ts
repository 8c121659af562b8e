// Parallel throughput (issue 5): replications of the baseline per second through runScenarios, on
// one worker (in-process) and on every core (a warm worker pool created once), and the parallel
// efficiency, speedup / workers. Batches of one and of all workers alternate, so a load that comes
// and goes on a shared machine slows both alike; CPU time (every thread of the process) is kept too.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createExecutor, runScenarios } from '../montecarlo/run-experiment.js';
import type { Executor } from '../montecarlo/executor.js';
import type { LoadedScenario } from '../scenario/load-scenario.js';
import type { BenchOptions, Section } from './bench-types.js';
import { pairedBatches } from './paired-batches.js';
import { median } from './timing.js';

/** Replications per timed batch: enough that a 2-worker batch keeps both busy for about a second. */
export const PARALLEL_BATCH = 60;
/** Timed pairs of batches (see paired-batches.ts). */
const PARALLEL_RUNS = 7;

interface Batch {
  ms: number;
  cpuMs: number;
  /** From the start of the replications to the last one written: without opening the folder and deriving statistics at the end. */
  replicatingMs: number;
}

export async function parallelSection(loaded: LoadedScenario, options: BenchOptions): Promise<Section> {
  const workers = availableParallelism();
  const root = mkdtempSync(join(tmpdir(), 'clustersim-bench-'));
  // The pool is created once and kept warm: spawning workers (~25 ms each) is not what is measured.
  const pool = workers > 1 ? createExecutor(workers, PARALLEL_BATCH) : undefined;
  let batches = 0;
  // Row files, stats.csv and the manifest go to a fresh folder each time (a finished folder would be
  // taken as complete and skipped); writing them is part of what a run costs, on both sides.
  const batch = async (executor: Executor | undefined): Promise<Batch> => {
    const outRoot = join(root, `batch-${batches++}`);
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    let first = start;
    let last = start;
    await runScenarios([loaded], {
      replications: PARALLEL_BATCH,
      outRoot,
      workers: 1,
      executor,
      onStart: () => { first = performance.now(); },
      onProgress: () => { last = performance.now(); },
    });
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    rmSync(outRoot, { recursive: true, force: true });
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000, replicatingMs: last - first };
  };
  const loadBefore = loadavg()[0];
  let one: Batch[];
  let all: Batch[];
  try {
    ({ one, all } = await pairedBatches(() => batch(undefined), pool && (() => batch(pool)), PARALLEL_RUNS, options.warmups));
  } finally {
    await pool?.close();
    rmSync(root, { recursive: true, force: true });
  }
  const loadAfter = loadavg()[0];
  const rate = (runs: Batch[]) => (1000 * PARALLEL_BATCH) / median(runs.map((r) => r.ms));
  /** Median over neighbouring (1 worker, pool) pairs of `ratio`. */
  const paired = (ratio: (one: Batch, all: Batch) => number) => median(one.map((o, i) => ratio(o, all[i])));
  const oneRate = rate(one);
  const section: Section = {
    id: 'parallel',
    title: `Parallel, runScenarios on ${loaded.scenario.name} (batches of ${PARALLEL_BATCH} replications, outputs written)`,
    figures: [{ key: 'oneWorkerReplicationsPerSecond', label: 'replications/s, 1 worker (in-process)', value: oneRate, unit: '/s', digits: 1 }],
    details: {
      workers,
      batch: PARALLEL_BATCH,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAfter,
      oneWorker: one,
      allWorkers: all,
    },
  };
  if (pool) {
    const allRate = rate(all);
    const speedup = paired((o, a) => o.ms / a.ms);
    section.figures.push(
      { key: 'allWorkersReplicationsPerSecond', label: `replications/s, ${workers} workers (warm pool)`, value: allRate, unit: '/s', digits: 1 },
      { key: 'speedup', label: `speedup on ${workers} workers (median of paired batches)`, value: speedup, unit: '×', digits: 2 },
      {
        key: 'parallelEfficiency',
        label: 'parallel efficiency (speedup / workers)',
        value: speedup / workers,
        unit: '',
        digits: 3,
        targets: [{ kind: 'min', value: 0.9, source: 'issues 5, 9' }],
      },
      {
        // The statistics derived once all rows are written (stats.csv) run on the main thread alone.
        key: 'replicatingEfficiency',
        label: 'efficiency while replicating (without the final statistics)',
        value: paired((o, a) => o.replicatingMs / a.replicatingMs) / workers,
        unit: '',
        digits: 3,
      },
      {
        // CPU time per replication alone, 1 worker over all: what the pool costs in work (messages,
        // row text crossing threads), whatever share of the cores other processes took.
        key: 'cpuEfficiency',
        label: 'CPU efficiency (CPU per replication, 1 worker / all)',
        value: paired((o, a) => o.cpuMs / a.cpuMs),
        unit: '',
        digits: 3,
      },
    );
  }
  return section;
}
