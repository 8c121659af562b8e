// --target-ci: keep adding fixed batches of replications until the chosen indicators' 95% CI
// half-width is within a fraction of their mean. Decisions are taken only at batch boundaries
// from the replications' own values, so the stopping point never depends on timing or workers.
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { INDICATOR_NAMES } from '../model/indicators.js';
import { InputError, messages } from '../messages.js';
import { nextReplicationBatch, StreamingSummary } from '../stats/index.js';

export interface PrecisionTarget {
  /** Target CI half-width over |mean|, e.g. 0.05. */
  relativeHalfWidth: number;
  /** Indicators of summary.csv that must reach the target (per-replication values always defined). */
  indicators: string[];
  /** Replications per batch. */
  batchSize: number;
}

export const DEFAULT_TARGET_INDICATORS = ['commercializations', 'patentsDomestic', 'linksAcademiaIndustry'];
export const DEFAULT_TARGET_BATCH = 10;

export function checkTarget(target: PrecisionTarget): void {
  for (const name of target.indicators) {
    // Ratios can be undefined for a replication, which would leave it out of the CI.
    if (!(INDICATOR_NAMES as readonly string[]).includes(name)) throw new InputError(messages.unknownIndicator(name, INDICATOR_NAMES));
  }
}

/** Summaries of the target indicators over the replications written so far, in order. */
export class PrecisionTracker {
  private readonly columns: number[];
  private readonly summaries: StreamingSummary[];
  private count = 0;

  constructor(private readonly target: PrecisionTarget, private readonly maxReplications: number) {
    this.columns = target.indicators.map((name) => SUMMARY_COLUMNS.indexOf(name));
    this.summaries = target.indicators.map(() => new StreamingSummary());
  }

  add(values: Float64Array): void {
    this.columns.forEach((column, i) => this.summaries[i].push(values[column]));
    this.count++;
  }

  /** Replication indices to run next, or undefined when the target (or the cap) is reached. */
  next(): number[] | undefined {
    const { batchSize } = this.target;
    let start = this.count;
    let end: number;
    if (start % batchSize !== 0) {
      // Resumed inside a batch: finish it before deciding.
      end = Math.min(this.maxReplications, Math.ceil(start / batchSize) * batchSize);
    } else {
      const estimates = Object.fromEntries(this.target.indicators.map((name, i) => [name, this.summaries[i]]));
      const decision = nextReplicationBatch(estimates, this.count, {
        targetRelativeHalfWidth: this.target.relativeHalfWidth,
        batchSize,
        maxReplications: this.maxReplications,
      });
      if (!decision.nextBatch) return undefined;
      ({ start, end } = decision.nextBatch);
    }
    return Array.from({ length: end - start }, (_, i) => start + i);
  }
}
