// Timing helpers for the benchmark: warm-up, then the median of several timed runs, so one
// noisy run (another process on the core, a GC pause) does not move the figure. CPU time is kept
// beside wall time: on a shared machine it leaves out the time spent waiting for a core.
import { performance } from 'node:perf_hooks';

export interface TimedRuns {
  /** Wall time of each timed run, milliseconds, in run order. */
  runsMs: number[];
  medianMs: number;
  /** CPU time (user + system) of this process in each timed run, milliseconds. */
  cpuRunsMs: number[];
  medianCpuMs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `work` `warmups` times untimed (JIT, caches), then `runs` times timed. */
export function timeRuns(work: () => void, runs: number, warmups: number): TimedRuns {
  for (let i = 0; i < warmups; i++) work();
  const runsMs: number[] = [];
  const cpuRunsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    work();
    runsMs.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuRunsMs.push((cpu.user + cpu.system) / 1000);
  }
  return { runsMs, medianMs: median(runsMs), cpuRunsMs, medianCpuMs: median(cpuRunsMs) };
}
