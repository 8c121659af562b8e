// Stopping rule: fixed batches of replication indices until the CI is narrow enough relative to the mean.
import { describe, expect, it } from 'vitest';
import { RandomStream, replicationSeed } from '../../src/rng/index.js';
import { type MeanEstimate, StreamingSummary, nextReplicationBatch, relativeHalfWidth } from '../../src/stats/index.js';

describe('stopping rule', () => {
  // n = 20, mean 10, sd 1: half-width = t(0.975, 19)/√20 = 2.0930241/4.4721360 = 0.4680144 → 4.68% of the mean.
  const estimate: MeanEstimate = { n: 20, mean: 10, sd: 1 };
  const rule = { targetRelativeHalfWidth: 0.05, batchSize: 10, maxReplications: 100 };

  it('computes the relative half-width by hand', () => {
    expect(relativeHalfWidth(estimate)).toBeCloseTo(0.04680144, 7);
    expect(relativeHalfWidth({ n: 5, mean: 0, sd: 0 })).toBe(0);
    expect(relativeHalfWidth({ n: 5, mean: 0, sd: 1 })).toBe(Infinity);
    expect(relativeHalfWidth({ n: 1, mean: 3, sd: Number.NaN })).toBe(Infinity);
  });

  it('stops when every indicator meets the target, else names the next batch of indices', () => {
    expect(nextReplicationBatch({ gdp: estimate }, 20, rule)).toMatchObject({ stop: true, reason: 'target-reached', nextBatch: null });
    const more = nextReplicationBatch({ gdp: estimate, firms: { n: 20, mean: 5, sd: 2 } }, 20, rule);
    expect(more).toMatchObject({ stop: false, reason: 'target-not-reached', nextBatch: { start: 20, end: 30 }, widest: 'firms' });
    expect(nextReplicationBatch({}, 0, rule)).toMatchObject({ stop: false, reason: 'below-minimum', nextBatch: { start: 0, end: 10 } });
    expect(nextReplicationBatch({ gdp: { n: 10, mean: 10, sd: 0.01 } }, 10, rule).reason).toBe('below-minimum');
    expect(nextReplicationBatch({ firms: { n: 95, mean: 5, sd: 20 } }, 95, rule).nextBatch).toEqual({ start: 95, end: 100 });
    expect(nextReplicationBatch({ firms: { n: 100, mean: 5, sd: 20 } }, 100, rule)).toMatchObject({ stop: true, reason: 'max-replications' });
    expect(() => nextReplicationBatch({ gdp: estimate }, 30, rule)).toThrow(/has 20 values but 30 replications are done/);
  });

  it('a run driven by the rule is a function of the seeds only', () => {
    // Each replication's value depends only on its own seed, as in the engine.
    const value = (i: number) => new RandomStream(replicationSeed(42, i)).normal(50, 10);
    const run = () => {
      const s = new StreamingSummary();
      let done = 0;
      for (;;) {
        const d = nextReplicationBatch({ y: s }, done, { targetRelativeHalfWidth: 0.02, batchSize: 25, maxReplications: 10_000 });
        if (d.stop) return { done, mean: s.mean, reason: d.reason };
        for (let i = d.nextBatch!.start; i < d.nextBatch!.end; i++) s.push(value(i));
        done = d.nextBatch!.end;
      }
    };
    const first = run();
    expect(first.reason).toBe('target-reached');
    expect(first.done % 25).toBe(0);
    // sd/mean ≈ 0.2 → need n ≈ (1.96·0.2/0.02)² ≈ 384 replications
    expect(first.done).toBeGreaterThan(300);
    expect(first.done).toBeLessThan(500);
    expect(run()).toEqual(first);
  });
});
