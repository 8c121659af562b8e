import { describe, expect, it } from 'vitest';
import { PairIndex } from '../../src/model/pair-index.js';
import { RandomStream } from '../../src/rng/index.js';

describe('PairIndex', () => {
  it('agrees with a Map under random inserts, adds-if-absent, updates and deletes (with growth)', () => {
    const rng = new RandomStream('pair-index');
    const index = new PairIndex(4);
    const reference = new Map<string, number>();
    const key = (x: number, y: number) => (x < y ? `${x}-${y}` : `${y}-${x}`);
    for (let step = 0; step < 20_000; step++) {
      // Few agents, so pairs repeat and probe chains collide often.
      const x = rng.int(120);
      const y = rng.int(120);
      const op = rng.uniform();
      if (op < 0.4) {
        index.set(x, y, step);
        reference.set(key(x, y), step);
      } else if (op < 0.55) {
        // Adds only when absent, and says what was there.
        expect(index.getOrAdd(y, x, step)).toBe(reference.get(key(x, y)) ?? -1);
        if (!reference.has(key(x, y))) reference.set(key(x, y), step);
      } else if (op < 0.85) {
        index.delete(y, x);
        reference.delete(key(x, y));
      }
      expect(index.get(x, y)).toBe(reference.get(key(x, y)) ?? -1);
      expect(index.size).toBe(reference.size);
    }
    for (let x = 0; x < 120; x++) {
      for (let y = 0; y < 120; y++) expect(index.get(x, y)).toBe(reference.get(key(x, y)) ?? -1);
    }
  });

  it('treats {x, y} as unordered', () => {
    const index = new PairIndex();
    index.set(7, 3, 42);
    expect(index.get(3, 7)).toBe(42);
    expect(index.get(7, 3)).toBe(42);
    index.delete(3, 7);
    expect(index.get(7, 3)).toBe(-1);
  });
});
