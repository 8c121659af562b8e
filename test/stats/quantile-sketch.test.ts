// The fixed-memory quantile sketch: exact while unmerged, bounded centroids, exact ties, pure queries.
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/rng/index.js';
import { QuantileSketch, quantileSorted, SketchScratch } from '../../src/stats/index.js';

describe('QuantileSketch', () => {
  it('is exactly the type-7 quantile while the values still sit in the buffer', () => {
    const rng = new RandomStream('buffer');
    const xs = Array.from({ length: 300 }, () => rng.normal());
    const sketch = new QuantileSketch({ bufferSize: 500 });
    for (const x of xs) sketch.add(x);
    const sorted = Float64Array.from(xs).sort();
    for (const p of [0, 0.05, 0.33, 0.5, 0.95, 1]) expect(sketch.quantile(p)).toBe(quantileSorted(sorted, p));
  });

  it('never keeps more than δ + 1 centroids, whatever the input', () => {
    for (const compression of [50, 200]) {
      const sketch = new QuantileSketch({ compression });
      let min = Infinity;
      let max = -Infinity;
      for (let i = 0; i < 100_000; i++) {
        const x = Math.sin(i) * i; // spreading, non-stationary input
        sketch.add(x);
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
      expect(sketch.centroidCount).toBeLessThanOrEqual(compression + 1);
      expect(sketch.storedNumbers).toBe(2 * (2 * compression + 4) + 500);
      expect([sketch.quantile(0), sketch.quantile(1)]).toEqual([min, max]);
    }
  });

  it('keeps a point mass exact: a quantile inside a block of ties is the tied value', () => {
    const sketch = new QuantileSketch({ compression: 50, bufferSize: 100 });
    for (let i = 0; i < 30_000; i++) sketch.add(i % 10 < 7 ? 5 : i % 10); // 70% fives, the rest 7, 8, 9
    expect(sketch.quantile(0.05)).toBe(5);
    expect(sketch.quantile(0.5)).toBe(5);
    expect(sketch.quantile(0.65)).toBe(5);
    expect(sketch.quantile(1)).toBe(9);
  });

  it('snapshots round-trip through JSON and continue identically', () => {
    const a = new QuantileSketch({ compression: 100, bufferSize: 64 });
    for (let i = 0; i < 5000; i++) a.add(Math.cos(i));
    const b = QuantileSketch.restore(JSON.parse(JSON.stringify(a.snapshot())));
    for (let i = 0; i < 5000; i++) {
      a.add(Math.tan(i) % 3);
      b.add(Math.tan(i) % 3);
    }
    for (const p of [0.01, 0.3, 0.5, 0.99]) expect(b.quantile(p)).toBe(a.quantile(p));
  });

  it('sketches sharing one merge scratch, fed interleaved, answer as sketches with their own', () => {
    const shared = new SketchScratch();
    const compressions = [50, 200];
    const sharing = compressions.map((compression) => new QuantileSketch({ compression, bufferSize: 64, scratch: shared }));
    const alone = compressions.map((compression) => new QuantileSketch({ compression, bufferSize: 64 }));
    for (let i = 0; i < 20_000; i++) {
      for (let k = 0; k < compressions.length; k++) {
        const x = k === 0 ? Math.sin(i) * i : Math.cos(3 * i) ** 3;
        sharing[k].add(x);
        alone[k].add(x);
      }
      if (i % 997 === 0) for (let k = 0; k < compressions.length; k++) expect(sharing[k].quantile(0.4)).toBe(alone[k].quantile(0.4));
    }
    for (let k = 0; k < compressions.length; k++) {
      expect(sharing[k].snapshot()).toEqual(alone[k].snapshot());
      for (const p of [0, 0.05, 0.5, 0.95, 1]) expect(sharing[k].quantile(p)).toBe(alone[k].quantile(p));
    }
  });
});
