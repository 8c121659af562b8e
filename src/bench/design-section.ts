// Design throughput (issue 9's Sobol analysis: ~20,000 scenario evaluations): the points of an
// experimental design on the baseline, each a few replications, run through evaluatePoints as
// `clustersim sensitivity` runs them — in-process, and on a warm pool where points overlap — and
// what a 20,000-point design would take on this machine at that rate.
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { evaluatePoints } from '../montecarlo/evaluate-points.js';
import type { Executor } from '../montecarlo/executor.js';
import { InProcessExecutor } from '../montecarlo/in-process-executor.js';
import { createExecutor } from '../montecarlo/run-experiment.js';
import type { Scenario } from '../scenario/schema.js';
import type { DesignPoint } from '../stats/index.js';
import type { BenchOptions, Section } from './bench-types.js';
import { pairedBatches } from './paired-batches.js';
import { median } from './timing.js';

/** Points per timed batch, and replications per point (a screening design's usual few). */
export const DESIGN_POINTS = 24;
export const DESIGN_REPLICATIONS = 4;
/** Timed pairs of batches (see paired-batches.ts), after one warm-up pair (the runs section warmed the code). */
const DESIGN_PAIRS = 5;
/** The design issue 9 sizes: a Sobol analysis of ten levers. */
const SOBOL_POINTS = 20_000;

/** Points spread over two levers of the baseline: a link threshold and the programme budget. */
function designPoints(): DesignPoint<number>[] {
  return Array.from({ length: DESIGN_POINTS }, (_, runId) => ({
    runId,
    values: {
      'model.meeting.linkThreshold': 0.1 + (0.3 * ((runId * 7) % DESIGN_POINTS)) / DESIGN_POINTS,
      'policy.programme.budgetPerRegionQuarterJpyM': 50 + (200 * runId) / DESIGN_POINTS,
    },
  }));
}

export async function designSection(scenario: Scenario, options: BenchOptions): Promise<Section> {
  const workers = availableParallelism();
  const points = designPoints();
  const pool = workers > 1 ? createExecutor(workers, DESIGN_REPLICATIONS) : undefined;
  const batch = async (executor: Executor): Promise<number> => {
    const start = performance.now();
    await evaluatePoints(scenario, points, { replications: DESIGN_REPLICATIONS, masterSeed: scenario.seed, executor, file: 'bench' });
    return performance.now() - start;
  };
  const inProcess = new InProcessExecutor();
  let one: number[];
  let all: number[];
  try {
    ({ one, all } = await pairedBatches(() => batch(inProcess), pool && (() => batch(pool)), DESIGN_PAIRS, 1));
  } finally {
    await pool?.close();
  }
  const evaluations = DESIGN_POINTS * DESIGN_REPLICATIONS;
  const rate = (ms: number[]) => (1000 * evaluations) / median(ms);
  const oneRate = rate(one);
  const section: Section = {
    id: 'design',
    title: `Design points, evaluatePoints on the baseline (${DESIGN_POINTS} points × ${DESIGN_REPLICATIONS} replications, summaries only)`,
    figures: [{ key: 'designOneWorkerReplicationsPerSecond', label: 'replications/s, 1 worker (in-process)', value: oneRate, unit: '/s', digits: 1 }],
    details: { workers, points: DESIGN_POINTS, replicationsPerPoint: DESIGN_REPLICATIONS, oneWorkerMs: one, allWorkersMs: all },
  };
  const bestRate = pool ? rate(all) : oneRate;
  if (pool) {
    const speedup = median(one.map((o, i) => o / all[i]));
    section.figures.push(
      { key: 'designAllWorkersReplicationsPerSecond', label: `replications/s, ${workers} workers (points overlap)`, value: bestRate, unit: '/s', digits: 1 },
      { key: 'designParallelEfficiency', label: 'parallel efficiency (median of paired batches)', value: speedup / workers, unit: '', digits: 3, targets: [{ kind: 'min', value: 0.9, source: 'issue 9' }] },
    );
  }
  section.figures.push({
    key: 'sobolDesignHours',
    label: `hours for ${SOBOL_POINTS.toLocaleString('en')} points × ${DESIGN_REPLICATIONS} replications on ${workers} ${workers > 1 ? 'workers' : 'worker'}`,
    value: (SOBOL_POINTS * DESIGN_REPLICATIONS) / bestRate / 3600,
    unit: 'h',
    digits: 2,
  });
  return section;
}
