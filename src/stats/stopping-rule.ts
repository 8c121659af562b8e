// Sequential stopping rule for replications: keep adding fixed batches of replication indices until the
// CI of every chosen indicator's mean is narrow enough relative to the mean (Law 2015, §9.4.1).
import { assertConfidenceLevel, assertPositiveInteger } from './input-checks.js';
import { meanConfidenceInterval } from './sample-summary.js';
import { statsMessages } from './stats-messages.js';

/** What the rule needs of an indicator; `summarize` results and `StreamingSummary` both fit. */
export interface MeanEstimate {
  n: number;
  mean: number;
  sd: number;
}

export interface StoppingRule {
  /** Target half-width of the CI divided by |mean|, e.g. 0.05 for ±5%. */
  targetRelativeHalfWidth: number;
  /** Replications per batch; fixed so the replication indices never depend on timing or workers. */
  batchSize: number;
  /** Never stop before this many replications (default: 2 batches), so a lucky small sample can't end the run. */
  minReplications?: number;
  /** Hard limit on replications. */
  maxReplications: number;
  /** Coverage of the CI, default 0.95. */
  confidenceLevel?: number;
}

export type StoppingReason = 'target-reached' | 'max-replications' | 'below-minimum' | 'target-not-reached';

export interface StoppingDecision {
  /** True when no more replications should run. */
  stop: boolean;
  reason: StoppingReason;
  /** Replication indices to run next, [start, end), or null when stopping. */
  nextBatch: { start: number; end: number } | null;
  /** Relative half-width of each indicator's CI (Infinity when undefined: n < 2, or mean 0 with spread). */
  relativeHalfWidths: Record<string, number>;
  /** The indicator furthest from the target (the one holding the run back). */
  widest: string | null;
}

/**
 * CI half-width over |mean| (t-based). 0 when all values are equal; Infinity when n < 2 or when the
 * mean is 0 but the values vary (no relative precision can be reached; choose another indicator).
 */
export function relativeHalfWidth(estimate: MeanEstimate, confidenceLevel = 0.95): number {
  if (estimate.n < 2) return Infinity;
  const { halfWidth } = meanConfidenceInterval(estimate.n, estimate.mean, estimate.sd, confidenceLevel);
  if (halfWidth === 0) return 0;
  if (estimate.mean === 0) return Infinity;
  return halfWidth / Math.abs(estimate.mean);
}

/**
 * Decides, after `replicationsDone` replications (indices 0..done−1, all complete), whether to run
 * another batch. Deterministic: it depends only on those replications' values, never on timing, and the
 * batches are [0, b), [b, 2b), … capped at maxReplications. Call it only at batch boundaries, with
 * every estimate covering exactly the done replications (checked). Indicators: name → estimate.
 * Note: stopping on an estimated CI slightly lowers its coverage; minReplications guards against the worst.
 */
export function nextReplicationBatch(
  indicators: Readonly<Record<string, MeanEstimate>>,
  replicationsDone: number,
  rule: StoppingRule,
): StoppingDecision {
  const level = rule.confidenceLevel ?? 0.95;
  assertConfidenceLevel(level);
  assertPositiveInteger(rule.batchSize, 'batch size');
  assertPositiveInteger(rule.maxReplications, 'maximum replications');
  if (!(rule.targetRelativeHalfWidth > 0)) {
    throw new RangeError(statsMessages.badTarget(rule.targetRelativeHalfWidth));
  }
  const minimum = Math.min(rule.minReplications ?? 2 * rule.batchSize, rule.maxReplications);
  const relativeHalfWidths: Record<string, number> = {};
  let widest: string | null = null;
  for (const [name, estimate] of Object.entries(indicators)) {
    if (estimate.n !== replicationsDone) throw new RangeError(statsMessages.estimateCount(name, estimate.n, replicationsDone));
    const width = relativeHalfWidth(estimate, level);
    relativeHalfWidths[name] = width;
    if (widest === null || width > relativeHalfWidths[widest]) widest = name;
  }
  const next = (reason: StoppingReason): StoppingDecision => ({
    stop: false,
    reason,
    nextBatch: { start: replicationsDone, end: Math.min(replicationsDone + rule.batchSize, rule.maxReplications) },
    relativeHalfWidths,
    widest,
  });
  if (replicationsDone >= rule.maxReplications) {
    const met = widest === null || relativeHalfWidths[widest] <= rule.targetRelativeHalfWidth;
    return { stop: true, reason: met ? 'target-reached' : 'max-replications', nextBatch: null, relativeHalfWidths, widest };
  }
  if (replicationsDone < minimum) return next('below-minimum');
  if (widest === null || relativeHalfWidths[widest] <= rule.targetRelativeHalfWidth) {
    return { stop: true, reason: 'target-reached', nextBatch: null, relativeHalfWidths, widest };
  }
  return next('target-not-reached');
}
