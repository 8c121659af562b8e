// The resource guard: before any worker starts, refuse a run whose estimated memory exceeds what
// the machine has free (or the --max-memory budget), naming the scenario file and the estimate.
import { availableParallelism, freemem, totalmem } from 'node:os';
import { InputError, messages } from '../messages.js';
import { displayPath, type LoadedScenario } from '../scenario/load-scenario.js';
import { estimateMemory } from '../scenario/memory-estimate.js';
import { optionNumber, shownOption } from './option-number.js';

const MB = 1024 * 1024;

export interface MemoryBudget {
  mb: number;
  /** Where the budget comes from, as the message says it. */
  source: string;
}

/** Free memory now, or the container's limit when it has a lower one (cgroups). */
export function detectedBudget(): MemoryBudget {
  let bytes = freemem();
  // Unlimited containers report 2^64 or more than the machine has.
  const constrained = process.constrainedMemory?.() ?? 0;
  if (constrained > 0 && constrained < totalmem()) bytes = Math.min(bytes, constrained - process.memoryUsage().rss);
  return { mb: Math.max(0, bytes) / MB, source: 'free on this machine' };
}

export interface MemoryCheckOptions {
  /** --workers (default: all cores). */
  workers?: number;
  /** --replications (default: each scenario's). */
  replications?: number;
  /** --max-memory in MB: replaces the detected budget. */
  maxMemoryMb?: number;
}

/** Throws an InputError for the first scenario whose run would not fit. */
export function checkMemory(loaded: readonly LoadedScenario[], options: MemoryCheckOptions): void {
  const budget = options.maxMemoryMb !== undefined ? { mb: options.maxMemoryMb, source: 'set by --max-memory' } : detectedBudget();
  const workers = options.workers ?? availableParallelism();
  for (const { scenario, files } of loaded) {
    // As createExecutor: never more threads than replications; one replication per thread at a time.
    const concurrent = Math.max(1, Math.min(workers, options.replications ?? scenario.replications));
    const estimate = estimateMemory(scenario, concurrent);
    if (estimate.totalMb > budget.mb) {
      throw new InputError(messages.memoryTooLarge(displayPath(files[0]), estimate.totalMb, estimate.agents, concurrent, budget.mb, budget.source));
    }
  }
}

/** Parses --max-memory: a positive number of megabytes. */
export function maxMemoryValue(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const mb = optionNumber(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InputError(messages.badMaxMemory(shownOption(value)));
  return mb;
}
